import { isAbsolute, resolve, win32 } from 'node:path';
import { kindFromFileName } from './file-kinds.ts';
import { isTrustedSender, type InvokeEvent } from './ipc-router.ts';

/**
 * The files named on a command line (a double-click on a `.raaderum` file, "Åbn med", a second launch).
 * The executable, Chromium's and Electron's switches and, in development, the app folder are skipped;
 * only files the app can open are kept, made absolute against the launching process's folder.
 */
export function filesFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-')) continue;
    if (kindFromFileName(argument) === null) continue;
    files.push(
      isAbsolute(argument) || win32.isAbsolute(argument) ? argument : resolve(workingDirectory, argument),
    );
  }
  return files;
}

/** The parts of Electron's `app` the single-instance lock uses. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): unknown;
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
}

/**
 * One Råderum at a time: a second launch hands its files to the running app and quits. Files arriving
 * before the window is ready (macOS sends `open-file` before `ready`) wait in a queue.
 */
export class OpenFileRouter {
  private readonly queue: string[] = [];
  private target: ((path: string) => void) | null = null;

  /** Returns false when another instance holds the lock: this one must quit without opening a window. */
  static install(app: SingleInstanceApp, router: OpenFileRouter, focus: () => void): boolean {
    if (!app.requestSingleInstanceLock()) {
      app.quit();
      return false;
    }
    app.on('second-instance', (_event, argv, workingDirectory) => {
      focus();
      for (const path of filesFromArgv(argv, workingDirectory)) router.open(path);
    });
    app.on('open-file', (event, path) => {
      event.preventDefault();
      router.open(path);
    });
    return true;
  }

  open(path: string): void {
    if (this.target) this.target(path);
    else this.queue.push(path);
  }

  /** The window that receives files from now on; queued files are delivered at once. */
  setTarget(target: ((path: string) => void) | null): void {
    this.target = target;
    if (!target) return;
    for (const path of this.queue.splice(0)) target(path);
  }
}

/**
 * A file dropped on the window: the preload sends its path on `DROP_CHANNEL`. Only the app's own main
 * frame is listened to, and only a string path; `open` then reads it like any file from the OS.
 */
export function acceptDroppedPath(
  event: InvokeEvent,
  path: unknown,
  open: (webContentsId: number, path: string) => void,
): boolean {
  if (!isTrustedSender(event) || typeof path !== 'string' || path.length === 0 || path.includes('\0'))
    return false;
  open(event.sender.id, path);
  return true;
}
