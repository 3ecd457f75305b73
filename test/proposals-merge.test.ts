import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankProposal, type Proposal } from '../shared/model/proposal.ts';
import {
  baseId,
  importProposals,
  mergeProposals,
  sameSubmission,
  type DuplicatePolicy,
} from '../shared/proposals/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { readFixture } from './helpers/fixtures.ts';

const YEARS = [2026, 2027, 2028, 2029];

function proposal(id: string, title: string, amount: number): Proposal {
  return blankProposal(id, 4, {
    title,
    committee: 'Økonomiudvalget',
    vej: 'stille',
    kategori: 'effektivisering',
    amounts: [amount, amount, amount, amount],
    source: { file: 'a.xlsx', sheet: 'Ark1', row: 2 },
  });
}

const arbProposal = fc
  .tuple(fc.constantFrom('BU-01', 'BU-02', 'SS-01'), fc.constantFrom('A', 'B'), fc.constantFrom(-1000, -2000))
  .map(([id, title, amount]) => proposal(id, title, amount));

describe('sammenfletning af forslag', () => {
  it('samme indhold fra en anden kilde, med projektets egen status, er det samme forslag', () => {
    const a = proposal('BU-01', 'A', -1000);
    const b = { ...a, status: 'prioriteret' as const, source: { file: 'b.xlsx', sheet: 'X', row: 9 } };
    expect(sameSubmission(a, b)).toBe(true);
    expect(sameSubmission({ ...a, amounts: [0, 0, 0, 0] }, { ...a, amounts: [-0, 0, 0, 0] })).toBe(true);
    expect(sameSubmission(a, { ...a, title: 'Ny titel' })).toBe(false);
    expect(sameSubmission(a, { ...a, fte: [0, 0, 0, -0.1] })).toBe(false);
  });

  it('et forslag uden kendt opdeling i udgifter og indtægter er det samme som ét med, når nettobeløbet er ens', () => {
    const a = proposal('BU-01', 'A', -1000);
    const split = { ...a, income: [-300, -300, -300, -300] };
    expect(sameSubmission(a, split)).toBe(true);
    expect(sameSubmission(split, a)).toBe(true);
    expect(sameSubmission(split, { ...a, income: [-400, -300, -300, -300] })).toBe(false);
    expect(sameSubmission(a, { ...split, amounts: [-900, -1000, -1000, -1000] })).toBe(false);
  });

  it('samme skemaer indlæst igen i et projekt uden indtægter: ingen dubletter, indtægterne udfyldes', async () => {
    const name = 'proposal-forms.xlsx';
    const bytes = readFixture(name);
    const read = async (existing: Proposal[]): ReturnType<typeof importProposals> =>
      importProposals([{ file: await openWorkbook(bytes, name), name }], { years: YEARS, existing });
    const first = await read([]);
    // As a project saved before proposals carried their income part opens: zeros, the net amounts as they were.
    const old = first.proposals.map((p) => ({ ...p, status: 'prioriteret' as const, income: [0, 0, 0, 0] }));
    const again = await read(old);
    expect(again.added).toBe(0);
    expect(again.identical).toBe(old.length);
    expect(again.proposals.map((p) => [p.id, p.status, p.amounts, p.income])).toEqual(
      first.proposals.map((p) => [p.id, 'prioriteret', p.amounts, p.income]),
    );
    const filled = first.proposals.filter((p) => p.income.some((a) => a !== 0)).length;
    expect(filled).toBeGreaterThan(0);
    expect(again.problems.filter((p) => p.code === 'proposal_income_added')).toHaveLength(filled);
  });

  it('mister aldrig et forslag og giver altid entydige numre (egenskab)', () => {
    fc.assert(
      fc.property(
        fc.array(arbProposal, { maxLength: 6 }),
        fc.array(arbProposal, { maxLength: 8 }),
        fc.constantFrom<DuplicatePolicy>('rename', 'skip', 'replace'),
        (existingRaw, incoming, policy) => {
          // A valid project has unique ids.
          const existing = existingRaw.filter((p, i) => existingRaw.findIndex((q) => q.id === p.id) === i);
          const result = mergeProposals(
            existing,
            incoming.map((proposal) => ({ proposal })),
            policy,
          );
          const ids = result.proposals.map((p) => p.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const p of existing) expect(ids).toContain(p.id);
          expect(result.proposals.length).toBe(existing.length + result.added);
          expect(result.added + result.skipped + result.replaced + result.identical).toBe(incoming.length);
          // Every incoming proposal is findable in the result, unless it was skipped or replaced later.
          if (policy === 'rename') {
            for (const p of incoming) {
              expect(result.proposals.some((q) => baseId(q.id) === p.id && sameSubmission(p, q))).toBe(true);
            }
          }
          // Merging the result into itself changes nothing.
          const again = mergeProposals(
            result.proposals,
            result.proposals.map((proposal) => ({ proposal })),
            policy,
          );
          expect(again.proposals).toEqual(result.proposals);
          expect(again.identical).toBe(result.proposals.length);
        },
      ),
    );
  });
});
