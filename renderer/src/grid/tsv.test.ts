import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTsv, parseTsv } from './tsv.ts';

describe('TSV fra Excel', () => {
  it('læser tre rækker med CRLF og ignorerer det sidste linjeskift', () => {
    expect(parseTsv('a\t1.234,5\r\nb\t-500\r\nc\t(500)\r\n')).toEqual([
      ['a', '1.234,5'],
      ['b', '-500'],
      ['c', '(500)'],
    ]);
  });

  it('læser celler i anførselstegn med tabulator, linjeskift og dobbelte anførselstegn', () => {
    expect(parseTsv('"Linje 1\r\nLinje 2"\t"Sagt ""nej"""\t"a\tb"\r\n')).toEqual([
      ['Linje 1\r\nLinje 2', 'Sagt "nej"', 'a\tb'],
    ]);
  });

  it('bevarer tomme celler midt i og sidst i en række', () => {
    expect(parseTsv('a\t\tc\t\r\n')).toEqual([['a', '', 'c', '']]);
  });

  it('tager tekst med løse anførselstegn bogstaveligt', () => {
    expect(parseTsv('"5" tommer\tx')).toEqual([['"5" tommer', 'x']]);
  });

  it('skriv og læs igen giver de samme celler', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Æ', ' ', '\t', '\r\n', '\n', '"', '1', ',', '.') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (rows) => {
          // A row that is one empty cell is indistinguishable from a blank line in Excel's format too.
          const meaningful = rows.filter((r) => !(r.length === 1 && r[0] === ''));
          expect(parseTsv(formatTsv(meaningful))).toEqual(meaningful);
        },
      ),
    );
  });
});
