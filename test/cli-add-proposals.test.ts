import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.ts';
import { readProjectFile, writeProjectFile } from '../electron/node/project-file.ts';
import { thousandsToKr } from '../shared/model/money.ts';
import { createProject } from '../shared/project/index.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const CLI = new URL('../electron/cli/raaderum.mjs', import.meta.url).pathname;
const LIST = join(FIXTURES, 'proposals-list.xlsx');
const FORMS = join(FIXTURES, 'proposal-forms.xlsx');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'raaderum-add-proposals-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function newProject(name: string): Promise<string> {
  const path = join(dir, name);
  await writeProjectFile(
    path,
    createProject({ municipality: 'Fjordby Kommune', years: [2026, 2027, 2028, 2029] }),
  );
  return path;
}

describe('raaderum add-proposals', () => {
  it('indlæser en liste og skemaer i ét hug, gemmer projektet og skriver et dansk resumé', async () => {
    const project = await newProject('to-filer.raaderum');
    const run = await cli('add-proposals', project, LIST, FORMS);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Læst 72 forslag fra 2 filer.');
    expect(run.out).toContain('Tilføjet: 72');
    expect(run.out).toContain('Projektet er gemt');
    const saved = await readProjectFile(project);
    expect(saved.proposals).toHaveLength(72);
    // Totals from the fixtures' expected JSON: list -10.457,6 and forms -6.144,1 in 2026.
    const total2026 = saved.proposals.reduce((s, p) => s + (p.amounts[0] ?? 0), 0);
    expect(total2026).toBe(thousandsToKr(-10457.6) + thousandsToKr(-6144.1));
    expect(saved.proposals.find((p) => p.id === 'BU-24')?.source?.sheet).toBe('Forslag 4 (rev)');
  });

  it('samme fil igen: intet tilføjes, filen røres ikke, og --json tæller de identiske', async () => {
    const project = await newProject('igen.raaderum');
    expect((await cli('add-proposals', project, LIST)).code).toBe(0);
    const before = await stat(project);
    const run = await cli('add-proposals', project, LIST, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as Record<string, unknown>;
    expect(report).toMatchObject({ read: 60, added: 0, identical: 60, proposals: 60, saved: false });
    expect((await stat(project)).mtimeMs).toBe(before.mtimeMs);
  });

  it('--on-duplicate skip og et ændret forslag: det eksisterende bevares med en advarsel', async () => {
    const project = await newProject('skip.raaderum');
    await cli('add-proposals', project, LIST);
    const loaded = await readProjectFile(project);
    await writeProjectFile(project, {
      ...loaded,
      proposals: loaded.proposals.map((p) => (p.id === 'BU-02' ? { ...p, title: 'Rettet i projektet' } : p)),
    });
    const run = await cli('add-proposals', project, LIST, '--on-duplicate', 'skip', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as { skipped: number; problems: { code: string; cell?: string }[] };
    expect(report.skipped).toBe(1);
    expect(report.problems.find((p) => p.code === 'proposal_duplicate_skipped')?.cell).toBe('A7');
    expect((await readProjectFile(project)).proposals.find((p) => p.id === 'BU-02')?.title).toBe(
      'Rettet i projektet',
    );
  });

  it('--savings-positive vender fortegnet og siger det', async () => {
    const project = await newProject('positiv.raaderum');
    const run = await cli('add-proposals', project, FORMS, '--savings-positive');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Fortegn vendt');
    const saved = await readProjectFile(project);
    expect(saved.proposals.reduce((s, p) => s + (p.amounts[0] ?? 0), 0)).toBe(-thousandsToKr(-6144.1));
  });

  it('forkert brug giver kode 1, en ulæselig fil kode 2, og projektet røres ikke', async () => {
    const project = await newProject('fejl.raaderum');
    expect((await cli('add-proposals', project)).code).toBe(1);
    expect((await cli('add-proposals', project, LIST, '--on-duplicate', 'overwrite')).code).toBe(1);
    const original = await readFile(project);
    const bad = await cli('add-proposals', project, join(FIXTURES, 'bad-truncated.xlsx'));
    expect(bad.code).toBe(2);
    expect(bad.err).not.toMatch(/at .*\.ts:\d+/);
    const budget = await cli('add-proposals', project, join(FIXTURES, 'budget-clean.xlsx'));
    expect(budget.code).toBe(2);
    expect(budget.err).toContain('ikke fundet nogen forslag');
    expect(await readFile(project)).toEqual(original);
    const notProject = join(dir, 'ikke-et-projekt.raaderum');
    await writeFile(notProject, 'hej');
    expect((await cli('add-proposals', notProject, LIST)).code).toBe(2);
  });

  it('virker som rigtig kommando (raaderum.mjs) i en ny proces', async () => {
    const project = await newProject('proces.raaderum');
    const workbook = join(dir, 'forslag fra BU.xlsx');
    await copyFile(FORMS, workbook);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [CLI, 'add-proposals', project, workbook, '--json'],
      {
        cwd: dir,
      },
    );
    const report = JSON.parse(stdout) as { added: number; files: string[] };
    expect(report.added).toBe(12);
    expect((await readProjectFile(project)).proposals[0]?.source?.file).toBe('forslag fra BU.xlsx');
  });
});
