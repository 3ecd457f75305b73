/**
 * The budget importer against every public budget fixture. Expected numbers come from each fixture's
 * `.expected.json`, computed by the fixture generator from its own in-memory data (never by reading the file back).
 */
import { describe, expect, it } from 'vitest';
import {
  importBudget,
  previewBudget,
  reuseMapping,
  summarizeBudget,
  mappingSignature,
} from '../shared/budget/index.ts';
import type { Budget, BudgetLine } from '../shared/model/budget.ts';
import { addInto, toYearRecord, zeroAmounts, type YearAmounts } from '../shared/model/money.ts';
import { isReadError } from '../shared/model/problem.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { READABLE_BUDGETS, readExpected, readFixture } from './helpers/fixtures.ts';

type YearRecord = Record<string, number>;

interface Expected {
  tolerance: number;
  row_count: number;
  row_count_per_udvalg: Record<string, number>;
  grand_total: YearRecord;
  service_total: YearRecord;
  non_service_total: YearRecord;
  gross_expenditure: YearRecord;
  income_total: YearRecord;
  per_udvalg: Record<string, YearRecord>;
  per_udvalg_politikomraade: Record<string, Record<string, YearRecord>>;
  per_hovedkonto: Record<string, YearRecord>;
  per_dranst: Record<string, YearRecord>;
  per_funktion: Record<string, YearRecord>;
  layout: { header_row?: number; sheet?: string };
  sample_lines: {
    sheet?: string;
    row: number;
    udvalg: string;
    politikomraade: string;
    funktion: string;
    dranst: number;
    art: string;
    omksted: string;
    serviceudgift: boolean;
    amounts: YearRecord;
  }[];
  text_number_cells?: { cell: string; text: string; value: number }[];
  non_budget_column_totals?: Record<string, number>;
  all_zero_lines: number | unknown[];
}

const expected = (name: string): Expected => readExpected<Expected>(name);

async function load(name: string): Promise<Budget> {
  return importBudget(await openWorkbook(readFixture(name), name));
}

function expectYears(actual: YearRecord, wanted: YearRecord, tolerance: number, what: string): void {
  expect(Object.keys(actual).sort(), what).toEqual(Object.keys(wanted).sort());
  for (const [year, value] of Object.entries(wanted)) {
    expect(
      Math.abs((actual[year] ?? NaN) - value),
      `${what} ${year}: ${actual[year]} ≠ ${value}`,
    ).toBeLessThanOrEqual(tolerance);
  }
}

function groupBy(budget: Budget, key: (line: BudgetLine) => string): Record<string, YearRecord> {
  const sums: Record<string, YearAmounts> = {};
  for (const line of budget.lines)
    addInto((sums[key(line)] ??= zeroAmounts(budget.years.length)), line.amounts);
  return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, toYearRecord(budget.years, v)]));
}

describe.each(READABLE_BUDGETS)('%s indlæses med de uafhængigt beregnede tal', (name) => {
  const exp = expected(name);
  const budget = load(name);

  it('har budgetårene 2026-2029 og det rigtige antal linjer pr. udvalg', async () => {
    const b = await budget;
    expect(b.years).toEqual([2026, 2027, 2028, 2029]);
    expect(b.lines.length).toBe(exp.row_count);
    const counts: Record<string, number> = {};
    for (const line of b.lines) counts[line.committee] = (counts[line.committee] ?? 0) + 1;
    expect(counts).toEqual(exp.row_count_per_udvalg);
    const zeroLines = b.lines.filter((l) => l.amounts.every((a) => a === 0)).length;
    const expectedZero = Array.isArray(exp.all_zero_lines) ? exp.all_zero_lines.length : exp.all_zero_lines;
    expect(zeroLines).toBe(expectedZero);
  });

  it('totaler, service og ikke-service pr. år', async () => {
    const b = await budget;
    const s = summarizeBudget(b);
    expectYears(toYearRecord(b.years, s.totals), exp.grand_total, exp.tolerance, 'i alt');
    expect(s.serviceTotals).not.toBeNull();
    expectYears(toYearRecord(b.years, s.serviceTotals ?? []), exp.service_total, exp.tolerance, 'service');
    expectYears(
      toYearRecord(b.years, s.nonServiceTotals ?? []),
      exp.non_service_total,
      exp.tolerance,
      'ikke-service',
    );
    expect(b.report.serviceKnown).toBe(true);
  });

  it('udgifter og indtægter for sig (fortegn bevaret)', async () => {
    const b = await budget;
    const gross = zeroAmounts(4);
    const income = zeroAmounts(4);
    for (const line of b.lines) {
      addInto(
        gross,
        line.amounts.map((a) => Math.max(0, a)),
      );
      addInto(
        income,
        line.amounts.map((a) => Math.min(0, a)),
      );
    }
    expectYears(toYearRecord(b.years, gross), exp.gross_expenditure, exp.tolerance, 'udgifter');
    expectYears(toYearRecord(b.years, income), exp.income_total, exp.tolerance, 'indtægter');
  });

  it('pr. udvalg og pr. udvalg og politikområde', async () => {
    const b = await budget;
    const s = summarizeBudget(b);
    expect(Object.keys(s.byCommittee).sort()).toEqual(Object.keys(exp.per_udvalg).sort());
    for (const [committee, years] of Object.entries(exp.per_udvalg)) {
      expectYears(toYearRecord(b.years, s.byCommittee[committee] ?? []), years, exp.tolerance, committee);
    }
    for (const [committee, areas] of Object.entries(exp.per_udvalg_politikomraade)) {
      expect(Object.keys(s.byCommitteeArea[committee] ?? {}).sort()).toEqual(Object.keys(areas).sort());
      for (const [area, years] of Object.entries(areas)) {
        expectYears(
          toYearRecord(b.years, s.byCommitteeArea[committee]?.[area] ?? []),
          years,
          exp.tolerance,
          area,
        );
      }
    }
  });

  it('pr. hovedkonto, dranst og funktion (koder læst ud af "kode navn"-celler)', async () => {
    const b = await budget;
    const checks: [Record<string, YearRecord>, Record<string, YearRecord>][] = [
      [groupBy(b, (l) => l.account.mainAccount ?? '?'), exp.per_hovedkonto],
      [groupBy(b, (l) => l.account.dranst ?? '?'), exp.per_dranst],
      [groupBy(b, (l) => l.account.function ?? '?'), exp.per_funktion],
    ];
    for (const [actual, wanted] of checks) {
      expect(Object.keys(actual).sort()).toEqual(Object.keys(wanted).sort());
      for (const [k, years] of Object.entries(wanted)) expectYears(actual[k] ?? {}, years, exp.tolerance, k);
    }
  });

  it('eksempellinjerne kan spores tilbage til ark og række', async () => {
    const b = await budget;
    for (const sample of exp.sample_lines) {
      const line = b.lines.find(
        (l) => l.source.row === sample.row && (sample.sheet === undefined || l.source.sheet === sample.sheet),
      );
      expect(line, `række ${sample.row}`).toBeDefined();
      if (!line) continue;
      expect(line.committee).toBe(sample.udvalg);
      expect(line.area).toBe(sample.politikomraade);
      expect(line.account.function).toBe(sample.funktion);
      expect(line.account.dranst).toBe(String(sample.dranst));
      expect(line.account.art).toBe(sample.art);
      expect(line.costCentre).toBe(sample.omksted);
      expect(line.isService).toBe(sample.serviceudgift);
      expectYears(toYearRecord(b.years, line.amounts), sample.amounts, exp.tolerance, `række ${sample.row}`);
    }
  });
});

describe('særlige forhold i de enkelte filer', () => {
  it('ERP-udtræk: overskrift i række 5, tal gemt som dansk tekst, sumrække og tom række sprunget over', async () => {
    const name = 'budget-erp-export.xlsx';
    const exp = expected(name);
    const b = await load(name);
    expect(b.mapping.sheets[0]?.headerRow).toBe(exp.layout.header_row);
    const read = new Map((b.report.textNumberCells ?? []).map((c) => [c.cell, c.value]));
    expect(exp.text_number_cells?.length).toBeGreaterThan(0);
    for (const cell of exp.text_number_cells ?? []) {
      expect(read.get(cell.cell), `${cell.cell} '${cell.text}'`).toBeCloseTo(cell.value, 6);
    }
    expect(read.size).toBe(exp.text_number_cells?.length);
    const skipped = b.report.skippedRows.map((r) => `${r.row}:${r.reason}`);
    expect(skipped).toContain('1857:totals');
    expect(skipped).toContain('1269:blank');
    expect(b.report.problems.some((p) => p.code === 'totals_row_skipped' && p.sheet === 'Rapport')).toBe(
      true,
    );
    // The hidden sort-key column J is neither a year nor any other field.
    const sheet = b.mapping.sheets[0];
    expect(Object.values(sheet?.years ?? {})).not.toContain('J');
    expect(Object.values(sheet?.columns ?? {}).flat()).not.toContain('J');
  });

  it('flere ark: oversigtsarket udelades og siges at være en oversigt; udvalget er arkets navn', async () => {
    const b = await load('budget-multi-sheet.xlsx');
    const roles = Object.fromEntries(b.mapping.sheets.map((s) => [s.sheet, s.role]));
    expect(roles.Oversigt).toBe('summary');
    expect(Object.values(roles).filter((r) => r === 'budget')).toHaveLength(6);
    expect(b.report.problems.some((p) => p.code === 'summary_sheet_left_out' && p.sheet === 'Oversigt')).toBe(
      true,
    );
    expect(b.report.skippedRows.filter((r) => r.reason === 'totals')).toHaveLength(6);
    expect(b.lines.every((l) => l.source.sheet === l.committee)).toBe(true);
  });

  it('flere ark: brugeren kan selv vælge oversigtsarket, og så tælles det med', async () => {
    const file = await openWorkbook(readFixture('budget-multi-sheet.xlsx'), 'budget-multi-sheet.xlsx');
    const only = await importBudget(file, { sheets: ['Økonomiudvalget'] });
    expect(new Set(only.lines.map((l) => l.committee))).toEqual(new Set(['Økonomiudvalget']));
    expect(only.lines).toHaveLength(
      expected('budget-multi-sheet.xlsx').row_count_per_udvalg['Økonomiudvalget'] ?? -1,
    );
  });

  it('brede år: regnskab, korrigeret budget og ændringskolonnen bruges ikke', async () => {
    const name = 'budget-wide-years.xlsx';
    const exp = expected(name);
    const b = await load(name);
    expect(b.mapping.sheets[0]?.years).toEqual({ '2026': 'L', '2027': 'M', '2028': 'N', '2029': 'O' });
    const total2026 = toYearRecord(b.years, summarizeBudget(b).totals)['2026'] ?? 0;
    for (const wrong of Object.values(exp.non_budget_column_totals ?? {})) {
      expect(Math.abs(total2026 - wrong)).toBeGreaterThan(1);
    }
    expect(b.report.problems.find((p) => p.code === 'non_plan_columns_left_out')?.message).toMatch(/R2024/);
  });

  it('uden servicekolonne og uden funktion er servicefordelingen ukendt, og rapporten siger det', async () => {
    const file = await openWorkbook(readFixture('budget-clean.xlsx'), 'budget-clean.xlsx');
    const preview = await previewBudget(file);
    const mapping = structuredClone(preview.mapping);
    // With a funktion column the kontoplan gives the split (test/budget-kontoplan.test.ts).
    for (const s of mapping.sheets) {
      delete s.columns.service;
      delete s.columns.function;
    }
    const b = await importBudget(file, { mapping });
    expect(b.report.serviceKnown).toBe(false);
    expect(summarizeBudget(b).serviceTotals).toBeNull();
    expect(b.lines.every((l) => l.isService === null)).toBe(true);
    expect(b.report.problems.some((p) => p.code === 'service_split_unknown')).toBe(true);
  });

  it('en gemt kortlægning kan genbruges på næste fil med samme layout, men ikke på et andet layout', async () => {
    const clean = await previewBudget(await openWorkbook(readFixture('budget-clean.xlsx'), 'a.xlsx'));
    const saved = JSON.parse(JSON.stringify(clean.mapping)) as typeof clean.mapping;
    const same = await previewBudget(await openWorkbook(readFixture('budget-large.xlsx'), 'b.xlsx'));
    const reused = reuseMapping(saved, same);
    expect(reused).not.toBeNull();
    expect(mappingSignature(reused ?? saved)).toBe(mappingSignature(saved));
    const other = await previewBudget(await openWorkbook(readFixture('budget-wide-years.xlsx'), 'c.xlsx'));
    expect(reuseMapping(saved, other)).toBeNull();
  });

  it('ODS-udgaven af samme data afvises med besked om at gemme som .xlsx', async () => {
    const error = await openWorkbook(readFixture('budget-clean.ods'), 'budget-clean.ods').catch(
      (e: unknown) => e,
    );
    expect(isReadError(error) && error.problem.code).toBe('ods_format');
    expect(isReadError(error) && error.problem.message).toMatch(/\.xlsx/);
  });
});

describe('budget-large.xlsx (200.000 linjer)', () => {
  it('giver de forventede totaler, også pr. udvalg og for service', async () => {
    const exp = expected('budget-large.xlsx');
    const progress: number[] = [];
    const file = await openWorkbook(readFixture('budget-large.xlsx'), 'budget-large.xlsx');
    const b = await importBudget(file, { onProgress: (f) => progress.push(f) });
    expect(b.lines).toHaveLength(exp.row_count);
    const s = summarizeBudget(b);
    expectYears(toYearRecord(b.years, s.totals), exp.grand_total, exp.tolerance, 'i alt');
    expectYears(toYearRecord(b.years, s.serviceTotals ?? []), exp.service_total, exp.tolerance, 'service');
    for (const [committee, years] of Object.entries(exp.per_udvalg)) {
      expectYears(toYearRecord(b.years, s.byCommittee[committee] ?? []), years, exp.tolerance, committee);
    }
    expect(progress.length).toBeGreaterThan(5);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= (progress[i - 1] ?? 0))).toBe(true);
  }, 180_000);

  it('kan afbrydes undervejs', async () => {
    const file = await openWorkbook(readFixture('budget-large.xlsx'), 'budget-large.xlsx');
    const controller = new AbortController();
    const run = importBudget(file, {
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0.2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  }, 120_000);
});
