import { describe, expect, it } from 'vitest';
import { efficiencyRequirement } from '../shared/calc/index.ts';
import { thousandsToKr } from '../shared/model/money.ts';
import { emptyBudget, line, readCleanBudgetCsv, readExpected, YEARS } from './calc-fixtures.ts';

const MIO = 1_000_000;

describe('den stille vej (effektiviseringskrav)', () => {
  it('1 % om året taget forlods er 1, 2, 3 og 4 % af grundlaget i år et til fire', () => {
    const budget = emptyBudget([
      line('Børne- og Ungeudvalget', [500 * MIO, 500 * MIO, 500 * MIO, 500 * MIO]),
    ]);
    const r = efficiencyRequirement(budget, YEARS, { percent: 1 });
    expect(r.total).toEqual([-5 * MIO, -10 * MIO, -15 * MIO, -20 * MIO]);
    expect(r.byCommittee['Børne- og Ungeudvalget']).toEqual(r.total);
  });

  it('med rentes rente er det 1 − 0,99ⁿ', () => {
    const budget = emptyBudget([line('Økonomiudvalget', [100 * MIO, 100 * MIO, 100 * MIO, 100 * MIO])]);
    const r = efficiencyRequirement(budget, YEARS, { percent: 1, compound: true });
    // 1 %, 1,99 %, 2,9701 %, 3,940399 % of 100 mio.
    expect(r.total).toEqual([-1_000_000, -1_990_000, -2_970_100, -3_940_399]);
  });

  it('fritagne udvalg får intet krav, og kun serviceudgifter indgår som standard', () => {
    const budget = emptyBudget([
      line('Økonomiudvalget', [100 * MIO, 100 * MIO, 100 * MIO, 100 * MIO]),
      line('Økonomiudvalget', [900 * MIO, 900 * MIO, 900 * MIO, 900 * MIO], false),
      line('Beskæftigelsesudvalget', [200 * MIO, 200 * MIO, 200 * MIO, 200 * MIO]),
    ]);
    const r = efficiencyRequirement(budget, YEARS, { percent: 1, exempt: ['Beskæftigelsesudvalget'] });
    expect(r.byCommittee['Beskæftigelsesudvalget']).toEqual([0, 0, 0, 0]);
    expect(r.total).toEqual([-1 * MIO, -2 * MIO, -3 * MIO, -4 * MIO]);
    const all = efficiencyRequirement(budget, YEARS, { percent: 1, serviceOnly: false });
    expect(all.total).toEqual([-12 * MIO, -24 * MIO, -36 * MIO, -48 * MIO]);
  });

  it('budget-clean: kravet pr. udvalg er n % af generatorens serviceudgifter pr. udvalg og summerer til totalen', () => {
    const budget = readCleanBudgetCsv();
    const expected = readExpected<{ per_udvalg_service: Record<string, Record<string, number>> }>(
      'budget-clean.csv',
    );
    const r = efficiencyRequirement(budget, YEARS, { percent: 1 });
    expect(Object.keys(r.byCommittee).sort()).toEqual(Object.keys(expected.per_udvalg_service).sort());
    for (const [committee, perYear] of Object.entries(expected.per_udvalg_service)) {
      YEARS.forEach((year, i) => {
        const base = thousandsToKr(perYear[String(year)] ?? NaN);
        expect(r.byCommittee[committee]?.[i]).toBe(-Math.round((base * (i + 1)) / 100));
      });
    }
    YEARS.forEach((_, i) =>
      expect(r.total[i]).toBe(Object.values(r.byCommittee).reduce((a, row) => a + (row[i] ?? 0), 0)),
    );
  });

  it('advarer når et fritaget udvalg ikke findes i budgettet', () => {
    const budget = emptyBudget([line('Økonomiudvalget', [1, 1, 1, 1])]);
    const r = efficiencyRequirement(budget, YEARS, { percent: 1, exempt: ['Økonomiudvalg'] });
    expect(r.warnings.map((w) => w.code)).toEqual(['efficiency.unknown-exempt']);
  });
});
