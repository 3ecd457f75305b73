import { computeBreakdown, type Breakdown, type KategoriKey, type VejKey } from '../calc/breakdown.ts';
import type { Draft } from '../model/draft.ts';
import type { Kr, YearAmounts } from '../model/money.ts';
import type { Target } from '../model/project.ts';
import { STATUSES, type Proposal, type Status } from '../model/proposal.ts';
import { PROPOSAL_FIELDS, type FieldValue, type ProposalField, type SeasonState } from '../model/season.ts';
import { copyFieldValue, copyProposal, copyTarget, keyOf, occurrenceKeys, sameFieldValue } from './match.ts';

/** Amounts per plan year on both sides and `to − from`. */
export interface AmountsDiff {
  from: YearAmounts;
  to: YearAmounts;
  difference: YearAmounts;
}

/** A proposal present on both sides whose content differs. */
export interface ProposalDiff {
  id: string;
  /** 0 unless the state holds several proposals with this id (then the k-th matches the k-th). */
  occurrence: number;
  /** The title on the "to" side. */
  title: string;
  /** Every changed field but `amounts`, with its value on both sides. */
  fields: Partial<Record<Exclude<ProposalField, 'amounts'>, { from: FieldValue; to: FieldValue }>>;
  /** Set when the amounts changed in any year. */
  amounts: AmountsDiff | null;
}

/** The totals the comparison shows, per plan year on both sides, with the difference. */
export interface DiffTotals {
  /** The statuses counted in `total`, `byVej`, `byKategori` and `byCommittee`. */
  statuses: Status[];
  total: AmountsDiff;
  byVej: Record<VejKey, AmountsDiff>;
  byKategori: Record<KategoriKey, AmountsDiff>;
  /** Every udvalg on either side (blank → `ukendt`). */
  byCommittee: Record<string, AmountsDiff>;
  /** Each status's own sum, whether it counts or not. */
  byStatus: Record<Status, AmountsDiff>;
}

/** What changed between two states (a version and a version, or a version and the working state). */
export interface StateDiff {
  /** Proposals only on the "to" side, in its order. */
  added: Proposal[];
  /** Proposals only on the "from" side, in its order. */
  removed: Proposal[];
  /** Proposals on both sides that differ, in the "to" side's order. */
  changed: ProposalDiff[];
  /**
   * The ids of the "to" side in its order, when that is not the "from" order with the removed ones taken out and
   * the added ones appended (a re-sorted list); null otherwise.
   */
  order: string[] | null;
  /** Both sides' targets when they differ; null when equal. */
  targets: { from: Target[]; to: Target[] } | null;
  totals: DiffTotals;
}

export interface DiffOptions {
  /** Number of plan years (`project.settings.years.length`). */
  yearCount: number;
  /** Statuses counted in the totals; default `project.countedStatuses` as the caller passes it, else all. */
  statuses?: readonly Status[];
}

function amountsDiff(from: readonly Kr[], to: readonly Kr[], n: number): AmountsDiff {
  const f: Kr[] = [];
  const t: Kr[] = [];
  const d: Kr[] = [];
  for (let i = 0; i < n; i++) {
    const a = from[i] ?? 0;
    const b = to[i] ?? 0;
    f.push(a);
    t.push(b);
    d.push(b - a);
  }
  return { from: f, to: t, difference: d };
}

function recordDiff<K extends string>(
  from: Readonly<Record<K, YearAmounts>>,
  to: Readonly<Record<K, YearAmounts>>,
  n: number,
): Record<K, AmountsDiff> {
  const result = {} as Record<K, AmountsDiff>;
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])] as K[];
  for (const key of keys) result[key] = amountsDiff(from[key] ?? [], to[key] ?? [], n);
  return result;
}

/** Totals of both sides by vej, kategori, udvalg and status, with the difference per year. */
export function diffTotals(
  from: readonly Proposal[],
  to: readonly Proposal[],
  yearCount: number,
  statuses: readonly Status[] = STATUSES,
): DiffTotals {
  const counted = statuses.length > 0 ? statuses : STATUSES;
  const a: Breakdown = computeBreakdown(from, yearCount, counted);
  const b: Breakdown = computeBreakdown(to, yearCount, counted);
  const allA = computeBreakdown(from, yearCount);
  const allB = computeBreakdown(to, yearCount);
  return {
    statuses: [...counted],
    total: amountsDiff(a.total, b.total, yearCount),
    byVej: recordDiff(a.byVej, b.byVej, yearCount),
    byKategori: recordDiff(a.byKategori, b.byKategori, yearCount),
    byCommittee: recordDiff(a.byCommittee, b.byCommittee, yearCount),
    byStatus: recordDiff(allA.byStatus, allB.byStatus, yearCount),
  };
}

/** Field by field; null when the two are equal. `id`/`occurrence` describe the pair. */
export function diffProposal(
  a: Proposal,
  b: Proposal,
  yearCount: number,
  occurrence = 0,
): ProposalDiff | null {
  if (a === b) return null;
  const fields: ProposalDiff['fields'] = {};
  let changed = false;
  for (const field of PROPOSAL_FIELDS) {
    if (field === 'amounts') continue;
    const from = a[field];
    const to = b[field];
    if (!sameFieldValue(from, to)) {
      fields[field] = { from, to };
      changed = true;
    }
  }
  const amounts = sameFieldValue(a.amounts, b.amounts) ? null : amountsDiff(a.amounts, b.amounts, yearCount);
  if (!changed && !amounts) return null;
  return { id: b.id, occurrence, title: b.title, fields, amounts };
}

function sameTargets(a: readonly Target[], b: readonly Target[]): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Compares two states: proposals added, removed and changed (field by field, amounts per year with the
 * difference), and the totals per year by vej, kategori, udvalg and status on both sides. Comparing a state
 * with itself gives an empty diff (`isEmptyDiff`). `applyDiff(from, diff)` gives `to` back exactly.
 */
export function diffStates(from: SeasonState, to: SeasonState, options: DiffOptions): StateDiff {
  const n = options.yearCount;
  const fromKeys = occurrenceKeys(from.proposals);
  const toKeys = occurrenceKeys(to.proposals);
  const fromByKey = new Map<string, Proposal>();
  from.proposals.forEach((p, i) => fromByKey.set(fromKeys[i] ?? p.id, p));
  const toKeySet = new Set(toKeys);

  const added: Proposal[] = [];
  const changed: ProposalDiff[] = [];
  const occurrences = new Map<string, number>();
  to.proposals.forEach((p, i) => {
    const k = occurrences.get(p.id) ?? 0;
    occurrences.set(p.id, k + 1);
    const before = fromByKey.get(toKeys[i] ?? p.id);
    if (!before) {
      added.push(p);
      return;
    }
    const d = diffProposal(before, p, n, k);
    if (d) changed.push(d);
  });
  const removed = from.proposals.filter((p, i) => !toKeySet.has(fromKeys[i] ?? p.id));

  // The order `applyDiff` would produce without help; `order` is only stored when `to` differs from it.
  const natural = [...fromKeys.filter((k) => toKeySet.has(k)), ...toKeys.filter((k) => !fromByKey.has(k))];
  const sameOrder = natural.length === toKeys.length && natural.every((k, i) => k === toKeys[i]);

  return {
    added,
    removed,
    changed,
    order: sameOrder ? null : to.proposals.map((p) => p.id),
    targets: sameTargets(from.targets, to.targets) ? null : { from: [...from.targets], to: [...to.targets] },
    totals: diffTotals(from.proposals, to.proposals, n, options.statuses),
  };
}

/** True when nothing differs: no proposal added, removed, changed or moved, and the targets equal. */
export function isEmptyDiff(diff: StateDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length === 0 &&
    diff.order === null &&
    diff.targets === null
  );
}

/**
 * `from` with the diff applied: the removed proposals taken out (the last ones with their id, when ids repeat),
 * the changed fields set, the added ones appended, then the order restored. New objects throughout.
 */
export function applyDiff(from: SeasonState, diff: StateDiff): SeasonState {
  const removeCount = new Map<string, number>();
  for (const p of diff.removed) removeCount.set(p.id, (removeCount.get(p.id) ?? 0) + 1);
  const total = new Map<string, number>();
  for (const p of from.proposals) total.set(p.id, (total.get(p.id) ?? 0) + 1);
  const changes = new Map<string, ProposalDiff>();
  for (const c of diff.changed) changes.set(keyOf(c.id, c.occurrence), c);

  const kept: Proposal[] = [];
  const seen = new Map<string, number>();
  for (const p of from.proposals) {
    const k = seen.get(p.id) ?? 0;
    seen.set(p.id, k + 1);
    // The last `removeCount` proposals with this id are the removed ones.
    if (k >= (total.get(p.id) ?? 0) - (removeCount.get(p.id) ?? 0)) continue;
    const change = changes.get(keyOf(p.id, k));
    kept.push(change ? applyProposalDiff(p, change) : copyProposal(p));
  }
  let proposals = [...kept, ...diff.added.map(copyProposal)];
  if (diff.order) {
    const byKey = new Map<string, Proposal>();
    occurrenceKeys(proposals).forEach((key, i) => {
      const p = proposals[i];
      if (p) byKey.set(key, p);
    });
    const counts = new Map<string, number>();
    proposals = diff.order.map((id) => {
      const k = counts.get(id) ?? 0;
      counts.set(id, k + 1);
      const p = byKey.get(keyOf(id, k));
      if (!p) throw new Error(`Sammenligningen passer ikke til versionen: forslag ${id} findes ikke.`);
      return p;
    });
  }
  const targets = diff.targets ? diff.targets.to.map((t) => copyTarget(t)) : from.targets.map(copyTarget);
  return { proposals, targets };
}

function applyProposalDiff(p: Proposal, change: ProposalDiff): Proposal {
  const next: Draft<Proposal> = copyProposal(p);
  for (const [field, value] of Object.entries(change.fields)) {
    if (!value) continue;
    Object.assign(next, { [field]: copyFieldValue(value.to) });
  }
  if (change.amounts) next.amounts = [...change.amounts.to];
  return next;
}
