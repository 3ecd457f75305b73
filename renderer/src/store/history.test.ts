import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canRedo, record, redo, startHistory, undo } from './history.ts';

describe('fortryd og gentag', () => {
  it('fortryd efter tre ændringer giver tilstanden før den sidste', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = record(h, 'd');
    expect(undo(h).present).toBe('c');
    expect(redo(undo(h)).present).toBe('d');
  });

  it('en ny ændring efter fortryd rydder gentag-listen', () => {
    let h = record(startHistory(1), 2);
    h = undo(h);
    expect(canRedo(h)).toBe(true);
    h = record(h, 3);
    expect(canRedo(h)).toBe(false);
    expect(h.present).toBe(3);
  });

  it('fortryd hele vejen tilbage og gentag hele vejen frem er identitet', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), (values) => {
        const start = { v: -1 };
        let h = startHistory(start);
        for (const v of values) h = record(h, { v });
        const end = h.present;
        for (let i = 0; i < values.length; i++) h = undo(h);
        expect(h.present).toBe(start);
        for (let i = 0; i < values.length; i++) h = redo(h);
        expect(h.present).toBe(end);
      }),
    );
  });

  it('historikken holder højst grænsen af trin', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });
});
