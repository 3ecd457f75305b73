import type { Problem } from '../../../shared/model/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { Modal } from '../components/Modal.tsx';
import { DialogButtons } from '../components/DialogButtons.tsx';
import { ProblemList } from '../components/ProblemList.tsx';
import { projectFromBytes } from '../project-io.ts';
import { problemOf } from '../problems.ts';
import { TEXT } from '../text.ts';
import { BudgetWizard } from './BudgetWizard.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { TraceDialog } from '../trace/TraceDialog.tsx';
import { SaveVersionDialog, VersionsDialog, ViewVersionDialog } from '../season/VersionDialogs.tsx';
import { CompareDialog } from '../season/CompareDialog.tsx';
import { AmendmentsDialog } from '../season/AmendmentsDialog.tsx';
import { DeleteSeasonDialog, RenameSeasonDialog } from '../season/EditDialogs.tsx';

export function Dialogs() {
  const dialog = useWorkbench((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'recovery':
      return <RecoveryDialog entries={dialog.entries} />;
    case 'proposalReport':
      return <ProposalReport added={dialog.added} problems={dialog.problems} files={dialog.files} />;
    case 'budgetWizard':
      return <BudgetWizard file={dialog.file} />;
    case 'export':
      return <ExportDialog />;
    case 'unsavedChanges':
      return <UnsavedPrompt name={dialog.name} />;
    case 'trace':
      return <TraceDialog request={dialog.request} />;
    case 'saveVersion':
      return <SaveVersionDialog />;
    case 'versions':
      return <VersionsDialog />;
    case 'viewVersion':
      return <ViewVersionDialog name={dialog.name} />;
    case 'compare':
      return <CompareDialog from={dialog.from} to={dialog.to} />;
    case 'amendments':
      return <AmendmentsDialog />;
    case 'renameSeason':
      return <RenameSeasonDialog key={dialog.name} what={dialog.what} name={dialog.name} />;
    case 'deleteSeason':
      return <DeleteSeasonDialog what={dialog.what} name={dialog.name} />;
  }
}

/** "Vil du gemme ændringerne i <navn>?" as Excel asks it: Gem, Gem ikke, Annuller (also Esc). */
function UnsavedPrompt({ name }: { name: string }) {
  const { store } = useApp();
  const T = TEXT.unsavedPrompt;
  return (
    <Modal title={T.question(name)} role="alertdialog" onClose={() => store.actions.answerSave('cancel')}>
      <p>{T.explanation}</p>
      <div className="dialog-buttons">
        <button
          type="button"
          className="btn btn-primary"
          autoFocus
          onClick={() => store.actions.answerSave('save')}
        >
          {T.save}
        </button>
        <button type="button" className="btn" onClick={() => store.actions.answerSave('discard')}>
          {T.discard}
        </button>
        <button type="button" className="btn" onClick={() => store.actions.answerSave('cancel')}>
          {TEXT.cancel}
        </button>
      </div>
    </Modal>
  );
}

function RecoveryDialog({ entries }: { entries: { id: string; name: string; savedAt: string }[] }) {
  const { store, host } = useApp();
  const newest = entries[0];
  if (!newest) return null;
  const close = (): void => store.actions.openDialog(null);
  const restore = async (): Promise<void> => {
    try {
      const file = await host.getRecovery({ id: newest.id });
      if (file) {
        const project = await projectFromBytes(file.bytes);
        // Recovered work is unsaved: it is loaded as a changed document, under the name it had.
        store.actions.load(project, file.name === TEXT.untitled ? null : file.name, false);
        await host.clearRecovery({ id: newest.id });
      }
      close();
    } catch (error) {
      close();
      store.actions.showErrors([problemOf(error, newest.name)]);
    }
  };
  const discard = async (): Promise<void> => {
    for (const e of entries) await host.clearRecovery({ id: e.id });
    close();
  };
  return (
    <Modal title={TEXT.recovery.title} onClose={close}>
      <p>{TEXT.recovery.offer(newest.name, new Date(newest.savedAt).toLocaleString('da-DK'))}</p>
      <div className="dialog-buttons">
        <button type="button" className="btn btn-primary" onClick={() => void restore()}>
          {TEXT.recovery.restore}
        </button>
        <button type="button" className="btn" onClick={() => void discard()}>
          {TEXT.recovery.discard}
        </button>
      </div>
    </Modal>
  );
}

function ProposalReport({
  added,
  problems,
  files,
}: {
  added: number;
  problems: readonly Problem[];
  files: string[];
}) {
  const { store } = useApp();
  const close = (): void => store.actions.openDialog(null);
  return (
    <Modal title={TEXT.proposalReport.title} onClose={close} wide>
      <p>{TEXT.proposalReport.summary(added, files.length)}</p>
      {problems.length > 0 && (
        <>
          <h3>{TEXT.proposalReport.warnings(problems.length)}</h3>
          <ProblemList problems={problems} withSeverity />
        </>
      )}
      <DialogButtons onClose={close} />
    </Modal>
  );
}
