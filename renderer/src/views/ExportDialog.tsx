import { useState } from 'react';
import { STATUSES, STATUS_LABEL, type Status } from '../../../shared/model/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { Modal } from '../components/Modal.tsx';
import { DialogButtons } from '../components/DialogButtons.tsx';
import { problemOf } from '../problems.ts';
import { currentProject } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';
import { JobCancelled, runJob } from '../worker/client.ts';

const E = TEXT.exportDialog;

/** "Eksportér katalog": the options, then the workbook built in the worker and written by the host. */
export function ExportDialog() {
  const { store, host } = useApp();
  const project = useWorkbench((s) => s.history.present.project);
  const [statuses, setStatuses] = useState<Status[]>(() => [...project.countedStatuses]);
  const [catalogue, setCatalogue] = useState('');
  const [savingsPositive, setSavingsPositive] = useState(project.settings.signDisplay === 'positiveIsSaving');
  const [proposalSheets, setProposalSheets] = useState(true);
  const [into, setInto] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [busy, setBusy] = useState<AbortController | null>(null);
  const catalogues = [
    ...new Set([...project.catalogues.map((c) => c.name), ...project.proposals.map((p) => p.catalogue)]),
  ].filter((c) => c.trim() !== '');
  const close = (): void => {
    busy?.abort();
    store.actions.openDialog(null);
  };

  const run = async (): Promise<void> => {
    const abort = new AbortController();
    setBusy(abort);
    store.actions.setProgress({
      label: TEXT.jobs.buildingCatalogue,
      fraction: null,
      cancel: () => abort.abort(),
    });
    try {
      const p = currentProject(store.getState());
      const bytes = await runJob(
        {
          kind: 'buildCatalogue',
          project: p,
          options: {
            statuses,
            ...(catalogue !== '' ? { catalogue } : {}),
            savingsPositive,
            proposalSheets,
          },
          into: into?.bytes ?? null,
        },
        { signal: abort.signal },
      );
      const base = (catalogue || p.settings.municipality || 'Prioriteringskatalog').replace(
        /[\\/:*?"<>|]/g,
        '-',
      );
      const outcome = await host.writeCatalogue({
        bytes,
        suggestedName: into
          ? into.name.replace(/\.xls[xm]?$/i, ' med katalog.xlsx')
          : `${base} ${p.settings.budgetYear}.xlsx`,
      });
      if (outcome.status === 'saved') {
        store.actions.notify(E.written(outcome.name));
        store.actions.openDialog(null);
      } else if (outcome.status === 'failed') {
        store.actions.showErrors([{ code: outcome.code, severity: 'error', message: outcome.message }]);
      }
    } catch (error) {
      if (!(error instanceof JobCancelled)) store.actions.showErrors([problemOf(error)]);
    } finally {
      store.actions.setProgress(null);
      setBusy(null);
    }
  };

  return (
    <Modal title={E.title} onClose={close}>
      <fieldset>
        <legend>{E.statuses}</legend>
        {STATUSES.map((s) => (
          <label key={s} className="proposal-toggle">
            <input
              type="checkbox"
              checked={statuses.includes(s)}
              onChange={(e) =>
                setStatuses(STATUSES.filter((x) => (x === s ? e.target.checked : statuses.includes(x))))
              }
            />{' '}
            {STATUS_LABEL[s]}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <label>
          {E.catalogue}{' '}
          <select value={catalogue} onChange={(e) => setCatalogue(e.target.value)}>
            <option value="">{E.allCatalogues}</option>
            {catalogues.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="form-row">
        <label>
          {E.sign}{' '}
          <select
            value={savingsPositive ? 'positive' : 'negative'}
            onChange={(e) => setSavingsPositive(e.target.value === 'positive')}
          >
            <option value="negative">{TEXT.status.negativeIsSaving}</option>
            <option value="positive">{TEXT.status.positiveIsSaving}</option>
          </select>
        </label>
      </div>
      <div className="form-row">
        <label>
          <input
            type="checkbox"
            checked={proposalSheets}
            onChange={(e) => setProposalSheets(e.target.checked)}
          />{' '}
          {E.proposalSheets}
        </label>
      </div>
      <div className="form-row">
        <span>{into ? E.intoChosen(into.name) : E.intoNone}</span>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void host.openWorkbook().then((f) => {
              if (f) setInto(f);
            })
          }
        >
          {E.chooseInto}
        </button>
        {into && (
          <button type="button" className="btn" onClick={() => setInto(null)}>
            {E.clearInto}
          </button>
        )}
      </div>
      <DialogButtons onCancel={close}>
        <button
          type="button"
          className="btn"
          disabled={statuses.length === 0}
          onClick={() =>
            void store.actions.printView(host, {
              statuses,
              ...(catalogue !== '' ? { catalogue } : {}),
              savingsPositive,
              now: new Date(),
            })
          }
        >
          {E.print}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy !== null || statuses.length === 0}
          onClick={() => void run()}
        >
          {E.confirm}
        </button>
      </DialogButtons>
    </Modal>
  );
}
