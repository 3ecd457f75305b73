import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertPrices, investmentEffect, PriceIndexError } from '../shared/calc/index.ts';
import type { PriceIndexRow } from '../shared/model/project.ts';

const MIO = 1_000_000;

describe('den tværgående vej (investeringer)', () => {
  it('nettoeffekt, akkumuleret effekt og tilbagebetalingsår', () => {
    // invest 5 mio. in 2026, save 2, 3, 3 mio. → cumulative 5, 3, 0, −3 → pays back in 2029
    const r = investmentEffect(
      { amounts: [5 * MIO, -2 * MIO, -3 * MIO, -3 * MIO], permanence: 'permanent' },
      [2026, 2027, 2028, 2029],
    );
    expect(r.net).toEqual([5 * MIO, -2 * MIO, -3 * MIO, -3 * MIO]);
    expect(r.cumulative).toEqual([5 * MIO, 3 * MIO, 0, -3 * MIO]);
    expect(r.paybackYear).toBe(2029);
    expect(r.annualAfterPlan).toBe(-3 * MIO);
    expect(r.paybackYearWithContinuation).toBe(2029);
  });

  it('uden tilbagebetaling i planen: sidste år fortsætter efter planen', () => {
    // cumulative after the plan: 10 − 1 − 1 − 1 = 7 mio.; −1 mio. a year more → < 0 in 2029 + 8 = 2037
    const r = investmentEffect(
      { amounts: [10 * MIO, -MIO, -MIO, -MIO], permanence: 'permanent' },
      [2026, 2027, 2028, 2029],
    );
    expect(r.paybackYear).toBeNull();
    expect(r.paybackYearWithContinuation).toBe(2037);
    const oneOff = investmentEffect(
      { amounts: [10 * MIO, -MIO, -MIO, -MIO], permanence: 'oneOff' },
      [2026, 2027, 2028, 2029],
    );
    expect(oneOff.annualAfterPlan).toBe(0);
    expect(oneOff.paybackYearWithContinuation).toBeNull();
  });
});

describe('pris- og lønniveau', () => {
  const index: PriceIndexRow[] = [
    { year: 2024, prices: 95.1, wages: 93.8 },
    { year: 2025, prices: 97.6, wages: 96.9 },
    { year: 2026, prices: 100, wages: 100 },
  ];

  it('omregner til prisåret med pris- eller lønindeks', () => {
    expect(convertPrices([976_000], 2025, 2026, index, 'prices')).toEqual([1_000_000]);
    expect(convertPrices([969_000], 2025, 2026, index, 'wages')).toEqual([1_000_000]);
    expect(convertPrices([-969_000], 2025, 2026, index, 'wages')).toEqual([-1_000_000]);
  });

  it('frem og tilbage er identitet inden for afrundingen', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 6 }),
        fc.double({ min: 50, max: 200, noNaN: true }),
        fc.double({ min: 50, max: 200, noNaN: true }),
        fc.constantFrom('prices' as const, 'wages' as const),
        (amounts, a, b, kind) => {
          // prices and wages deliberately differ, so using the wrong column would show
          const table: PriceIndexRow[] = [
            { year: 2020, prices: a, wages: b },
            { year: 2026, prices: b, wages: a },
          ];
          const [from, to] = kind === 'prices' ? [a, b] : [b, a];
          const there = convertPrices(amounts, 2020, 2026, table, kind);
          amounts.forEach((x, i) =>
            expect(Math.abs((there[i] ?? NaN) - (x * to) / from)).toBeLessThanOrEqual(0.55),
          );
          const back = convertPrices(there, 2026, 2020, table, kind);
          // each rounding moves at most ½ krone; the first one is scaled by from/to on the way back
          // (plus a little floating-point slack on amounts up to 10^12 kr.)
          amounts.forEach((x, i) =>
            expect(Math.abs((back[i] ?? NaN) - x)).toBeLessThanOrEqual(0.55 + (0.5 * from) / to),
          );
        },
      ),
    );
  });

  it('et manglende år i indekset giver en dansk fejl', () => {
    expect(() => convertPrices([1], 2023, 2026, index, 'prices')).toThrow(PriceIndexError);
    expect(() => convertPrices([1], 2023, 2026, index, 'prices')).toThrow(/2023/);
  });
});
