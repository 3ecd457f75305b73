import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createAppProtocolHandler } from '../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security.ts';

// The real renderer, built fresh and served by the app:// handler (behind a local HTTP port, so a plain
// Chromium can load it) with the app's CSP: the app must run without a single CSP violation, and the one
// loosening ('unsafe-inline' for styles) must be needed, or it should go.

const root = join(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);

let dir = '';
let browser: Browser | null = null;
const servers: Server[] = [];

async function serve(policy: string): Promise<string> {
  const handler = createAppProtocolHandler({
    root: join(dir, 'renderer'),
    readFile: async (path) => new Uint8Array(await readFile(path)),
  });
  const server = createServer((req, res) => {
    void handler({ url: `app://raaderum${req.url ?? '/'}`, method: req.method ?? 'GET' }).then(
      async (response) => {
        const headers = Object.fromEntries(response.headers);
        headers['content-security-policy'] = policy;
        res.writeHead(response.status, headers);
        res.end(Buffer.from(await response.arrayBuffer()));
      },
    );
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('ingen port');
  return `http://127.0.0.1:${address.port}/index.html`;
}

/** Loads the app, starts an empty project (the AG Grid appears) and visits every tab; returns violations. */
async function violationsWhileUsing(url: string): Promise<string[]> {
  if (!browser) throw new Error('ingen browser');
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text()))
      problems.push(message.text());
  });
  try {
    await page.goto(url);
    await page.getByRole('button', { name: 'Tomt projekt' }).click({ timeout: 30_000 });
    await page.getByRole('grid').first().waitFor({ timeout: 30_000 });
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      await page.waitForTimeout(200);
    }
  } finally {
    await page.close();
  }
  return problems;
}

beforeAll(async () => {
  if (!available) return;
  dir = mkdtempSync(join(tmpdir(), 'raaderum-csp-'));
  const script = `
    import { build } from 'vite';
    import react from '@vitejs/plugin-react';
    await build({
      root: ${JSON.stringify(join(root, 'renderer'))},
      base: './',
      logLevel: 'error',
      plugins: [react()],
      worker: { format: 'es' },
      build: { outDir: ${JSON.stringify(join(dir, 'renderer'))}, emptyOutDir: true, chunkSizeWarningLimit: 100000 },
    });`;
  const built = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (built.status !== 0) throw new Error(`renderer-byggeriet fejlede: ${built.stderr}`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!available)('Content-Security-Policy i brug', () => {
  it('appen kører uden en eneste CSP-overtrædelse', async () => {
    expect(await violationsWhileUsing(await serve(CONTENT_SECURITY_POLICY))).toEqual([]);
  });

  it("'unsafe-inline' for styles er nødvendig (AG Grid); uden den brydes politikken", async () => {
    const stricter = CONTENT_SECURITY_POLICY.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'");
    expect(stricter).not.toBe(CONTENT_SECURITY_POLICY);
    const problems = await violationsWhileUsing(await serve(stricter));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => /style-src/.test(p))).toBe(true);
  });
});
