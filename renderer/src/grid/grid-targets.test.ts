import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clearTargets,
  copyTargets,
  fillTargets,
  pasteTargets,
  rowTargets,
  type GridSelection,
} from './grid-targets.ts';

// Rows as displayed (sorted: the keys are not in order) and the displayed columns.
const KEYS = [7, 3, 9, 1, 4];
const FIELDS = ['id', 'title', 'vej', 'amount:0', 'amount:1'].map((id) => ({ id }));
const ids = (fields: readonly { id: string }[]): string[] => fields.map((f) => f.id);

function at(
  key: number,
  colId: string,
  more: Partial<GridSelection<{ id: string }>> = {},
): GridSelection<{ id: string }> {
  return { keys: KEYS, fields: FIELDS, focus: { key, colId }, range: null, selected: new Set(), ...more };
}

const block = (a: [number, string], b: [number, string]) => ({
  range: { anchor: { key: a[0], colId: a[1] }, end: { key: b[0], colId: b[1] } },
});

describe('indsæt rammer som i Excel', () => {
  it('én værdi fylder hele den valgte blok', () => {
    const t = pasteTargets(at(1, 'amount:1', block([3, 'vej'], [1, 'amount:1'])), [['5']]);
    expect(t?.keys).toEqual([3, 9, 1]);
    expect(ids(t?.fields ?? [])).toEqual(['vej', 'amount:0', 'amount:1']);
    expect(t?.cells).toEqual([
      ['5', '5', '5'],
      ['5', '5', '5'],
      ['5', '5', '5'],
    ]);
  });

  it('én værdi fylder den fokuserede kolonne i de markerede rækker, oppefra', () => {
    const t = pasteTargets(at(9, 'vej', { selected: new Set([4, 3]) }), [['stille']]);
    expect(t?.keys).toEqual([3, 4]);
    expect(ids(t?.fields ?? []).slice(0, 1)).toEqual(['vej']);
    expect(t?.cells).toEqual([['stille'], ['stille']]);
  });

  it('en blok sættes ind fra den valgte bloks øverste venstre celle, og må løbe forbi sidste række', () => {
    const t = pasteTargets(at(1, 'vej', block([1, 'amount:0'], [9, 'vej'])), [
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
      ['7', '8'],
    ]);
    expect(t?.keys).toEqual([9, 1, 4]);
    expect(ids(t?.fields ?? [])).toEqual(['vej', 'amount:0', 'amount:1']);
    expect(t?.cells).toHaveLength(4);
  });

  it('uden blok sættes en blok ind fra den fokuserede celle og ned', () => {
    const t = pasteTargets(at(9, 'amount:0'), [
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(t?.keys).toEqual([9, 1, 4]);
    expect(ids(t?.fields ?? [])).toEqual(['amount:0', 'amount:1']);
  });

  it('uden fokuseret celle eller uden tekst rammes intet', () => {
    expect(pasteTargets({ ...at(9, 'vej'), focus: null }, [['1']])).toBeNull();
    expect(pasteTargets(at(9, 'vej'), [])).toBeNull();
    expect(pasteTargets(at(9, 'skjult'), [['1']])).toBeNull();
  });

  it('en blok fra den fokuserede celle rammer altid rækkerne derfra og ned og kolonnerne derfra og til højre', () => {
    fc.assert(
      fc.property(
        fc.nat(KEYS.length - 1),
        fc.nat(FIELDS.length - 1),
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
        (r, c, cells) => {
          const t = pasteTargets(at(KEYS[r] ?? 0, FIELDS[c]?.id ?? ''), cells);
          expect(t?.keys).toEqual(KEYS.slice(r));
          expect(ids(t?.fields ?? [])).toEqual(ids(FIELDS.slice(c)));
          expect(t?.cells).toBe(cells);
        },
      ),
    );
  });
});

describe('Ctrl+D fylder nedad', () => {
  it('en valgt blok: dens øverste række ned i resten', () => {
    const t = fillTargets(at(4, 'vej', block([9, 'title'], [4, 'vej'])));
    expect(t?.keys).toEqual([9, 1, 4]);
    expect(ids(t?.fields ?? [])).toEqual(['title', 'vej']);
  });

  it('flere markerede rækker: den øverste fylder de andre i den fokuserede kolonne', () => {
    const t = fillTargets(at(4, 'amount:0', { selected: new Set([4, 7, 1]) }));
    expect(t?.keys).toEqual([7, 1, 4]);
    expect(ids(t?.fields ?? [])).toEqual(['amount:0']);
  });

  it('én celle tager værdien ovenfor; i øverste række sker intet', () => {
    expect(fillTargets(at(1, 'vej'))?.keys).toEqual([9, 1]);
    expect(fillTargets(at(7, 'vej'))).toBeNull();
  });
});

describe('Delete tømmer', () => {
  it('den valgte blok', () => {
    const t = clearTargets(at(7, 'id', block([7, 'id'], [3, 'title'])));
    expect(t?.keys).toEqual([7, 3]);
    expect(ids(t?.fields ?? [])).toEqual(['id', 'title']);
  });

  it('den fokuserede kolonne i de markerede rækker, ellers den fokuserede celle', () => {
    expect(clearTargets(at(1, 'vej', { selected: new Set([1, 7]) }))?.keys).toEqual([7, 1]);
    expect(clearTargets(at(1, 'vej', { selected: new Set([1]) }))).toEqual({
      keys: [1],
      fields: [{ id: 'vej' }],
    });
    expect(clearTargets({ ...at(1, 'vej'), focus: null })).toBeNull();
  });
});

describe('Ctrl+C kopierer', () => {
  it('den valgte blok, de markerede rækker med alle viste kolonner, eller den fokuserede celle', () => {
    expect(copyTargets(at(7, 'id', block([7, 'id'], [3, 'title'])))?.keys).toEqual([7, 3]);
    const rowsCopied = copyTargets(at(7, 'id', { selected: new Set([4, 9]) }));
    expect(rowsCopied?.keys).toEqual([9, 4]);
    expect(ids(rowsCopied?.fields ?? [])).toEqual(ids(FIELDS));
    expect(copyTargets(at(4, 'amount:1'))).toEqual({ keys: [4], fields: [{ id: 'amount:1' }] });
    expect(copyTargets({ ...at(4, 'vej'), focus: null })).toBeNull();
  });
});

describe('dupliker og slet', () => {
  it('rammer de markerede rækker oppefra, ellers forslaget i detaljepanelet', () => {
    expect(rowTargets(at(7, 'id', { selected: new Set([4, 3]) }), 9)).toEqual([3, 4]);
    expect(rowTargets(at(7, 'id'), 9)).toEqual([9]);
  });
});
