import type { Budget } from '../../../shared/model/index.ts';
import { TEXT } from '../text.ts';

const F = TEXT.kontoplan.frameSource;

/** Where the service frame came from: the budget's service column, the kontoplan's rules, or nowhere. */
export function serviceFrameSource(budget: Budget | null): string {
  if (!budget) return F.noBudget;
  const report = budget.report;
  return F[report.serviceSource ?? (report.serviceKnown ? 'column' : 'unknown')];
}

/**
 * The sentence beside %-targets and den stille vej that names where their service frame (servicerammen) came from,
 * so a figure measured against it can be traced to the column or to the kontoplan's rules.
 */
export function ServiceFrameSource({ budget }: { budget: Budget | null }) {
  return <p className="service-frame-source muted">{serviceFrameSource(budget)}</p>;
}
