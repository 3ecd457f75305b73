import type { OpenedFileWithKind, RaaderumHost, RecentFile, WriteOutcome } from '../../shared/ipc/index.ts';
import { problemOf } from './problems.ts';
import type { AppActions, CommandContext } from './commands.ts';
import { projectFromBytes, projectToBytes } from './project-io.ts';
import { currentProject, emptyProject, type WorkbenchStore } from './store/workbench-store.ts';
import { TEXT } from './text.ts';
import { importProposalFiles } from './jobs.ts';

function projectFileName(store: WorkbenchStore): string {
  const s = store.getState();
  if (s.fileName?.endsWith('.raaderum')) return s.fileName;
  const municipality = currentProject(s).settings.municipality || TEXT.untitled;
  return `${municipality} ${currentProject(s).settings.budgetYear}.raaderum`.replace(/[\\/]/g, '-');
}

function reportOutcome(store: WorkbenchStore, outcome: WriteOutcome, done: (name: string) => void): void {
  if (outcome.status === 'saved') done(outcome.name);
  else if (outcome.status === 'failed')
    store.actions.showErrors([{ code: outcome.code, severity: 'error', message: outcome.message }]);
}

export function createAppActions(store: WorkbenchStore, host: RaaderumHost): AppActions {
  return {
    async newFromBudget() {
      const file = await host.openWorkbook();
      if (file) store.actions.openDialog({ kind: 'budgetWizard', file });
    },
    async openProject() {
      const file = await host.openProject();
      if (!file) return;
      try {
        store.actions.load(projectFromBytes(file.bytes, file.name), file.name, true);
      } catch (error) {
        store.actions.showErrors([problemOf(error, file.name)]);
      }
    },
    async emptyProject() {
      store.actions.load(emptyProject(), null, true);
      store.actions.setTab('forslag');
    },
    async saveProject(saveAs) {
      const bytes = projectToBytes(currentProject(store.getState()));
      const payload = { bytes, suggestedName: projectFileName(store) };
      const outcome = saveAs ? await host.saveProjectAs(payload) : await host.saveProject(payload);
      reportOutcome(store, outcome, (name) => {
        store.actions.markSaved(name);
        store.actions.notify(TEXT.saved(name));
      });
    },
    async importProposals() {
      const files = await host.openProposals();
      if (files.length > 0) await importProposalFiles(store, files);
    },
    exportCatalogue() {
      store.actions.openDialog({ kind: 'export' });
    },
    async print() {
      await store.actions.printView(host);
    },
  };
}

/** A file handed over by the OS or dropped on the window, by kind. */
export async function openFile(ctx: CommandContext, file: OpenedFileWithKind): Promise<void> {
  const { store } = ctx;
  if (file.kind === 'workbook') {
    store.actions.openDialog({ kind: 'budgetWizard', file: { name: file.name, bytes: file.bytes } });
  } else if (file.kind === 'proposals') {
    await importProposalFiles(store, [{ name: file.name, bytes: file.bytes }]);
  } else {
    try {
      store.actions.load(projectFromBytes(file.bytes, file.name), file.name, true);
    } catch (error) {
      store.actions.showErrors([problemOf(error, file.name)]);
    }
  }
}

/** A file from the start screen's recent list: the host reads it again, then it opens by kind. */
export async function openRecentFile(ctx: CommandContext, recent: RecentFile): Promise<void> {
  let file: OpenedFileWithKind;
  try {
    file = await ctx.host.openRecent({ id: recent.id });
  } catch (error) {
    ctx.store.actions.showErrors([problemOf(error, recent.name)]);
    return;
  }
  await openFile(ctx, file);
}
