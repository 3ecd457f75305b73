/// <reference lib="webworker" />
import { problemOf, type Problem } from '../../../shared/model/index.ts';
import type { WorkerMessageIn, WorkerMessageOut, WorkerRequest } from './protocol.ts';
import { handlers } from './handlers.ts';

/** The renderer's DOM typings describe `self` as a window; here it is the worker's own scope. */
function isWorkerScope(value: unknown): value is DedicatedWorkerGlobalScope {
  return typeof value === 'object' && value !== null && 'postMessage' in value && !('document' in value);
}

const global: unknown = globalThis;
if (!isWorkerScope(global)) throw new Error('worker.ts kører kun i en Web Worker.');
const scope = global;
const controllers = new Map<number, AbortController>();

function toProblem(error: unknown): Problem {
  return problemOf(error, undefined, 'job.failed');
}

async function run(id: number, request: WorkerRequest): Promise<void> {
  const controller = new AbortController();
  controllers.set(id, controller);
  const post = (msg: WorkerMessageOut): void => scope.postMessage(msg);
  try {
    const value = await handlers(request, {
      signal: controller.signal,
      progress: (fraction) => post({ id, progress: fraction }),
    });
    if (controller.signal.aborted)
      post({ id, ok: false, problem: toProblem(new DOMException('', 'AbortError')) });
    else post({ id, ok: true, value });
  } catch (error) {
    post({
      id,
      ok: false,
      problem: controller.signal.aborted ? toProblem(new DOMException('', 'AbortError')) : toProblem(error),
    });
  } finally {
    controllers.delete(id);
  }
}

scope.onmessage = (e: MessageEvent<WorkerMessageIn>) => {
  const msg = e.data;
  if ('cancel' in msg) controllers.get(msg.id)?.abort();
  else void run(msg.id, msg.request);
};
