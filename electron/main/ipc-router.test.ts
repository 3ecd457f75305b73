import { describe, expect, it, vi } from 'vitest';
import {
  HOST_ERROR_CODES,
  HostError,
  REQUEST_NAMES,
  requestChannel,
  type RequestName,
} from '../../shared/ipc/contract.ts';
import { createIpcRouter, type InvokeEvent, type IpcMainLike, type RequestHandlers } from './ipc-router.ts';

function fakeIpcMain(): IpcMainLike & {
  channels: Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>;
} {
  const channels = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  return {
    channels,
    handle: (channel, listener) => {
      if (channels.has(channel)) throw new Error(`to handlere for ${channel}`);
      channels.set(channel, listener);
    },
    removeHandler: (channel) => channels.delete(channel),
  };
}

const appFrame: InvokeEvent = {
  senderFrame: { url: 'app://raaderum/index.html', parent: null },
  sender: { id: 7 },
};

function handlers(overrides: Partial<RequestHandlers> = {}): RequestHandlers {
  const saved = { status: 'saved', name: 'x.raaderum' } as const;
  return {
    openWorkbook: async () => ({ name: 'Budget 2027.xlsx', bytes: new Uint8Array([1]) }),
    openProposals: async () => [],
    openProject: async () => null,
    adoptProject: async () => undefined,
    newDocument: async () => undefined,
    saveProject: async () => saved,
    saveProjectAs: async () => saved,
    writeCatalogue: async () => saved,
    printToPdf: async () => saved,
    listRecent: async () => [],
    openRecent: async () => ({ name: 'a.raaderum', bytes: new Uint8Array(), kind: 'project' }),
    putRecovery: async () => undefined,
    listRecovery: async () => [],
    getRecovery: async () => null,
    clearRecovery: async () => undefined,
    appInfo: async () => ({ name: 'Råderum', version: '0.1.0', platform: 'linux', packaged: false }),
    setDocumentState: async () => undefined,
    ...overrides,
  };
}

describe('IPC-routeren', () => {
  it('har præcis én kanal for hver forespørgsel i kontrakten', () => {
    const ipcMain = fakeIpcMain();
    createIpcRouter({ ipcMain, handlers: handlers() });
    expect([...ipcMain.channels.keys()].sort()).toEqual(REQUEST_NAMES.map(requestChannel).sort());
  });

  it('afviser ukendte kanaler', async () => {
    const router = createIpcRouter({ ipcMain: fakeIpcMain(), handlers: handlers() });
    for (const channel of [
      'raaderum:request:readFile',
      'raaderum:request:',
      'openWorkbook',
      '__proto__',
      'constructor',
    ]) {
      expect(await router.dispatch(channel, appFrame, undefined)).toMatchObject({
        ok: false,
        code: HOST_ERROR_CODES.unknownChannel,
      });
    }
  });

  it('afviser afsendere, der ikke er appens egen hovedramme', async () => {
    const onRejected = vi.fn();
    const openWorkbook = vi.fn(handlers().openWorkbook);
    const ipcMain = fakeIpcMain();
    createIpcRouter({ ipcMain, handlers: handlers({ openWorkbook }), onRejected });
    const listener = ipcMain.channels.get(requestChannel('openWorkbook'));
    const foreign: InvokeEvent[] = [
      { senderFrame: { url: 'app://raaderum/index.html', parent: {} }, sender: { id: 7 } }, // a subframe
      { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 7 } },
      { senderFrame: { url: 'file:///C:/Users/x/evil.html', parent: null }, sender: { id: 7 } },
      { senderFrame: { url: 'app://evil/index.html', parent: null }, sender: { id: 7 } },
      { senderFrame: null, sender: { id: 7 } }, // the frame has gone away
    ];
    for (const event of foreign) {
      expect(await listener?.(event, undefined)).toMatchObject({
        ok: false,
        code: HOST_ERROR_CODES.foreignSender,
      });
    }
    expect(openWorkbook).not.toHaveBeenCalled();
    expect(onRejected).toHaveBeenCalledTimes(foreign.length);
  });

  it('afviser forkerte data, før en handler ser dem', async () => {
    const saveProject = vi.fn(handlers().saveProject);
    const ipcMain = fakeIpcMain();
    createIpcRouter({ ipcMain, handlers: handlers({ saveProject }) });
    const listener = ipcMain.channels.get(requestChannel('saveProject'));
    const bad: unknown[][] = [
      [undefined],
      [{ bytes: 'ikke bytes', suggestedName: 'a.raaderum' }],
      [{ bytes: new Uint8Array(), suggestedName: '../../evil.raaderum' }],
      [{ bytes: new Uint8Array(), suggestedName: 'C:\\Windows\\evil.raaderum' }],
      [{ bytes: new Uint8Array(), suggestedName: '' }],
      [{ bytes: [1, 2, 3], suggestedName: 'a.raaderum' }],
      [{ bytes: new Uint8Array(), suggestedName: 'a.raaderum' }, 'ekstra argument'],
    ];
    for (const args of bad) {
      expect(await listener?.(appFrame, ...args)).toMatchObject({
        ok: false,
        code: HOST_ERROR_CODES.badPayload,
      });
    }
    expect(saveProject).not.toHaveBeenCalled();
    const ok = await listener?.(appFrame, { bytes: new Uint8Array([1]), suggestedName: 'a.raaderum' });
    expect(ok).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(saveProject).toHaveBeenCalledWith(
      { bytes: new Uint8Array([1]), suggestedName: 'a.raaderum' },
      { webContentsId: 7 },
    );
  });

  it('giver handlerens danske fejlbesked videre og skjuler uventede fejl', async () => {
    const router = createIpcRouter({
      ipcMain: fakeIpcMain(),
      handlers: handlers({
        openRecent: async () => {
          throw new HostError(HOST_ERROR_CODES.notFound, "'a.raaderum' findes ikke længere.");
        },
        listRecent: async () => {
          throw new Error('ENOENT: /home/user/.config/secret/path');
        },
      }),
    });
    expect(await router.dispatch(requestChannel('openRecent'), appFrame, { id: 'abc' })).toEqual({
      ok: false,
      code: HOST_ERROR_CODES.notFound,
      message: "'a.raaderum' findes ikke længere.",
    });
    const hidden = await router.dispatch(requestChannel('listRecent'), appFrame, undefined);
    expect(hidden).toMatchObject({ ok: false, code: HOST_ERROR_CODES.failed });
    expect(JSON.stringify(hidden)).not.toContain('/home/user');
  });

  it('kontrollerer også handlerens svar mod kontrakten', async () => {
    const router = createIpcRouter({
      ipcMain: fakeIpcMain(),
      handlers: handlers({
        // A handler that would leak a path in a name is stopped at the boundary.
        openWorkbook: async () => ({ name: '/home/user/Budget.xlsx', bytes: new Uint8Array() }),
      }),
    });
    expect(await router.dispatch(requestChannel('openWorkbook'), appFrame, undefined)).toMatchObject({
      ok: false,
      code: HOST_ERROR_CODES.badResult,
    });
  });

  it('svarer på hver forespørgsel i kontrakten med gyldige data', async () => {
    const router = createIpcRouter({ ipcMain: fakeIpcMain(), handlers: handlers() });
    const payloads: Record<RequestName, unknown> = {
      openWorkbook: undefined,
      openProposals: undefined,
      openProject: undefined,
      adoptProject: { grant: 'g1' },
      newDocument: undefined,
      saveProject: { bytes: new Uint8Array(), suggestedName: 'a' },
      saveProjectAs: { bytes: new Uint8Array(), suggestedName: 'a' },
      writeCatalogue: { bytes: new Uint8Array(), suggestedName: 'a' },
      printToPdf: { suggestedName: 'a' },
      listRecent: undefined,
      openRecent: { id: 'x' },
      putRecovery: { bytes: new Uint8Array(), name: 'Nyt projekt' },
      listRecovery: undefined,
      getRecovery: { id: 'x' },
      clearRecovery: {},
      appInfo: undefined,
      setDocumentState: { name: 'Nyt projekt', dirty: true },
    };
    for (const name of REQUEST_NAMES) {
      expect(await router.dispatch(requestChannel(name), appFrame, payloads[name]), name).toMatchObject({
        ok: true,
      });
    }
  });

  it('fjerner sine kanaler igen', () => {
    const ipcMain = fakeIpcMain();
    createIpcRouter({ ipcMain, handlers: handlers() }).dispose();
    expect(ipcMain.channels.size).toBe(0);
  });
});
