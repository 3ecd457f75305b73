import type { Proposal, SignDisplay } from '../../../shared/model/index.ts';
import { TEXT } from '../text.ts';

export interface ProposalIssue {
  code: 'missingVej' | 'missingKategori' | 'investmentWithoutSaving' | 'duplicateId' | 'wrongSign';
  /** The column the marker sits on. */
  field: 'id' | 'vej' | 'kategori' | 'investment' | 'amounts';
  message: string;
}

/**
 * The checks a proposal must pass before it goes to the council, each with the Danish reason shown on hover.
 * Every kategori is a saving (net expenditure goes down), so a proposal whose amounts add up to more spending
 * without being an investment has the wrong sign.
 */
export function validateProposals(
  proposals: readonly Proposal[],
  sign: SignDisplay = 'negativeIsSaving',
): Map<number, ProposalIssue[]> {
  const idCount = new Map<string, number>();
  for (const p of proposals) idCount.set(p.id.trim(), (idCount.get(p.id.trim()) ?? 0) + 1);
  const result = new Map<number, ProposalIssue[]>();
  proposals.forEach((p, index) => {
    const issues: ProposalIssue[] = [];
    if ((idCount.get(p.id.trim()) ?? 0) > 1)
      issues.push({ code: 'duplicateId', field: 'id', message: TEXT.issues.duplicateId(p.id) });
    if (!p.vej) issues.push({ code: 'missingVej', field: 'vej', message: TEXT.issues.missingVej });
    if (!p.kategori)
      issues.push({ code: 'missingKategori', field: 'kategori', message: TEXT.issues.missingKategori });
    const total = p.amounts.reduce((a, b) => a + b, 0);
    if (p.investment > 0) {
      const firstSpend = p.amounts.findIndex((a) => a > 0);
      const laterSaving = p.amounts.some((a, i) => a < 0 && i > Math.max(0, firstSpend));
      if (!laterSaving)
        issues.push({
          code: 'investmentWithoutSaving',
          field: 'investment',
          message: TEXT.issues.investmentWithoutSaving,
        });
    } else if (total > 0 && p.kategori) {
      issues.push({
        code: 'wrongSign',
        field: 'amounts',
        message: sign === 'positiveIsSaving' ? TEXT.issues.wrongSignPositive : TEXT.issues.wrongSign,
      });
    }
    if (issues.length > 0) result.set(index, issues);
  });
  return result;
}
