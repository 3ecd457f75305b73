/**
 * A problem found while reading or checking user data. Every problem says where (file, sheet, cell),
 * carries a stable `code` that tests and the UI can rely on, and a Danish sentence a finance user understands.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  code: string;
  severity: Severity;
  /** Danish, complete sentence(s): what is wrong and what to do. */
  message: string;
  file?: string;
  sheet?: string;
  /** A1-style address, e.g. "H12". */
  cell?: string;
}

/**
 * The one base type for a failure a user can be told about: it carries a `Problem` (stable code, Danish
 * sentence, where). Anything thrown that is not a `ProblemError` is a defect and is shown as such.
 */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.message);
    this.name = 'ProblemError';
    this.problem = problem;
  }
}

/** Thrown by readers when a whole file cannot be used; `problem` is what the user is told. */
export class ReadError extends ProblemError {
  constructor(problem: Problem) {
    super(problem);
    this.name = 'ReadError';
  }
}

/** Thrown before anything is written when a document cannot be saved so that it opens again. */
export class SaveError extends ProblemError {
  constructor(problem: Problem) {
    super(problem);
    this.name = 'SaveError';
  }
}

export function isReadError(error: unknown): error is ReadError {
  return error instanceof ReadError;
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}

/** A cancelled job or read (an `AbortError` from an `AbortSignal`). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Any thrown value as the Problem to show: a `ProblemError` keeps its own; a cancellation is `job.cancelled`;
 * anything else is shown by its message under `fallbackCode`. (An error from the Electron host arrives as a
 * plain Error whose message is the host's Danish sentence: contextBridge keeps only the message.)
 */
export function problemOf(error: unknown, file?: string, fallbackCode = 'app.failed'): Problem {
  if (isProblemError(error)) return error.problem;
  if (isAbortError(error)) return { code: 'job.cancelled', severity: 'info', message: 'Annulleret.' };
  const message = error instanceof Error ? error.message : String(error);
  return { code: fallbackCode, severity: 'error', message, ...(file ? { file } : {}) };
}

/** "arket 'Budget', celle H12" — the Danish "where" used in messages. */
export function describeLocation(p: Pick<Problem, 'file' | 'sheet' | 'cell'>): string {
  const parts: string[] = [];
  if (p.file) parts.push(`filen '${p.file}'`);
  if (p.sheet) parts.push(`arket '${p.sheet}'`);
  if (p.cell) parts.push(`celle ${p.cell}`);
  return parts.join(', ');
}
