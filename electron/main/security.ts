import type { BrowserWindowConstructorOptions } from 'electron';

/** The scheme and host the app is served from; nothing else is ever loaded into a window. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'raaderum';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The Content-Security-Policy sent with every app:// response. Everything comes from the app itself;
 * `style-src 'unsafe-inline'` is the one loosening, because AG Grid injects its theme as <style> elements.
 * `blob:` for workers and images because Vite may hand a worker or a chart image over as a blob URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Creates the main window. Every security setting is spelled out in this one literal rather than left to
 * Electron's defaults, so a reader (and electronegativity, which reads this literal) sees all of them.
 * `BrowserWindow` is passed in: the real class in the app, a recording fake in tests.
 */
export function createMainWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  preloadPath: string,
  isPackaged: boolean,
): W {
  return new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Råderum',
    backgroundColor: '#ffffff',
    webPreferences: {
      // Reviewed: the preload exposes exactly the IPC contract and nothing else (electron/preload/host.test.ts).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click would otherwise open links in new windows (denied anyway, but never offered).
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !isPackaged,
    },
  });
}

/** True only for a URL of the app itself (app://raaderum/…). Takes anything: callers pass untrusted input. */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '';
  } catch {
    return false;
  }
}

/**
 * Schemes a window may request at run time. The app makes no network request, at all: http(s), ws, ftp,
 * file and everything else is cancelled before it leaves the process.
 */
export function isAllowedRequestUrl(url: unknown, allowDevtools: boolean): boolean {
  if (typeof url !== 'string') return false;
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:') || url.startsWith('blob:app://raaderum/')) return true;
  return allowDevtools && (url.startsWith('devtools://') || url.startsWith('chrome-extension://'));
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of a WebContents the guards need; the real one and a test fake both satisfy it. */
export interface GuardableWebContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: PreventableEvent & { url: string }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Navigation, redirects, frame navigation and new windows are denied: the app is one page and never
 * leaves it. No <webview> may attach. (Links to help pages are not offered; the app is offline.)
 */
export function installNavigationGuards(contents: GuardableWebContents): void {
  const denyForeign = (event: PreventableEvent, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => {
    // Even app:// navigation would reload the page and lose unsaved work; the app never navigates.
    event.preventDefault();
  });
  contents.on('will-redirect', denyForeign);
  contents.on('will-frame-navigate', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The parts of a Session the guards need. */
export interface GuardableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/**
 * Every permission (camera, notifications, clipboard-read, geolocation, HID, USB, …) is refused, and every
 * request that is not the app's own is cancelled, so nothing leaves the laptop.
 */
export function installSessionGuards(session: GuardableSession, allowDevtools: boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, allowDevtools) });
  });
}
