import { isReadError, type Problem } from '../../shared/model/index.ts';

/** Any thrown value as a Problem with a Danish message (a ReadError keeps the core's own). */
export function problemOf(error: unknown, file?: string): Problem {
  if (isReadError(error)) return error.problem;
  if (typeof error === 'object' && error !== null && 'problem' in error) {
    const p = (error as { problem: unknown }).problem;
    if (typeof p === 'object' && p !== null && 'message' in p && 'code' in p) return p as Problem;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'app.failed', severity: 'error', message, ...(file ? { file } : {}) };
}
