import { ProblemError } from '../model/problem.ts';

/**
 * A season action that cannot be done as asked (a version name taken or unknown, an amendment on a missing
 * version). `problem` is what the user is told; nothing has changed. A `ProblemError`, so the app shows it
 * like any other; the CLI reports it as wrong usage (exit code 1).
 */
export class SeasonError extends ProblemError {
  constructor(code: string, message: string) {
    super({ code, severity: 'error', message });
    this.name = 'SeasonError';
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
