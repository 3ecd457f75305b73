import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Budget, BudgetLine } from '../model/budget.ts';
import { summarizeBudget } from './summary.ts';
import { amountCell, traceBudget } from './trace.ts';

const YEARS = [2026, 2027, 2028];
const COMMITTEES = ['Børne- og Ungeudvalget', 'Økonomiudvalget', ''];
const AREAS = ['Skoler', 'Dagtilbud', 'Administration'];

function budgetOf(lines: BudgetLine[]): Budget {
  return {
    sourceName: 'budget.xlsx',
    years: YEARS,
    lines,
    mapping: {
      version: 1,
      years: YEARS,
      sheets: [
        {
          sheet: 'Drift',
          role: 'budget',
          headerRow: 1,
          columns: {},
          years: { 2026: 'F', 2027: 'G', 2028: 'H' },
        },
        // Udgift and Indtægt in two columns each year: the amount is their sum.
        {
          sheet: 'Anlæg',
          role: 'budget',
          headerRow: 2,
          columns: {},
          years: { 2026: 'E+F', 2027: 'G+H', 2028: 'I+J' },
        },
      ],
    },
    report: { file: 'budget.xlsx', problems: [], skippedRows: [], serviceKnown: true },
  };
}

const arbLine: fc.Arbitrary<BudgetLine> = fc
  .record({
    committee: fc.constantFrom(...COMMITTEES),
    area: fc.constantFrom(...AREAS),
    isService: fc.constantFrom(true, false, null),
    sheet: fc.constantFrom('Drift', 'Anlæg'),
    row: fc.integer({ min: 2, max: 5000 }),
    amounts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -1e11, max: 1e11 })), {
      minLength: 3,
      maxLength: 3,
    }),
  })
  .map((r) => ({
    committee: r.committee,
    area: r.area,
    account: {},
    text: `Linje ${r.row}`,
    amounts: r.amounts,
    isService: r.isService,
    source: { file: 'budget.xlsx', sheet: r.sheet, row: r.row },
  }));

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('Hvad består tallet af? (budget)', () => {
  it('hvert tal i budgetoversigten forklares af linjer, der summer præcist til det', () => {
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 60 }), fc.nat(YEARS.length - 1), (lines, y) => {
        const budget = budgetOf(lines);
        const summary = summarizeBudget(budget);
        const year = YEARS[y] ?? 0;
        const check = (filter: Parameters<typeof traceBudget>[1], shown: number | undefined): void => {
          const trace = traceBudget(budget, filter);
          expect(sum(trace.items.map((i) => i.amount))).toBe(trace.total);
          expect(trace.total).toBe(shown);
          for (const item of trace.items) expect(lines[item.index]?.amounts[y]).toBe(item.amount);
        };
        check({ year }, summary.totals[y]);
        check({ year, service: true }, summary.serviceTotals?.[y]);
        check({ year, service: false }, summary.nonServiceTotals?.[y]);
        for (const [committee, amounts] of Object.entries(summary.byCommittee)) {
          check({ year, committee }, amounts[y]);
          for (const [area, a] of Object.entries(summary.byCommitteeArea[committee] ?? {}))
            check({ year, committee, area }, a[y]);
        }
      }),
    );
  });

  it('hver linje peger på cellen med årets beløb (to celler, når udgift og indtægt står hver for sig)', () => {
    const line = (sheet: string, row: number, amounts: number[]): BudgetLine => ({
      committee: 'Økonomiudvalget',
      area: 'Administration',
      account: {},
      text: 'Løn',
      amounts,
      isService: true,
      source: { file: 'budget.xlsx', sheet, row },
    });
    const budget = budgetOf([line('Drift', 14, [1000, 2000, 0]), line('Anlæg', 9, [0, -500, 0])]);
    expect(traceBudget(budget, { year: 2027 }).items).toEqual([
      {
        index: 0,
        committee: 'Økonomiudvalget',
        area: 'Administration',
        text: 'Løn',
        amount: 2000,
        source: { file: 'budget.xlsx', sheet: 'Drift', cell: 'G14' },
      },
      {
        index: 1,
        committee: 'Økonomiudvalget',
        area: 'Administration',
        text: 'Løn',
        amount: -500,
        source: { file: 'budget.xlsx', sheet: 'Anlæg', cell: 'G9+H9' },
      },
    ]);
    expect(traceBudget(budget, { year: 2028 })).toEqual({ total: 0, items: [], zeroCount: 2 });
    expect(amountCell(budget, line('Ukendt ark', 3, [0, 0, 0]), 2026)).toBe('');
    expect(traceBudget(budget, { year: 2030 })).toEqual({ total: 0, items: [], zeroCount: 0 });
  });
});
