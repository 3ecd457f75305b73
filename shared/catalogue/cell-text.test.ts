import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterLibreOffice,
  CELL_TEXT_MAX,
  escapeCellText,
  splitCellText,
  unescapeCellText,
} from './cell-text.ts';

/** Texts full of `_xHHHH_` look-alikes, the pieces Excel and LibreOffice decode. */
const tricky = fc
  .array(
    fc.constantFrom('_', 'x', '0', '0', '5', 'F', 'f', 'D', 'A', '_x', '000D_', '005F_', 'a', ' ', '\n'),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

describe('tekst i en celle', () => {
  it('en bogstavelig _xHHHH_ skrives, så den læses som den samme tekst', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), (text) => {
        expect(unescapeCellText(escapeCellText(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
    expect(escapeCellText('A_x000D_B')).toBe('A_x005F_x000D_B');
    expect(unescapeCellText('A_x000D_B')).toBe('A\rB');
  });

  it('en lang tekst deles i dele, der hver kan stå i en celle og samlet giver teksten igen', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.integer({ min: 2, max: 40 }),
        (text, max) => {
          const parts = splitCellText(text, max);
          expect(parts.join('')).toBe(text);
          for (const part of parts) expect(part.length).toBeLessThanOrEqual(max);
          // never between the halves of a surrogate pair
          for (const part of parts.slice(0, -1)) {
            const last = part.charCodeAt(part.length - 1);
            const next = text.charCodeAt(part.length);
            expect(last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff).toBe(false);
          }
        },
      ),
      { numRuns: 1000 },
    );
    const long = 'Ord '.repeat(20_000);
    const parts = splitCellText(long);
    expect(parts.length).toBe(3);
    expect(parts.every((p) => p.length <= CELL_TEXT_MAX && p.endsWith(' '))).toBe(true);
  });

  it('LibreOffice gemmer en bogstavelig _x005F_xHHHH_ uden at beskytte den (set i LibreOffice 7 og 24)', () => {
    expect(afterLibreOffice('esc _x005F_x000D_ esc')).toBe('esc _x000D_ esc');
    expect(afterLibreOffice('a _x005f_x0041_ b')).toBe('a _x0041_ b');
    // what it does protect comes back as written
    for (const text of ['a _x000D_ b', 'a _x005F_ b', 'a _x00e6_ b', 'almindelig tekst'])
      expect(afterLibreOffice(text)).toBe(text);
  });
});
