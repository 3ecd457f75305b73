import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.ts';
import { readProjectFile, writeProjectFile } from '../electron/node/project-file.ts';
import { openCatalogue } from '../shared/catalogue/index.ts';
import { fixtureProject } from './helpers/catalogue-project.ts';
import { FIXTURES } from './helpers/fixtures.ts';

let dir = '';
let projectPath = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'raaderum-cli-'));
  projectPath = join(dir, 'budget.raaderum');
  await writeProjectFile(projectPath, fixtureProject());
});

describe('raaderum export og open-catalogue', () => {
  it('eksporterer et udsnit og åbner det igen som det samme projekt', async () => {
    const katalog = join(dir, 'katalog.xlsx');
    const exported = await cli(
      'export',
      projectPath,
      '-o',
      katalog,
      '--status',
      'prioriteret',
      '--status',
      'til modning',
      '--catalogue',
      'Sparekatalog',
      '--savings-positive',
      '--no-proposal-sheets',
    );
    expect(exported.code).toBe(0);
    const opened = await openCatalogue(new Uint8Array(readFileSync(katalog)), 'katalog.xlsx');
    expect(opened.exportSettings).toMatchObject({
      statuses: ['prioriteret', 'tilModning'],
      catalogue: 'Sparekatalog',
      savingsPositive: true,
      proposalSheets: false,
    });
    const back = join(dir, 'tilbage.raaderum');
    const reopened = await cli('open-catalogue', katalog, '-o', back, '--json');
    expect(reopened.code).toBe(0);
    const report = JSON.parse(reopened.out) as { changes: unknown[]; added: unknown[]; proposals: number };
    expect(report).toMatchObject({ changes: [], added: [], proposals: 60 });
    expect(await readProjectFile(back)).toEqual(await readProjectFile(projectPath));
  });

  it('-o må ikke være kildefilen, og kilden røres ikke', async () => {
    const source = join(dir, 'kilde.xlsx');
    copyFileSync(join(FIXTURES, 'budget-multi-sheet.xlsx'), source);
    const before = readFileSync(source);
    const result = await cli('export', projectPath, '--into', source, '-o', join(dir, '.', 'kilde.xlsx'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('-o må ikke være kildefilen');
    expect(readFileSync(source).equals(before)).toBe(true);
    expect(existsSync(`${source}.bak`)).toBe(false);
  });

  it('--into en projektmappe med makroer afvises (kode 2) og virker med --allow-loss', async () => {
    const source = join(FIXTURES, 'bad-macro-enabled.xlsm');
    const out = join(dir, 'uden-makroer.xlsx');
    const refused = await cli('export', projectPath, '--into', source, '-o', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('makroer (VBA)');
    expect(existsSync(out)).toBe(false);
    const accepted = await cli(
      'export',
      projectPath,
      '--into',
      source,
      '-o',
      out,
      '--allow-loss',
      '--no-proposal-sheets',
    );
    expect(accepted.code).toBe(0);
    expect(accepted.err).toContain('makroer (VBA)');
    expect(existsSync(out)).toBe(true);
  });

  it('forkert brug giver kode 1, en fil der ikke er et katalog kode 2', async () => {
    expect((await cli('export', projectPath)).code).toBe(1);
    expect((await cli('export', projectPath, '-o', join(dir, 'x.xlsx'), '--status', 'måske')).code).toBe(1);
    expect((await cli('export', projectPath, '-o', join(dir, 'x.csv'))).code).toBe(1);
    expect((await cli('open-catalogue', join(FIXTURES, 'budget-clean.xlsx'))).code).toBe(1);
    const notCatalogue = await cli(
      'open-catalogue',
      join(FIXTURES, 'budget-clean.xlsx'),
      '-o',
      join(dir, 'y.raaderum'),
    );
    expect(notCatalogue.code).toBe(2);
    expect(notCatalogue.err).toContain('ikke et prioriteringskatalog');
    expect(existsSync(join(dir, 'y.raaderum'))).toBe(false);
  });
});
