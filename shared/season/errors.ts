import type { Problem } from '../model/problem.ts';

/**
 * A season action that cannot be done as asked (a version name taken or unknown, an amendment on a missing
 * version). `problem` is what the user is told; nothing has changed.
 */
export class SeasonError extends Error {
  readonly problem: Problem;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'SeasonError';
    this.problem = { code, severity: 'error', message };
  }
}

export function isSeasonError(error: unknown): error is SeasonError {
  return error instanceof SeasonError;
}

/** Who did something and when (ISO 8601): the caller supplies both, so every function here stays pure. */
export interface ChangeMeta {
  /** The OS user name, or the initials set in the app. */
  who: string;
  when: string;
}
