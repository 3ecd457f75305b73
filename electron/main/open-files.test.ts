import { describe, expect, it, vi, type Mock } from 'vitest';
import { join } from 'node:path';
import { acceptDroppedPath, filesFromArgv, OpenFileRouter, type SingleInstanceApp } from './open-files.ts';

type Handler = (...args: never[]) => void;

function fakeApp(
  hasLock: boolean,
): SingleInstanceApp & { quit: Mock<() => void>; emit(event: string, ...args: unknown[]): void } {
  const handlers = new Map<string, Handler>();
  return {
    requestSingleInstanceLock: () => hasLock,
    quit: vi.fn<() => void>(),
    on: ((event: string, handler: Handler) => {
      handlers.set(event, handler);
    }) as SingleInstanceApp['on'],
    emit: (event, ...args) => (handlers.get(event) as ((...a: unknown[]) => void) | undefined)?.(...args),
  };
}

describe('kommandolinjen', () => {
  it('finder de filer, Windows giver ved dobbeltklik eller "Åbn med"', () => {
    const cwd = join('/home', 'kirsten');
    expect(
      filesFromArgv(
        [
          'C:\\Program Files\\Råderum\\Råderum.exe',
          '--allow-file-access-from-files',
          '--inspect=9229',
          '.',
          'C:\\Users\\k\\Documents\\Budget 2027.raaderum',
          'forslag.xlsx',
          'noter.txt',
        ],
        cwd,
      ),
    ).toEqual(['C:\\Users\\k\\Documents\\Budget 2027.raaderum', join(cwd, 'forslag.xlsx')]);
  });
});

describe('én Råderum ad gangen', () => {
  it('en anden start afslutter sig selv uden at åbne et vindue', () => {
    const app = fakeApp(false);
    expect(OpenFileRouter.install(app, new OpenFileRouter(), vi.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('den kørende app får den anden starts fil, i det åbne vindue, som kommer frem', () => {
    const app = fakeApp(true);
    const router = new OpenFileRouter();
    const focus = vi.fn();
    expect(OpenFileRouter.install(app, router, focus)).toBe(true);
    const opened: string[] = [];
    router.setTarget((path) => opened.push(path));
    app.emit('second-instance', {}, ['raaderum.exe', '--flag', 'Nyt.raaderum'], '/srv/share');
    expect(focus).toHaveBeenCalledOnce();
    expect(opened).toEqual([join('/srv/share', 'Nyt.raaderum')]);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('filer, der kommer før vinduet er klar (macOS open-file), venter og leveres derefter', () => {
    const app = fakeApp(true);
    const router = new OpenFileRouter();
    OpenFileRouter.install(app, router, vi.fn());
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, '/Users/k/Budget.raaderum');
    expect(event.preventDefault).toHaveBeenCalled();
    const opened: string[] = [];
    router.setTarget((path) => opened.push(path));
    expect(opened).toEqual(['/Users/k/Budget.raaderum']);
    router.setTarget(null);
    router.open('/Users/k/Andet.raaderum');
    expect(opened).toHaveLength(1);
  });
});

describe('en fil sluppet på vinduet', () => {
  const appFrame = { senderFrame: { url: 'app://raaderum/index.html', parent: null }, sender: { id: 4 } };

  it('åbnes i det vindue, den blev sluppet på', () => {
    const open = vi.fn();
    expect(acceptDroppedPath(appFrame, '/home/k/Budget.xlsx', open)).toBe(true);
    expect(open).toHaveBeenCalledWith(4, '/home/k/Budget.xlsx');
  });

  it('kun fra appens egen hovedramme, og kun en sti', () => {
    const open = vi.fn();
    const subframe = { ...appFrame, senderFrame: { url: 'app://raaderum/index.html', parent: {} } };
    const foreign = { ...appFrame, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(acceptDroppedPath(subframe, '/etc/passwd', open)).toBe(false);
    expect(acceptDroppedPath(foreign, '/etc/passwd', open)).toBe(false);
    for (const path of [42, null, { path: '/x' }, '', 'a\0b'])
      expect(acceptDroppedPath(appFrame, path, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
