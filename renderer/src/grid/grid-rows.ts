import type { Proposal, SignDisplay } from '../../../shared/model/index.ts';
import type { Row } from './cell-edits.ts';
import { validateProposals, type ProposalIssue } from './validation.ts';

/** A row of the Forslag grid: the store's row and the checks it fails. */
export interface GridRow extends Row {
  issues: ProposalIssue[];
}

const NO_ISSUES: ProposalIssue[] = [];

const sameIssues = (a: readonly ProposalIssue[], b: readonly ProposalIssue[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => x.code === b[i]?.code && x.field === b[i]?.field && x.message === b[i]?.message);

// Keyed on the proposal object: an edit replaces only the edited proposal, so every other row finds its
// previous GridRow here.
const cache = new WeakMap<Proposal, GridRow>();

/**
 * The grid's rows for the store's rows, validated. A row whose proposal, key and issues are unchanged is the
 * same object as last time, so AG Grid (which compares row data by identity under `getRowId`) refreshes only
 * what an edit changed instead of every row it has rendered.
 */
export function gridRowsOf(rows: readonly Row[], sign: SignDisplay): GridRow[] {
  const issues = validateProposals(
    rows.map((r) => r.proposal),
    sign,
  );
  return rows.map((row, i) => {
    const found = issues.get(i) ?? NO_ISSUES;
    const old = cache.get(row.proposal);
    if (old && old.key === row.key && sameIssues(old.issues, found)) return old;
    const next: GridRow = { ...row, issues: found };
    cache.set(row.proposal, next);
    return next;
  });
}
