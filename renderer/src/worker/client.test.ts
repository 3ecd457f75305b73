import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerMessageIn } from './protocol.ts';
import type * as Client from './client.ts';

/** A stand-in for the browser's Worker: it records what it is sent, and the test plays its answers. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  sent: WorkerMessageIn[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(msg: WorkerMessageIn): void {
    this.sent.push(msg);
  }
  terminate(): void {
    this.terminated = true;
  }
}

async function freshClient(): Promise<typeof Client> {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  return import('./client.ts');
}

const OPEN = { kind: 'openCatalogue', name: 'katalog.xlsx', bytes: new Uint8Array([1]) } as const;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('baggrundsjobbene', () => {
  it('et svar går til det job der spurgte, også når svarene kommer i en anden rækkefølge', async () => {
    const { runJob } = await freshClient();
    const first = runJob(OPEN);
    const second = runJob(OPEN);
    const w = FakeWorker.made[0]!;
    const [a, b] = w.sent.map((m) => m.id);
    w.onmessage?.({ data: { id: b, ok: true, value: 'andet' } });
    w.onmessage?.({ data: { id: a, ok: true, value: 'første' } });
    await expect(first).resolves.toBe('første');
    await expect(second).resolves.toBe('andet');
  });

  it('når arbejderen går ned, får de ventende job en dansk fejl, og det næste job får en ny arbejder', async () => {
    const { runJob, JobFailed } = await freshClient();
    const waiting = runJob(OPEN);
    const dead = FakeWorker.made[0]!;
    dead.onerror?.({ message: '' });
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailed);
    expect((error as InstanceType<typeof JobFailed>).problem.message).toMatch(
      /^Baggrundsjobbet fejlede.*Prøv igen/,
    );
    expect(dead.terminated).toBe(true);

    const again = runJob(OPEN);
    expect(FakeWorker.made).toHaveLength(2);
    const fresh = FakeWorker.made[1]!;
    fresh.onmessage?.({ data: { id: fresh.sent[0]!.id, ok: true, value: 'åbnet' } });
    await expect(again).resolves.toBe('åbnet');
  });

  it('annullering sendes til arbejderen, og dens svar afviser jobbet som annulleret', async () => {
    const { runJob, JobCancelled } = await freshClient();
    const abort = new AbortController();
    const job = runJob(OPEN, { signal: abort.signal });
    abort.abort();
    const w = FakeWorker.made[0]!;
    const id = w.sent[0]!.id;
    expect(w.sent[1]).toEqual({ id, cancel: true });
    w.onmessage?.({
      data: { id, ok: false, problem: { code: 'job.cancelled', severity: 'info', message: '' } },
    });
    await expect(job).rejects.toBeInstanceOf(JobCancelled);
  });

  it('arbejderen startes, når vinduet er ledigt, og det første job bruger den', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const { runJob, startWorkerWhenIdle } = await freshClient();
    startWorkerWhenIdle();
    expect(FakeWorker.made).toHaveLength(0);
    idle.forEach((run) => run());
    expect(FakeWorker.made).toHaveLength(1);
    const job = runJob(OPEN);
    expect(FakeWorker.made).toHaveLength(1);
    const w = FakeWorker.made[0]!;
    w.onmessage?.({ data: { id: w.sent[0]!.id, ok: true, value: 'åbnet' } });
    await expect(job).resolves.toBe('åbnet');
  });
});
