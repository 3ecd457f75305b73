import type { Budget } from '../model/budget.ts';
import type { Kr, YearAmounts } from '../model/money.ts';
import type { Proposal, Status } from '../model/proposal.ts';
import { computeBreakdown, type Breakdown } from './breakdown.ts';
import { budgetBase, type BudgetBase } from './budget-base.ts';

export interface BudgetAfter {
  /** Base + counted proposals per committee and plan year; committees only found among proposals are included. */
  byCommittee: Record<string, YearAmounts>;
  total: YearAmounts;
}

export interface CoverageRow {
  committee: string;
  base: YearAmounts;
  /** The committee's share of the total base budget per year (0..1; null where the total is 0). */
  baseShare: (number | null)[];
  proposals: YearAmounts;
  /** The committee's share of the counted proposals per year (null where they sum to 0). */
  proposalShare: (number | null)[];
  proposalCount: number;
}

export interface Coverage {
  rows: CoverageRow[];
  /** Committees in the budget without any counted proposal (den brede vej asks every committee). */
  withoutProposals: string[];
}

function share(part: Kr, whole: Kr): number | null {
  return whole === 0 ? null : part / whole;
}

/** Derives the budget after prioritisation from an already computed base and breakdown (no line is re-read). */
export function budgetAfterFrom(base: BudgetBase, breakdown: Breakdown): BudgetAfter {
  const n = base.years.length;
  const byCommittee: Record<string, YearAmounts> = {};
  const names = [
    ...base.committees,
    ...Object.keys(breakdown.byCommittee).filter((c) => !(c in base.byCommittee)),
  ];
  const total = new Array<Kr>(n).fill(0);
  for (const committee of names) {
    const own = base.byCommittee[committee];
    const change = breakdown.byCommittee[committee];
    const row = Array.from({ length: n }, (_, i) => (own?.[i] ?? 0) + (change?.[i] ?? 0));
    byCommittee[committee] = row;
    row.forEach((x, i) => (total[i] = (total[i] ?? 0) + x));
  }
  return { byCommittee, total };
}

export function coverageFrom(base: BudgetBase, breakdown: Breakdown): Coverage {
  const n = base.years.length;
  const names = [
    ...base.committees,
    ...Object.keys(breakdown.byCommittee).filter((c) => !(c in base.byCommittee)),
  ];
  const rows = names.map((committee): CoverageRow => {
    const own = Array.from({ length: n }, (_, i) => base.byCommittee[committee]?.[i] ?? 0);
    const proposals = Array.from({ length: n }, (_, i) => breakdown.byCommittee[committee]?.[i] ?? 0);
    return {
      committee,
      base: own,
      baseShare: own.map((x, i) => share(x, base.total[i] ?? 0)),
      proposals,
      proposalShare: proposals.map((x, i) => share(x, breakdown.total[i] ?? 0)),
      proposalCount: breakdown.countByCommittee[committee] ?? 0,
    };
  });
  const withoutProposals = base.committees.filter((c) => (breakdown.countByCommittee[c] ?? 0) === 0);
  return { rows, withoutProposals };
}

/** The budget after prioritisation: each committee's base plus the proposals whose status counts. */
export function budgetAfter(
  budget: Budget,
  proposals: readonly Proposal[],
  statuses?: readonly Status[],
  years: readonly number[] = budget.years,
): BudgetAfter {
  return budgetAfterFrom(budgetBase(budget, years), computeBreakdown(proposals, years.length, statuses));
}

/** Den brede vej: each committee's share of the base next to its share of the proposals. */
export function coverage(
  budget: Budget,
  proposals: readonly Proposal[],
  statuses?: readonly Status[],
  years: readonly number[] = budget.years,
): Coverage {
  return coverageFrom(budgetBase(budget, years), computeBreakdown(proposals, years.length, statuses));
}
