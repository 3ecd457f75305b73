/**
 * The import wizard's kontoplan list as the Web Worker runs it (called directly here): it comes from the one pass
 * over the workbook; a correction of a funktion is applied to that pass, and the import takes it too.
 * budget-clean.xlsx with its service column left out of the mapping, so the rules give the service frame (its
 * expected service total: budget-clean.xlsx.expected.json, within 0.5 per year as in test/budget-kontoplan.test.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { summarizeBudget, type BudgetPreview, type KontoplanChoices } from '../shared/budget/index.ts';
import type { Budget, ColumnMapping } from '../shared/model/budget.ts';
import { toYearRecord } from '../shared/model/money.ts';
import { importPasses } from '../renderer/src/worker/budget-jobs.ts';
import { handlers } from '../renderer/src/worker/handlers.ts';
import { readExpected, readFixture } from './helpers/fixtures.ts';

const FILE = 'budget-clean.xlsx';
const job = { signal: new AbortController().signal, progress: () => undefined };
const expected = readExpected<{ service_total: Record<string, number> }>(FILE);

async function openWithoutServiceColumn(fileId: string): Promise<ColumnMapping> {
  const preview = (await handlers(
    { kind: 'previewBudget', fileId, name: FILE, bytes: readFixture(FILE) },
    job,
  )) as BudgetPreview;
  const mapping = structuredClone(preview.mapping);
  for (const s of mapping.sheets) delete s.columns.service;
  return mapping;
}

async function choicesOf(fileId: string, mapping: ColumnMapping): Promise<KontoplanChoices> {
  const choices = (await handlers(
    { kind: 'kontoplanChoices', fileId, mapping },
    job,
  )) as KontoplanChoices | null;
  if (!choices) throw new Error('ingen budgetlinjer');
  return choices;
}

let passesBefore = 0;
beforeEach(() => {
  passesBefore = importPasses();
});
/** Passes over the sheet since the test began. */
const passes = (): number => importPasses() - passesBefore;

describe('importguidens liste over funktioner efter kontoplanen', () => {
  it('én gennemlæsning: listen, rettelserne og importen bruger den', async () => {
    const mapping = await openWithoutServiceColumn('k');
    const before = await choicesOf('k', mapping);
    expect(before.serviceSource).toBe('kontoplan');
    for (const [year, value] of Object.entries(expected.service_total))
      expect(
        Math.abs((toYearRecord(mapping.years, before.serviceTotals ?? [])[year] ?? NaN) - value),
      ).toBeLessThan(0.5);
    const sygedagpenge = before.functions.find((f) => f.function === '5.57.71');
    expect(sygedagpenge?.styring).toBe('overfoersler');

    const corrected: ColumnMapping = { ...mapping, styringCorrections: { '5.57.71': 'service' } };
    const after = await choicesOf('k', corrected);
    expect(after.serviceTotals).toEqual(
      before.serviceTotals?.map((a, i) => a + (sygedagpenge?.amounts[i] ?? NaN)),
    );
    const budget = (await handlers({ kind: 'importBudget', fileId: 'k', mapping: corrected }, job)) as Budget;
    expect(passes()).toBe(1);
    expect(summarizeBudget(budget).serviceTotals).toEqual(after.serviceTotals);
    expect(budget.mapping.styringCorrections).toEqual({ '5.57.71': 'service' });
  });

  it('en rettelse taget tilbage før importen: importen følger reglerne igen uden at læse filen igen', async () => {
    const mapping = await openWithoutServiceColumn('t');
    const corrected: ColumnMapping = { ...mapping, styringCorrections: { '5.57.71': 'service' } };
    const first = await choicesOf('t', corrected);
    const budget = (await handlers({ kind: 'importBudget', fileId: 't', mapping }, job)) as Budget;
    expect(passes()).toBe(1);
    expect(summarizeBudget(budget).serviceTotals).toEqual(first.ruleServiceTotals);
    expect(budget.mapping.styringCorrections).toBeUndefined();
  });

  it('en anden kolonne læser filen igen', async () => {
    const mapping = await openWithoutServiceColumn('m');
    await choicesOf('m', mapping);
    const noArt = structuredClone(mapping);
    for (const s of noArt.sheets) delete s.columns.art;
    await choicesOf('m', noArt);
    expect(passes()).toBe(2);
  });
});
