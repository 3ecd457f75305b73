import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromYearRecord, thousandsToKr, toYearRecord } from './money.ts';

describe('beløb', () => {
  it('1.234,5 i 1.000 kr. er 1.234.500 kr.', () => {
    expect(thousandsToKr(1234.5)).toBe(1_234_500);
    expect(thousandsToKr(-0.1)).toBe(-100);
  });

  it('år-objekt frem og tilbage er identitet', () => {
    const years = [2026, 2027, 2028, 2029];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 4, maxLength: 4 }),
        (amounts) => {
          expect(fromYearRecord(years, toYearRecord(years, amounts))).toEqual(amounts);
        },
      ),
    );
  });
});
