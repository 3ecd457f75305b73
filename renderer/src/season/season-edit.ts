import {
  deleteVersion,
  isSeasonError,
  removeAmendment,
  renameAmendment,
  renameVersion,
} from '../../../shared/season/index.ts';
import type { Problem } from '../../../shared/model/index.ts';
import type { SeasonItem, WorkbenchStore } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';

const E = TEXT.seasonEdit;

/** The outcome of a rename or delete: done (one undo step, the project dirty) or refused with its Danish problem. */
export type SeasonEditResult = { ok: true } | { ok: false; problem: Problem };

function run(step: () => void): SeasonEditResult {
  try {
    step();
    return { ok: true };
  } catch (error) {
    if (isSeasonError(error)) return { ok: false, problem: error.problem };
    throw error;
  }
}

/**
 * Renames a version or an ændringsforslag as one undo step named after it ("Fortryd omdøbning af versionen …"),
 * and says so. The change marks in Forslag follow a renamed version they were against. The change log is not
 * written: it records what happened to proposals, and a rename changes none.
 */
export function renameSeasonItem(
  store: WorkbenchStore,
  what: SeasonItem,
  name: string,
  to: string,
): SeasonEditResult {
  const T = what === 'version' ? E.version : E.amendment;
  const next = to.trim();
  return run(() => {
    store.actions.changeProject(
      (p) => (what === 'version' ? renameVersion(p, name, next) : renameAmendment(p, name, next)),
      T.renameStep(name, next),
    );
    if (what === 'version' && store.getState().markChangesSince === name)
      store.setState({ markChangesSince: next });
    store.actions.notify(T.renamed(name, next));
  });
}

/**
 * Deletes a version or an ændringsforslag as one undo step ("Fortryd sletning af …"), and says so. A version an
 * ændringsforslag is read on is refused (the message names them); change marks against a deleted version go.
 */
export function deleteSeasonItem(store: WorkbenchStore, what: SeasonItem, name: string): SeasonEditResult {
  const T = what === 'version' ? E.version : E.amendment;
  return run(() => {
    store.actions.changeProject(
      (p) => (what === 'version' ? deleteVersion(p, name) : removeAmendment(p, name)),
      T.deleteStep(name),
    );
    if (what === 'version' && store.getState().markChangesSince === name)
      store.setState({ markChangesSince: null });
    store.actions.notify(T.deleted(name));
  });
}
