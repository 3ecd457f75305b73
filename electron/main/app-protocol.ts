import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security.ts';

/** Registered before `app.ready`: app:// behaves like https (standard, secure, fetch, workers) but is local. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface AppRequest {
  url: string;
  method: string;
}

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  root: string;
  readFile: (path: string) => Promise<Uint8Array>;
}

/**
 * Serves the built renderer from `root` and nothing else. Only GET and HEAD, only the app's host, and the
 * path is decoded, normalised and must stay inside `root` ("..", encoded "%2e%2e", "%5c", absolute and
 * drive paths, NUL bytes are all refused). Every response carries the CSP.
 */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: AppRequest) => Promise<Response> {
  const root = resolve(options.root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Metoden er ikke tilladt.');
    const target = resolveAppPath(root, request.url);
    if (target === null) return refuse(404, 'Ikke fundet.');
    let body: Uint8Array;
    try {
      body = await options.readFile(target);
    } catch {
      return refuse(404, 'Ikke fundet.');
    }
    const headers = {
      'Content-Type': CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    return new Response(request.method === 'HEAD' ? null : body.slice().buffer, { status: 200, headers });
  };
}

/** The file an app:// URL names inside `root`, or null when the URL is foreign or tries to leave `root`. */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\') || /(^|\/)\.\.(\/|$)/.test(pathname)) return null;
  if (/^\/[a-zA-Z]:/.test(pathname)) return null;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const target = resolve(join(absoluteRoot, relativePath));
  const rel = relative(absoluteRoot, target);
  if (
    rel === '' ||
    isAbsolute(rel) ||
    rel.startsWith('..') ||
    rel.includes(`..${sep}`) ||
    resolve(absoluteRoot, rel) !== target
  ) {
    return null;
  }
  return target;
}

function refuse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    },
  });
}
