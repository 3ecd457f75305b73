import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blankProposal, matchKategori, matchVej, nextProposalId, proposalFields } from './proposal-fields.ts';

describe('felter i forslagsgitteret', () => {
  it('vej genkendes fra værdi og dansk navn i alle skrivemåder', () => {
    expect(matchVej('Den tværgående vej')).toBe('tvaergaaende');
    expect(matchVej('tvaergaaende')).toBe('tvaergaaende');
    expect(matchVej('STILLE')).toBe('stille');
    expect(matchVej('bred')).toBe('brede');
    expect(matchVej('grøn')).toBeNull();
    expect(matchKategori('servicereduktion')).toBe('servicereduktion');
  });

  it('et beløb vist i cellen læses tilbage til samme antal kroner', () => {
    const amount = proposalFields([2026])[7];
    expect(amount?.id).toBe('amount:0');
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (kr) => {
        const p = { ...blankProposal('A', 1), amounts: [kr] };
        const text = amount?.read(p) ?? '';
        expect(amount?.write(p, text)?.amounts[0]).toBe(kr);
      }),
    );
  });

  it('beløb vises med dansk tusindtalsadskiller', () => {
    const amount = proposalFields([2026])[7];
    expect(amount?.read({ ...blankProposal('A', 1), amounts: [-1_234_567_000] })).toBe('-1.234.567');
    expect(amount?.read({ ...blankProposal('A', 1), amounts: [-1_234_500] })).toBe('-1.234,5');
  });

  it('nyt nummer følger efter det højeste F-nummer', () => {
    expect(
      nextProposalId([blankProposal('F-001', 1), blankProposal('BU-7', 1), blankProposal('F-003', 1)]),
    ).toBe('F-004');
    expect(nextProposalId([])).toBe('F-001');
  });
});
