/**
 * The row consumer remembers what the rows before said (each column's last text and its code reading, the last
 * line's account object, which labels are totals): a budget repeats a column's value row after row. Whatever the
 * rows before, each row must read as it reads alone: every line of an import equals the one line of an import of
 * its row by itself (key order included), and a row left out is left out for the same reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../workbook/index.ts';
import { isTotalsLabel } from './headers.ts';
import { importBudget, previewBudget } from './index.ts';
import { totalsText } from './row-labels.ts';

const HEADER = 'Udvalg;Område;Funktion;Dranst;Art;Omk.sted;Tekst;Budget 2026;Overslag 2027';

const rowArb: fc.Arbitrary<Row> = fc.record({
  committee: fc.constantFrom('Økonomiudvalget', 'Teknik- og Miljøudvalget', 'I alt', 'Udvalg'),
  area: fc.constantFrom('Administration', 'Veje', 'Total', ' Skoler ', 'I alt', 'Økonomiudvalget'),
  fn: fc.constantFrom(
    '3.22.01',
    '32201',
    '3.22.01.1',
    '5.57.72 Folkepension',
    '0.25.19',
    'x',
    '',
    'Funktion',
  ),
  dranst: fc.constantFrom('1', '2', 'Drift', '9', '', ' 1 '),
  art: fc.constantFrom('1.0', '4.5', '', 'løn'),
  costCentre: fc.constantFrom('200001', '', 'Sum for skolerne', '200001 '),
  text: fc.constantFrom(
    'Fast personale',
    'Vikarer i alt',
    'Samlet pulje',
    '',
    'Tekst',
    'Subtotal drift',
    'Veje',
    'I alt',
  ),
  amounts: fc.constantFrom(['17,5', '17,4'], ['', ''], ['-16', ''], ['abc', '1']),
});

/** Rows as a budget has them: runs of one row repeated (the texts the rows before said are the row's own). */
const rowsArb = fc
  .array(fc.tuple(rowArb, fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 25 })
  .map((runs) => runs.flatMap(([row, times]) => Array.from({ length: times }, () => row)));

interface Row {
  committee: string;
  area: string;
  fn: string;
  dranst: string;
  art: string;
  costCentre: string;
  text: string;
  amounts: readonly string[];
}

/** A line unlike any generated one, first in every sheet (so that rows left out still leave a budget). */
const ANCHOR: Row = {
  committee: 'Ankerudvalget',
  area: 'Anker',
  fn: '6.45.51',
  dranst: '3',
  art: '9.4',
  costCentre: '999999',
  text: 'Ankerlinje',
  amounts: ['1', '2'],
};

const csvRow = (r: Row): string =>
  [r.committee, r.area, r.fn, r.dranst, r.art, r.costCentre, r.text, ...r.amounts].join(';');

const csv = (rows: readonly Row[]): Uint8Array =>
  new TextEncoder().encode([HEADER, ...rows.map(csvRow)].join('\n'));

describe('rækkerne før ændrer ikke, hvordan en række læses', () => {
  it('hver linje er den samme som linjen af dens række alene', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, async (rows) => {
        const file = await openWorkbook(csv([ANCHOR, ...rows]), 'budget.csv');
        const { mapping } = await previewBudget(file);
        const all = await importBudget(file, { mapping });
        for (const [i, row] of rows.entries()) {
          // The row after the fixed line alone.
          const alone = await importBudget(await openWorkbook(csv([ANCHOR, row]), 'budget.csv'), {
            mapping,
          });
          const line = all.lines.find((l) => l.source.row === i + 3);
          const lineAlone = alone.lines.find((l) => l.source.row === 3);
          // JSON: the same fields in the same order, the row number aside.
          const shown = (l: typeof line) =>
            l === undefined ? 'ingen linje' : JSON.stringify({ ...l, source: undefined });
          expect(shown(line)).toBe(shown(lineAlone));
          const skipped = all.report.skippedRows.find((s) => s.row === i + 3)?.reason;
          expect(skipped).toBe(alone.report.skippedRows.find((s) => s.row === 3)?.reason);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('sumrækkernes etiketter', () => {
  const piece = fc.constantFrom(
    'i alt',
    'I ALT',
    'Total',
    'sum',
    'Samlet',
    'subtotal for',
    'ialt',
    'x',
    ' ',
    'ø',
    'alt',
  );
  it('husket = læst forfra, også anden gang', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 4 }).map((ps) => ps.join('')),
        (text) => {
          const uncached = text !== '' && isTotalsLabel(text);
          expect(totalsText(text)).toBe(uncached);
          expect(totalsText(text)).toBe(uncached);
        },
      ),
    );
  });
});
