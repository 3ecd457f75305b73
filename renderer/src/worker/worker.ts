/// <reference lib="webworker" />
import { problemOf, type Budget, type Problem } from '../../../shared/model/index.ts';
import type { WorkerMessageIn, WorkerMessageOut, WorkerRequest } from './protocol.ts';
import { handlers } from './handlers.ts';
import { takePacked } from './budget-transfer.ts';

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

/**
 * The answer as it crosses to the UI thread: a budget as columns whose buffers move (budget-transfer.ts), fresh
 * bytes moved rather than copied; everything else copied as it is.
 */
function toWire(
  request: WorkerRequest,
  value: unknown,
  notes: Record<string, number>,
): { wire: unknown; transfer: Transferable[] } {
  if (request.kind === 'importBudget' && isBudget(value)) {
    const t = performance.now();
    const packed = takePacked(value);
    notes.packMs = performance.now() - t;
    if (packed) {
      notes.transferBytes = packed.transfer.reduce((n, b) => n + b.byteLength, 0);
      return { wire: packed.packed, transfer: packed.transfer };
    }
  }
  const fresh = request.kind === 'serializeProject' || request.kind === 'buildCatalogue';
  if (fresh && value instanceof Uint8Array && value.buffer instanceof ArrayBuffer)
    return { wire: value, transfer: [value.buffer] };
  return { wire: value, transfer: [] };
}

function isBudget(value: unknown): value is Budget {
  return typeof value === 'object' && value !== null && Array.isArray((value as { lines?: unknown }).lines);
}

async function run(id: number, request: WorkerRequest): Promise<void> {
  const controller = new AbortController();
  controllers.set(id, controller);
  const post = (msg: WorkerMessageOut, transfer: Transferable[] = []): void =>
    scope.postMessage(msg, transfer);
  const notes: Record<string, number> = {};
  try {
    const value = await handlers(request, {
      signal: controller.signal,
      progress: (fraction) => post({ id, progress: fraction }),
      note: (name, n) => (notes[name] = n),
    });
    if (controller.signal.aborted)
      post({ id, ok: false, problem: toProblem(new DOMException('', 'AbortError')) });
    else {
      const { wire, transfer } = toWire(request, value, notes);
      post(
        { id, ok: true, value: wire, notes, sentAt: performance.timeOrigin + performance.now() },
        transfer,
      );
    }
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
