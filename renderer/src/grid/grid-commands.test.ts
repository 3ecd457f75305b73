import { describe, expect, it } from 'vitest';
import { dispatch } from '../commands.ts';
import { testContext } from '../test-context.ts';
import { currentProject, emptyProject, rowsOf } from '../store/workbench-store.ts';
import { nextRedo, nextUndo } from '../store/history.ts';
import type { GridSelection } from './grid-targets.ts';
import { blankProposal, proposalFields, type FieldSpec } from './proposal-fields.ts';
import type { GridView } from './grid-commands.ts';

/** A workbench with three proposals and a grid that shows them all, focused on `colId` of the first row. */
function setup(colId = 'title', selected: number[] = []) {
  const ctx = testContext();
  const { store } = ctx;
  const project = emptyProject();
  store.actions.load(
    {
      ...project,
      proposals: ['A', 'B', 'C'].map((title, i) => ({ ...blankProposal(`F-${i + 1}`, 4), title })),
    },
    'Budget 2027.raaderum',
    true,
  );
  const fields = proposalFields(project.settings.years);
  const keys = rowsOf(store.getState().history.present).map((r) => r.key);
  const selection = (): GridSelection<FieldSpec> => ({
    keys,
    fields,
    focus: { key: keys[0] ?? -1, colId },
    range: null,
    selected: new Set(selected.map((i) => keys[i] ?? -1)),
  });
  // The view is what the grid shows: the commands read it and change the store.
  const view: GridView = { selection, newRowCommittee: () => 'Kultur- og Fritidsudvalget' };
  ctx.grid.current = view;
  store.actions.setTab('forslag');
  store.actions.select(keys[0] ?? null);
  const titles = (): string[] => currentProject(store.getState()).proposals.map((p) => p.title);
  return { ctx, store, keys, titles };
}

describe('gitterets kommandoer ændrer lageret og navngiver trinnet', () => {
  it('Nyt forslag: en række sidst med filterets udvalg, valgt og vist; fortryd siger "nyt forslag"', async () => {
    const { ctx, store, titles } = setup();
    await dispatch(ctx, 'proposals.add');
    const added = currentProject(store.getState()).proposals.at(-1);
    expect(added).toMatchObject({ id: 'F-004', committee: 'Kultur- og Fritidsudvalget', title: '' });
    const key = rowsOf(store.getState().history.present).at(-1)?.key;
    expect(store.getState().selectedKey).toBe(key);
    expect(store.getState().reveal).toMatchObject({ kind: 'proposal', key });
    expect(nextUndo(store.getState().history)).toBe('nyt forslag');
    await dispatch(ctx, 'edit.undo');
    expect(titles()).toEqual(['A', 'B', 'C']);
    expect(store.getState().notice).toBe('Fortrudt: nyt forslag');
    // The next change is not what was undone: the status line no longer says it.
    await dispatch(ctx, 'grid.clear');
    expect(store.getState().notice).toBeNull();
  });

  it('Slet forslag med to valgte rækker: "sletning af 2 forslag", og Gentag nævner det', async () => {
    const { ctx, store, titles } = setup('title', [0, 2]);
    await dispatch(ctx, 'proposals.delete');
    expect(titles()).toEqual(['B']);
    await dispatch(ctx, 'edit.undo');
    expect(titles()).toEqual(['A', 'B', 'C']);
    expect(nextRedo(store.getState().history)).toBe('sletning af 2 forslag');
    await dispatch(ctx, 'edit.redo');
    expect(store.getState().notice).toBe('Gentaget: sletning af 2 forslag');
  });

  it('Ryd celler og Dupliker navngiver deres trin', async () => {
    const { ctx, store, titles } = setup('title', [0, 1]);
    await dispatch(ctx, 'grid.clear');
    expect(titles()).toEqual(['', '', 'C']);
    expect(nextUndo(store.getState().history)).toBe('rydning af 2 celler');
    await dispatch(ctx, 'proposals.duplicate');
    expect(titles()).toEqual(['', '', '', '', 'C']);
    expect(nextUndo(store.getState().history)).toBe('duplikering af 2 forslag');
  });

  it('uden gitteret gør gitterets kommandoer intet', async () => {
    const { ctx, titles } = setup();
    ctx.grid.current = null;
    await dispatch(ctx, 'grid.clear');
    await dispatch(ctx, 'proposals.delete');
    expect(titles()).toEqual(['A', 'B', 'C']);
  });
});
