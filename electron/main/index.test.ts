import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DROP_CHANNEL, REQUEST_NAMES, eventChannel, requestChannel } from '../../shared/ipc/contract.ts';

// The wiring in index.ts, run against fakes of Electron's objects: the real `electron` module is never
// loaded (vi.mock replaces it before index.ts imports it).

type Fn = (...args: never[]) => unknown;
const call = (fn: Fn | undefined, ...args: unknown[]): unknown =>
  (fn as ((...a: unknown[]) => unknown) | undefined)?.(...args);

const dir = mkdtempSync(join(tmpdir(), 'raaderum-main-'));
const appListeners = new Map<string, Fn>();
const ipcHandlers = new Map<string, Fn>();

class FakeWebContents {
  readonly listeners = new Map<string, Fn>();
  readonly send = vi.fn();
  readonly setWindowOpenHandler = vi.fn();
  constructor(readonly id: number) {}
  isDestroyed = (): boolean => false;
  on = (event: string, listener: Fn): void => void this.listeners.set(event, listener);
  once = (event: string, listener: Fn): void => void this.listeners.set(event, listener);
  printToPDF = async (): Promise<Uint8Array> => new Uint8Array([37, 80, 68, 70]);
}

class FakeBrowserWindow {
  static windows: FakeBrowserWindow[] = [];
  static getAllWindows = (): FakeBrowserWindow[] => FakeBrowserWindow.windows;
  static getFocusedWindow = (): FakeBrowserWindow | null => FakeBrowserWindow.windows[0] ?? null;
  readonly webContents = new FakeWebContents(FakeBrowserWindow.windows.length + 1);
  readonly listeners = new Map<string, Fn>();
  readonly loadURL = vi.fn(async () => undefined);
  readonly setTitle = vi.fn();
  readonly setDocumentEdited = vi.fn();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly closed = vi.fn();
  constructor(readonly options: { webPreferences: Record<string, unknown> }) {
    FakeBrowserWindow.windows.push(this);
    call(appListeners.get('web-contents-created'), {}, this.webContents);
  }
  on = (event: string, listener: Fn): void => void this.listeners.set(event, listener);
  once = (event: string, listener: Fn): void => void this.listeners.set(event, listener);
  isMinimized = (): boolean => false;
  restore = vi.fn();
  close = (): void => {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    call(this.listeners.get('close'), event);
    if (!event.prevented) this.closed();
  };
}

const fakes = vi.hoisted(() => ({
  protocolHandlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
  privileged: [] as unknown[],
  menus: [] as unknown[],
  messageBoxes: [] as { message: string; buttons?: string[] }[],
  permissionHandler: null as null | ((c: unknown, p: string, cb: (granted: boolean) => void) => void),
  beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  sandboxEnabled: false,
}));

vi.mock('electron', () => ({
  app: {
    enableSandbox: () => (fakes.sandboxEnabled = true),
    setAppUserModelId: vi.fn(),
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    on: (event: string, listener: Fn) => void appListeners.set(event, listener),
    whenReady: async () => undefined,
    getPath: (name: string) => join(dir, name),
    getVersion: () => '0.1.0',
    isPackaged: true,
  },
  BrowserWindow: FakeBrowserWindow,
  dialog: {
    showMessageBox: async (_window: unknown, options: { message: string; buttons?: string[] }) => {
      fakes.messageBoxes.push(options);
      return { response: 2 };
    },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true }),
  },
  ipcMain: {
    handle: (channel: string, listener: Fn) => void ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => void ipcHandlers.delete(channel),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: unknown) => void fakes.menus.push(menu),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => void fakes.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) =>
      void fakes.protocolHandlers.set(scheme, handler),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof fakes.permissionHandler) => (fakes.permissionHandler = h),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: (h: typeof fakes.beforeRequest) => (fakes.beforeRequest = h) },
    },
  },
}));

const appFrame = (id: number) => ({
  senderFrame: { url: 'app://raaderum/index.html', parent: null },
  sender: { id },
});
let window: FakeBrowserWindow;

beforeAll(async () => {
  await import('./index.ts');
  await vi.waitFor(() => expect(FakeBrowserWindow.windows[0]?.loadURL).toHaveBeenCalled());
  window = FakeBrowserWindow.windows[0] as FakeBrowserWindow;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('hovedprocessen sat sammen', () => {
  it('tænder sandkassen og registrerer app:// før start', () => {
    expect(fakes.sandboxEnabled).toBe(true);
    expect(fakes.privileged).toEqual([expect.objectContaining({ scheme: 'app' })]);
  });

  it('åbner ét sikkert vindue og indlæser appen fra app://', () => {
    expect(FakeBrowserWindow.windows).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(String(window.options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://raaderum/index.html');
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('nægter tilladelser og netværk i sessionen', () => {
    let granted: boolean | undefined;
    fakes.permissionHandler?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    let cancelled: boolean | undefined;
    fakes.beforeRequest?.({ url: 'https://example.com/' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
  });

  it('serverer app:// og afviser stier ud af mappen', async () => {
    const handler = fakes.protocolHandlers.get('app');
    expect((await handler?.({ url: 'app://raaderum/../../etc/passwd', method: 'GET' }))?.status).toBe(404);
    expect((await handler?.({ url: 'app://raaderum/index.html', method: 'POST' }))?.status).toBe(405);
  });

  it('lytter på præcis kontraktens kanaler plus kanalen for sluppede filer', () => {
    expect([...ipcHandlers.keys()].sort()).toEqual(
      [...REQUEST_NAMES.map(requestChannel), DROP_CHANNEL].sort(),
    );
  });

  it('sætter den danske menu', () => {
    const menu = fakes.menus.at(-1) as { template: { label: string }[] };
    expect(menu.template.map((m) => m.label)).toEqual(
      expect.arrayContaining(['Filer', 'Rediger', 'Vis', 'Hjælp']),
    );
  });

  it('titlen følger dokumentet, og lukning med ændringer spørger', async () => {
    const setState = ipcHandlers.get(requestChannel('setDocumentState'));
    const answer = await call(setState, appFrame(window.webContents.id), {
      name: 'Budget.raaderum',
      dirty: true,
    });
    expect(answer).toEqual({ ok: true, value: undefined });
    expect(window.setTitle).toHaveBeenCalledWith('● Budget.raaderum – Råderum');
    window.close();
    await vi.waitFor(() =>
      expect(fakes.messageBoxes.at(-1)?.message).toBe('Vil du gemme ændringerne i Budget.raaderum?'),
    );
    expect(window.closed).not.toHaveBeenCalled(); // the fake answers "Annuller"
  });

  it('en anden start med en fil sender filen til det åbne vindue', async () => {
    const file = join(dir, 'Fra anden start.raaderum');
    writeFileSync(file, '{"x":1}');
    call(window.webContents.listeners.get('did-finish-load'));
    call(appListeners.get('second-instance'), {}, ['raaderum', file], dir);
    expect(window.focus).toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith(
        eventChannel('fileOpened'),
        expect.objectContaining({ name: 'Fra anden start.raaderum', kind: 'project' }),
      ),
    );
  });

  it('en side, der går ned, genindlæses', () => {
    const loads = window.loadURL.mock.calls.length;
    call(window.webContents.listeners.get('render-process-gone'), {}, { reason: 'crashed' });
    expect(window.loadURL).toHaveBeenCalledTimes(loads + 1);
    expect(window.loadURL).toHaveBeenLastCalledWith('app://raaderum/index.html');
  });

  it('en fremmed ramme får ingen svar', async () => {
    const appInfo = ipcHandlers.get(requestChannel('appInfo'));
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 1 } };
    expect(await call(appInfo, foreign)).toMatchObject({ ok: false, code: 'ipc.foreign-sender' });
    expect(await call(appInfo, appFrame(1))).toMatchObject({
      ok: true,
      value: { name: 'Råderum', packaged: true },
    });
  });
});
