import type { Budget } from '../model/budget.ts';
import type { Kr, YearAmounts } from '../model/money.ts';
import { nameKey } from './breakdown.ts';

/** What the calculations need from a budget, summed once per budget and plan-year list. */
export interface BudgetBase {
  years: readonly number[];
  /** Committees in the order they first appear in the budget. */
  committees: string[];
  /** Net amount of all lines per committee and plan year. */
  byCommittee: Record<string, YearAmounts>;
  /** Service expenditure (lines with `isService === true`) per committee and plan year. */
  serviceByCommittee: Record<string, YearAmounts>;
  total: YearAmounts;
  /** The service frame: the base budget's service expenditure per plan year. */
  serviceFrame: YearAmounts;
  /** Lines whose service flag is unknown (null); they are outside the service frame. */
  unknownServiceLines: number;
  /** Plan years the budget has no column for (their base is 0). */
  missingYears: number[];
}

const cache = new WeakMap<Budget, Map<string, BudgetBase>>();

/**
 * Sums the budget per committee, aligned with `years` (matched by year number, so a budget read with other
 * columns than the project's plan years still lines up). The result is cached on the budget object:
 * budgets are immutable once imported, so an edit to the proposals never pays for 200,000 lines again.
 */
export function budgetBase(budget: Budget, years: readonly number[]): BudgetBase {
  const key = years.join(',');
  let perYears = cache.get(budget);
  if (!perYears) {
    perYears = new Map();
    cache.set(budget, perYears);
  }
  const hit = perYears.get(key);
  if (hit) return hit;
  const base = computeBudgetBase(budget, years);
  perYears.set(key, base);
  return base;
}

function computeBudgetBase(budget: Budget, years: readonly number[]): BudgetBase {
  const n = years.length;
  const columnOf = years.map((year) => budget.years.indexOf(year));
  const missingYears = years.filter((_, i) => columnOf[i] === -1);
  const byCommittee: Record<string, Kr[]> = {};
  const serviceByCommittee: Record<string, Kr[]> = {};
  const committees: string[] = [];
  let unknownServiceLines = 0;
  for (const line of budget.lines) {
    const committee = nameKey(line.committee);
    let all = byCommittee[committee];
    let service = serviceByCommittee[committee];
    if (!all || !service) {
      all = new Array<Kr>(n).fill(0);
      service = new Array<Kr>(n).fill(0);
      byCommittee[committee] = all;
      serviceByCommittee[committee] = service;
      committees.push(committee);
    }
    if (line.isService === null) unknownServiceLines++;
    const isService = line.isService === true;
    for (let i = 0; i < n; i++) {
      const column = columnOf[i] ?? -1;
      if (column < 0) continue;
      const amount = line.amounts[column] ?? 0;
      all[i] = (all[i] ?? 0) + amount;
      if (isService) service[i] = (service[i] ?? 0) + amount;
    }
  }
  const total = new Array<Kr>(n).fill(0);
  const serviceFrame = new Array<Kr>(n).fill(0);
  for (const committee of committees) {
    const all = byCommittee[committee] ?? [];
    const service = serviceByCommittee[committee] ?? [];
    for (let i = 0; i < n; i++) {
      total[i] = (total[i] ?? 0) + (all[i] ?? 0);
      serviceFrame[i] = (serviceFrame[i] ?? 0) + (service[i] ?? 0);
    }
  }
  return {
    years: [...years],
    committees,
    byCommittee,
    serviceByCommittee,
    total,
    serviceFrame,
    unknownServiceLines,
    missingYears,
  };
}
