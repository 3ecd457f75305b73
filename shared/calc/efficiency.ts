import type { Budget } from '../model/budget.ts';
import { roundKr } from './round.ts';
import type { Kr, YearAmounts } from '../model/money.ts';
import type { Problem } from '../model/problem.ts';
import { nameKey } from './breakdown.ts';
import { budgetBase } from './budget-base.ts';

export interface EfficiencyOptions {
  /** Annual efficiency percent, e.g. 1 for 1 % a year. */
  percent: number;
  /** Compound the annual percent (1 − (1 − p)^n) instead of adding it up (n · p). Default false. */
  compound?: boolean;
  /** Committees that are exempt (they get no requirement). */
  exempt?: readonly string[];
  /** Base the requirement on service expenditure only (default true), or on the whole net budget. */
  serviceOnly?: boolean;
}

export interface EfficiencyRequirement {
  /** Requirement per plan year; a requirement to save is negative. Equals the sum over `byCommittee`. */
  total: YearAmounts;
  byCommittee: Record<string, YearAmounts>;
  /** Cumulative share of the base required in each plan year, e.g. [0.01, 0.02, 0.03, 0.04]. */
  factors: number[];
  warnings: Problem[];
}

/** The cumulative fraction of the base in plan year `index` (0-based): taken up front, so year one already pays. */
export function efficiencyFactor(percent: number, index: number, compound: boolean): number {
  const p = Math.abs(percent) / 100;
  const n = index + 1;
  return compound ? 1 - Math.pow(1 - p, n) : p * n;
}

/**
 * Den stille vej: an annual efficiency requirement taken up front. With 1 % a year the requirement is
 * 1, 2, 3 and 4 % of each year's base in plan years one to four (or 1 − 0,99ⁿ when compounded).
 * Each committee's requirement is rounded to whole kroner and the total is their sum, so the parts add up.
 */
export function efficiencyRequirement(
  budget: Budget,
  years: readonly number[],
  options: EfficiencyOptions,
): EfficiencyRequirement {
  const base = budgetBase(budget, years);
  const compound = options.compound ?? false;
  const serviceOnly = options.serviceOnly ?? true;
  const exempt = new Set((options.exempt ?? []).map(nameKey));
  const factors = years.map((_, i) => efficiencyFactor(options.percent, i, compound));
  const total = new Array<Kr>(years.length).fill(0);
  const byCommittee: Record<string, YearAmounts> = {};
  const warnings: Problem[] = [];
  for (const name of exempt) {
    if (!base.committees.includes(name))
      warnings.push({
        code: 'efficiency.unknown-exempt',
        severity: 'warning',
        message: `Udvalget '${name}' findes ikke i budgettet, så fritagelsen har ingen virkning. Kontrollér stavemåden.`,
      });
  }
  if (serviceOnly && base.serviceFrame.every((x) => x === 0))
    warnings.push({
      code: 'efficiency.no-service',
      severity: 'warning',
      message:
        'Budgettet angiver ingen serviceudgifter, så effektiviseringskravet bliver 0. Angiv serviceudgifter i budgettet, eller beregn kravet af hele budgettet.',
    });
  for (const committee of base.committees) {
    const amounts = (serviceOnly ? base.serviceByCommittee : base.byCommittee)[committee] ?? [];
    const requirement = factors.map((factor, i) =>
      exempt.has(committee) ? 0 : -roundKr((amounts[i] ?? 0) * factor) || 0,
    );
    byCommittee[committee] = requirement;
    requirement.forEach((value, i) => (total[i] = (total[i] ?? 0) + value));
  }
  return { total, byCommittee, factors, warnings };
}
