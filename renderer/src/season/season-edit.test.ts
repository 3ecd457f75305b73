import { describe, expect, it } from 'vitest';
import { blankProposal, type Project } from '../../../shared/model/index.ts';
import { addAmendment, takeVersion } from '../../../shared/season/index.ts';
import { nextUndo } from '../store/history.ts';
import { createWorkbenchStore, emptyProject, initialState, isDirty } from '../store/workbench-store.ts';
import { deleteSeasonItem, renameSeasonItem } from './season-edit.ts';

const meta = { who: 'MJ', when: '2026-09-01T10:00:00.000Z' };

/** A saved project with the version "1. behandlig" (a typo), an amendment on it, and the version "Budgetforlig". */
function savedSeason(): ReturnType<typeof createWorkbenchStore> {
  let project: Project = {
    ...emptyProject(),
    proposals: [blankProposal('BU-01', 4, { title: 'Færre vikarer' })],
  };
  project = takeVersion(project, '1. behandlig', meta);
  project = addAmendment(project, {
    name: 'Ændringsforslag fra A',
    date: '2026-09-20',
    base: '1. behandlig',
    sourceFile: null,
    changes: [{ kind: 'status', id: 'BU-01', status: 'fravalgt' }],
  });
  project = takeVersion(project, 'Budgetforlig', meta);
  const store = createWorkbenchStore(initialState());
  store.actions.load(project, 'fjordby.raaderum', true);
  return store;
}

const present = (store: ReturnType<typeof createWorkbenchStore>): Project =>
  store.getState().history.present.project;

describe('Omdøb… og Slet… i arbejdsbordet', () => {
  it('en omdøbning er ét fortryd-trin med navn, gør projektet ikke-gemt, og markeringerne følger versionen', () => {
    const store = savedSeason();
    store.setState({ markChangesSince: '1. behandlig' });
    expect(renameSeasonItem(store, 'version', '1. behandlig', ' 1. behandling ')).toEqual({ ok: true });
    expect(isDirty(store.getState())).toBe(true);
    expect(nextUndo(store.getState().history)).toBe(
      "omdøbning af versionen '1. behandlig' til '1. behandling'",
    );
    expect(present(store).amendments[0]?.base).toBe('1. behandling');
    expect(store.getState().markChangesSince).toBe('1. behandling');
    expect(present(store).changeLog).toEqual([]);
    store.actions.undo();
    expect(present(store).versions.map((v) => v.name)).toEqual(['1. behandlig', 'Budgetforlig']);
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState().notice).toBe(
      "Fortrudt: omdøbning af versionen '1. behandlig' til '1. behandling'",
    );
  });

  it('et optaget navn afvises med den samme sætning, og intet trin lægges på', () => {
    const store = savedSeason();
    expect(renameSeasonItem(store, 'version', '1. behandlig', 'BUDGETFORLIG')).toEqual({
      ok: false,
      problem: {
        code: 'season.version-name',
        severity: 'error',
        message: "Der er allerede en version med navnet 'Budgetforlig'. Vælg et andet navn.",
      },
    });
    expect(isDirty(store.getState())).toBe(false);
    expect(nextUndo(store.getState().history)).toBeNull();
  });

  it('sletning: en version med ændringsforslag afvises; ændringsforslaget slettes som ét trin og kommer tilbage ved fortryd', () => {
    const store = savedSeason();
    const refused = deleteSeasonItem(store, 'version', '1. behandlig');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem.message).toContain(
      "ændringsforslaget 'Ændringsforslag fra A' bygger på den",
    );
    expect(isDirty(store.getState())).toBe(false);

    expect(deleteSeasonItem(store, 'amendment', 'Ændringsforslag fra A')).toEqual({ ok: true });
    expect(nextUndo(store.getState().history)).toBe("sletning af ændringsforslaget 'Ændringsforslag fra A'");
    expect(present(store).amendments).toEqual([]);
    expect(isDirty(store.getState())).toBe(true);
    store.setState({ markChangesSince: '1. behandlig' });
    expect(deleteSeasonItem(store, 'version', '1. behandlig')).toEqual({ ok: true });
    expect(store.getState().markChangesSince).toBeNull();
    store.actions.undo();
    store.actions.undo();
    expect(present(store).amendments.map((a) => a.name)).toEqual(['Ændringsforslag fra A']);
    expect(present(store).versions.map((v) => v.name)).toEqual(['1. behandlig', 'Budgetforlig']);
    expect(isDirty(store.getState())).toBe(false);
  });
});
