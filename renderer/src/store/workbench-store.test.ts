import { describe, expect, it } from 'vitest';
import { createWorkbenchStore, currentProject, initialState, isDirty, rowsOf } from './workbench-store.ts';
import { pasteBlock } from '../grid/cell-edits.ts';
import { blankProposal, proposalFields } from '../grid/proposal-fields.ts';
import { parseTsv } from '../grid/tsv.ts';
import { COMMANDS, commandIdOf, dispatch, type CommandContext } from '../commands.ts';
import { commandKeys } from '../../../shared/ipc/index.ts';
import { testContext } from '../test-context.ts';

const context = (): CommandContext => testContext();

describe('arbejdsbordets lager', () => {
  it('indsætning af tre rækker er ét trin: Fortryd fjerner dem alle, Gentag bringer dem tilbage', async () => {
    const ctx = context();
    const { store } = ctx;
    const fields = proposalFields(currentProject(store.getState()).settings.years);
    let key = 1000;
    store.actions.changeRows(
      (rows) =>
        pasteBlock(rows, [], fields.slice(1), parseTsv('A\r\nB\r\nC\r\n'), () => ({
          key: key++,
          proposal: blankProposal(`F-${key}`, 4),
        })).rows,
    );
    expect(rowsOf(store.getState().history.present).map((r) => r.proposal.title)).toEqual(['A', 'B', 'C']);
    expect(isDirty(store.getState())).toBe(true);
    await dispatch(ctx, 'edit.undo');
    expect(currentProject(store.getState()).proposals).toEqual([]);
    expect(isDirty(store.getState())).toBe(false);
    await dispatch(ctx, 'edit.redo');
    expect(currentProject(store.getState()).proposals.map((p) => p.title)).toEqual(['A', 'B', 'C']);
  });

  it('en kommando, der ikke er mulig, gør intet (Fortryd uden historik)', async () => {
    const ctx = context();
    expect(await dispatch(ctx, 'edit.undo')).toBe(false);
  });

  it('hver kommando har et id, en dansk etiket og højst én kommando pr. tast', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = COMMANDS.flatMap((c) => commandKeys(c));
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of COMMANDS) expect(c.label.length).toBeGreaterThan(1);
  });

  it('et ukendt kommando-id fra værten gør intet', () => {
    expect(commandIdOf('findes.ikke')).toBeNull();
    expect(commandIdOf('file.save')).toBe('file.save');
  });

  it('værktøjernes indtastninger overlever fanebyt og fortryd, men ikke et nyt projekt', () => {
    const store = createWorkbenchStore(initialState());
    store.actions.setTab('vaerktoejer');
    store.actions.setTools((t) => ({
      ...t,
      groen: { totals: ['5.000', '', '7'], exempt: ['Økonomiudvalget'], shownPreview: true },
      stille: { ...t.stille, percentText: '1,5' },
    }));
    store.actions.setTab('forslag');
    store.actions.undo();
    store.actions.setTab('vaerktoejer');
    expect(store.getState().tools.groen).toEqual({
      totals: ['5.000', '', '7'],
      exempt: ['Økonomiudvalget'],
      shownPreview: true,
    });
    expect(store.getState().tools.stille.percentText).toBe('1,5');
    // Typing in a tool is not a change to the project: nothing to save, nothing to undo.
    expect(isDirty(store.getState())).toBe(false);
    store.actions.load(currentProject(store.getState()), null, true);
    expect(store.getState().tools.groen.totals).toEqual([]);
    expect(store.getState().tools.stille.percentText).toBe('1');
  });
});
