import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, onTestFailed, TestRunner } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * One build of the web edition, one static server (renderer/web/serve.mjs) and one Chromium for every
 * journey. Screenshots are kept under test/.tmp/e2e/ as artefacts to look at.
 */
export const REPO = resolve(import.meta.dirname, '../..');
export { FIXTURES } from '../helpers/fixtures.ts';
export const SHOTS = join(REPO, 'test/.tmp/e2e');

export interface Harness {
  url: string;
  browser: Browser;
  newPage(): Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
  shot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** The harness as a test file sees it: `useHarness` closes it after the file's last test. */
export type HarnessInUse = Omit<Harness, 'close'>;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function startServer(root: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'renderer/web/serve.mjs')], {
      env: { ...process.env, PORT: '0', WEB_ROOT: root },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) resolvePromise({ child, url: match[0] });
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs stoppede (${code}): ${out}`)));
  });
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(SHOTS, { recursive: true });
  const outDir = mkdtempSync(join(tmpdir(), 'raaderum-web-'));
  await build({
    configFile: join(REPO, 'vite.web.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const server = await startServer(outDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    url: server.url,
    browser,
    async newPage() {
      const context = await browser.newContext({
        acceptDownloads: true,
        viewport: { width: 1400, height: 900 },
      });
      const page = await context.newPage();
      // RAADERUM_E2E_CPU_SLOWDOWN=4 runs every page's scripts four times slower (Chromium's CPU throttling): how a
      // loaded 2-core CI machine feels, for finding a journey's race without loading the machine.
      const slowdown = Number(process.env.RAADERUM_E2E_CPU_SLOWDOWN ?? 1);
      if (slowdown > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      }
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      // Leaving a page with unsaved work asks first; the journeys that reload mean to leave.
      page.on('dialog', (d) => void d.accept());
      // A journey that fails (or hangs until its timeout) leaves what the page showed and said, so a red
      // CI run can be read without running it again. (Pages opened by a hook or a benchmark are not in a test.)
      if (TestRunner.getCurrentTest())
        onTestFailed(async ({ task }) => {
          const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
          const path = join(SHOTS, `FEJL-${name}.png`);
          const shot = await page.screenshot({ path, timeout: 5_000 }).then(
            () => path,
            (e: unknown) => `intet skærmbillede (${String(e)})`,
          );
          const shown = await page
            .locator('body')
            .innerText({ timeout: 5_000 })
            .catch(() => '(ukendt)');
          console.error(
            `E2E-fejl i "${task.name}": ${page.url()}\n  ${shot}\n  sidens fejl: ${errors.join(' | ') || 'ingen'}` +
              `\n  siden viste: ${shown.replace(/\s+/g, ' ').slice(0, 800)}`,
          );
        });
      await page.goto(server.url);
      return { page, context, errors };
    },
    async shot(page, name) {
      const path = join(SHOTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
      server.child.kill();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: starts the harness before its first test and closes it after its last. Call at the top level; the
 * returned object stands for the started harness (using it before `beforeAll` has run throws).
 */
export function useHarness(): HarnessInUse {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness();
  });
  afterAll(async () => {
    await started?.close();
  });
  const get = (): Harness => {
    if (!started) throw new Error('useHarness: the harness is used before beforeAll has started it');
    return started;
  };
  return {
    get url() {
      return get().url;
    },
    get browser() {
      return get().browser;
    },
    newPage: () => get().newPage(),
    shot: (page, name) => get().shot(page, name),
  };
}
