import { describe, expect, it, vi } from 'vitest';
import type { OpenedProject, RaaderumHost, WriteOutcome } from '../../shared/ipc/index.ts';
import { createAppActions, openFile, openRecentFile } from './app-actions.ts';
import type { CommandContext } from './commands.ts';
import { blankProposal } from './grid/proposal-fields.ts';
import { projectToBytes } from './project-io.ts';
import { canUndo } from './store/history.ts';
import { createWorkbenchStore, currentProject, emptyProject, initialState } from './store/workbench-store.ts';

const other = (): OpenedProject => ({
  name: 'Andet.raaderum',
  bytes: projectToBytes({ ...emptyProject(), proposals: [blankProposal('X-1', 4)] }),
  grant: 'tilladelse-1',
});

/** A workbench with one unsaved edit in "Budget 2027.raaderum", and a host that records what it is asked. */
function setup(saveOutcome: WriteOutcome = { status: 'saved', name: 'Budget 2027.raaderum' }) {
  const store = createWorkbenchStore(initialState());
  store.actions.load(emptyProject(), 'Budget 2027.raaderum', true);
  store.actions.changeRows(
    (rows) => [...rows, { key: 1, proposal: { ...blankProposal('F-1', 4), title: 'Færre vikarer' } }],
    'nyt forslag',
  );
  const calls = {
    openProject: vi.fn(async () => other()),
    openWorkbook: vi.fn(async () => null),
    adoptProject: vi.fn(async () => undefined),
    saveProject: vi.fn(async () => saveOutcome),
    openRecent: vi.fn(async () => ({ ...other(), kind: 'project' as const })),
  };
  const partial: Partial<RaaderumHost> = calls;
  const host = partial as RaaderumHost;
  const app = createAppActions(store, host);
  const ctx: CommandContext = { store, host, grid: { current: null }, app };
  const titles = (): string[] => currentProject(store.getState()).proposals.map((p) => p.title);
  return { store, calls, app, ctx, titles };
}

/** Waits for the question, then answers it as the user's click would. */
async function answer(store: ReturnType<typeof setup>['store'], choice: 'save' | 'discard' | 'cancel') {
  await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('unsavedChanges'));
  store.actions.answerSave(choice);
}

describe('Vil du gemme ændringerne?', () => {
  it('Åbn projekt med ændringer spørger først, med dokumentets navn', async () => {
    const { store, app } = setup();
    const opening = app.openProject();
    await vi.waitFor(() =>
      expect(store.getState().dialog).toEqual({ kind: 'unsavedChanges', name: 'Budget 2027.raaderum' }),
    );
    store.actions.answerSave('cancel');
    await opening;
  });

  it('Annuller lader alt være: projektet, navnet og fortryd', async () => {
    const { store, calls, app, titles } = setup();
    const opening = app.openProject();
    await answer(store, 'cancel');
    await opening;
    expect(calls.openProject).not.toHaveBeenCalled();
    expect(titles()).toEqual(['Færre vikarer']);
    expect(store.getState().fileName).toBe('Budget 2027.raaderum');
    expect(canUndo(store.getState().history)).toBe(true);
    expect(store.getState().dialog).toBeNull();
  });

  it('Gem ikke åbner det andet projekt, og først da bliver dets fil dokumentet', async () => {
    const { store, calls, app, titles } = setup();
    const opening = app.openProject();
    await answer(store, 'discard');
    await opening;
    expect(calls.saveProject).not.toHaveBeenCalled();
    expect(titles()).toEqual(['']);
    expect(store.getState().fileName).toBe('Andet.raaderum');
    expect(calls.adoptProject).toHaveBeenCalledWith({ grant: 'tilladelse-1' });
  });

  it('Gem gemmer først og fortsætter så; en annulleret gem fortsætter ikke', async () => {
    const saved = setup();
    const opening = saved.app.openProject();
    await answer(saved.store, 'save');
    await opening;
    expect(saved.calls.saveProject).toHaveBeenCalledTimes(1);
    expect(saved.calls.openProject).toHaveBeenCalledTimes(1);

    const cancelled = setup({ status: 'cancelled' });
    const again = cancelled.app.openProject();
    await answer(cancelled.store, 'save');
    await again;
    expect(cancelled.calls.openProject).not.toHaveBeenCalled();
    expect(cancelled.titles()).toEqual(['Færre vikarer']);
  });

  it('Nyt projekt fra budget, Tomt projekt og en sluppet projektfil spørger også; forslag gør ikke', async () => {
    const { store, calls, app, ctx, titles } = setup();
    const budget = app.newFromBudget();
    await answer(store, 'cancel');
    await budget;
    expect(calls.openWorkbook).not.toHaveBeenCalled();

    const empty = app.emptyProject();
    await answer(store, 'cancel');
    await empty;
    const dropped = openFile(ctx, { ...other(), kind: 'project' });
    await answer(store, 'cancel');
    await dropped;
    expect(titles()).toEqual(['Færre vikarer']);
    expect(calls.adoptProject).not.toHaveBeenCalled();
  });

  it('en nylig fil spørger også; Annuller beholder projektet, Gem ikke åbner filen', async () => {
    const { store, ctx, titles } = setup();
    const recent = {
      id: 'seneste-1',
      name: 'Andet.raaderum',
      kind: 'project' as const,
      openedAt: '2026-11-27T14:05:00Z',
    };
    const cancelled = openRecentFile(ctx, recent);
    await answer(store, 'cancel');
    await cancelled;
    expect(titles()).toEqual(['Færre vikarer']);
    const discarded = openRecentFile(ctx, recent);
    await answer(store, 'discard');
    await discarded;
    expect(currentProject(store.getState()).proposals.map((p) => p.id)).toEqual(['X-1']);
  });

  it('uden ikke gemte ændringer spørges der ikke', async () => {
    const { store, calls, app } = setup();
    store.actions.markSaved('Budget 2027.raaderum');
    await app.openProject();
    expect(calls.openProject).toHaveBeenCalledTimes(1);
    expect(store.getState().fileName).toBe('Andet.raaderum');
  });
});
