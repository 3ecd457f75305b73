/**
 * The season from the command line: version, diff, amendment, on budget-clean.xlsx and proposals-list.xlsx.
 * Expected ids and amounts come from the fixtures' `.expected.json` and from the cut's own JSON.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProjectFile } from '../electron/node/project-file.ts';
import { cli, cliJson } from './helpers/cli.ts';
import { FIXTURES, readExpected } from './calc-fixtures.ts';

type YearRecord = Record<string, number>;

interface ListExpected {
  proposals: { nr: string; amounts: YearRecord }[];
}

interface DiffJson {
  added: string[];
  removed: string[];
  changed: {
    id: string;
    fields: Record<string, { from: unknown; to: unknown }>;
    amounts: Record<string, { from: number; to: number }>;
  }[];
  total: { from: YearRecord; to: YearRecord; difference: YearRecord };
  byVej: Record<string, { difference: YearRecord }>;
}

/** A party's amendment in the list layout: new amounts for one proposal, one left out, one new proposal. */
async function amendmentWorkbook(path: string, changedId: string, droppedId: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ændringsforslag');
  sheet.addRow(['Ændringsforslag fra A (1.000 kr., besparelser negative)']);
  sheet.addRow(['Forslag nr.', 'Titel', 'Udvalg', 'Vej', 'Kategori', 'Status', 2026, 2027, 2028, 2029]);
  sheet.addRow([
    changedId,
    'Mindre besparelse',
    'Børne- og Ungeudvalget',
    'smalle',
    'Effektivisering',
    'Prioriteret',
    -1000,
    -1000,
    -1000,
    -1000,
  ]);
  sheet.addRow([
    droppedId,
    'Udgår',
    'Børne- og Ungeudvalget',
    'smalle',
    'Servicereduktion',
    'Fravalgt',
    -1,
    -1,
    -1,
    -1,
  ]);
  sheet.addRow([
    'A-1',
    'Partiets eget forslag',
    'Økonomiudvalget',
    'direkte',
    'Opgavebortfald',
    'Prioriteret',
    -500,
    -500,
    -500,
    -500,
  ]);
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe('raaderum version / diff / amendment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-cli-season-'));
  const project = join(dir, 'fjordby.raaderum');
  const list = readExpected<ListExpected>('proposals-list.xlsx').proposals;

  beforeAll(async () => {
    await cliJson('new', '--budget', join(FIXTURES, 'budget-clean.xlsx'), '-o', project, '--json');
    await cliJson('add-proposals', project, join(FIXTURES, 'proposals-list.xlsx'), '--json');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('version: gemmer en version og viser listen som JSON', async () => {
    const r = await cli('version', project, '--name', 'Administrationens forslag');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Versionen 'Administrationens forslag' er gemt med ${list.length} forslag`);
    const versions = await cliJson<{ name: string; createdAt: string; proposalCount: number }[]>(
      'version',
      project,
      '--list',
      '--json',
    );
    expect(versions).toHaveLength(1);
    expect(Object.keys(versions[0] ?? {})).toEqual(['name', 'createdAt', 'proposalCount']);
    expect(versions[0]).toMatchObject({ name: 'Administrationens forslag', proposalCount: list.length });
    expect(Number.isNaN(Date.parse(versions[0]?.createdAt ?? ''))).toBe(false);
  });

  it('version: et navn, der er brugt, er en brugsfejl (kode 1), og projektet er uændret', async () => {
    const r = await cli('version', project, '--name', 'administrationens forslag');
    expect(r.code).toBe(1);
    expect(r.err).toContain("Der er allerede en version med navnet 'Administrationens forslag'");
    expect((await readProjectFile(project)).versions).toHaveLength(1);
  });

  it('diff: efter en grønthøster er netop dens forslag tilføjet, og totalen flytter sig med dens beløb', async () => {
    const cut = await cliJson<{ proposals: { id: string }[]; total: YearRecord }>(
      'cut',
      project,
      '--total',
      '2026=-10000,2027=-20000,2028=-20000,2029=-20000',
      '--json',
    );
    const diff = await cliJson<DiffJson>('diff', project, '--from', 'Administrationens forslag', '--json');
    expect(diff.added).toEqual(cut.proposals.map((p) => p.id));
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.total.difference).toEqual({ '2026': -10000, '2027': -20000, '2028': -20000, '2029': -20000 });
    expect(diff.byVej.direkte?.difference).toEqual(diff.total.difference);
    // The change log holds the import and the grønthøster, one entry each.
    const log = (await readProjectFile(project)).changeLog;
    expect(log.map((e) => e.source)).toEqual([
      { kind: 'import', files: ['proposals-list.xlsx'] },
      { kind: 'tool', tool: 'Grønthøster' },
    ]);
    const text = await cli('diff', project, '--from', 'Administrationens forslag');
    expect(text.out).toContain(`Tilføjet (${cut.proposals.length}):`);
    expect(text.out).toContain('Forskel pr. vej:');
  });

  it('diff: en version sammenlignet med sig selv er tom; en ukendt version er en brugsfejl', async () => {
    const same = await cliJson<DiffJson>(
      'diff',
      project,
      '--from',
      'Administrationens forslag',
      '--to',
      'Administrationens forslag',
      '--json',
    );
    expect([same.added, same.removed, same.changed]).toEqual([[], [], []]);
    expect(same.total.difference).toEqual({ '2026': 0, '2027': 0, '2028': 0, '2029': 0 });
    const r = await cli('diff', project, '--from', 'Budgetforlig');
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "Projektet har ingen version 'Budgetforlig'. Versionerne er: 'Administrationens forslag'.",
    );
  });

  it('amendment: indlæses oven på versionen, sammenlignes pr. år og vedtages', async () => {
    const changed = list[0];
    const dropped = list[1];
    if (!changed || !dropped) throw new Error('fixture');
    const workbook = join(dir, 'ændring-a.xlsx');
    await amendmentWorkbook(workbook, changed.nr, dropped.nr);
    const imported = await cliJson<{
      base: string;
      statusChanges: number;
      amountChanges: number;
      added: number;
      saved: boolean;
    }>('amendment', project, workbook, '--name', 'Ændringsforslag fra A', '--json');
    // Status Prioriteret on the first, Fravalgt on the second (and its -1 a year), new amounts on both.
    expect(imported).toMatchObject({
      base: 'Administrationens forslag',
      statusChanges: 2,
      amountChanges: 2,
      added: 1,
      saved: true,
    });

    const comparison = await cliJson<{ columns: { name: string; kind: string; total: YearRecord }[] }>(
      'amendment',
      project,
      '--compare',
      '--json',
    );
    expect(comparison.columns.map((c) => [c.kind, c.name])).toEqual([
      ['base', 'Administrationens forslag'],
      ['amendment', 'Ændringsforslag fra A'],
    ]);
    // Counted statuses are all but fravalgt: the first proposal moves to −1.000 a year, the second drops out,
    // A-1 adds −500 a year.
    const [base, a] = comparison.columns;
    for (const year of ['2026', '2027', '2028', '2029']) {
      const expected =
        (base?.total[year] ?? 0) - (changed.amounts[year] ?? 0) - 1000 - (dropped.amounts[year] ?? 0) - 500;
      expect(a?.total[year], year).toBeCloseTo(expected, 6);
    }

    const adopted = await cli('amendment', project, '--adopt', 'Ændringsforslag fra A');
    expect(adopted.code).toBe(0);
    const after = await readProjectFile(project);
    expect(after.proposals.find((p) => p.id === dropped.nr)?.status).toBe('fravalgt');
    expect(after.proposals.some((p) => p.id === 'A-1')).toBe(true);
    expect(after.changeLog.at(-1)?.source).toEqual({ kind: 'amendment', name: 'Ændringsforslag fra A' });
    // The version is as it was taken.
    expect(after.versions[0]?.proposals.some((p) => p.id === 'A-1')).toBe(false);
  });

  it('export --since: kataloget får arket "Ændringer siden"; en ukendt version er en brugsfejl', async () => {
    const output = join(dir, 'katalog.xlsx');
    const r = await cli(
      'export',
      project,
      '-o',
      output,
      '--no-proposal-sheets',
      '--since',
      'Administrationens forslag',
    );
    expect(r.code, r.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const sheet = wb.worksheets.find((w) => w.name.startsWith('Ændringer siden'));
    expect(sheet?.getCell('A1').value).toBe('Ændringer siden Administrationens forslag');
    const bad = await cli('export', project, '-o', join(dir, 'x.xlsx'), '--since', 'Budgetforlig');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("Projektet har ingen version 'Budgetforlig'.");
  });
});
