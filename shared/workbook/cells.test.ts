import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDecimal } from './cells.ts';

/** plainDecimal is Number for the texts it reads, bit for bit (-0 included); NaN hands the rest to Number. */
function agrees(text: string): boolean {
  const fast = plainDecimal(text);
  return Number.isNaN(fast) || Object.is(fast, Number(text));
}

describe('tal i celler læst uden Number', () => {
  it('giver præcis det samme tal som Number for decimaltal med op til 15 cifre', () => {
    const decimal = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^\d{1,15}$/),
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom('', '.', 'e'),
      )
      .map(([minus, digits, at, mark]) => {
        const cut = Math.min(at, digits.length);
        const body = mark === '' ? digits : digits.slice(0, cut) + mark + digits.slice(cut);
        return (minus ? '-' : '') + body;
      });
    fc.assert(
      fc.property(decimal, (text) => agrees(text)),
      { numRuns: 20_000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 18 }), (text) => agrees(text)));
  });

  it('læser de almindelige beløb selv, og overlader resten til Number', () => {
    expect(plainDecimal('17.5')).toBe(17.5);
    expect(plainDecimal('-1234.56')).toBe(-1234.56);
    expect(plainDecimal('0.1')).toBe(0.1);
    expect(plainDecimal('999999999999999')).toBe(999999999999999);
    expect(Object.is(plainDecimal('-0'), -0)).toBe(true);
    expect(plainDecimal('123456789.123456')).toBe(123456789.123456);
    for (const other of [
      '',
      '-',
      '.',
      '1.',
      '.5',
      '1e3',
      ' 1',
      '1 ',
      '+1',
      '1.2.3',
      '1234567890123456',
      '0x10',
    ])
      expect(plainDecimal(other)).toBeNaN();
  });
});
