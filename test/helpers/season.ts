/**
 * Generated proposals and season states for the season's property tests. Ids come from a small set, so two
 * generated states share proposals, and duplicates within one state occur too.
 */
import fc from 'fast-check';
import type { Target } from '../../shared/model/project.ts';
import { KATEGORIER, STATUSES, VEJE, type Proposal } from '../../shared/model/proposal.ts';
import type { SeasonState } from '../../shared/model/season.ts';

export const YEARS = [2026, 2027, 2028, 2029];
const text = fc.string({ maxLength: 8 });
const kr = fc.integer({ min: -1e9, max: 1e9 });
const amounts = fc.array(kr, { minLength: 4, maxLength: 4 });

export const arbProposal: fc.Arbitrary<Proposal> = fc.record({
  id: fc.constantFrom('BU-01', 'BU-02', 'SU-01', 'KF-07', 'TM-03', 'GH-01', 'ØK-11'),
  title: fc.constantFrom('Færre timer', 'Lukning af bibliotek', 'Ny takst', ''),
  committee: fc.constantFrom('Børne- og Ungeudvalget', 'Kultur- og Fritidsudvalget', 'Økonomiudvalget', ''),
  area: text,
  vej: fc.option(fc.constantFrom(...VEJE), { nil: null }),
  kategori: fc.option(fc.constantFrom(...KATEGORIER), { nil: null }),
  status: fc.constantFrom(...STATUSES),
  catalogue: fc.constantFrom('', 'Sparekatalog'),
  amounts,
  income: amounts,
  isService: fc.boolean(),
  fte: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 4, maxLength: 4 }),
  description: text,
  citizenImpact: text,
  staffImpact: text,
  permanence: fc.constantFrom('permanent' as const, 'oneOff' as const),
  investment: fc.nat(1e9),
  notes: text,
  source: fc.option(fc.record({ file: text, sheet: text, row: fc.nat(10_000) }), { nil: null }),
});

export const arbTarget: fc.Arbitrary<Target> = fc.record({
  name: fc.constantFrom('Råderum', 'Sparemål'),
  rule: fc.oneof(
    amounts.map((a) => ({ kind: 'amount' as const, amounts: a })),
    fc
      .double({ min: 0, max: 3, noNaN: true })
      .map((percent) => ({ kind: 'percentOfService' as const, percent })),
  ),
  scope: fc.record({
    kategorier: fc.subarray([...KATEGORIER]),
    veje: fc.subarray([...VEJE]),
    committees: fc.subarray(['Børne- og Ungeudvalget', 'Økonomiudvalget']),
    catalogue: fc.option(fc.constant('Sparekatalog'), { nil: null }),
  }),
});

export const arbState: fc.Arbitrary<SeasonState> = fc.record({
  proposals: fc.array(arbProposal, { maxLength: 10 }),
  targets: fc.array(arbTarget, { maxLength: 2 }),
});

/** A state and an edited copy of it: some proposals changed, removed, added or moved. */
export const arbStatePair: fc.Arbitrary<[SeasonState, SeasonState]> = arbState.chain((from) =>
  fc
    .record({
      keep: fc.array(fc.boolean(), { minLength: from.proposals.length, maxLength: from.proposals.length }),
      edits: fc.array(fc.option(arbProposal, { nil: null }), {
        minLength: from.proposals.length,
        maxLength: from.proposals.length,
      }),
      added: fc.array(arbProposal, { maxLength: 4 }),
      shuffle: fc.boolean(),
      targets: fc.option(fc.array(arbTarget, { maxLength: 2 }), { nil: null }),
    })
    .map(({ keep, edits, added, shuffle, targets }): [SeasonState, SeasonState] => {
      let proposals = from.proposals.flatMap((p, i) => {
        if (!keep[i]) return [];
        const edit = edits[i];
        // An edit keeps the id, so it is a change of the same proposal.
        return [edit ? { ...edit, id: p.id } : p];
      });
      proposals = [...proposals, ...added];
      if (shuffle) proposals = [...proposals].reverse();
      return [from, { proposals, targets: targets ?? from.targets }];
    }),
);
