import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BrowserWindowConstructorOptions } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  createMainWindow,
  installNavigationGuards,
  installSessionGuards,
  isAllowedRequestUrl,
  isAppUrl,
  type GuardableSession,
  type GuardableWebContents,
} from './security.ts';

class RecordingWindow {
  static last: BrowserWindowConstructorOptions | null = null;
  constructor(options: BrowserWindowConstructorOptions) {
    RecordingWindow.last = options;
  }
}

function windowPreferences(
  isPackaged: boolean,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  createMainWindow(RecordingWindow, '/app/out/preload/index.cjs', isPackaged);
  const prefs = RecordingWindow.last?.webPreferences;
  if (!prefs) throw new Error('ingen webPreferences');
  return prefs;
}

describe('hovedvinduets sikkerhed', () => {
  it('har isolation, sandkasse og ingen Node i siden, workers eller underrammer', () => {
    const prefs = windowPreferences(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.disableBlinkFeatures).toContain('Auxclick');
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('slår udviklerværktøjer fra i den installerede udgave', () => {
    expect(windowPreferences(true).devTools).toBe(false);
    expect(windowPreferences(false).devTools).toBe(true);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it("bygger på default-src 'self' og tillader ingen fremmed eller inline kode", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('løsner kun styles (AG Grid indsætter sine egne <style>-elementer)', () => {
    const unsafe = [...directives]
      .filter(([, values]) => values.includes("'unsafe-inline'"))
      .map(([name]) => name);
    expect(unsafe).toEqual(['style-src']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('app://-adresser', () => {
  it('genkender kun appens egen vært', () => {
    expect(isAppUrl('app://raaderum/index.html')).toBe(true);
    for (const forged of [
      'app://evil/index.html',
      'app://raaderum.evil.com/',
      'app://user@raaderum/',
      'https://raaderum/',
      'file:///C:/Windows/system32',
      'javascript:alert(1)',
      'APP://raaderum/', // URL normalises the scheme, so this one is in fact the app
      '',
      null,
      42,
      { toString: () => 'app://raaderum/' },
    ]) {
      expect(isAppUrl(forged)).toBe(forged === 'APP://raaderum/');
    }
  });

  it('ingen netværksadresse slipper igennem', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isAllowedRequestUrl(url, false)).toBe(false);
        expect(isAllowedRequestUrl(url, true)).toBe(false);
      }),
    );
    for (const url of [
      'ws://localhost:9222',
      'ftp://x/y',
      'file:///etc/passwd',
      'blob:https://x/1',
      'devtools://x',
    ]) {
      expect(isAllowedRequestUrl(url, false)).toBe(false);
    }
    expect(isAllowedRequestUrl('app://raaderum/assets/index.js', false)).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', false)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/x.html', true)).toBe(true);
  });
});

type Listener = (...args: never[]) => unknown;

function fakeWebContents(): {
  contents: GuardableWebContents;
  emit(event: string, ...args: unknown[]): void;
  openHandler: ((details: { url: string }) => { action: string }) | null;
} {
  const listeners = new Map<string, Listener[]>();
  const fake = {
    openHandler: null as ((details: { url: string }) => { action: string }) | null,
    contents: {
      on: (event: string, listener: Listener) => {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      },
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
        fake.openHandler = handler;
      },
    } as unknown as GuardableWebContents,
    emit: (event: string, ...args: unknown[]) => {
      for (const listener of listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
    },
  };
  return fake;
}

function preventable(): { preventDefault(): void; prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

describe('navigation og nye vinduer', () => {
  it('afviser al navigation, også til appen selv (det ville smide ikke-gemt arbejde væk)', () => {
    const fake = fakeWebContents();
    installNavigationGuards(fake.contents);
    for (const url of [
      'https://evil.example/',
      'file:///C:/x.html',
      'app://raaderum/index.html',
      'javascript:1',
    ]) {
      const event = preventable();
      fake.emit('will-navigate', event, url);
      expect(event.prevented).toBe(true);
    }
  });

  it('afviser omdirigeringer og rammer, der forlader appen, og enhver <webview>', () => {
    const fake = fakeWebContents();
    installNavigationGuards(fake.contents);
    const redirect = preventable();
    fake.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.prevented).toBe(true);
    const frame = Object.assign(preventable(), { url: 'https://evil.example/frame' });
    fake.emit('will-frame-navigate', frame);
    expect(frame.prevented).toBe(true);
    const webview = preventable();
    fake.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
  });

  it('åbner aldrig et nyt vindue', () => {
    const fake = fakeWebContents();
    installNavigationGuards(fake.contents);
    for (const url of ['https://evil.example/', 'app://raaderum/index.html', 'about:blank']) {
      expect(fake.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });
});

describe('tilladelser og netværk', () => {
  function fakeSession(): {
    session: GuardableSession;
    request: (permission: string) => boolean | undefined;
    check: (permission: string) => boolean;
    device: () => boolean;
    fetch: (url: string) => boolean | undefined;
  } {
    let requestHandler: Parameters<GuardableSession['setPermissionRequestHandler']>[0] | null = null;
    let checkHandler: Parameters<GuardableSession['setPermissionCheckHandler']>[0] | null = null;
    let deviceHandler: Parameters<GuardableSession['setDevicePermissionHandler']>[0] | null = null;
    let beforeRequest: Parameters<GuardableSession['webRequest']['onBeforeRequest']>[0] | null = null;
    return {
      session: {
        setPermissionRequestHandler: (h) => (requestHandler = h),
        setPermissionCheckHandler: (h) => (checkHandler = h),
        setDevicePermissionHandler: (h) => (deviceHandler = h),
        webRequest: { onBeforeRequest: (l) => (beforeRequest = l) },
      },
      request: (permission) => {
        let granted: boolean | undefined;
        requestHandler?.({}, permission, (g) => (granted = g));
        return granted;
      },
      check: (permission) => checkHandler?.({}, permission) ?? true,
      device: () => deviceHandler?.({}) ?? true,
      fetch: (url) => {
        let cancelled: boolean | undefined;
        beforeRequest?.({ url }, (r) => (cancelled = r.cancel));
        return cancelled === undefined ? undefined : !cancelled;
      },
    };
  }

  it('afviser enhver tilladelse, siden beder om', () => {
    const fake = fakeSession();
    installSessionGuards(fake.session, false);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(
            'media',
            'geolocation',
            'notifications',
            'clipboard-read',
            'clipboard-sanitized-write',
            'hid',
            'usb',
            'serial',
            'fullscreen',
            'openExternal',
          ),
          fc.string(),
        ),
        (permission) => {
          expect(fake.request(permission)).toBe(false);
          expect(fake.check(permission)).toBe(false);
        },
      ),
    );
    expect(fake.device()).toBe(false);
  });

  it('annullerer enhver netværksforespørgsel og lader appens egne filer igennem', () => {
    const fake = fakeSession();
    installSessionGuards(fake.session, false);
    expect(fake.fetch('https://cdn.example.com/x.js')).toBe(false);
    expect(fake.fetch('http://127.0.0.1:5173/')).toBe(false);
    expect(fake.fetch('wss://x.example/socket')).toBe(false);
    expect(fake.fetch('file:///etc/passwd')).toBe(false);
    expect(fake.fetch('app://raaderum/assets/index.js')).toBe(true);
  });
});
