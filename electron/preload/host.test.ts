import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EVENT_NAMES,
  HostError,
  REQUEST_NAMES,
  eventChannel,
  eventMethodName,
  requestChannel,
} from '../../shared/ipc/contract.ts';
import { createPreloadHost, expectedHostKeys, type IpcRendererLike } from './host.ts';

type Listener = (event: unknown, payload: unknown) => void;

function fakeIpcRenderer(answer: (channel: string, payload: unknown) => unknown): IpcRendererLike & {
  invoked: { channel: string; args: unknown[] }[];
  emit(channel: string, payload: unknown): void;
  listenerCount(channel: string): number;
} {
  const listeners = new Map<string, Set<Listener>>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  return {
    invoked,
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args });
      return answer(channel, args[0]);
    },
    on: (channel, listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
    emit: (channel, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer' }, payload);
    },
    listenerCount: (channel) => listeners.get(channel)?.size ?? 0,
  };
}

describe('preloadens window.raaderum', () => {
  it('har præcis kontraktens navne og intet andet', () => {
    const host = createPreloadHost(fakeIpcRenderer(() => ({ ok: true, value: null })));
    expect(Object.keys(host).sort()).toEqual(expectedHostKeys());
    expect(Object.keys(host).sort()).toEqual(
      ['kind', ...REQUEST_NAMES, ...EVENT_NAMES.map((name) => eventMethodName(name))].sort(),
    );
    expect(host.kind).toBe('electron');
    expect(Object.isFrozen(host)).toBe(true);
    expect(Object.values(host).filter((v) => typeof v !== 'function')).toEqual(['electron']);
  });

  it('index.ts eksponerer kun værten, kun under navnet raaderum, og kontrolleres med satisfies', () => {
    const source = readFileSync(join(import.meta.dirname, 'index.ts'), 'utf8');
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(source).toContain("exposeInMainWorld('raaderum', host)");
    expect(source).toMatch(/createPreloadHost\(ipcRenderer\) satisfies RaaderumHost/);
  });

  it('sender hver forespørgsel på sin egen kanal og pakker svaret ud', async () => {
    const ipc = fakeIpcRenderer(() => ({
      ok: true,
      value: { name: 'Budget.xlsx', bytes: new Uint8Array([9]) },
    }));
    const host = createPreloadHost(ipc);
    expect(await host.openWorkbook()).toEqual({ name: 'Budget.xlsx', bytes: new Uint8Array([9]) });
    expect(ipc.invoked).toEqual([{ channel: requestChannel('openWorkbook'), args: [undefined] }]);
  });

  it('sender aldrig ugyldige data af sted', async () => {
    const ipc = fakeIpcRenderer(() => ({ ok: true, value: { status: 'cancelled' } }));
    const host = createPreloadHost(ipc);
    const forged = { bytes: 'x', suggestedName: '/etc/passwd' } as unknown as Parameters<
      typeof host.saveProject
    >[0];
    await expect(host.saveProject(forged)).rejects.toBeInstanceOf(HostError);
    expect(ipc.invoked).toEqual([]);
  });

  it('gør værtens afvisning til en HostError med den danske besked', async () => {
    const host = createPreloadHost(
      fakeIpcRenderer(() => ({
        ok: false,
        code: 'file.not-found',
        message: "'a.raaderum' findes ikke længere.",
      })),
    );
    const error = await host.openRecent({ id: 'abc' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'file.not-found', message: "'a.raaderum' findes ikke længere." });
  });

  it('afviser et svar, der ikke passer til kontrakten', async () => {
    const host = createPreloadHost(fakeIpcRenderer(() => ({ ok: true, value: { name: '../x', bytes: 1 } })));
    await expect(host.openWorkbook()).rejects.toMatchObject({ code: 'ipc.bad-result' });
    const raw = createPreloadHost(fakeIpcRenderer(() => 'no envelope'));
    await expect(raw.appInfo()).rejects.toMatchObject({ code: 'ipc.bad-result' });
  });

  it('en fil fra OS’et, der kommer før siden lytter, venter; en menukommando gør ikke', () => {
    const ipc = fakeIpcRenderer(() => ({ ok: true, value: null }));
    const host = createPreloadHost(ipc);
    ipc.emit(eventChannel('fileOpened'), {
      name: 'Budget.raaderum',
      bytes: new Uint8Array([1]),
      kind: 'project',
    });
    ipc.emit(eventChannel('command'), { id: 'file.save' });
    const files = vi.fn();
    const commands = vi.fn();
    host.onFileOpened(files);
    host.onCommand(commands);
    expect(files).toHaveBeenCalledWith({
      name: 'Budget.raaderum',
      bytes: new Uint8Array([1]),
      kind: 'project',
    });
    expect(commands).not.toHaveBeenCalled();
    const later = vi.fn();
    host.onFileOpened(later); // delivered once, not again to a second listener
    expect(later).not.toHaveBeenCalled();
  });

  it('giver lyttere gyldige begivenheder uden Electrons event-objekt, og kan afmelde dem', () => {
    const ipc = fakeIpcRenderer(() => ({ ok: true, value: null }));
    const host = createPreloadHost(ipc);
    const commands = vi.fn();
    const unsubscribe = host.onCommand(commands);
    ipc.emit(eventChannel('command'), { id: 'file.save' });
    ipc.emit(eventChannel('command'), { id: 'shell.exec' }); // not a command id: dropped
    ipc.emit(eventChannel('command'), null);
    expect(commands.mock.calls).toEqual([[{ id: 'file.save' }]]);
    unsubscribe();
    ipc.emit(eventChannel('command'), { id: 'file.save' });
    expect(commands).toHaveBeenCalledTimes(1);
    // One IPC listener per event, however often the page subscribes: nothing leaks.
    host.onCommand(vi.fn())();
    expect(ipc.listenerCount(eventChannel('command'))).toBe(1);

    const files = vi.fn();
    host.onFileOpened(files);
    ipc.emit(eventChannel('fileOpened'), { name: 'a.raaderum', bytes: new Uint8Array([1]), kind: 'project' });
    expect(files).toHaveBeenCalledWith({ name: 'a.raaderum', bytes: new Uint8Array([1]), kind: 'project' });
  });
});
