import type { Kr, YearAmounts } from '../model/money.ts';
import type { Proposal } from '../model/proposal.ts';

export interface InvestmentEffect {
  /** Net effect per plan year (investment cost included), stored sign. */
  net: YearAmounts;
  /** Running sum of `net`. */
  cumulative: YearAmounts;
  /** The first plan year in which the cumulative effect is a saving (negative); null if none within the plan. */
  paybackYear: number | null;
  /** The yearly effect after the plan: the last plan year continues for a permanent proposal, 0 for a one-off. */
  annualAfterPlan: Kr;
  /**
   * The first year the cumulative effect is a saving when the last plan year continues after the plan;
   * equals `paybackYear` when that is within the plan; null if it never pays back.
   */
  paybackYearWithContinuation: number | null;
}

/** Den tværgående vej: what an investment proposal costs and saves over the plan and after it. */
export function investmentEffect(
  proposal: Pick<Proposal, 'amounts' | 'permanence'>,
  years: readonly number[],
): InvestmentEffect {
  const n = years.length;
  const net = years.map((_, i) => proposal.amounts[i] ?? 0);
  const cumulative: Kr[] = [];
  let running = 0;
  let paybackYear: number | null = null;
  for (let i = 0; i < n; i++) {
    running += net[i] ?? 0;
    cumulative.push(running);
    if (paybackYear === null && running < 0) paybackYear = years[i] ?? null;
  }
  const annualAfterPlan = proposal.permanence === 'oneOff' || n === 0 ? 0 : (net[n - 1] ?? 0);
  let paybackYearWithContinuation = paybackYear;
  if (paybackYearWithContinuation === null && annualAfterPlan < 0 && n > 0) {
    // running + k · annual < 0  ⇔  k > running / −annual
    const k = Math.floor(running / -annualAfterPlan) + 1;
    paybackYearWithContinuation = (years[n - 1] ?? 0) + k;
  }
  return { net, cumulative, paybackYear, annualAfterPlan, paybackYearWithContinuation };
}
