/**
 * Overslagsår named by their place ("BO1", "Overslagsår 2", "3. overslagsår") beside a dated budget year column:
 * they are the years after it, this year and, with a remembered mapping, next year. Workbooks are written here by
 * exceljs from integer tenths of 1.000 kr., so the expected totals are exact sums computed by the test.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importBudget, previewBudget, reuseMapping, summarizeBudget } from '../shared/budget/index.ts';
import { relativeOutYear } from '../shared/budget/headers.ts';
import { normaliseHeader } from '../shared/budget/index.ts';
import { isReadError } from '../shared/model/problem.ts';
import { openWorkbook, type WorkbookFile } from '../shared/workbook/index.ts';

const LINES = Array.from({ length: 30 }, (_, i) => ({
  committee: i % 2 === 0 ? 'Børne- og Ungeudvalget' : 'Økonomiudvalget',
  text: `Linje ${i + 1}`,
  tenths: [0, 1, 2, 3].map((y) => ((i * 3571 + y * 7919) % 90_000) - 20_000),
}));
const EXPECTED = [0, 1, 2, 3].map((y) => LINES.reduce((s, l) => s + (l.tenths[y] ?? 0), 0) / 10);

async function workbook(yearHeaders: string[], extra: string[] = []): Promise<WorkbookFile> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Drift');
  ws.addRow(['Driftsbudget, beløb i 1.000 kr.']);
  ws.addRow([]);
  ws.addRow(['Udvalg', 'Tekst', ...extra, ...yearHeaders]);
  for (const l of LINES)
    ws.addRow([l.committee, l.text, ...extra.map(() => 123), ...l.tenths.map((t) => t / 10)]);
  return openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'drift.xlsx');
}

describe('overslagsår uden årstal', () => {
  it.each([
    ['BO1', 1],
    ['BO 2', 2],
    ['Overslagsår 3', 3],
    ['1. overslagsår', 1],
    ['Budgetoverslag 2 (1.000 kr.)', 2],
  ])('%s er overslagsår %i', (header, n) => {
    expect(relativeOutYear(normaliseHeader(header))).toBe(n);
  });

  it.each(['BO1 2027', 'Budget 2026', 'Konto 1', 'Overslag', 'Regnskab 2024'])('%s er ikke et', (header) => {
    expect(relativeOutYear(normaliseHeader(header))).toBeNull();
  });

  it.each([
    ['"Budget 2026 | BO1 | BO2 | BO3"', ['Regnskab 2024'], ['D', 'E', 'F', 'G']],
    [
      'efter sidste års "Budget 2025" regnes de fra kolonnen før dem',
      ['Regnskab 2024', 'Budget 2025'],
      ['E', 'F', 'G', 'H'],
    ],
  ])('%s: planen er 2026-2029 i de rigtige kolonner, og totalerne passer', async (_, before, letters) => {
    const file = await workbook(['Budget 2026', 'BO1', 'BO2', 'BO3'], before);
    const preview = await previewBudget(file);
    expect(preview.years).toEqual([2026, 2027, 2028, 2029]);
    expect(preview.mapping.sheets[0]?.years).toEqual(
      Object.fromEntries(letters.map((letter, i) => [String(2026 + i), letter])),
    );
    const totals = summarizeBudget(await importBudget(file)).totals.map((kr) => kr / 1000);
    expect(totals).toHaveLength(4);
    totals.forEach((v, i) => expect(v).toBeCloseTo(EXPECTED[i] ?? NaN, 1));
  });

  it('korte årstal "B26 | BO27 | BO28 | BO29" ved siden af "R24" er planen 2026-2029', async () => {
    const preview = await previewBudget(await workbook(['B26', 'BO27', 'BO28', 'BO29'], ['R24']));
    expect(preview.years).toEqual([2026, 2027, 2028, 2029]);
    expect(preview.mapping.sheets[0]?.years).toEqual({ '2026': 'D', '2027': 'E', '2028': 'F', '2029': 'G' });
  });

  it('"B2026 | 1. overslagsår | 2. overslagsår | 3. overslagsår" læses på samme måde', async () => {
    const preview = await previewBudget(
      await workbook(['B2026', '1. overslagsår', '2. overslagsår', '3. overslagsår']),
    );
    expect(preview.years).toEqual([2026, 2027, 2028, 2029]);
  });

  it('næste års projektmappe med samme opbygning genbruger kortlægningen med de nye år', async () => {
    const saved = (await previewBudget(await workbook(['Budget 2026', 'BO1', 'BO2', 'BO3']))).mapping;
    const next = await previewBudget(await workbook(['Budget 2027', 'BO1', 'BO2', 'BO3']));
    const reused = reuseMapping(saved, next);
    expect(reused?.years).toEqual([2027, 2028, 2029, 2030]);
    expect(reused?.sheets[0]?.years).toEqual({ '2027': 'C', '2028': 'D', '2029': 'E', '2030': 'F' });
  });

  it('uden en dateret budgetårskolonne gættes der ikke: filen afvises med besked om budgetårene', async () => {
    // The first data row under "Budget" ("-2000") is no year either.
    const failed = await previewBudget(await workbook(['Budget', 'BO1', 'BO2', 'BO3'])).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isReadError(failed) && failed.problem.code).toBe('no_amounts_found');
    expect(isReadError(failed) && failed.problem.message).toMatch(/budgetårene/);
  });
});
