import type { WorkerRequest } from './protocol.ts';

export interface JobContext {
  signal: AbortSignal;
  progress: (fraction: number) => void;
}

/** The jobs, each a call into the core (`shared/`); run in the worker, and directly by unit tests. */
export async function handlers(request: WorkerRequest, job: JobContext): Promise<unknown> {
  void job;
  throw new Error(`Jobbet '${request.kind}' kan ikke køres i denne version.`);
}
