import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RaaderumHost } from '../../shared/ipc/index.ts';
import type { Project } from '../../shared/model/index.ts';
import { RECOVERY_DELAY_MS, RECOVERY_MAX_WAIT_MS, startAutosave } from './recovery.ts';
import { createWorkbenchStore, emptyProject, initialState } from './store/workbench-store.ts';
import { blankProposal } from './grid/proposal-fields.ts';
import { projectFromBytes, projectToBytes } from './project-io.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A recovery store in memory, as the host keeps it for this window's session. */
function fakeHost() {
  const copy: { current: { name: string; bytes: Uint8Array } | null } = { current: null };
  const calls = {
    putRecovery: vi.fn(async ({ bytes, name }: { bytes: Uint8Array; name: string }) => {
      copy.current = { name, bytes };
      return undefined;
    }),
    clearRecovery: vi.fn(async () => {
      copy.current = null;
      return undefined;
    }),
  };
  const host: Partial<RaaderumHost> = calls;
  return { host: host as RaaderumHost, copy, calls };
}

function setup() {
  const store = createWorkbenchStore(initialState());
  store.actions.load(emptyProject(), 'Budget 2027.raaderum', true);
  const { host, copy, calls } = fakeHost();
  const serialize = vi.fn(async (project: Project) => projectToBytes(project));
  const autosave = startAutosave(store, host, serialize);
  const addProposal = (title: string): void =>
    store.actions.changeRows((rows) => [
      ...rows,
      { key: rows.length + 1, proposal: { ...blankProposal(`F-${rows.length + 1}`, 4), title } },
    ]);
  return { store, copy, calls, serialize, autosave, addProposal };
}

describe('gendannelse af ikke gemt arbejde', () => {
  it('skrives godt et sekund efter sidste ændring, under dokumentets navn, og kan læses igen', async () => {
    const { copy, addProposal, autosave } = setup();
    addProposal('Færre vikarer');
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS - 100);
    expect(copy.current).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(copy.current?.name).toBe('Budget 2027.raaderum');
    expect(
      (await projectFromBytes(copy.current?.bytes ?? new Uint8Array())).proposals.map((p) => p.title),
    ).toEqual(['Færre vikarer']);
    expect(RECOVERY_DELAY_MS).toBeLessThanOrEqual(2_000);
    autosave.stop();
  });

  it('mange ændringer i træk giver én skrivning, og højst efter den længste ventetid', async () => {
    const { calls, addProposal, autosave } = setup();
    for (let i = 0; i < 20; i++) {
      addProposal(`Forslag ${i}`);
      await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS / 2);
    }
    // Twenty changes over 12 s of steady typing: written at the longest wait, not only when typing stops.
    expect(calls.putRecovery.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.putRecovery.mock.calls.length).toBeLessThanOrEqual(
      Math.ceil((20 * RECOVERY_DELAY_MS) / 2 / RECOVERY_MAX_WAIT_MS),
    );
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS);
    const last = calls.putRecovery.mock.calls.at(-1)?.[0];
    expect((await projectFromBytes(last?.bytes ?? new Uint8Array())).proposals).toHaveLength(20);
    autosave.stop();
  });

  it('når dokumentet gemmes eller fortrydes tilbage til det gemte, fjernes kopien', async () => {
    const { store, copy, addProposal, autosave } = setup();
    addProposal('A');
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS);
    expect(copy.current).not.toBeNull();
    store.actions.undo();
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS);
    expect(copy.current).toBeNull();
    store.actions.redo();
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS);
    expect(copy.current).not.toBeNull();
    store.actions.markSaved('Budget 2027.raaderum');
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS);
    expect(copy.current).toBeNull();
    autosave.stop();
  });

  it('flush skriver med det samme (vinduet mister fokus), og en fejlende værd giver ingen fejl', async () => {
    const { store, calls, addProposal, autosave } = setup();
    calls.putRecovery.mockRejectedValueOnce(new Error('disken er fuld'));
    addProposal('A');
    await autosave.flush();
    expect(calls.putRecovery).toHaveBeenCalledTimes(1);
    // The failed copy is written again at the next chance.
    await autosave.flush();
    expect(calls.putRecovery).toHaveBeenCalledTimes(2);
    expect(store.getState().errors).toEqual([]);
    autosave.stop();
  });
});
