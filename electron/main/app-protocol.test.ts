import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createAppProtocolHandler, resolveAppPath } from './app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

let base = '';
let root = '';
let handler: ReturnType<typeof createAppProtocolHandler>;
const reads: string[] = [];

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'raaderum-app-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Råderum</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'hemmeligt budgetudkast');
  handler = createAppProtocolHandler({
    root,
    readFile: async (path) => {
      reads.push(path);
      return new Uint8Array(await readFile(path));
    },
  });
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('app://-protokollen', () => {
  it('serverer appens filer med CSP og rigtig indholdstype', async () => {
    const page = await handler({ url: 'app://raaderum/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Råderum');
    const script = await handler({ url: 'app://raaderum/assets/index.js', method: 'GET' });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler({ url: 'app://raaderum/', method: 'GET' })).status).toBe(200);
  });

  it('afviser alt andet end GET og HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'get']) {
      const response = await handler({ url: 'app://raaderum/index.html', method });
      expect(response.status).toBe(405);
    }
    const head = await handler({ url: 'app://raaderum/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('lader sig ikke snyde ud af appens mappe', async () => {
    const forged = [
      'app://raaderum/../secret.txt',
      'app://raaderum/%2e%2e/secret.txt',
      'app://raaderum/%2E%2E%2Fsecret.txt',
      'app://raaderum/assets/..%2F..%2Fsecret.txt',
      'app://raaderum/..%5Csecret.txt',
      'app://raaderum/%5C..%5Csecret.txt',
      'app://raaderum//etc/passwd',
      'app://raaderum/C:/Windows/win.ini',
      'app://raaderum/%00index.html',
      'app://raaderum/%E0%A4%A',
      'app://evil/index.html',
      'file:///etc/passwd',
      'app://raaderum/assets',
    ];
    for (const url of forged) {
      const response = await handler({ url, method: 'GET' });
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('hemmeligt');
    }
    for (const path of reads) expect(relative(root, path).startsWith('..')).toBe(false);
  });

  it('enhver sti ender inde i mappen eller afvises (egenskab)', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2e',
        '..%2f',
        '%5c..',
        '',
        'assets',
        'index.html',
        '%00',
        '\\..',
        'C:',
      ),
      fc.stringMatching(/^[a-zA-Z0-9._%-]{0,8}$/),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const target = resolveAppPath(root, `app://raaderum/${segments.join('/')}`);
        if (target === null) return;
        const rel = relative(resolve(root), target);
        expect(rel.startsWith('..')).toBe(false);
        expect(resolve(root, rel)).toBe(target);
      }),
      { numRuns: 2000 },
    );
  });
});
