import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../shared/model/index.ts';
import { blankProposal } from './proposal-fields.ts';
import type { Row } from './cell-edits.ts';
import { gridRowsOf } from './grid-rows.ts';

function row(key: number, over: Partial<Proposal>): Row {
  const proposal: Proposal = {
    ...blankProposal(`F-${key}`, 4),
    vej: 'stille',
    kategori: 'effektivisering',
    amounts: [-1, -1, -1, -1],
    ...over,
  };
  return { key, proposal };
}

describe('Forslag-gitterets rækker efter en redigering', () => {
  it('kun den redigerede række er ny; de andre er de samme rækker som før', () => {
    const rows = [row(1, {}), row(2, {}), row(3, {})];
    const before = gridRowsOf(rows, 'negativeIsSaving');
    const edited = rows.map((r) =>
      r.key === 2 ? { ...r, proposal: { ...r.proposal, title: 'Ny titel' } } : r,
    );
    const after = gridRowsOf(edited, 'negativeIsSaving');
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]?.proposal.title).toBe('Ny titel');
    expect(after[2]).toBe(before[2]);
  });

  it('en række hvis mærker ændres af en anden rækkes redigering vises med de nye mærker', () => {
    const rows = [row(1, { id: 'F-1' }), row(2, { id: 'F-2' })];
    const before = gridRowsOf(rows, 'negativeIsSaving');
    expect(before.map((r) => r.issues.length)).toEqual([0, 0]);
    // Row 2 takes row 1's number: now both carry the duplicate-number mark, row 1 without being edited.
    const edited = [rows[0] as Row, { key: 2, proposal: { ...(rows[1] as Row).proposal, id: 'F-1' } }];
    const after = gridRowsOf(edited, 'negativeIsSaving');
    expect(after.map((r) => r.issues.map((i) => i.code))).toEqual([['duplicateId'], ['duplicateId']]);
    expect(after[0]).not.toBe(before[0]);
  });

  it('samme forslag under en ny nøgle er en ny række', () => {
    const first = row(1, {});
    const [a] = gridRowsOf([first], 'negativeIsSaving');
    const [b] = gridRowsOf([{ key: 9, proposal: first.proposal }], 'negativeIsSaving');
    expect(b?.key).toBe(9);
    expect(b).not.toBe(a);
  });
});
