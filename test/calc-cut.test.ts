import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acrossTheBoardCut, computeBreakdown, largestRemainder } from '../shared/calc/index.ts';
import { thousandsToKr } from '../shared/model/money.ts';
import { emptyBudget, line, proposal, readCleanBudgetCsv, readExpected, YEARS } from './calc-fixtures.ts';

const COMMITTEES = [
  'Børne- og Ungeudvalget',
  'Social- og Sundhedsudvalget',
  'Økonomiudvalget',
  'Kultur- og Fritidsudvalget',
];

describe('den direkte vej (grønthøster)', () => {
  it('delene summer præcist til totalen, i hele 1.000 kr., og fritagne udvalg får intet', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            committee: fc.constantFrom(...COMMITTEES),
            amounts: fc.array(fc.integer({ min: -1e8, max: 1e10 }), { minLength: 4, maxLength: 4 }),
            isService: fc.boolean(),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        fc.array(fc.integer({ min: -500_000, max: 0 }), { minLength: 4, maxLength: 4 }),
        fc.subarray(COMMITTEES),
        fc.boolean(),
        (lines, totalThousands, exempt, serviceOnly) => {
          const budget = emptyBudget(lines.map((l) => line(l.committee, l.amounts, l.isService)));
          const total = totalThousands.map((t) => t * 1000);
          const cut = acrossTheBoardCut(budget, { total, exempt, serviceOnly });
          const participants = Object.keys(cut.byCommittee);
          for (const name of exempt) expect(participants).not.toContain(name);
          YEARS.forEach((_, i) => {
            const parts = participants.map((c) => cut.byCommittee[c]?.[i] ?? 0);
            if (participants.length > 0) expect(parts.reduce((a, b) => a + b, 0)).toBe(total[i]);
            for (const part of parts) expect(Math.abs(part % 1000)).toBe(0);
          });
          // the proposals carry the same distribution
          expect(computeBreakdown(cut.proposals, 4).total).toEqual(
            participants.length > 0 ? total : [0, 0, 0, 0],
          );
          for (const p of cut.proposals) {
            expect(p.vej).toBe('direkte');
            expect(p.kategori).toBe('servicereduktion');
            expect(exempt).not.toContain(p.committee);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('fordeler forholdsmæssigt efter servicebudgettet (afvigelse under 1.000 kr. pr. udvalg)', () => {
    const budget = readCleanBudgetCsv();
    const expected = readExpected<{ per_udvalg_service: Record<string, Record<string, number>> }>(
      'budget-clean.csv',
    );
    const total = [-10_000_000, -20_000_000, -30_000_000, -40_000_000];
    const cut = acrossTheBoardCut(budget, { total, exempt: ['Økonomiudvalget'] });
    const bases = Object.entries(expected.per_udvalg_service).filter(([c]) => c !== 'Økonomiudvalget');
    YEARS.forEach((year, i) => {
      const sum = bases.reduce((a, [, v]) => a + thousandsToKr(v[String(year)] ?? 0), 0);
      for (const [committee, perYear] of bases) {
        const exact = ((total[i] ?? 0) * thousandsToKr(perYear[String(year)] ?? 0)) / sum;
        expect(Math.abs((cut.byCommittee[committee]?.[i] ?? NaN) - exact)).toBeLessThan(1000);
      }
    });
    expect(cut.byCommittee['Økonomiudvalget']).toBeUndefined();
    expect(cut.proposals).toHaveLength(bases.length);
  });

  it('advarer når et udvalg allerede har egne forslag eller er fritaget', () => {
    const budget = emptyBudget([
      line('A-udvalget', [1e9, 1e9, 1e9, 1e9]),
      line('B-udvalget', [1e9, 1e9, 1e9, 1e9]),
    ]);
    const cut = acrossTheBoardCut(budget, {
      total: [-2_000_000, 0, 0, 0],
      exempt: ['B-udvalget'],
      existingProposals: [proposal({ id: 'GH-01', committee: 'A-udvalget', amounts: [0, 0, 0, 0] })],
    });
    expect(cut.warnings.map((w) => w.code).sort()).toEqual([
      'cut.committee-exempt',
      'cut.committee-has-proposals',
    ]);
    expect(cut.byCommittee['A-udvalget']).toEqual([-2_000_000, 0, 0, 0]);
    // ids stay unique within the project
    expect(cut.proposals.map((p) => p.id)).toEqual(['GH-02']);
  });

  it('største rest: eksempler regnet i hånden', () => {
    // 10 units over 1:1:1 → 4, 3, 3 (ties to the first)
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(-10, [1, 1, 1])).toEqual([-4, -3, -3]);
    // quotas 5,71 / 2,86 / 1,43 → 6, 3, 1
    expect(largestRemainder(10, [4, 2, 1])).toEqual([6, 3, 1]);
    expect(largestRemainder(7, [0, 5, 0])).toEqual([0, 7, 0]);
  });
});
