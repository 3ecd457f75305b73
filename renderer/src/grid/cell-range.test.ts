import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeBlock } from './cell-range.ts';

const KEYS = [7, 3, 9, 1, 4];
const COLS = ['id', 'title', 'vej', 'amount:0', 'amount:1'];

describe('en blok af celler valgt med Shift', () => {
  it('dækker rækkerne og kolonnerne mellem hjørnerne i den viste rækkefølge, fra hvilket hjørne den end begyndte', () => {
    const down = rangeBlock(
      { anchor: { key: 3, colId: 'vej' }, end: { key: 1, colId: 'amount:1' } },
      KEYS,
      COLS,
    );
    const up = rangeBlock(
      { anchor: { key: 1, colId: 'amount:1' }, end: { key: 3, colId: 'vej' } },
      KEYS,
      COLS,
    );
    expect(down).toEqual({ keys: [3, 9, 1], colIds: ['vej', 'amount:0', 'amount:1'] });
    expect(up).toEqual(down);
  });

  it('én celle, eller et hjørne der ikke vises længere, er ingen blok', () => {
    expect(
      rangeBlock({ anchor: { key: 9, colId: 'vej' }, end: { key: 9, colId: 'vej' } }, KEYS, COLS),
    ).toBeNull();
    expect(
      rangeBlock({ anchor: { key: 9, colId: 'vej' }, end: { key: 42, colId: 'vej' } }, KEYS, COLS),
    ).toBeNull();
    expect(
      rangeBlock({ anchor: { key: 9, colId: 'skjult' }, end: { key: 1, colId: 'vej' } }, KEYS, COLS),
    ).toBeNull();
  });

  it('har altid (rækkeafstand + 1) × (kolonneafstand + 1) celler, sammenhængende i den viste rækkefølge', () => {
    const pos = fc.record({ r: fc.nat(KEYS.length - 1), c: fc.nat(COLS.length - 1) });
    fc.assert(
      fc.property(pos, pos, (a, b) => {
        const block = rangeBlock(
          {
            anchor: { key: KEYS[a.r] ?? 0, colId: COLS[a.c] ?? '' },
            end: { key: KEYS[b.r] ?? 0, colId: COLS[b.c] ?? '' },
          },
          KEYS,
          COLS,
        );
        if (a.r === b.r && a.c === b.c) {
          expect(block).toBeNull();
          return;
        }
        expect(block?.keys).toHaveLength(Math.abs(a.r - b.r) + 1);
        expect(block?.colIds).toHaveLength(Math.abs(a.c - b.c) + 1);
        const first = KEYS.indexOf(block?.keys[0] ?? -1);
        expect(block?.keys).toEqual(KEYS.slice(first, first + (block?.keys.length ?? 0)));
      }),
    );
  });
});
