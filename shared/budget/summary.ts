import type { Budget } from '../model/budget.ts';
import { addInto, zeroAmounts, type YearAmounts } from '../model/money.ts';
import { totalsByMainAccount, type AccountTree } from './kontoplan/styring.ts';

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

/**
 * `make(budget)` computed once per budget object. A budget is never changed once imported (a new import is a new
 * object), and a 200,000-line budget takes tens of ms to sum.
 */
function oncePerBudget<B extends object, T>(make: (budget: B) => T): (budget: B) => T {
  const made = new WeakMap<B, T>();
  return (budget) => {
    let value = made.get(budget);
    if (value === undefined) {
      value = make(budget);
      made.set(budget, value);
    }
    return value;
  };
}

/** `summarizeBudget`, computed once per budget object. */
export const cachedBudgetSummary = oncePerBudget((budget: Pick<Budget, 'years' | 'lines' | 'report'>) =>
  summarizeBudget(budget),
);

/** The budget's kontoplan summary without a filter (`totalsByMainAccount` of all its lines), once per budget object. */
export const cachedAccountTrees = oncePerBudget(
  (budget: Pick<Budget, 'years' | 'lines'>): Record<string, AccountTree> =>
    totalsByMainAccount(budget.lines, budget.years.length),
);
