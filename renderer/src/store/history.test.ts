import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canRedo, canUndo, nextRedo, nextUndo, record, redo, startHistory, undo } from './history.ts';

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
    for (let i = 1; i <= 10; i++) h = record(h, i, `trin ${i}`, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });
});

describe('fortryd og gentag siger, hvad de gør', () => {
  it('navnet følger trinnet frem og tilbage', () => {
    let h = record(startHistory('a'), 'b', 'import af 56 forslag');
    h = record(h, 'c', 'sletning af 2 forslag');
    expect(nextUndo(h)).toBe('sletning af 2 forslag');
    h = undo(h);
    expect(nextUndo(h)).toBe('import af 56 forslag');
    expect(nextRedo(h)).toBe('sletning af 2 forslag');
    h = undo(h);
    expect(nextUndo(h)).toBeNull();
    expect(nextRedo(h)).toBe('import af 56 forslag');
    h = redo(h);
    expect(h.present).toBe('b');
    expect(nextUndo(h)).toBe('import af 56 forslag');
    expect(nextRedo(h)).toBe('sletning af 2 forslag');
  });

  it('navnene passer til trinnene efter enhver blanding af ændringer, fortryd og gentag', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ny', 'fortryd', 'gentag'), { maxLength: 60 }), (ops) => {
        // Each state is named by the step that made it, so the names can be checked against the states.
        let h = startHistory('s0');
        let n = 0;
        for (const op of ops) {
          if (op === 'ny') h = record(h, `s${++n}`, `trin s${n}`, 10);
          else h = op === 'fortryd' ? undo(h) : redo(h);
          expect(h.done).toHaveLength(h.past.length);
          expect(h.undone).toHaveLength(h.future.length);
          if (canUndo(h)) expect(nextUndo(h)).toBe(`trin ${h.present}`);
          if (canRedo(h)) expect(nextRedo(h)).toBe(`trin ${h.future[0]}`);
        }
      }),
    );
  });
});
