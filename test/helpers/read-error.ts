import { isReadError } from '../../shared/model/problem.ts';

/** The code of the ReadError that `run` throws, or 'no error'; anything else it throws is thrown on. */
export function readErrorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isReadError(error)) return error.problem.code;
    throw error;
  }
  return 'no error';
}
