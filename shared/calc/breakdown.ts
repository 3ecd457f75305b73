import type { Kr, YearAmounts } from '../model/money.ts';
import { KATEGORIER, STATUSES, VEJE } from '../model/proposal.ts';
import type { Kategori, Proposal, Status, Vej } from '../model/proposal.ts';

/**
 * The key under which a proposal is counted when its vej, kategori, committee or catalogue is missing
 * (null or blank). Such proposals are never dropped from a total: they stay visible under this key.
 */
export const UNKNOWN_KEY = 'ukendt';
export type UnknownKey = typeof UNKNOWN_KEY;
export type VejKey = Vej | UnknownKey;
export type KategoriKey = Kategori | UnknownKey;

export const VEJ_KEYS: readonly VejKey[] = [...VEJE, UNKNOWN_KEY];
export const KATEGORI_KEYS: readonly KategoriKey[] = [...KATEGORIER, UNKNOWN_KEY];

/** Totals of the counted proposals per plan year (kroner, stored sign: negative = saving). */
export interface Breakdown {
  yearCount: number;
  /** Number of counted proposals. */
  count: number;
  total: YearAmounts;
  /** Every vej plus `ukendt` is always present (zeros where nothing is counted). */
  byVej: Record<VejKey, YearAmounts>;
  /** Every kategori plus `ukendt` is always present. */
  byKategori: Record<KategoriKey, YearAmounts>;
  /** Committees in the order they first appear among the counted proposals; blank → `ukendt`. */
  byCommittee: Record<string, YearAmounts>;
  /** Every status is present; statuses that do not count are zero. */
  byStatus: Record<Status, YearAmounts>;
  /** Catalogue names in order of first appearance; a proposal outside every catalogue → `ukendt`. */
  byCatalogue: Record<string, YearAmounts>;
  /** vej × kategori, every combination present. */
  byVejKategori: Record<VejKey, Record<KategoriKey, YearAmounts>>;
  countByVej: Record<VejKey, number>;
  countByKategori: Record<KategoriKey, number>;
  countByCommittee: Record<string, number>;
  countByStatus: Record<Status, number>;
  countByCatalogue: Record<string, number>;
}

export function vejKey(vej: Vej | null): VejKey {
  return vej ?? UNKNOWN_KEY;
}

export function kategoriKey(kategori: Kategori | null): KategoriKey {
  return kategori ?? UNKNOWN_KEY;
}

/** Committee and catalogue names as keys: blank becomes `ukendt`, surrounding spaces are not significant. */
export function nameKey(name: string): string {
  const hit = keyCache.get(name);
  if (hit !== undefined) return hit;
  const trimmed = name.trim();
  const key = trimmed === '' ? UNKNOWN_KEY : trimmed;
  // A project has a few dozen committee and catalogue names; the bound only guards against odd input.
  if (keyCache.size > 10_000) keyCache.clear();
  keyCache.set(name, key);
  return key;
}

const keyCache = new Map<string, string>();

function zeros(n: number): Kr[] {
  return new Array<Kr>(n).fill(0);
}

function recordOf<K extends string, V>(keys: readonly K[], make: () => V): Record<K, V> {
  const record = {} as Record<K, V>;
  for (const key of keys) record[key] = make();
  return record;
}

function addAmounts(target: Kr[], amounts: readonly Kr[], n: number): void {
  for (let i = 0; i < n; i++) target[i] = (target[i] ?? 0) + (amounts[i] ?? 0);
}

/** True when the proposal's status is one of `statuses` (no list = every status counts). */
export function statusCounts(proposal: Proposal, statuses: ReadonlySet<Status> | null): boolean {
  return statuses === null || statuses.has(proposal.status);
}

/**
 * Sums the proposals whose status is in `statuses` (all proposals when omitted) per plan year, by every
 * dimension the catalogue and Oversigt show. Every breakdown sums exactly to `total`, because each counted
 * proposal lands in exactly one key of each breakdown (missing values under `ukendt`).
 * Amount arrays shorter than `yearCount` count as 0 in the missing years; longer ones are cut.
 */
export function computeBreakdown(
  proposals: readonly Proposal[],
  yearCount: number,
  statuses?: readonly Status[],
): Breakdown {
  const n = yearCount;
  const counted = statuses ? new Set(statuses) : null;
  const total = zeros(n);
  const byVej = recordOf(VEJ_KEYS, () => zeros(n));
  const byKategori = recordOf(KATEGORI_KEYS, () => zeros(n));
  const byStatus = recordOf(STATUSES, () => zeros(n));
  const byVejKategori = recordOf(VEJ_KEYS, () => recordOf(KATEGORI_KEYS, () => zeros(n)));
  const byCommittee: Record<string, Kr[]> = {};
  const byCatalogue: Record<string, Kr[]> = {};
  const countByVej = recordOf(VEJ_KEYS, () => 0);
  const countByKategori = recordOf(KATEGORI_KEYS, () => 0);
  const countByStatus = recordOf(STATUSES, () => 0);
  const countByCommittee: Record<string, number> = {};
  const countByCatalogue: Record<string, number> = {};
  let count = 0;

  for (const proposal of proposals) {
    if (!statusCounts(proposal, counted)) continue;
    count++;
    const amounts = proposal.amounts;
    const vej = vejKey(proposal.vej);
    const kategori = kategoriKey(proposal.kategori);
    const committee = nameKey(proposal.committee);
    const catalogue = nameKey(proposal.catalogue);
    addAmounts(total, amounts, n);
    addAmounts(byVej[vej], amounts, n);
    addAmounts(byKategori[kategori], amounts, n);
    addAmounts(byStatus[proposal.status], amounts, n);
    addAmounts(byVejKategori[vej][kategori], amounts, n);
    addAmounts((byCommittee[committee] ??= zeros(n)), amounts, n);
    addAmounts((byCatalogue[catalogue] ??= zeros(n)), amounts, n);
    countByVej[vej]++;
    countByKategori[kategori]++;
    countByStatus[proposal.status]++;
    countByCommittee[committee] = (countByCommittee[committee] ?? 0) + 1;
    countByCatalogue[catalogue] = (countByCatalogue[catalogue] ?? 0) + 1;
  }

  return {
    yearCount: n,
    count,
    total,
    byVej,
    byKategori,
    byCommittee,
    byStatus,
    byCatalogue,
    byVejKategori,
    countByVej,
    countByKategori,
    countByCommittee,
    countByStatus,
    countByCatalogue,
  };
}
