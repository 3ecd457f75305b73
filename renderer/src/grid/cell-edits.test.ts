import { describe, expect, it } from 'vitest';
import { copyBlock, fillDown, pasteBlock, writeCells, type Row } from './cell-edits.ts';
import { blankProposal, proposalFields } from './proposal-fields.ts';
import { parseTsv } from './tsv.ts';

const YEARS = [2026, 2027, 2028, 2029];
const fields = proposalFields(YEARS);
const field = (id: string) => {
  const f = fields.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};

function rows(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({ key: i + 1, proposal: blankProposal(`F-${i + 1}`, 4) }));
}

let nextKey = 100;
const makeRow = (_: number, existing: readonly Row[]): Row => ({
  key: nextKey++,
  proposal: blankProposal(`NY-${existing.length + 1}`, 4),
});

describe('indsæt fra Excel', () => {
  it('tre rækker med titel, vej, kategori og fire beløb lander fra den fokuserede celle', () => {
    const tsv =
      'Færre vikarer\tDen stille vej\tEffektivisering\t-1.234,5\t(500)\t-500\t−250\r\n' +
      '"Lukning af ""Solsikken"""\tsmalle\tOpgavebortfald\t-2.000\t-2.000\t-2.000\t-2.000\r\n' +
      'Digital post\ttværgående\tservicereduktion\t-100\t-100\t-100\t-100\r\n';
    const start = rows(2);
    const order = ['title', 'vej', 'kategori', 'amount:0', 'amount:1', 'amount:2', 'amount:3'].map(field);
    const result = pasteBlock(start, [1, 2], order, parseTsv(tsv), makeRow);
    expect(result.added).toBe(1);
    expect(result.rejected).toEqual([]);
    const [a, b, c] = result.rows.map((r) => r.proposal);
    expect(a?.title).toBe('Færre vikarer');
    expect(a?.vej).toBe('stille');
    expect(a?.amounts).toEqual([-1_234_500, -500_000, -500_000, -250_000]);
    expect(b?.title).toBe('Lukning af "Solsikken"');
    expect(b?.vej).toBe('smalle');
    expect(b?.kategori).toBe('opgavebortfald');
    expect(c?.vej).toBe('tvaergaaende');
    expect(c?.kategori).toBe('servicereduktion');
    expect(c?.amounts).toEqual([-100_000, -100_000, -100_000, -100_000]);
  });

  it('ulæselig tekst i en beløbscelle meldes og ændrer ikke cellen', () => {
    const start = rows(1);
    const result = pasteBlock(start, [1], [field('amount:0')], [['mange penge']], makeRow);
    expect(result.rejected).toEqual([{ key: 1, field: 'amount:0', text: 'mange penge' }]);
    expect(result.rows[0]?.proposal.amounts[0]).toBe(0);
  });

  it('kolonner ud over den sidste kasseres', () => {
    const result = pasteBlock(rows(1), [1], [field('catalogue')], [['A', 'B', 'C']], makeRow);
    expect(result.rows[0]?.proposal.catalogue).toBe('A');
  });
});

describe('kopiér, udfyld og ryd', () => {
  it('kopiér og indsæt giver de samme værdier', () => {
    const start = writeCells(rows(2), [
      { key: 1, field: field('amount:0'), text: '-1.234,5' },
      { key: 1, field: field('vej'), text: 'brede' },
    ]).rows;
    const copied = copyBlock(start, [1], [field('vej'), field('amount:0')]);
    expect(copied).toEqual([['Den brede vej', '-1.234,5']]);
    const pasted = pasteBlock(start, [2], [field('vej'), field('amount:0')], copied, makeRow);
    expect(pasted.rows[1]?.proposal.vej).toBe('brede');
    expect(pasted.rows[1]?.proposal.amounts[0]).toBe(-1_234_500);
  });

  it('Ctrl+D kopierer den øverste celle ned i de valgte rækker', () => {
    const start = writeCells(rows(3), [{ key: 1, field: field('kategori'), text: 'Effektivisering' }]).rows;
    const filled = fillDown(start, [1, 2, 3], [field('kategori')]);
    expect(filled.rows.map((r) => r.proposal.kategori)).toEqual([
      'effektivisering',
      'effektivisering',
      'effektivisering',
    ]);
  });

  it('Delete rydder vej og kategori, men status går tilbage til forslag', () => {
    const start = writeCells(rows(1), [
      { key: 1, field: field('vej'), text: 'direkte' },
      { key: 1, field: field('status'), text: 'Prioriteret' },
    ]).rows;
    const cleared = writeCells(start, [
      { key: 1, field: field('vej'), text: '' },
      { key: 1, field: field('status'), text: '' },
    ]).rows;
    expect(cleared[0]?.proposal.vej).toBeNull();
    expect(cleared[0]?.proposal.status).toBe('forslag');
  });
});
