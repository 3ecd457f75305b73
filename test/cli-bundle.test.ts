import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, HELP_FILE } from '../electron/cli/build.mjs';
import { freshBundle } from '../electron/cli/bundle.mjs';
import { COMMANDS } from '../electron/cli/commands.ts';
import { main as sourceMain } from '../electron/cli/main.ts';
import type { CommandIo } from '../electron/cli/io.ts';
import { FIXTURES } from './helpers/fixtures.ts';

type Main = (argv: string[], io: CommandIo) => Promise<number>;

async function runWith(main: Main, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('raaderum som færdigbygget JavaScript (npm install bygger out/cli)', () => {
  let dir = '';
  let bundledMain: Main;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'raaderum-cli-bundle-'));
    await buildCli(dir);
    ({ main: bundledMain } = (await import(pathToFileURL(join(dir, 'main.mjs')).href)) as { main: Main });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--help og inspect --json giver det samme som kildekoden', async () => {
    for (const argv of [['--help'], ['inspect', join(FIXTURES, 'budget-clean.xlsx'), '--json']]) {
      expect(await runWith(bundledMain, argv)).toEqual(await runWith(sourceMain, argv));
    }
  });

  it('--help fra den færdigbyggede hjælpetekst er den samme som kildekodens', async () => {
    const source = await runWith(sourceMain, ['--help']);
    expect(readFileSync(join(dir, HELP_FILE), 'utf8')).toBe(source.out);
  });

  it('hver kommando hentes under sit eget navn', async () => {
    for (const [name, load] of Object.entries(COMMANDS)) expect((await load()).name).toBe(name);
  });

  it('starter uden exceljs: kun katalogkommandoerne henter det', () => {
    const main = readFileSync(join(dir, 'main.mjs'), 'utf8');
    expect(main).not.toMatch(/from ["']exceljs["']/);
    const withExceljs = readdirSync(dir).filter((f) =>
      /from ["']exceljs["']/.test(readFileSync(join(dir, f), 'utf8')),
    );
    expect(withExceljs.length).toBeGreaterThan(0);
  });
});

describe('raaderum.mjs bruger kun en bundle der er nyere end kilderne', () => {
  const root = mkdtempSync(join(tmpdir(), 'raaderum-fresh-'));
  const bundle = join(root, 'out');
  const src = join(root, 'src');
  mkdirSync(bundle);
  mkdirSync(join(src, 'deep'), { recursive: true });
  writeFileSync(join(src, 'deep', 'a.ts'), '');
  writeFileSync(join(src, 'deep', 'a.test.ts'), '');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const at = (path: string, seconds: number): void => utimesSync(path, seconds, seconds);

  it('ingen bundle: kilderne køres', () => {
    expect(freshBundle(bundle, [src])).toBeUndefined();
  });

  it('en bundle nyere end alle kilder bruges; en rettet kildefil gør den forældet', () => {
    writeFileSync(join(bundle, 'main.mjs'), '');
    at(join(src, 'deep', 'a.ts'), 1_000);
    at(join(src, 'deep', 'a.test.ts'), 5_000);
    at(join(bundle, 'main.mjs'), 2_000);
    expect(freshBundle(bundle, [src])).toBe(join(bundle, 'main.mjs'));
    at(join(src, 'deep', 'a.ts'), 3_000);
    expect(freshBundle(bundle, [src])).toBeUndefined();
  });
});
