/// <reference lib="webworker" />
import { isReadError, type Problem } from '../../../shared/model/index.ts';
import type { WorkerMessageIn, WorkerMessageOut, WorkerRequest } from './protocol.ts';
import { handlers } from './handlers.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const controllers = new Map<number, AbortController>();

function toProblem(error: unknown): Problem {
  if (isReadError(error)) return error.problem;
  if (error instanceof DOMException && error.name === 'AbortError')
    return { code: 'job.cancelled', severity: 'info', message: 'Annulleret.' };
  if (typeof error === 'object' && error !== null && 'problem' in error) {
    const p = (error as { problem: unknown }).problem;
    if (typeof p === 'object' && p !== null && 'message' in p && 'code' in p) return p as Problem;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'job.failed', severity: 'error', message };
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
