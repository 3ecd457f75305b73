import type { Kr, YearAmounts } from '../model/money.ts';
import { roundKr, roundThousandKr } from './round.ts';
import type { Scope, Target, TargetRule } from '../model/project.ts';
import type { Proposal } from '../model/proposal.ts';
import { nameKey } from './breakdown.ts';

export interface TargetContext {
  /** Number of plan years (the length of every result array). */
  yearCount: number;
  /** The base budget's service expenditure per plan year; needed for `percentOfService` targets. */
  serviceFrame: readonly Kr[] | null;
  /** The proposals that count (already filtered by status); the target's scope narrows them further. */
  proposals: readonly Proposal[];
}

export interface TargetEvaluation {
  target: YearAmounts;
  /** Sum of the counted proposals inside the target's scope. */
  achieved: YearAmounts;
  /**
   * `target − achieved` per year, stored sign: negative = a saving still to be found, positive = to spare.
   * A target of −75 mio. with −130 mio. of proposals gives +55 mio. (55 to spare).
   */
  gap: YearAmounts;
  /** `achieved / target` (1 = met exactly, above 1 = more than met); null where the target is 0. */
  attainment: (number | null)[];
  /** Number of proposals inside the scope. */
  count: number;
}

/**
 * The target amounts per year: fixed amounts as given, in whole kroner, or −percent % of
 * the service frame (a saving) rounded to whole 1.000 kr., so a calculated target never shows or exports
 * stray digits below the unit amounts are shown in ("-27.285,0", never "-27.285,078").
 */
export function targetAmounts(
  rule: TargetRule,
  yearCount: number,
  serviceFrame: readonly Kr[] | null,
): YearAmounts {
  const result: Kr[] = [];
  for (let i = 0; i < yearCount; i++) {
    if (rule.kind === 'amount') {
      result.push(roundKr(rule.amounts[i] ?? 0));
    } else {
      // A target is a saving whatever sign the user typed the percent with.
      const frame = serviceFrame?.[i] ?? 0;
      result.push(-roundThousandKr((Math.abs(rule.percent) * frame) / 100) || 0);
    }
  }
  return result;
}

/** An empty list in the scope means "all". A catalogue scope matches the catalogue name exactly (trimmed). */
export function inScope(proposal: Proposal, scope: Scope): boolean {
  return scopeMatcher(scope)(proposal);
}

/** The scope as a predicate, with its lists turned into sets once (a target is checked against every proposal). */
export function scopeMatcher(scope: Scope): (proposal: Proposal) => boolean {
  const kategorier = scope.kategorier.length > 0 ? new Set(scope.kategorier) : null;
  const veje = scope.veje.length > 0 ? new Set(scope.veje) : null;
  const committees = scope.committees.length > 0 ? new Set(scope.committees.map(nameKey)) : null;
  const catalogue =
    scope.catalogue !== null && scope.catalogue.trim() !== '' ? nameKey(scope.catalogue) : null;
  return (proposal) =>
    (kategorier === null || (proposal.kategori !== null && kategorier.has(proposal.kategori))) &&
    (veje === null || (proposal.vej !== null && veje.has(proposal.vej))) &&
    (committees === null || committees.has(nameKey(proposal.committee))) &&
    (catalogue === null || nameKey(proposal.catalogue) === catalogue);
}

export function evaluateTarget(target: Target, context: TargetContext): TargetEvaluation {
  const n = context.yearCount;
  const amounts = targetAmounts(target.rule, n, context.serviceFrame);
  const achieved = new Array<Kr>(n).fill(0);
  let count = 0;
  const matches = scopeMatcher(target.scope);
  for (const proposal of context.proposals) {
    if (!matches(proposal)) continue;
    count++;
    for (let i = 0; i < n; i++) achieved[i] = (achieved[i] ?? 0) + (proposal.amounts[i] ?? 0);
  }
  const gap = amounts.map((t, i) => t - (achieved[i] ?? 0));
  const attainment = amounts.map((t, i) => (t === 0 ? null : (achieved[i] ?? 0) / t));
  return { target: amounts, achieved, gap, attainment, count };
}
