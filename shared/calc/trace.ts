import type { Kr } from '../model/money.ts';
import type { Scope } from '../model/project.ts';
import { STATUSES, type Proposal, type Status } from '../model/proposal.ts';
import { kategoriKey, nameKey, statusCounts, vejKey, type KategoriKey, type VejKey } from './breakdown.ts';
import { scopeMatcher } from './targets.ts';

/**
 * Which total of proposals to explain: one plan year (or the whole plan period) and the same keys the totals are
 * summed by. An absent or empty list means "every value". Keys are those of `computeBreakdown`: a missing vej or
 * kategori is `ukendt`, committees and catalogues are compared trimmed with a blank one as `ukendt`. Statuses differ:
 * see `statuses`.
 */
export interface ProposalTraceFilter {
  /** A plan year, or null for the sum over the plan period (Oversigt's vej × kategori "hele perioden"). */
  year: number | null;
  veje?: readonly VejKey[];
  kategorier?: readonly KategoriKey[];
  committees?: readonly string[];
  catalogues?: readonly string[];
  /**
   * The statuses that count, exactly (an empty list counts nothing, as `calculateProject` with no status); absent:
   * `countedStatuses` of `traceProposals`.
   */
  statuses?: readonly Status[];
  /** A target's scope, matched exactly as `evaluateTarget` does (a target's "opnået"). */
  scope?: Scope;
}

export interface ProposalTraceItem {
  /** Index into the proposals the trace was made from (the grid's row order). */
  index: number;
  id: string;
  title: string;
  /** The proposal's amount in the year (or period), kroner, stored sign. */
  amount: Kr;
}

export interface ProposalTrace {
  /** Sum of `items`' amounts: exactly the total the filter names. */
  total: Kr;
  /** Proposals with a non-zero amount in the year, in the proposals' order. */
  items: ProposalTraceItem[];
  /** Proposals inside the filter whose amount in the year is 0 (they are not listed). */
  zeroCount: number;
}

/**
 * The proposals that make up a total, each with its amount in the year: the sum of the items is exactly the total
 * `computeBreakdown` (or `evaluateTarget`'s `achieved`) gives for the same keys, because each proposal is keyed
 * and its year read the same way (`vejKey`, `kategoriKey`, `nameKey`, a missing year as 0).
 * `years` are the project's plan years; a year outside them gives an empty trace.
 */
export function traceProposals(
  proposals: readonly Proposal[],
  years: readonly number[],
  filter: ProposalTraceFilter,
  countedStatuses: readonly Status[] = STATUSES,
): ProposalTrace {
  const yearIndexes = filter.year === null ? years.map((_, i) => i) : [years.indexOf(filter.year)];
  if (yearIndexes.some((i) => i < 0)) return { total: 0, items: [], zeroCount: 0 };
  const chosen = <T>(list: readonly T[] | undefined): ReadonlySet<T> | null =>
    list && list.length > 0 ? new Set(list) : null;
  const statuses = new Set(filter.statuses ?? countedStatuses);
  const veje = chosen(filter.veje);
  const kategorier = chosen(filter.kategorier);
  const committees = chosen(filter.committees?.map(nameKey));
  const catalogues = chosen(filter.catalogues?.map(nameKey));
  const scope = filter.scope ? scopeMatcher(filter.scope) : null;

  const items: ProposalTraceItem[] = [];
  let total = 0;
  let zeroCount = 0;
  proposals.forEach((p, index) => {
    if (!statusCounts(p, statuses)) return;
    if (veje && !veje.has(vejKey(p.vej))) return;
    if (kategorier && !kategorier.has(kategoriKey(p.kategori))) return;
    if (committees && !committees.has(nameKey(p.committee))) return;
    if (catalogues && !catalogues.has(nameKey(p.catalogue))) return;
    if (scope && !scope(p)) return;
    let amount = 0;
    for (const i of yearIndexes) amount += p.amounts[i] ?? 0;
    if (amount === 0) {
      zeroCount++;
      return;
    }
    total += amount;
    items.push({ index, id: p.id, title: p.title, amount });
  });
  return { total, items, zeroCount };
}
