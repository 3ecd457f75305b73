import type { Budget } from '../model/budget.ts';
import { addInto, zeroAmounts, type YearAmounts } from '../model/money.ts';

/** Totals of a budget in kroner, per plan year (aligned with `years`). */
export interface BudgetSummary {
  years: number[];
  lineCount: number;
  totals: YearAmounts;
  /** Null when the workbook does not say which lines are service expenditure. */
  serviceTotals: YearAmounts | null;
  nonServiceTotals: YearAmounts | null;
  byCommittee: Record<string, YearAmounts>;
  byCommitteeArea: Record<string, Record<string, YearAmounts>>;
}

export function summarizeBudget(budget: Pick<Budget, 'years' | 'lines' | 'report'>): BudgetSummary {
  const n = budget.years.length;
  const totals = zeroAmounts(n);
  const known = budget.report.serviceKnown;
  const service = known ? zeroAmounts(n) : null;
  const nonService = known ? zeroAmounts(n) : null;
  const byCommittee: Record<string, YearAmounts> = {};
  const byCommitteeArea: Record<string, Record<string, YearAmounts>> = {};
  // Lines come in runs of one udvalg and område: their totals are looked up when they change (same key order).
  let committee: YearAmounts | undefined;
  let areas: Record<string, YearAmounts> | undefined;
  let area: YearAmounts | undefined;
  let lastCommittee: string | undefined;
  let lastArea: string | undefined;
  for (const line of budget.lines) {
    addInto(totals, line.amounts);
    if (service && line.isService === true) addInto(service, line.amounts);
    if (nonService && line.isService === false) addInto(nonService, line.amounts);
    if (committee === undefined || areas === undefined || line.committee !== lastCommittee) {
      committee = byCommittee[line.committee] ??= zeroAmounts(n);
      areas = byCommitteeArea[line.committee] ??= {};
      lastCommittee = line.committee;
      area = undefined;
    }
    addInto(committee, line.amounts);
    if (area === undefined || line.area !== lastArea) {
      area = areas[line.area] ??= zeroAmounts(n);
      lastArea = line.area;
    }
    addInto(area, line.amounts);
  }
  return {
    years: [...budget.years],
    lineCount: budget.lines.length,
    totals,
    serviceTotals: service,
    nonServiceTotals: nonService,
    byCommittee,
    byCommitteeArea,
  };
}

// A budget is never changed once imported (a new import is a new object), so its summary is computed once.
const summaries = new WeakMap<object, BudgetSummary>();

/** `summarizeBudget`, computed once per budget object: a 200,000-line budget takes tens of ms to sum. */
export function cachedBudgetSummary(budget: Pick<Budget, 'years' | 'lines' | 'report'>): BudgetSummary {
  let summary = summaries.get(budget);
  if (!summary) {
    summary = summarizeBudget(budget);
    summaries.set(budget, summary);
  }
  return summary;
}
