import type { Kr, YearAmounts } from '../model/money.ts';
import type { Problem } from '../model/problem.ts';
import type { Project } from '../model/project.ts';
import { STATUSES, type Proposal, type Status } from '../model/proposal.ts';
import { computeBreakdown, type Breakdown } from './breakdown.ts';
import { budgetBase } from './budget-base.ts';
import { budgetAfterFrom, coverageFrom, type BudgetAfter, type Coverage } from './budget-after.ts';
import { evaluateTarget, type TargetEvaluation } from './targets.ts';

export interface TargetResult extends TargetEvaluation {
  name: string;
}

export interface ProjectCalculation {
  years: number[];
  /** The statuses that counted. */
  statuses: Status[];
  breakdown: Breakdown;
  targets: TargetResult[];
  /** The base budget's service expenditure per year; null without a budget. */
  serviceFrame: YearAmounts | null;
  /** The base budget per committee and year (all net expenditure); null without a budget. */
  base: { byCommittee: Record<string, YearAmounts>; total: YearAmounts } | null;
  budgetAfter: BudgetAfter | null;
  coverage: Coverage | null;
  /** Things the user should know about the figures (e.g. a %-target without any service expenditure). */
  warnings: Problem[];
}

/**
 * Everything Oversigt, the catalogue export and `raaderum calc` show, from one project. `statuses` defaults
 * to the project's `countedStatuses` (every status when that list is empty). The budget-derived part is
 * cached on the budget object (see `budgetBase`), so after the first call only the proposals are re-summed.
 */
export function calculateProject(project: Project, statuses?: readonly Status[]): ProjectCalculation {
  const years = project.settings.years;
  const counted: Status[] = [
    ...(statuses ?? (project.countedStatuses.length > 0 ? project.countedStatuses : STATUSES)),
  ];
  const countedSet = new Set(counted);
  const proposals: Proposal[] = project.proposals.filter((p) => countedSet.has(p.status));
  const breakdown = computeBreakdown(proposals, years.length);
  const warnings: Problem[] = [];
  const base = project.budget ? budgetBase(project.budget, years) : null;
  const serviceFrame = base ? base.serviceFrame : null;

  if (base && base.missingYears.length > 0)
    warnings.push({
      code: 'calc.budget-years-missing',
      severity: 'warning',
      message: `Budgettet har ingen beløb for ${base.missingYears.join(', ')}; grundbudgettet regnes som 0 i ${base.missingYears.length === 1 ? 'det år' : 'de år'}.`,
    });

  const targets = project.targets.map((target): TargetResult => {
    if (target.rule.kind === 'percentOfService' && (!serviceFrame || serviceFrame.every((x: Kr) => x === 0)))
      warnings.push({
        code: 'calc.target-without-service-frame',
        severity: 'warning',
        message: `Målet '${target.name}' er en procent af servicerammen, men ${project.budget ? 'budgettet angiver ingen serviceudgifter' : 'projektet har intet budget'}, så målet bliver 0.`,
      });
    return {
      name: target.name,
      ...evaluateTarget(target, { yearCount: years.length, serviceFrame, proposals }),
    };
  });

  return {
    years: [...years],
    statuses: counted,
    breakdown,
    targets,
    serviceFrame,
    base: base ? { byCommittee: base.byCommittee, total: base.total } : null,
    budgetAfter: base ? budgetAfterFrom(base, breakdown) : null,
    coverage: base ? coverageFrom(base, breakdown) : null,
    warnings,
  };
}
