import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type WebContents } from 'electron';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DROP_CHANNEL,
  eventChannel,
  type EventName,
  type EventPayload,
  type HostCommandId,
} from '../../shared/ipc/contract.ts';
import { writeFileAtomic } from '../node/atomic-file.ts';
import { APP_ID, PRODUCT_NAME } from './app-identity.ts';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol.ts';
import { DocumentService } from './documents.ts';
import { createRequestHandlers } from './handlers.ts';
import { createIpcRouter, type InvokeEvent } from './ipc-router.ts';
import { buildMenuTemplate } from './menu.ts';
import { acceptDroppedPath, filesFromArgv, OpenFileRouter } from './open-files.ts';
import { RecentFiles } from './recent-files.ts';
import { RecoveryStore } from './recovery-store.ts';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  createMainWindow,
  installNavigationGuards,
  installSessionGuards,
} from './security.ts';
import { installCloseGuard, windowTitle } from './window-lifecycle.ts';

// The only module that touches Electron itself: everything it wires is tested with fakes.

const here = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererRoot = join(here, '../renderer');

app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const openFiles = new OpenFileRouter();
let mainWindow: BrowserWindow | null = null;
/** A clean close removes the recovery copy; quitting waits for it. */
let detaching: Promise<void> = Promise.resolve();

if (OpenFileRouter.install(app, openFiles, () => focusMainWindow())) {
  for (const path of filesFromArgv(process.argv, process.cwd())) openFiles.open(path);
  void app.whenReady().then(start);
  app.on('window-all-closed', () => void detaching.finally(() => app.quit()));
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function send<N extends EventName>(contents: WebContents, name: N, payload: EventPayload<N>): void {
  if (!contents.isDestroyed()) contents.send(eventChannel(name), payload);
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  await mkdir(userData, { recursive: true }).catch(() => undefined);
  installSessionGuards(session.defaultSession, !app.isPackaged);
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents));
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      root: rendererRoot,
      readFile: async (path) => new Uint8Array(await readFile(path)),
    }),
  );

  const recent = new RecentFiles({
    read: () => readFile(join(userData, 'recent-files.json'), 'utf8').catch(() => null),
    write: (text) => writeFileAtomic(join(userData, 'recent-files.json'), text, { backup: false }),
  });
  const recovery = new RecoveryStore(
    join(userData, 'recovery'),
    { mkdir, readdir, unlink, readFile: async (path) => new Uint8Array(await readFile(path)) },
    (path, data) => writeFileAtomic(path, data, { backup: false }),
  );
  const windowOf = (webContentsId: number): BrowserWindow | undefined =>
    BrowserWindow.getAllWindows().find((window) => window.webContents.id === webContentsId);

  const documents = new DocumentService({
    dialogsFor: (webContentsId) => {
      const parent = windowOf(webContentsId);
      return {
        showOpen: async ({ title, filters, multiple, defaultPath }) => {
          const properties: ('openFile' | 'multiSelections')[] = multiple
            ? ['openFile', 'multiSelections']
            : ['openFile'];
          const options = { title, filters, properties, defaultPath };
          const result = parent
            ? await dialog.showOpenDialog(parent, options)
            : await dialog.showOpenDialog(options);
          return result.canceled ? null : result.filePaths;
        },
        showSave: async ({ title, filters, defaultPath }) => {
          const options = { title, filters, defaultPath };
          const result = parent
            ? await dialog.showSaveDialog(parent, options)
            : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
      };
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    fileSize: async (path) => (await stat(path)).size,
    writeFileAtomic: (path, data, options) => writeFileAtomic(path, data, options),
    recent,
    recovery,
    defaultFolder: app.getPath('documents'),
    printToPdf: async (webContentsId, { landscape }) => {
      const window = windowOf(webContentsId);
      if (!window) throw new Error('Intet vindue at udskrive.');
      // A4 (Electron's default is Letter); the print view's own @page rule wins where it sets one.
      const pdf = await window.webContents.printToPDF({
        landscape,
        printBackground: true,
        pageSize: 'A4',
        preferCSSPageSize: true,
        displayHeaderFooter: false,
      });
      return new Uint8Array(pdf);
    },
  });

  createIpcRouter({
    ipcMain,
    handlers: createRequestHandlers({
      documents,
      appInfo: {
        name: PRODUCT_NAME,
        version: app.getVersion(),
        platform: process.platform,
        packaged: app.isPackaged,
      },
      onDocumentState: (webContentsId, { name, dirty }) => {
        const window = windowOf(webContentsId);
        if (!window) return;
        window.setTitle(windowTitle(name, dirty));
        window.setDocumentEdited(dirty);
      },
    }),
    onRejected: (reason, channel) => console.warn(`IPC afvist (${reason}) på ${channel}`),
  });

  const openInWindow = (window: BrowserWindow, path: string): void => {
    const contents = window.webContents;
    documents
      .openPath(contents.id, path)
      .then((file) => send(contents, 'fileOpened', file))
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        void dialog.showMessageBox(window, { type: 'warning', title: 'Råderum', message });
      });
  };

  ipcMain.handle(DROP_CHANNEL, (event: InvokeEvent, path: unknown) => {
    acceptDroppedPath(event, path, (webContentsId, droppedPath) => {
      const window = windowOf(webContentsId);
      if (window) openInWindow(window, droppedPath);
    });
  });

  const sendCommand = (id: HostCommandId): void => {
    const window = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (window) send(window.webContents, 'command', { id });
  };
  const about = (): void => {
    const options = {
      type: 'info' as const,
      title: 'Om Råderum',
      message: 'Råderum',
      detail: `Version ${app.getVersion()}\nBudgetværktøj til prioriteringskataloget.\nRåderum arbejder uden netforbindelse; dine filer forlader aldrig computeren.`,
    };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };
  const refreshMenu = async (): Promise<void> => {
    const template = buildMenuTemplate({
      platform: process.platform,
      recent: await recent.list(),
      isPackaged: app.isPackaged,
      actions: {
        command: sendCommand,
        about,
        openRecent: (id) => {
          const window = mainWindow;
          if (!window) return;
          documents
            .openRecent(window.webContents.id, id)
            .then((file) => send(window.webContents, 'fileOpened', file))
            .catch((error: unknown) => {
              const message = error instanceof Error ? error.message : String(error);
              void dialog.showMessageBox(window, { type: 'warning', title: 'Råderum', message });
            });
        },
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  recent.subscribe(() => void refreshMenu());
  await refreshMenu();

  const window = createMainWindow(BrowserWindow, preloadPath, app.isPackaged);
  mainWindow = window;
  const contentsId = window.webContents.id;
  documents.attach(contentsId);
  installCloseGuard({
    window,
    getState: () => documents.documentState(contentsId),
    ask: async (message, buttons) =>
      (
        await dialog.showMessageBox(window, {
          type: 'question',
          title: 'Råderum',
          message,
          buttons: [...buttons],
          defaultId: 0,
          cancelId: 2,
          noLink: true,
        })
      ).response,
    sendCommand: (id) => send(window.webContents, 'command', { id }),
    onProjectSaved: (listener) =>
      documents.onProjectSaved((id, outcome) => {
        if (id === contentsId) listener(outcome);
      }),
  });
  window.on('closed', () => {
    mainWindow = null;
    openFiles.setTarget(null);
    detaching = documents.detach(contentsId).catch(() => undefined);
  });
  window.once('ready-to-show', () => window.show());
  // A crashed page is reloaded; what it had autosaved is then offered with "Gendan".
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    documents.rendererGone(contentsId);
    void window.loadURL(APP_ENTRY_URL);
  });
  window.webContents.once('did-finish-load', () => openFiles.setTarget((path) => openInWindow(window, path)));
  await window.loadURL(APP_ENTRY_URL);
}
