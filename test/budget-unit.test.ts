/**
 * Budgets written in whole kroner or mio. kr. instead of 1.000 kr.: a sheet that states its unit is converted, one
 * that states none but holds kroner-sized amounts gets a warning, and the user's choice of unit wins. The
 * workbooks are written here by exceljs from integer tenths of 1.000 kr., so every expected total is an exact sum
 * computed by the test, never by reading the file back.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../electron/cli/main.ts';
import { importBudget, previewBudget, summarizeBudget } from '../shared/budget/index.ts';
import type { AmountUnit } from '../shared/model/budget.ts';
import { openWorkbook, type WorkbookFile } from '../shared/workbook/index.ts';

const YEARS = [2026, 2027, 2028, 2029];
const COMMITTEES = ['Børne- og Ungeudvalget', 'Teknik- og Miljøudvalget'];

/** 40 lines; amounts in tenths of 1.000 kr. (100 kr.), between 1.000 kr. and 60 mio. kr. a line. */
const LINES = Array.from({ length: 40 }, (_, i) => ({
  committee: COMMITTEES[i % 2] ?? '',
  text: `Linje ${i + 1}`,
  tenths: YEARS.map((_, y) => ((i * 7919 + y * 104_729) % 600_000) + 10),
}));

/** Per year, in 1.000 kr. */
const EXPECTED = YEARS.map((_, y) => LINES.reduce((sum, l) => sum + (l.tenths[y] ?? 0), 0) / 10);

/** What a tenth of 1.000 kr. is written as, in each unit. */
const PER_TENTH: Record<AmountUnit, number> = { kr: 100, thousands: 0.1, millions: 0.0001 };

async function workbookBytes(
  unit: AmountUnit,
  title: string | null,
  extraColumn: string | null = null,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  if (title !== null) {
    ws.addRow(['Fjordby Kommune, driftsbudget']);
    ws.addRow([title]);
    ws.addRow([]);
  }
  const extra = extraColumn === null ? [] : [extraColumn];
  ws.addRow(['Udvalg', 'Tekst', ...YEARS.map((y) => `Budget ${y}`), ...extra]);
  for (const l of LINES)
    ws.addRow([l.committee, l.text, ...l.tenths.map((t) => t * PER_TENTH[unit]), ...extra.map(() => 4321)]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function workbook(
  unit: AmountUnit,
  title: string | null,
  extraColumn: string | null = null,
): Promise<WorkbookFile> {
  return openWorkbook(await workbookBytes(unit, title, extraColumn), `budget-${unit}.xlsx`);
}

function totals(budget: Awaited<ReturnType<typeof importBudget>>): number[] {
  return summarizeBudget(budget).totals.map((kr) => kr / 1000);
}

function expectTotals(got: number[]): void {
  expect(got).toHaveLength(YEARS.length);
  got.forEach((v, i) => expect(v).toBeCloseTo(EXPECTED[i] ?? NaN, 1));
}

describe('beløb i kr. og mio. kr.', () => {
  it('"Beløb i kr." over overskriften: beløbene omregnes til 1.000 kr., og rapporten siger fra hvilken celle', async () => {
    const file = await workbook('kr', 'Beløb i kr.');
    const preview = await previewBudget(file);
    expect(preview.mapping.sheets[0]?.unit).toBe('kr');
    const note = preview.problems.find((p) => p.code === 'amount_unit_stated');
    expect(note?.cell).toBe('A2');
    expect(note?.message).toContain("'Beløb i kr.'");
    const budget = await importBudget(file);
    expectTotals(totals(budget));
    expect(budget.report.problems.some((p) => p.code === 'amounts_look_like_kroner')).toBe(false);
  });

  it('"(mio. kr.)" omregnes også, og "Beløb i 1.000 kr." læses som det er', async () => {
    expectTotals(totals(await importBudget(await workbook('millions', 'Driftsbudget (mio. kr.)'))));
    const thousands = await importBudget(await workbook('thousands', 'Beløb i 1.000 kr.'));
    expectTotals(totals(thousands));
    expect(thousands.report.problems.some((p) => p.code.startsWith('amount_unit'))).toBe(false);
  });

  it('kroner uden angivet enhed: advarsel om at det ligner hele kroner; valget kr. giver de rigtige tal', async () => {
    const file = await workbook('kr', null);
    const guessed = await importBudget(file);
    const warning = guessed.report.problems.find((p) => p.code === 'amounts_look_like_kroner');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/kr\./);
    expect(totals(guessed)[0]).toBeCloseTo((EXPECTED[0] ?? 0) * 1000, -1);

    const chosen = await importBudget(file, { unit: 'kr' });
    expectTotals(totals(chosen));
    expect(chosen.report.problems.some((p) => p.code === 'amounts_look_like_kroner')).toBe(false);
    expect(chosen.mapping.sheets[0]?.unit).toBe('kr');
  });

  it('en anden kolonnes enhed ("Udgift pr. borger (kr.)") gælder ikke beløbene', async () => {
    const file = await workbook('thousands', null, 'Udgift pr. borger (kr.)');
    const preview = await previewBudget(file);
    expect(preview.mapping.sheets[0]?.unit).toBeUndefined();
    expectTotals(totals(await importBudget(file)));
  });

  it('1.000 kr. uden angivet enhed: ingen advarsel', async () => {
    const budget = await importBudget(await workbook('thousands', null));
    expectTotals(totals(budget));
    expect(budget.report.problems.some((p) => p.code === 'amounts_look_like_kroner')).toBe(false);
  });

  it('en kortlægning med enheden kr. virker på arket, selv om arket selv siger 1.000 kr.', async () => {
    const file = await workbook('kr', 'Beløb i 1.000 kr.');
    const preview = await previewBudget(file);
    const mapping = {
      ...preview.mapping,
      sheets: preview.mapping.sheets.map((s) => ({ ...s, unit: 'kr' as const })),
    };
    expectTotals(totals(await importBudget(file, { mapping })));
  });

  it('raaderum inspect --unit kr giver totalerne i 1.000 kr.; en ukendt enhed er forkert brug (kode 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raaderum-unit-'));
    try {
      const path = join(dir, 'kroner.xlsx');
      writeFileSync(path, await workbookBytes('kr', null));
      let out = '';
      let err = '';
      const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
      expect(await main(['inspect', path, '--unit', 'kr', '--json'], io)).toBe(0);
      const json = JSON.parse(out) as { totals: Record<string, number>; sheets: { unit?: string }[] };
      expectTotals(YEARS.map((y) => json.totals[String(y)] ?? NaN));
      expect(json.sheets[0]?.unit).toBe('kr');
      out = '';
      expect(await main(['inspect', path, '--unit', 'kr'], io)).toBe(0);
      expect(out).toContain(
        'Budget: budget, overskrift i række 1, år 2026=C 2027=D 2028=E 2029=F, skrevet i kr.',
      );
      expect(await main(['inspect', path, '--unit', 'øre'], io)).toBe(1);
      expect(err).toContain('--unit skal være kr, 1000 eller mio');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
