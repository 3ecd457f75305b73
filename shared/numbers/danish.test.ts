import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAmount, formatDanish, formatThousands, parseDanishNumber } from './danish.ts';

describe('parseDanishNumber læser tal, som de står i danske regneark', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['-2.500', -2500],
    ['(1.234)', -1234],
    ['(852,3)', -852.3],
    ['  750 ', 750],
    ['  2.717,9 ', 2717.9],
    ['-', 0],
    ['1.234 kr.', 1234],
    ['1.234 kr', 1234],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234\u2009567', 1234567],
    ['\u00a0-12,5\u00a0', -12.5],
    ['−1.234,5', -1234.5],
    ['–5', -5],
    ['1234,5', 1234.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1234.5', 1234.5],
    ['0.25', 0.25],
    ['0.250', 0.25],
    [',5', 0.5],
    ['+7', 7],
    ['1.234-', -1234],
    ['0', 0],
    ['-0', 0],
  ])('%j → %d', (text, expected) => {
    expect(parseDanishNumber(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'abc',
    '3.22.01',
    '1.0.0',
    '12.34.5',
    '1,234,5',
    'Ja',
    '2026a',
    '--5',
    '-(5)',
    '(5',
    'NaN',
    'Infinity',
    '1e5',
    '5%',
    '#DIV/0!',
    'kr.',
  ])('%j er ikke et tal', (text) => {
    expect(parseDanishNumber(text)).toBeNull();
  });

  it('giver aldrig NaN, uanset input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const value = parseDanishNumber(text);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
    );
  });

  it('tekst uden cifre bliver aldrig til et tal (heller ikke 0), undtagen et enligt minus', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        fc.pre(!/\d/.test(text));
        const value = parseDanishNumber(text);
        if (value !== null)
          expect(['-', '–', '—', '−']).toContain(
            text.replace(/[\s\u00a0\u2009\u202f]/g, '').replace(/kr\.?$|dkk$/i, ''),
          );
      }),
    );
  });
});

describe('formatDanish', () => {
  it.each([
    [1234567, 0, '1.234.567'],
    [-1234.5, 1, '-1.234,5'],
    [0, 0, '0'],
    [-0.04, 1, '0,0'],
    [999.95, 1, '1.000,0'],
    [1.005, 2, '1,01'],
    [-2500, 0, '-2.500'],
    [12, 2, '12,00'],
  ])('%d med %d decimaler → %j', (value, decimals, text) => {
    expect(formatDanish(value, decimals)).toBe(text);
  });

  it('heltal: formatér → læs er identitet', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(parseDanishNumber(formatDanish(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('tal med decimaler: formatér → læs giver det afrundede tal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 1, max: 3 }),
        (scaled, decimals) => {
          const value = scaled / 10 ** decimals;
          const parsed = parseDanishNumber(formatDanish(value, decimals));
          expect(parsed).not.toBeNull();
          expect(Math.round((parsed ?? NaN) * 10 ** decimals)).toBe(scaled === 0 ? 0 : scaled);
        },
      ),
    );
  });

  it('et tal forskelligt fra 0 bliver ikke til "0" med nok decimaler', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        fc.pre(n !== 0);
        expect(parseDanishNumber(formatDanish(n / 10, 1))).not.toBe(0);
      }),
    );
  });
});

describe('formatThousands', () => {
  it('viser hele kroner i 1.000 kr.', () => {
    expect(formatThousands(1_234_500, 1)).toBe('1.234,5');
    expect(formatThousands(1_234_500)).toBe('1.235');
    expect(formatThousands(-1_234_500)).toBe('-1.235');
    expect(formatThousands(-499)).toBe('0');
    expect(formatThousands(100, 1)).toBe('0,1');
    expect(formatThousands(3_220_674_100, 1)).toBe('3.220.674,1');
  });

  it('er eksakt: læs(formatThousands(kr, 3)) * 1000 = kr', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (kr) => {
        const parsed = parseDanishNumber(formatThousands(kr, 3));
        expect(Math.round((parsed ?? NaN) * 1000)).toBe(kr === 0 ? 0 : kr);
      }),
    );
  });
});

describe('formatAmount: beløb i 1.000 kr. på skærmen', () => {
  it('har altid én decimal, så cifrene i en kolonne står under hinanden', () => {
    expect(formatAmount(2_372_000)).toBe('2.372,0');
    expect(formatAmount(-3_943_400)).toBe('-3.943,4');
    expect(formatAmount(-27_285_078)).toBe('-27.285,1');
    expect(formatAmount(0)).toBe('0,0');
    expect(formatAmount(-40)).toBe('0,0');
  });

  it('viser tallet afrundet til hele hundrede kroner, og teksten læses igen som det', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (kr) => {
        const text = formatAmount(kr);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*,\d$/);
        expect(Math.abs(Math.round((parseDanishNumber(text) ?? NaN) * 1000) - kr)).toBeLessThanOrEqual(50);
      }),
    );
  });
});
