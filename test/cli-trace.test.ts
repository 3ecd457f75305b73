/**
 * `raaderum trace` on the public fixtures: the proposals behind Oversigt's totals and the budget lines behind the
 * Budget summary, each summing exactly to the figure `raaderum calc` and the fixture generator give, and each budget
 * line's cell holding its amount when openpyxl (not our reader) opens the workbook.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.ts';
import { fixturePath, readExpected } from './helpers/fixtures.ts';
import { openpyxlDump } from './helpers/openpyxl.ts';

type YearRecord = Record<string, number>;
interface ProposalTraceJson {
  total: number;
  items: { id: string; title: string; amount: number }[];
}
interface BudgetTraceJson {
  total: number;
  items: {
    committee: string;
    area: string;
    text: string;
    amount: number;
    source: { file: string; sheet: string; cell: string };
  }[];
}
interface CalcJson {
  total: YearRecord;
  byVej: Record<string, YearRecord>;
  byCommittee: Record<string, YearRecord>;
  byStatus: Record<string, YearRecord>;
}

async function json<T>(...argv: string[]): Promise<T> {
  const r = await cli(...argv);
  expect(r.err, r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as T;
}

/** 1.000 kr. → whole kroner, so sums compare exactly (the JSON's amounts are exact in kroner). */
const kr = (thousands: number | undefined): number => Math.round((thousands ?? NaN) * 1000);
const sumKr = (items: readonly { amount: number }[]): number => items.reduce((s, i) => s + kr(i.amount), 0);

/** The number in `cell` ("F12", or "E12+F12" for Udgift + Indtægt) of `sheet`, as openpyxl reads it, in kroner. */
function cellKr(
  cells: Map<string, Record<string, [string | number | boolean, string, string]>>,
  sheet: string,
  cell: string,
): number {
  return cell
    .split('+')
    .map((address) => {
      const value = cells.get(sheet)?.[address]?.[0];
      return typeof value === 'number' ? kr(value) : NaN;
    })
    .reduce((a, b) => a + b, 0);
}

function cellsOf(path: string): Map<string, Record<string, [string | number | boolean, string, string]>> {
  return new Map(openpyxlDump(path, true).sheets.map((s) => [s.name, s.cells ?? {}]));
}

describe('raaderum trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-cli-trace-'));
  const project = join(dir, 'fjordby.raaderum');

  beforeAll(async () => {
    await json('new', '--budget', fixturePath('budget-multi-sheet.xlsx'), '-o', project, '--json');
    await json('add-proposals', project, fixturePath('proposals-list.xlsx'), '--json');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('forslagene bag hver total summer præcist til det, raaderum calc viser', async () => {
    const calc = await json<CalcJson>('calc', project, '--json');
    const all = await json<ProposalTraceJson>('trace', project, '--year', '2027', '--json');
    expect(all.items.length).toBeGreaterThan(10);
    expect(kr(all.total)).toBe(kr(calc.total['2027']));
    expect(sumKr(all.items)).toBe(kr(all.total));
    for (const vej of ['stille', 'brede', 'smalle', 'tvaergaaende', 'direkte']) {
      const t = await json<ProposalTraceJson>('trace', project, '--year', '2026', '--vej', vej, '--json');
      expect(kr(t.total), vej).toBe(kr(calc.byVej[vej]?.['2026']));
      expect(sumKr(t.items), vej).toBe(kr(t.total));
    }
    const [committee, amounts] = Object.entries(calc.byCommittee)[0] ?? ['', {}];
    const byCommittee = await json<ProposalTraceJson>(
      'trace',
      project,
      '--year',
      '2029',
      '--committee',
      committee,
      '--json',
    );
    expect(kr(byCommittee.total)).toBe(kr(amounts['2029']));
  });

  it('budgetlinjerne bag et udvalgs tal summer til generatorens sum og peger på cellen med beløbet', async () => {
    const expected = readExpected<{ per_udvalg: Record<string, YearRecord> }>('budget-multi-sheet.xlsx');
    const cells = cellsOf(fixturePath('budget-multi-sheet.xlsx'));
    for (const [committee, amounts] of Object.entries(expected.per_udvalg).slice(0, 3)) {
      const t = await json<BudgetTraceJson>(
        'trace',
        project,
        '--budget',
        '--year',
        '2028',
        '--committee',
        committee,
        '--json',
      );
      // The generator's sums are rounded to 0,1 (1.000 kr.); ours are exact.
      expect(t.total).toBeCloseTo(amounts['2028'] ?? NaN, 0);
      expect(sumKr(t.items)).toBe(kr(t.total));
      for (const item of t.items) {
        expect(item.committee).toBe(committee);
        expect(item.source.file).toBe('budget-multi-sheet.xlsx');
        expect(item.source.sheet).toBe(committee);
        expect(cellKr(cells, item.source.sheet, item.source.cell), item.source.cell).toBe(kr(item.amount));
      }
    }
  });

  it('udgift og indtægt i hver sin kolonne: linjen peger på begge celler', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Budget');
    sheet.addRow(['Udvalg', 'Politikområde', 'Tekst', '2026', '', '2027', '']);
    sheet.addRow(['', '', '', 'Udgift', 'Indtægt', 'Udgift', 'Indtægt']);
    sheet.mergeCells('D1:E1');
    sheet.mergeCells('F1:G1');
    sheet.addRow(['Kultur- og Fritidsudvalget', 'Biblioteker', 'Hovedbiblioteket', 1200.5, -300, 1210, -310]);
    sheet.addRow(['Kultur- og Fritidsudvalget', 'Idræt', 'Svømmehal', 800, -450.2, 805, -455]);
    const path = join(dir, 'udgift-indtaegt.xlsx');
    await workbook.xlsx.writeFile(path);
    const split = join(dir, 'split.raaderum');
    await json('new', '--budget', path, '-o', split, '--json');
    const t = await json<BudgetTraceJson>('trace', split, '--budget', '--year', '2026', '--json');
    expect(t.items.map((i) => [i.text, i.amount, i.source.cell])).toEqual([
      ['Hovedbiblioteket', 900.5, 'D3+E3'],
      ['Svømmehal', 349.8, 'D4+E4'],
    ]);
    expect(kr(t.total)).toBe(kr(1250.3));
    const cells = cellsOf(path);
    for (const item of t.items) expect(cellKr(cells, 'Budget', item.source.cell)).toBe(kr(item.amount));
  });

  it('siger på dansk, hvad der er galt med et udvalg, et år eller en blanding af tilvalg', async () => {
    const noCommittee = await cli(
      'trace',
      project,
      '--budget',
      '--year',
      '2026',
      '--committee',
      'Havneudvalget',
    );
    expect(noCommittee.code).toBe(1);
    expect(noCommittee.err).toContain("Budgettet har intet udvalg 'Havneudvalget'. Udvalgene er: ");
    const badYear = await cli('trace', project, '--year', '2031');
    expect(badYear.code).toBe(1);
    expect(badYear.err).toContain('2031 er ikke et af projektets år (2026, 2027, 2028, 2029).');
    const mixed = await cli('trace', project, '--budget', '--year', '2026', '--vej', 'brede');
    expect(mixed.code).toBe(1);
    expect(mixed.err).toContain('--vej gælder forslag, ikke --budget.');
    const missing = await cli('trace', project);
    expect(missing.err).toContain('Angiv året med --year');
  });

  it('skriver forslagene og I alt som tekst uden --json', async () => {
    const r = await cli('trace', project, '--year', '2026', '--vej', 'direkte');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+ forslag i 2026 \(1\.000 kr\., negativ = besparelse\):/);
    expect(r.out).toMatch(/\nI alt +-?[\d.]+,\d\n/);
  });
});
