/**
 * Two-row headers in a workbook saved by LibreOffice Calc (a different writer from exceljs: its own merged-cell,
 * shared-string and covered-cell encoding). The workbook is written with exceljs, converted to .xlsx by
 * LibreOffice headless, and imported; expected totals are computed here from the amounts written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { importBudget, previewBudget, summarizeBudget } from '../shared/budget/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'raaderum-headers-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Saves `bytes` as .xlsx through LibreOffice (private profile, so it runs beside other instances). */
function throughLibreOffice(bytes: Uint8Array, name: string): Uint8Array {
  const src = join(dir, 'src');
  const out = join(dir, 'out');
  mkdirSync(src, { recursive: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(src, name), bytes);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      out,
      join(src, name),
    ],
    { timeout: 180_000, stdio: 'ignore' },
  );
  return new Uint8Array(readFileSync(join(out, name)));
}

describe('overskrift i to rækker i en projektmappe gemt af LibreOffice', () => {
  it('flettede årsceller over Udgift og Indtægt, titelrækker og en regnskabskolonne', async () => {
    const years = [2026, 2027, 2028, 2029];
    // Amounts in tenths of 1.000 kr.: a fixed pattern, so the expected sums are plain integer arithmetic.
    const lines = Array.from({ length: 40 }, (_, i) => ({
      committee: i < 20 ? 'Børne- og Ungeudvalget' : 'Teknik- og Miljøudvalget',
      expense: years.map((_, y) => 1000 + 37 * i + 11 * y),
      income: years.map((_, y) => -(100 + 13 * i + 7 * y)),
    }));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget');
    ws.getRow(1).values = ['Fjordby Kommune'];
    ws.getRow(2).values = ['Budget 2026-2029 i 1.000 kr.'];
    ws.mergeCells(1, 1, 1, 13);
    ws.mergeCells(2, 1, 2, 13);
    ws.getRow(4).values = [
      'Udvalg',
      'Område',
      'Tekst',
      'Regnskab 2024',
      null,
      'Budget 2026',
      null,
      'Overslag 2027',
      null,
      'Overslag 2028',
      null,
      'Overslag 2029',
    ];
    ws.getRow(5).values = [null, null, null, ...Array<string[]>(5).fill(['Udgift', 'Indtægt']).flat()];
    for (let c = 1; c <= 3; c++) ws.mergeCells(4, c, 5, c);
    for (let c = 4; c <= 12; c += 2) ws.mergeCells(4, c, 4, c + 1);
    lines.forEach((l, i) => {
      ws.getRow(6 + i).values = [
        l.committee,
        'Område',
        `Linje ${i + 1}`,
        999.9,
        -999.9,
        ...years.flatMap((_, y) => [(l.expense[y] ?? 0) / 10, (l.income[y] ?? 0) / 10]),
      ];
    });
    const bytes = throughLibreOffice(new Uint8Array(await wb.xlsx.writeBuffer()), 'budget-lo.xlsx');

    const file = await openWorkbook(bytes, 'budget-lo.xlsx');
    const preview = await previewBudget(file);
    expect(preview.sheets[0]?.groupHeaderRow).toBe(4);
    expect(preview.sheets[0]?.headerRow).toBe(5);
    expect(preview.sheets[0]?.years).toEqual({ '2026': 'F+G', '2027': 'H+I', '2028': 'J+K', '2029': 'L+M' });
    expect(Object.keys(preview.sheets[0]?.notPlanColumns ?? {})).toEqual(['D', 'E']);

    const budget = await importBudget(file);
    expect(budget.lines).toHaveLength(40);
    const expected = years.map((_, y) =>
      lines.reduce((sum, l) => sum + ((l.expense[y] ?? 0) + (l.income[y] ?? 0)) * 100, 0),
    );
    expect(summarizeBudget(budget).totals).toEqual(expected);
  }, 240_000);
});
