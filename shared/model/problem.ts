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

/** Thrown by readers when a whole file cannot be used; `problem` is what the user is told. */
export class ReadError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.message);
    this.name = 'ReadError';
    this.problem = problem;
  }
}

export function isReadError(error: unknown): error is ReadError {
  return error instanceof ReadError;
}

/** "arket 'Budget', celle H12" — the Danish "where" used in messages. */
export function describeLocation(p: Pick<Problem, 'file' | 'sheet' | 'cell'>): string {
  const parts: string[] = [];
  if (p.file) parts.push(`filen '${p.file}'`);
  if (p.sheet) parts.push(`arket '${p.sheet}'`);
  if (p.cell) parts.push(`celle ${p.cell}`);
  return parts.join(', ');
}
