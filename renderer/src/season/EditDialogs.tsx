import { useState } from 'react';
import type { Project } from '../../../shared/model/index.ts';
import {
  amendmentNameProblem,
  amendmentsOnVersion,
  deleteVersionProblem,
  findAmendment,
  findVersion,
  versionNameProblem,
} from '../../../shared/season/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { DialogButtons } from '../components/DialogButtons.tsx';
import { Modal } from '../components/Modal.tsx';
import type { SeasonItem, WorkbenchStore } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';
import { deleteSeasonItem, renameSeasonItem } from './season-edit.ts';
import { SeasonNameField } from './SeasonNameField.tsx';
import './season.css';

const E = TEXT.seasonEdit;

/** The list a rename or delete was started from, which the dialog returns to. */
function backToList(store: WorkbenchStore, what: SeasonItem): void {
  store.actions.openDialog({ kind: what === 'version' ? 'versions' : 'amendments' });
}

/** The name's problem for a rename (the same sentences as saving or importing), or null. */
function renameProblem(project: Project, what: SeasonItem, name: string, newName: string): string | null {
  if (what === 'version') return versionNameProblem(project, newName, findVersion(project, name));
  return amendmentNameProblem(project, newName, findAmendment(project, name));
}

/**
 * "Omdøb…" of a version or an ændringsforslag: the new name by the rules of "Gem version" / the import (a taken
 * or empty name is refused with the same sentence), one undo step. A renamed version's ændringsforslag follow it,
 * and so do the change marks in Forslag when they were against it.
 */
export function RenameSeasonDialog({ what, name }: { what: SeasonItem; name: string }) {
  const { store } = useApp();
  const project = useWorkbench((s) => s.history.present.project);
  const [value, setValue] = useState(name);
  const [tried, setTried] = useState(false);
  const T = what === 'version' ? E.version : E.amendment;
  const problem = renameProblem(project, what, name, value);
  const followers = what === 'version' ? amendmentsOnVersion(project, name) : [];
  const close = (): void => backToList(store, what);
  const rename = (): void => {
    setTried(true);
    if (problem) return;
    const to = value.trim();
    if (to === name) return close();
    const result = renameSeasonItem(store, what, name, to);
    if (!result.ok) return store.actions.showErrors([result.problem]);
    close();
  };
  return (
    <Modal title={T.renameTitle(name)} onClose={close}>
      <form
        className="season-form"
        onSubmit={(e) => {
          e.preventDefault();
          rename();
        }}
      >
        <SeasonNameField
          label={E.newName}
          value={value}
          onChange={setValue}
          problem={problem}
          tried={tried}
          problemId="season-rename-problem"
          selectOnFocus
        />
        {followers.length > 0 && (
          <p className="muted">{E.version.followers(followers.map((a) => `'${a.name}'`).join(', '))}</p>
        )}
        <DialogButtons onCancel={close}>
          <button type="submit" className="btn btn-primary">
            {E.rename}
          </button>
        </DialogButtons>
      </form>
    </Modal>
  );
}

/**
 * "Slet…" of a version or an ændringsforslag: says what is lost and asks; one undo step. A version an
 * ændringsforslag is read on is not deleted: the dialog names those, and only closes.
 */
export function DeleteSeasonDialog({ what, name }: { what: SeasonItem; name: string }) {
  const { store } = useApp();
  const project = useWorkbench((s) => s.history.present.project);
  const T = what === 'version' ? E.version : E.amendment;
  const close = (): void => backToList(store, what);
  const version = what === 'version' ? findVersion(project, name) : undefined;
  const amendment = what === 'amendment' ? findAmendment(project, name) : undefined;
  const refused = what === 'version' ? deleteVersionProblem(project, name) : null;
  const question = version
    ? E.version.deleteQuestion(name, version.proposals.length, version.targets.length)
    : amendment
      ? E.amendment.deleteQuestion(name, amendment.changes.length, amendment.base)
      : null;
  const remove = (): void => {
    const result = deleteSeasonItem(store, what, name);
    if (!result.ok) return store.actions.showErrors([result.problem]);
    close();
  };
  if (question === null) return null;
  return (
    <Modal title={T.deleteTitle(name)} role="alertdialog" onClose={close}>
      {refused ? (
        <>
          <p role="alert">{refused}</p>
          <DialogButtons onClose={close} />
        </>
      ) : (
        <>
          <p>{question}</p>
          <p className="muted">{E.undoHint}</p>
          <DialogButtons onCancel={close}>
            <button type="button" className="btn btn-primary" onClick={remove}>
              {T.deleteButton}
            </button>
          </DialogButtons>
        </>
      )}
    </Modal>
  );
}
