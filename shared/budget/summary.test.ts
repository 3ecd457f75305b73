import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BudgetLine, ImportReport } from '../model/budget.ts';
import { cachedBudgetSummary, summarizeBudget } from './summary.ts';

const YEARS = [2027, 2028, 2029, 2030];

const line = fc.record({
  committee: fc.constantFrom('Økonomiudvalget', 'Børne- og Ungeudvalget', 'Social- og Sundhedsudvalget'),
  area: fc.constantFrom('Administration', 'Dagtilbud', 'Skoler', 'Ældre'),
  amounts: fc.array(fc.integer({ min: -50_000_000, max: 50_000_000 }), {
    minLength: YEARS.length,
    maxLength: YEARS.length,
  }),
  isService: fc.constantFrom(true, false, null),
});

function budgetOf(
  lines: Pick<BudgetLine, 'committee' | 'area' | 'amounts' | 'isService'>[],
  serviceKnown: boolean,
) {
  const report: ImportReport = { file: 'budget.xlsx', problems: [], skippedRows: [], serviceKnown };
  return {
    years: YEARS,
    report,
    lines: lines.map((l, i): BudgetLine => ({
      ...l,
      account: {},
      text: `Linje ${i + 1}`,
      source: { sheet: 'Ark1', row: i + 2 },
    })),
  };
}

describe('budgettets opsummering gemt pr. budget', () => {
  it('giver de samme totaler som en ny optælling, og samme objekt ved næste besøg', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.boolean(), (lines, serviceKnown) => {
        const budget = budgetOf(lines, serviceKnown);
        const first = cachedBudgetSummary(budget);
        expect(first).toEqual(summarizeBudget(budget));
        expect(cachedBudgetSummary(budget)).toBe(first);
      }),
    );
  });

  it('et nyt budget får sin egen opsummering, ikke det forriges', () => {
    const before = budgetOf(
      [{ committee: 'Økonomiudvalget', area: 'Administration', amounts: [1, 2, 3, 4], isService: true }],
      true,
    );
    const after = budgetOf(
      [{ committee: 'Teknisk Udvalg', area: 'Veje', amounts: [10, 20, 30, 40], isService: false }],
      true,
    );
    expect(cachedBudgetSummary(before).totals).toEqual([1, 2, 3, 4]);
    expect(cachedBudgetSummary(after).totals).toEqual([10, 20, 30, 40]);
    expect(Object.keys(cachedBudgetSummary(after).byCommittee)).toEqual(['Teknisk Udvalg']);
  });
});
