import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { DocumentService } from './documents.ts';
import type { RequestHandlers } from './ipc-router.ts';

/** Every contract request, answered by the document service or the app; the router validates around it. */
export function createRequestHandlers(options: {
  documents: DocumentService;
  appInfo: AppInfo;
  /** The window title and the close prompt follow the document's name and dirty flag. */
  onDocumentState(webContentsId: number, state: { name: string; dirty: boolean }): void;
}): RequestHandlers {
  const { documents } = options;
  return {
    openWorkbook: async (_payload, { webContentsId }) => documents.openWorkbook(webContentsId),
    openProposals: async (_payload, { webContentsId }) => documents.openProposals(webContentsId),
    openProject: async (_payload, { webContentsId }) => documents.openProject(webContentsId),
    newDocument: async (_payload, { webContentsId }) => {
      documents.newDocument(webContentsId);
    },
    adoptProject: async ({ grant }, { webContentsId }) => {
      documents.adoptProject(webContentsId, grant);
    },
    saveProject: async ({ bytes, suggestedName }, { webContentsId }) =>
      documents.saveProject(webContentsId, bytes, suggestedName),
    saveProjectAs: async ({ bytes, suggestedName }, { webContentsId }) =>
      documents.saveProjectAs(webContentsId, bytes, suggestedName),
    writeCatalogue: async ({ bytes, suggestedName }, { webContentsId }) =>
      documents.writeCatalogue(webContentsId, bytes, suggestedName),
    printToPdf: async ({ suggestedName, landscape }, { webContentsId }) =>
      documents.printToPdf(webContentsId, suggestedName, landscape ?? true),
    listRecent: async () => documents.listRecent(),
    openRecent: async ({ id }, { webContentsId }) => documents.openRecent(webContentsId, id),
    putRecovery: async ({ bytes, name }, { webContentsId }) => {
      await documents.putRecovery(webContentsId, name, bytes);
    },
    listRecovery: async () => documents.listRecovery(),
    getRecovery: async ({ id }) => documents.getRecovery(id),
    clearRecovery: async ({ id }, { webContentsId }) => {
      await documents.clearRecovery(webContentsId, id);
    },
    appInfo: async () => options.appInfo,
    setDocumentState: async (state, { webContentsId }) => {
      documents.setDocumentState(webContentsId, state);
      options.onDocumentState(webContentsId, state);
    },
  };
}
