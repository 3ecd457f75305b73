import { ProblemError, type Problem } from '../../../shared/model/index.ts';
import type { Budget } from '../../../shared/model/index.ts';
import type { WorkerMessageIn, WorkerMessageOut, WorkerRequest, WorkerResults } from './protocol.ts';
import { cachedAccountTrees, cachedBudgetSummary } from '../../../shared/budget/summary.ts';
import { isPackedBudget, unpackBudget } from './budget-transfer.ts';

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
  {
    kind: WorkerRequest['kind'];
    resolve: (v: unknown) => void;
    reject: (e: Error) => void;
    onProgress?: (f: number) => void;
  }
>();

/** The budget the worker holds (the last it imported or was sent), so the recovery copy need not send it again. */
let heldBudget: Budget | null = null;

export function workerHolds(budget: Budget | null): boolean {
  return budget !== null && budget === heldBudget;
}

/**
 * The answer as the UI thread uses it, and a `raaderum:job` performance mark with the worker's figures, how long the
 * answer took to arrive and to unpack: what the benchmark prints as the breakdown of the wait.
 */
function fromWire(msg: Extract<WorkerMessageOut, { ok: true }>, kind: WorkerRequest['kind']): unknown {
  const arrived = performance.timeOrigin + performance.now();
  const detail: Record<string, unknown> = { kind, ...msg.notes };
  if (msg.sentAt !== undefined) detail.arriveMs = arrived - msg.sentAt;
  let value = msg.value;
  if (isPackedBudget(value)) {
    let t = performance.now();
    const budget = unpackBudget(value);
    detail.unpackMs = performance.now() - t;
    // Budget's summaries (what its first render shows), made once per budget now and kept for the views.
    t = performance.now();
    cachedBudgetSummary(budget);
    if (budget.report.kontoplan) cachedAccountTrees(budget);
    detail.summaryMs = performance.now() - t;
    heldBudget = budget;
    value = budget;
  }
  performance.mark('raaderum:job', { detail });
  return value;
}

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
    if (msg.ok) job.resolve(fromWire(msg, job.kind));
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

/**
 * Starts the worker ahead of its first job, once the window has nothing else to do: loading and compiling its script
 * took about 300 ms of the way from a chosen budget file to the wizard, paid while the user still picks the file.
 */
export function startWorkerWhenIdle(): void {
  const start = (): void => void getWorker();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 500);
}

/** Runs a job in the Web Worker; progress 0..1 is reported as it goes; the signal cancels it. */
export function runJob<K extends WorkerRequest['kind']>(
  request: Extract<WorkerRequest, { kind: K }>,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<WorkerResults[K]> {
  const w = getWorker();
  const id = nextId++;
  return new Promise<WorkerResults[K]>((resolve, reject) => {
    const asked: WorkerRequest = request;
    if (asked.kind === 'serializeProject' && asked.budget !== 'kept') heldBudget = asked.budget;
    pending.set(id, {
      kind: request.kind,
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
    performance.mark('raaderum:job-sent', { detail: { kind: request.kind } });
    w.postMessage({ id, request } satisfies WorkerMessageIn);
  });
}
