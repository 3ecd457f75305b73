/** Exit codes shared by every command: 0 done (warnings allowed), 1 wrong usage, 2 input cannot be read. */
export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_UNREADABLE = 2;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  /** One line for `raaderum --help`. */
  summary: string;
  usage: string;
  run(args: string[], io: CommandIo): Promise<number>;
}
