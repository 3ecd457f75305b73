import { ProblemError, type Problem } from '../../../shared/model/index.ts';
import type { WorkerMessageIn, WorkerMessageOut, WorkerRequest, WorkerResults } from './protocol.ts';

/** A job the worker could not do; its Problem was made there by `problemOf` and crossed as plain data. */
export class JobFailed extends ProblemError {
  constructor(problem: Problem) {
    super(problem);
    this.name = 'JobFailed';
  }
}

export class JobCancelled extends Error {
  constructor() {
    super('Annulleret');
    this.name = 'JobCancelled';
  }
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: (f: number) => void }
>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'raaderum-arbejder' });
  worker.onmessage = (e: MessageEvent<WorkerMessageOut>) => {
    const msg = e.data;
    const job = pending.get(msg.id);
    if (!job) return;
    if ('progress' in msg) {
      job.onProgress?.(msg.progress);
      return;
    }
    pending.delete(msg.id);
    if (msg.ok) job.resolve(msg.value);
    else if (msg.problem.code === 'job.cancelled') job.reject(new JobCancelled());
    else job.reject(new JobFailed(msg.problem));
  };
  worker.onerror = (e) => {
    // A worker that failed to start or threw outside a job answers nothing more: every waiting job is told,
    // and the next job starts a fresh worker instead of waiting forever on the dead one.
    worker?.terminate();
    worker = null;
    for (const [id, job] of pending) {
      pending.delete(id);
      job.reject(
        new JobFailed({
          code: 'worker.crashed',
          severity: 'error',
          message: `Baggrundsjobbet fejlede (${e.message || 'arbejderen stoppede'}). Prøv igen.`,
        }),
      );
    }
  };
  return worker;
}

/** Runs a job in the Web Worker; progress 0..1 is reported as it goes; the signal cancels it. */
export function runJob<K extends WorkerRequest['kind']>(
  request: Extract<WorkerRequest, { kind: K }>,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<WorkerResults[K]> {
  const w = getWorker();
  const id = nextId++;
  return new Promise<WorkerResults[K]>((resolve, reject) => {
    pending.set(id, {
      resolve: (v) => resolve(v as WorkerResults[K]),
      reject,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    options.signal?.addEventListener(
      'abort',
      () => {
        w.postMessage({ id, cancel: true } satisfies WorkerMessageIn);
      },
      { once: true },
    );
    w.postMessage({ id, request } satisfies WorkerMessageIn);
  });
}
