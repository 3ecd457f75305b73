import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankProposal } from '../model/proposal.ts';
import { arbState, arbStatePair, YEARS } from '../../test/helpers/season.ts';
import { applyDiff, diffStates, isEmptyDiff } from './diff.ts';

const n = YEARS.length;

describe('sammenligning af to versioner', () => {
  it('en sammenligning anvendt på "fra" giver "til" (genererede versioner)', () => {
    fc.assert(
      fc.property(arbStatePair, ([from, to]) => {
        const diff = diffStates(from, to, { yearCount: n });
        expect(applyDiff(from, diff)).toEqual({ proposals: to.proposals, targets: to.targets });
      }),
      { numRuns: 300 },
    );
  });

  it('en version sammenlignet med sig selv (eller en kopi) er tom, og forskellen i totaler er 0', () => {
    fc.assert(
      fc.property(arbState, (state) => {
        const copy = JSON.parse(JSON.stringify(state)) as typeof state;
        for (const other of [state, copy]) {
          const diff = diffStates(state, other, { yearCount: n });
          expect(isEmptyDiff(diff)).toBe(true);
          expect(diff.totals.total.difference).toEqual([0, 0, 0, 0]);
          for (const d of Object.values(diff.totals.byCommittee)) expect(d.difference).toEqual([0, 0, 0, 0]);
        }
      }),
    );
  });

  it('totalernes forskel er summen af de tilføjede, fjernede og ændrede forslags beløb', () => {
    fc.assert(
      fc.property(arbStatePair, ([from, to]) => {
        const diff = diffStates(from, to, { yearCount: n });
        const expected = [0, 0, 0, 0];
        for (const p of diff.added) p.amounts.forEach((a, i) => (expected[i] = (expected[i] ?? 0) + a));
        for (const p of diff.removed) p.amounts.forEach((a, i) => (expected[i] = (expected[i] ?? 0) - a));
        for (const c of diff.changed)
          c.amounts?.difference.forEach((a, i) => (expected[i] = (expected[i] ?? 0) + a));
        // Every status counts here, so a change of status moves nothing in the total.
        expect(diff.totals.total.difference).toEqual(expected);
      }),
    );
  });

  it('viser ændrede felter med gammel og ny værdi og beløb pr. år med forskellen', () => {
    const before = blankProposal('BU-03', 4, {
      title: 'Færre pædagogtimer',
      committee: 'Børne- og Ungeudvalget',
      vej: 'smalle',
      amounts: [-1_200_000, -2_400_000, -2_400_000, -2_400_000],
    });
    const after = {
      ...before,
      status: 'prioriteret' as const,
      amounts: [-1_200_000, -2_400_000, -3_000_000, -3_000_000],
    };
    const other = blankProposal('KF-01', 4, {
      title: 'Kortere åbningstid',
      committee: 'Kultur',
      amounts: [-500_000, 0, 0, 0],
    });
    const added = blankProposal('GH-01', 4, {
      title: 'Grønthøster',
      vej: 'direkte',
      amounts: [-100_000, -100_000, -100_000, -100_000],
    });
    const diff = diffStates(
      { proposals: [before, other], targets: [] },
      { proposals: [after, added], targets: [] },
      { yearCount: 4, statuses: ['forslag', 'prioriteret'] },
    );
    expect(diff.added.map((p) => p.id)).toEqual(['GH-01']);
    expect(diff.removed.map((p) => p.id)).toEqual(['KF-01']);
    expect(diff.changed).toEqual([
      {
        id: 'BU-03',
        occurrence: 0,
        title: 'Færre pædagogtimer',
        fields: { status: { from: 'forslag', to: 'prioriteret' } },
        amounts: {
          from: [-1_200_000, -2_400_000, -2_400_000, -2_400_000],
          to: [-1_200_000, -2_400_000, -3_000_000, -3_000_000],
          difference: [0, 0, -600_000, -600_000],
        },
      },
    ]);
    expect(diff.totals.total.difference).toEqual([400_000, -100_000, -700_000, -700_000]);
    expect(diff.totals.byVej.direkte.difference).toEqual([-100_000, -100_000, -100_000, -100_000]);
    expect(diff.totals.byStatus.prioriteret.to).toEqual([-1_200_000, -2_400_000, -3_000_000, -3_000_000]);
    // forslag: BU-03 and KF-01 (−1.700.000, −2.400.000, …) before, GH-01 (−100.000 a year) after.
    expect(diff.totals.byStatus.forslag.difference).toEqual([1_600_000, 2_300_000, 2_300_000, 2_300_000]);
    expect(diff.totals.byCommittee['Kultur']?.difference).toEqual([500_000, 0, 0, 0]);
  });

  it('en ændret rækkefølge alene er en forskel, og anvendt giver den rækkefølgen', () => {
    const a = blankProposal('A', 4);
    const b = blankProposal('B', 4);
    const diff = diffStates(
      { proposals: [a, b], targets: [] },
      { proposals: [b, a], targets: [] },
      { yearCount: 4 },
    );
    expect(diff.order).toEqual(['B', 'A']);
    expect(diff.changed).toEqual([]);
    expect(applyDiff({ proposals: [a, b], targets: [] }, diff).proposals.map((p) => p.id)).toEqual([
      'B',
      'A',
    ]);
  });
});
