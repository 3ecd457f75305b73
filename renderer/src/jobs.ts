import type { OpenedFile } from '../../shared/ipc/index.ts';
import { JobCancelled, runJob } from './worker/client.ts';
import type { WorkbenchStore } from './store/workbench-store.ts';
import { mergeImport } from './store/import-merge.ts';
import { TEXT } from './text.ts';
import { problemOf } from './problems.ts';

/** Department submissions read in the worker, added as one undoable step, then the report. */
export async function importProposalFiles(store: WorkbenchStore, files: OpenedFile[]): Promise<void> {
  const controller = new AbortController();
  store.actions.setProgress({
    label: TEXT.jobs.importingProposals,
    fraction: null,
    cancel: () => controller.abort(),
  });
  try {
    const before = store.getState().history.present;
    const years = before.project.settings.years;
    const result = await runJob(
      { kind: 'importProposals', files, years, existing: before.project.proposals },
      {
        signal: controller.signal,
        onProgress: (fraction) =>
          store.actions.setProgress({ label: TEXT.jobs.importingProposals, fraction }),
      },
    );
    // The core returns the whole list for `before`; it is merged into the document as it is now, so edits
    // made while the import ran are kept. Commands that start another import are disabled meanwhile.
    let keptEdits = 0;
    store.actions.change(
      (doc) => {
        const merged = mergeImport(before, doc, result.proposals);
        keptEdits = merged.keptEdits;
        return merged.doc;
      },
      TEXT.history.importProposals(result.added),
      { kind: 'import', files: files.map((f) => f.name) },
    );
    if (keptEdits > 0) store.actions.notify(TEXT.forslag.importKeptEdits(keptEdits));
    store.actions.setTab('forslag');
    store.actions.openDialog({
      kind: 'proposalReport',
      added: result.added,
      problems: result.problems,
      files: files.map((f) => f.name),
    });
  } catch (error) {
    if (!(error instanceof JobCancelled)) store.actions.showErrors([problemOf(error)]);
  } finally {
    store.actions.setProgress(null);
  }
}
