import type {
  OpenedFileWithKind,
  OpenedProject,
  RaaderumHost,
  RecentFile,
  WriteOutcome,
} from '../../shared/ipc/index.ts';
import { problemOf } from './problems.ts';
import type { AppActions, CommandContext } from './commands.ts';
import { projectFromBytes, projectToBytes } from './project-io.ts';
import { currentProject, emptyProject, isDirty, type WorkbenchStore } from './store/workbench-store.ts';
import { TEXT } from './text.ts';
import { importProposalFiles } from './jobs.ts';

function projectFileName(store: WorkbenchStore): string {
  const s = store.getState();
  if (s.fileName?.endsWith('.raaderum')) return s.fileName;
  const municipality = currentProject(s).settings.municipality || TEXT.untitled;
  return `${municipality} ${currentProject(s).settings.budgetYear}.raaderum`.replace(/[\\/]/g, '-');
}

async function saveProject(
  store: WorkbenchStore,
  host: RaaderumHost,
  saveAs: boolean,
): Promise<WriteOutcome> {
  const bytes = projectToBytes(currentProject(store.getState()));
  const payload = { bytes, suggestedName: projectFileName(store) };
  const outcome = saveAs ? await host.saveProjectAs(payload) : await host.saveProject(payload);
  if (outcome.status === 'saved') {
    store.actions.markSaved(outcome.name);
    store.actions.notify(TEXT.saved(outcome.name));
  } else if (outcome.status === 'failed') {
    store.actions.showErrors([{ code: outcome.code, severity: 'error', message: outcome.message }]);
  }
  return outcome;
}

/**
 * Before the document is replaced (another project, a new one, a budget that starts one): with unsaved
 * changes, "Vil du gemme ændringerne i <navn>?". Gem saves first and goes on only if the save did; Gem ikke
 * goes on; Annuller (or Esc) leaves everything as it was, undo included.
 */
export async function mayReplaceDocument(store: WorkbenchStore, host: RaaderumHost): Promise<boolean> {
  if (!isDirty(store.getState())) return true;
  const choice = await store.actions.askToSave();
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return (await saveProject(store, host, false)).status === 'saved';
}

/** A project file read by the host becomes the document; only then does the host hold on to its file. */
async function loadProject(store: WorkbenchStore, host: RaaderumHost, file: OpenedProject): Promise<void> {
  try {
    store.actions.load(await projectFromBytes(file.bytes, file.name), file.name, true);
  } catch (error) {
    store.actions.showErrors([problemOf(error, file.name)]);
    return;
  }
  if (file.grant === undefined) return;
  try {
    await host.adoptProject({ grant: file.grant });
  } catch (error) {
    store.actions.showErrors([problemOf(error, file.name)]);
  }
}

export function createAppActions(store: WorkbenchStore, host: RaaderumHost): AppActions {
  return {
    async newFromBudget() {
      if (!(await mayReplaceDocument(store, host))) return;
      const file = await host.openWorkbook();
      if (file) store.actions.openDialog({ kind: 'budgetWizard', file });
    },
    async openProject() {
      if (!(await mayReplaceDocument(store, host))) return;
      const file = await host.openProject();
      if (file) await loadProject(store, host, file);
    },
    async emptyProject() {
      if (!(await mayReplaceDocument(store, host))) return;
      store.actions.load(emptyProject(), null, true);
      store.actions.setTab('forslag');
    },
    async saveProject(saveAs) {
      await saveProject(store, host, saveAs);
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

/**
 * A file handed over by the OS or dropped on the window, by kind: a project replaces the document and a
 * workbook starts a new one (both ask first when there are unsaved changes); proposals are added to it.
 */
export async function openFile(ctx: CommandContext, file: OpenedFileWithKind): Promise<void> {
  const { store, host } = ctx;
  if (file.kind === 'proposals') {
    await importProposalFiles(store, [{ name: file.name, bytes: file.bytes }]);
    return;
  }
  if (!(await mayReplaceDocument(store, host))) return;
  if (file.kind === 'workbook') {
    store.actions.openDialog({ kind: 'budgetWizard', file: { name: file.name, bytes: file.bytes } });
  } else {
    await loadProject(store, host, file);
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
