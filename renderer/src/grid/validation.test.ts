import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../shared/model/index.ts';
import { blankProposal } from './proposal-fields.ts';
import { validateProposals } from './validation.ts';

function proposal(over: Partial<Proposal>): Proposal {
  return {
    ...blankProposal('A', 4),
    vej: 'stille',
    kategori: 'effektivisering',
    amounts: [-1, -1, -1, -1],
    ...over,
  };
}

const codes = (ps: Proposal[]) =>
  [...validateProposals(ps).entries()].map(([i, issues]) => [i, issues.map((x) => x.code)]);

describe('kontrol af forslag', () => {
  it('et komplet besparelsesforslag har ingen mærker', () => {
    expect(codes([proposal({})])).toEqual([]);
  });

  it('manglende vej og kategori mærkes hver for sig', () => {
    expect(codes([proposal({ vej: null, kategori: null })])).toEqual([
      [0, ['missingVej', 'missingKategori']],
    ]);
  });

  it('samme nummer to gange mærker begge forslag', () => {
    expect(codes([proposal({ id: 'X' }), proposal({ id: 'B' }), proposal({ id: 'X' })])).toEqual([
      [0, ['duplicateId']],
      [2, ['duplicateId']],
    ]);
  });

  it('en investering uden senere besparelse mærkes; med senere besparelse ikke', () => {
    expect(codes([proposal({ investment: 500_000, amounts: [500_000, 0, 0, 0] })])).toEqual([
      [0, ['investmentWithoutSaving']],
    ]);
    expect(
      codes([proposal({ investment: 500_000, amounts: [500_000, -300_000, -300_000, -300_000] })]),
    ).toEqual([]);
  });

  it('en merudgift med en besparelseskategori har forkert fortegn', () => {
    const issues = validateProposals([proposal({ amounts: [100_000, 100_000, 0, 0] })]).get(0);
    expect(issues?.map((i) => i.code)).toEqual(['wrongSign']);
    expect(issues?.[0]?.message).toMatch(/minus/);
  });

  it('med positive besparelser siger forklaringen ikke, at besparelser skrives med minus', () => {
    const issues = validateProposals(
      [proposal({ amounts: [100_000, 100_000, 0, 0] })],
      'positiveIsSaving',
    ).get(0);
    expect(issues?.map((i) => i.code)).toEqual(['wrongSign']);
    expect(issues?.[0]?.message).toMatch(/uden minus/);
  });
});
