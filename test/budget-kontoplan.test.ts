/**
 * The kontoplan against the public budgets: with their service column removed (here, in the test), the service
 * split comes from the funktion and dranst by the rules, and must give the service total of each fixture's
 * `.expected.json` (the generator's own sums, see ../shared/fixtures/public/README.md). Every public budget has a
 * funktion column; budget-large.xlsx is left out for its size (budget-clean.xlsx has the same layout).
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  importBudget,
  previewBudget,
  reuseMapping,
  STYRINGSOMRAADER,
  summarizeBudget,
  totalsByMainAccount,
  totalsByStyring,
  withBudgetStyringCorrection,
} from '../shared/budget/index.ts';
import { buildCatalogue } from '../shared/catalogue/index.ts';
import type { Budget } from '../shared/model/budget.ts';
import { createProject, parseProject, serializeProject } from '../shared/project/index.ts';
import { toYearRecord } from '../shared/model/money.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { READABLE_BUDGETS, readExpected, readFixture } from './helpers/fixtures.ts';

type YearRecord = Record<string, number>;

interface Expected {
  service_total: YearRecord;
  grand_total: YearRecord;
  per_hovedkonto: Record<string, YearRecord>;
}

async function withoutServiceColumn(name: string): Promise<Budget> {
  const file = await openWorkbook(readFixture(name), name);
  const preview = await previewBudget(file);
  const mapping = structuredClone(preview.mapping);
  for (const s of mapping.sheets) delete s.columns.service;
  return importBudget(file, { mapping });
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Kroner per plan year → 1.000 kr. by year, as the expected files write them. */
function inThousands(years: readonly number[], amounts: readonly number[]): YearRecord {
  return toYearRecord(years, amounts);
}

function expectWithin(actual: YearRecord, wanted: YearRecord, tolerance: number): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(wanted).sort());
  for (const [year, value] of Object.entries(wanted))
    expect(
      Math.abs((actual[year] ?? NaN) - value),
      `${year}: ${actual[year]} mod ${value}`,
    ).toBeLessThanOrEqual(tolerance);
}

describe('servicerammen fundet ud fra kontoplanen, når filen ikke har en servicekolonne', () => {
  it.each(READABLE_BUDGETS)('%s: servicetotalen er den forventede inden for 0,5 pr. år', async (name) => {
    const budget = await withoutServiceColumn(name);
    expect(budget.report.serviceSource).toBe('kontoplan');
    expect(budget.report.serviceKnown).toBe(true);
    expect(budget.report.problems.some((p) => p.code === 'service_from_kontoplan')).toBe(true);
    const summary = summarizeBudget(budget);
    expectWithin(
      inThousands(budget.years, summary.serviceTotals ?? []),
      readExpected<Expected>(name).service_total,
      0.5,
    );
  });

  it('med servicekolonnen står kilden som kolonne, og reglerne er enige med den på de offentlige budgetter', async () => {
    const name = 'budget-clean.xlsx';
    const budget = await importBudget(await openWorkbook(readFixture(name), name));
    expect(budget.report.serviceSource).toBe('column');
    expect(budget.report.kontoplan?.disagreements).toEqual([]);
    expect(budget.report.problems.some((p) => p.code === 'service_column_disagrees')).toBe(false);
  });

  it('funktionerne listes med regel og total, og totalen pr. hovedkonto er den forventede', async () => {
    const name = 'budget-erp-export.xlsx';
    const budget = await withoutServiceColumn(name);
    const byFunction = budget.report.kontoplan?.byFunction ?? [];
    const folkeskoler = byFunction.find((f) => f.function === '3.22.01');
    expect(folkeskoler).toMatchObject({ name: 'Folkeskoler', styring: 'service' });
    expect(byFunction.find((f) => f.function === '5.57.71')).toMatchObject({ styring: 'overfoersler' });
    // The file's own names ("3.22.05 Skolefritidsordninger") for funktioner the shipped table does not know.
    const unknown = budget.report.kontoplan?.unknownFunctions ?? [];
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((u) => u.name !== '')).toBe(true);
    const trees = totalsByMainAccount(budget.lines, budget.years.length);
    const wanted = readExpected<Expected>(name).per_hovedkonto;
    for (const [main, amounts] of Object.entries(wanted))
      expectWithin(inThousands(budget.years, trees[main]?.amounts ?? []), amounts, 0.05);
  });

  it('kilden, funktionslisten og rettelserne overlever at gemme og åbne projektet, og rettelsen følger med næste år', async () => {
    const name = 'budget-libreoffice.xlsx';
    const file = await openWorkbook(readFixture(name), name);
    const preview = await previewBudget(file);
    const mapping = structuredClone(preview.mapping);
    for (const s of mapping.sheets) delete s.columns.service;
    mapping.styringCorrections = { '5.57.72': 'service' };
    const budget = await importBudget(file, { mapping });
    const reopened = parseProject(serializeProject(createProject({}, budget)), 'p.raaderum').budget;
    expect(reopened?.report.serviceSource).toBe('kontoplan');
    expect(reopened?.report.kontoplan).toEqual(budget.report.kontoplan);
    expect(reopened?.mapping.styringCorrections).toEqual({ '5.57.72': 'service' });
    const nextYear = reuseMapping(reopened?.mapping ?? mapping, preview);
    expect(nextYear?.styringCorrections).toEqual({ '5.57.72': 'service' });
  });

  it('en rettelse af en funktions styringsområde bruges ved indlæsningen', async () => {
    const name = 'budget-clean.xlsx';
    const file = await openWorkbook(readFixture(name), name);
    const mapping = structuredClone((await previewBudget(file)).mapping);
    for (const s of mapping.sheets) delete s.columns.service;
    const before = await importBudget(file, { mapping });
    const after = await importBudget(file, {
      mapping: { ...mapping, styringCorrections: { '5.57.72': 'service' } },
    });
    const sociale = after.report.kontoplan?.byFunction.find(
      (f) => f.function === '5.57.72' && f.rule === 'rettelse',
    );
    expect(sociale?.styring).toBe('service');
    const drift = before.lines
      .filter((l) => l.account.function === '5.57.72' && l.account.dranst === '1')
      .reduce((sum, l) => sum + (l.amounts[0] ?? 0), 0);
    expect(drift).not.toBe(0);
    const [b0 = 0] = summarizeBudget(before).serviceTotals ?? [];
    const [a0 = 0] = summarizeBudget(after).serviceTotals ?? [];
    expect(a0 - b0).toBe(drift);
    // The same correction made on the imported budget (wizard, Værktøjer) gives the same split and list, and
    // leaves the budget it was made on as it was; taking it back gives the rules' split again.
    const corrected = withBudgetStyringCorrection(before, '5.57.72', 'service');
    expect(summarizeBudget(corrected).serviceTotals).toEqual(summarizeBudget(after).serviceTotals);
    expect(corrected.report.kontoplan).toEqual(after.report.kontoplan);
    expect(corrected.mapping.styringCorrections).toEqual({ '5.57.72': 'service' });
    expect(before.mapping.styringCorrections).toBeUndefined();
    const undone = withBudgetStyringCorrection(corrected, '5.57.72', null);
    expect(summarizeBudget(undone).serviceTotals).toEqual(summarizeBudget(before).serviceTotals);
  });
});

describe('katalogets forside', () => {
  async function frontPageTexts(budget: Budget): Promise<string[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(toArrayBuffer(await buildCatalogue(createProject({}, budget))));
    const texts: string[] = [];
    wb.getWorksheet('Forside')?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    return texts;
  }

  it('siger, hvor servicerammen kommer fra: servicekolonnen eller kontoplanen', async () => {
    const name = 'budget-erp-export.xlsx';
    const withColumn = await importBudget(await openWorkbook(readFixture(name), name));
    expect(await frontPageTexts(withColumn)).toContain(
      'Servicerammen er budgettets linjer markeret som serviceudgifter i budgetfilen.',
    );
    expect(await frontPageTexts(await withoutServiceColumn(name))).toContain(
      'Servicerammen er fundet ud fra kontoplanen (funktion og dranst), da budgetfilen ikke har en servicekolonne.',
    );
  });
});

describe('styringsområderne deler budgettet op', () => {
  it('hver linje har netop ét styringsområde: totalerne pr. område summer til budgettets total (egenskab)', async () => {
    const name = 'budget-clean.xlsx';
    const budget = await importBudget(await openWorkbook(readFixture(name), name));
    const total = summarizeBudget(budget).totals;
    fc.assert(
      fc.property(
        fc.subarray([...budget.lines], { minLength: 0 }),
        fc.dictionary(
          fc.constantFrom(...['3.22.01', '5.57.72', '0.25.19', '1.38.61', '9.99.99']),
          fc.constantFrom(...STYRINGSOMRAADER),
        ),
        (lines, corrections) => {
          const byStyring = totalsByStyring(lines, budget.years.length, corrections);
          const sum = budget.years.map((_, i) =>
            STYRINGSOMRAADER.reduce((s, k) => s + (byStyring[k][i] ?? 0), 0),
          );
          const direct = budget.years.map((_, i) => lines.reduce((s, l) => s + (l.amounts[i] ?? 0), 0));
          expect(sum).toEqual(direct);
        },
      ),
      { numRuns: 50 },
    );
    const all = totalsByStyring(budget.lines, budget.years.length);
    expect(budget.years.map((_, i) => STYRINGSOMRAADER.reduce((s, k) => s + (all[k][i] ?? 0), 0))).toEqual(
      total,
    );
  });
});
