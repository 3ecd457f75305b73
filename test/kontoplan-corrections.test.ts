/**
 * Corrections of a funktion's styringsområde made after one read of the workbook (the wizard reads once, the user
 * then corrects): the budget must be what an import with those corrections gives, with and without a service column
 * and with one on some sheets only. The wizard's list (`kontoplanChoices`) shows the rules' classification and the
 * service frame the corrections give. Fixtures: the public budgets (../shared/fixtures/public/README.md).
 */
import { describe, expect, it } from 'vitest';
import {
  importBudget,
  kontoplanChoices,
  previewBudget,
  summarizeBudget,
  withStyringCorrections,
} from '../shared/budget/index.ts';
import type { Budget, ColumnMapping, Styringsomraade } from '../shared/model/budget.ts';
import { openWorkbook, type WorkbookFile } from '../shared/workbook/index.ts';
import { readFixture } from './helpers/fixtures.ts';

type Corrections = Record<string, Styringsomraade>;

async function opened(name: string): Promise<{ file: WorkbookFile; mapping: ColumnMapping }> {
  const file = await openWorkbook(readFixture(name), name);
  return { file, mapping: (await previewBudget(file)).mapping };
}

/** The mapping with the service column removed from the first `count` budget sheets (all when undefined). */
function withoutService(mapping: ColumnMapping, count?: number): ColumnMapping {
  const m = structuredClone(mapping);
  m.sheets
    .filter((s) => s.role === 'budget')
    .slice(0, count)
    .forEach((s) => delete s.columns.service);
  return m;
}

function withCorrections(mapping: ColumnMapping, corrections: Corrections): ColumnMapping {
  return Object.keys(corrections).length > 0 ? { ...mapping, styringCorrections: corrections } : mapping;
}

const CORRECTION_SETS: Corrections[] = [
  {},
  { '5.57.71': 'service' },
  { '3.22.01': 'udenfor', '0.25.19': 'service', '1.38.61': 'service' },
];

describe('rettelser efter én læsning giver det samme som en import med rettelserne', () => {
  it.each([
    ['budget-clean.xlsx', 'uden servicekolonne', (m: ColumnMapping) => withoutService(m)],
    ['budget-clean.xlsx', 'med servicekolonne', (m: ColumnMapping) => m],
    ['budget-multi-sheet.xlsx', 'servicekolonne på nogle ark', (m: ColumnMapping) => withoutService(m, 3)],
  ])('%s, %s', async (name, _how, layout) => {
    const { file, mapping } = await opened(name);
    const base = layout(mapping);
    const reads = new Map<number, Budget>();
    for (const [i, corrections] of CORRECTION_SETS.entries())
      reads.set(i, await importBudget(file, { mapping: withCorrections(base, corrections) }));
    for (const [i, corrections] of CORRECTION_SETS.entries()) {
      const direct = reads.get(i) as Budget;
      for (const read of reads.values()) {
        const after = withStyringCorrections(read, corrections);
        expect(after.lines).toEqual(direct.lines);
        expect(after.report).toEqual(direct.report);
        expect(after.mapping).toEqual(direct.mapping);
      }
    }
  });
});

describe('guidens liste over funktioner efter kontoplanen', () => {
  it('uden servicekolonne: reglernes styringsområde pr. funktion, og en rettelse flytter netop funktionens driftslinjer ind i servicerammen', async () => {
    const { file, mapping } = await opened('budget-clean.xlsx');
    const read = await importBudget(file, { mapping: withoutService(mapping) });
    const choices = kontoplanChoices(read);
    expect(choices.serviceSource).toBe('kontoplan');
    expect(choices.rulesDecide).toBe(true);
    expect(choices.serviceTotals).toEqual(summarizeBudget(read).serviceTotals);
    const sygedagpenge = choices.functions.find((f) => f.function === '5.57.71');
    expect(sygedagpenge).toMatchObject({ styring: 'overfoersler', rule: 'overfoersler-hovedkonto-5' });
    // Statsrefusion (dranst 2) is not a row: a correction does not touch it.
    expect(choices.functions.filter((f) => f.function === '5.57.71')).toHaveLength(1);
    const corrected = kontoplanChoices(read, { '5.57.71': 'service' });
    // The list is still the rules'; the frame grows by the funktion's drift lines, year by year.
    expect(corrected.functions).toEqual(choices.functions);
    expect(corrected.serviceTotals).toEqual(
      choices.ruleServiceTotals?.map((a, i) => a + (sygedagpenge?.amounts[i] ?? NaN)),
    );
    // The same list from a read that already had the correction.
    const readCorrected = await importBudget(file, {
      mapping: { ...withoutService(mapping), styringCorrections: { '5.57.71': 'service' } },
    });
    expect(kontoplanChoices(readCorrected, { '5.57.71': 'service' })).toEqual(corrected);
  });

  it('med servicekolonne: kolonnen gælder, så en rettelse ændrer kun tjekket mod reglerne', async () => {
    const { file, mapping } = await opened('budget-clean.xlsx');
    const read = await importBudget(file, { mapping });
    const choices = kontoplanChoices(read);
    expect(choices).toMatchObject({ serviceSource: 'column', rulesDecide: false, disagreements: 0 });
    const corrected = kontoplanChoices(read, { '3.22.01': 'udenfor' });
    expect(corrected.serviceTotals).toEqual(choices.serviceTotals);
    expect(corrected.disagreements).toBe(1);
  });
});
