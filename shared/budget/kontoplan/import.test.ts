import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../workbook/index.ts';
import { importBudget } from '../import.ts';
import { summarizeBudget } from '../summary.ts';

/** An ERP export without a service column: funktion and dranst in the spellings municipalities use. */
async function erpWorkbook(
  rows: readonly (readonly [string | number, string | number, number])[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.addRow(['Udvalg', 'Funktion', 'Dranst', 'Tekst', 'B2026', 'BO2027', 'BO2028', 'BO2029']);
  for (const [fn, dranst, amount] of rows)
    ws.addRow(['Børneudvalget', fn, dranst, 'Linje', amount, amount, amount, amount]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('importen læser funktion og dranst og finder servicerammen ud fra dem', () => {
  it('alle skrivemåder giver samme funktion; det, der ikke kan læses, er en advarsel med sin celle', async () => {
    const bytes = await erpWorkbook([
      [32201, 1, 100],
      ['322 01', '1 Drift', 200],
      ['03.22.01', 'Drift', 300],
      ['3.22.01 Folkeskoler', 'Anlæg', 4000],
      ['5.57.71', 1, 50],
      ['3.22', 1, 7],
      ['3.22.01', 'Service', 9],
    ]);
    const budget = await importBudget(await openWorkbook(bytes, 'erp.xlsx'));
    expect(budget.lines.map((l) => l.account.function)).toEqual([
      '3.22.01',
      '3.22.01',
      '3.22.01',
      '3.22.01',
      '5.57.71',
      '3.22',
      '3.22.01',
    ]);
    expect(budget.lines.map((l) => l.account.mainAccount)).toEqual(['3', '3', '3', '3', '5', undefined, '3']);
    expect(budget.lines.map((l) => l.account.dranst)).toEqual(['1', '1', '1', '3', '1', '1', 'Service']);
    const fnWarning = budget.report.problems.find((p) => p.code === 'function_not_read');
    expect(fnWarning).toMatchObject({ severity: 'warning', sheet: 'Budget', cell: 'B7' });
    expect(fnWarning?.message).toContain("'3.22'");
    expect(budget.report.problems.find((p) => p.code === 'dranst_not_read')).toMatchObject({ cell: 'C8' });
    // Service: the three drift lines of 3.22.01 (the anlæg, the overførsel and the two unread lines are not).
    expect(budget.report.serviceSource).toBe('kontoplan');
    expect(summarizeBudget(budget).serviceTotals?.[0]).toBe(600_000);
    expect(budget.lines[5]?.isService).toBeNull();
    expect(budget.report.problems.some((p) => p.code === 'service_unknown_lines')).toBe(true);
  });

  it('en kontostreng med adskilte dele deles i funktion og dranst', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget');
    ws.addRow(['Kontostreng', 'Tekst', '2026', '2027', '2028', '2029']);
    ws.addRow(['3.22.01.1.200001', 'Drift', 10, 10, 10, 10]);
    ws.addRow(['3.22.01.3.200001', 'Anlæg', 5, 5, 5, 5]);
    const budget = await importBudget(
      await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'k.xlsx'),
    );
    expect(budget.lines.map((l) => [l.account.function, l.account.dranst])).toEqual([
      ['3.22.01', '1'],
      ['3.22.01', '3'],
    ]);
    expect(summarizeBudget(budget).serviceTotals?.[0]).toBe(10_000);
  });
});
