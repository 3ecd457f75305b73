/**
 * Runs fuzz cases in worker threads, each case under a time limit and the worker under a memory limit
 * (`resourceLimits`). A case that passes its time is a `hang`, one that exhausts the heap an `oom`; either way the
 * worker is ended and a fresh one takes the next case.
 */
import { Worker } from 'node:worker_threads';
import type { Outcome } from './check.ts';

export interface PoolOptions {
  workers: number;
  /** Per case, in ms. */
  timeoutMs: number;
  /** Per worker heap, in MB. */
  memoryMb: number;
}

export interface CaseInput {
  index: number;
  bytes: Uint8Array;
  name: string;
}

export type PoolOutcome = Outcome | { kind: 'hang' | 'oom'; detail: string };

const WORKER = new URL('./worker.mjs', import.meta.url);

class Slot {
  private worker: Worker | null = null;
  constructor(private readonly options: PoolOptions) {}

  private start(): Worker {
    this.worker = new Worker(WORKER, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: 64 },
    });
    this.worker.unref();
    return this.worker;
  }

  run(input: CaseInput): Promise<PoolOutcome> {
    const worker = this.worker ?? this.start();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (outcome: PoolOutcome, restart: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (restart) {
          this.worker = null;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (m: { id: number; outcome: Outcome }): void => {
        if (m.id === input.index) finish(m.outcome, false);
      };
      const onError = (error: Error): void => {
        const oom =
          /memory|heap/i.test(error.message) ||
          (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish({ kind: oom ? 'oom' : 'crash', detail: error.message }, true);
      };
      const onExit = (code: number): void =>
        finish({ kind: 'crash', detail: `worker exited (${code})` }, true);
      const timer = setTimeout(
        () => finish({ kind: 'hang', detail: `over ${this.options.timeoutMs} ms` }, true),
        this.options.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id: input.index, bytes: input.bytes, name: input.name });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

/** Runs every case from `next()` (null: no more) on `options.workers` workers; `onDone` gets each outcome. */
export async function runPool(
  options: PoolOptions,
  next: () => CaseInput | null,
  onDone: (input: CaseInput, outcome: PoolOutcome) => void,
): Promise<void> {
  const slots = Array.from({ length: options.workers }, () => new Slot(options));
  await Promise.all(
    slots.map(async (slot) => {
      for (let input = next(); input; input = next()) onDone(input, await slot.run(input));
      await slot.close();
    }),
  );
}
