import {
  computeBreakdown,
  KATEGORI_KEYS,
  UNKNOWN_KEY,
  VEJ_KEYS,
  type KategoriKey,
  type VejKey,
} from '../calc/breakdown.ts';
import { budgetAfterFrom } from '../calc/budget-after.ts';
import { budgetBase, type BudgetBase } from '../calc/budget-base.ts';
import { investmentEffect } from '../calc/investment.ts';
import { evaluateTarget } from '../calc/targets.ts';
import type { Kr } from '../model/money.ts';
import { STATUSES, type Kategori, type Proposal, type Status, type Vej } from '../model/proposal.ts';
import type { Project, Target } from '../model/project.ts';

/**
 * Råderum's own numbers for the catalogue (kroner, stored sign), all from shared/calc. They become the cached
 * values of the workbook's formulas, so any reader shows them even before recalculating.
 */
export interface CatalogueFigures {
  /** Every proposal in the catalogue, whatever its status. */
  total: Kr[];
  /** Committee names as calc keys them (trimmed); a blank committee is `UNKNOWN_KEY`. */
  byCommittee: { committee: string; amounts: Kr[] }[];
  byKategori: { kategori: Kategori | null; amounts: Kr[] }[];
  byVej: { vej: Vej | null; amounts: Kr[] }[];
  byVejKategori: { vej: Vej | null; kategori: Kategori | null; amounts: Kr[] }[];
  byStatus: { status: Status; amounts: Kr[] }[];
  /** Per target: target amounts, achieved by the counted proposals in scope, gap = target − achieved. */
  targets: { target: Target; amounts: Kr[]; attained: Kr[]; gap: Kr[] }[];
  /** Per committee (budget's and proposals'): base, counted proposals, base + counted. */
  budgetAfter: { committee: string; base: Kr[]; counted: Kr[]; result: Kr[] }[];
  /** First plan year in which an investment has paid for itself; null when not within the plan. */
  payback: Map<string, number | null>;
  /** The statuses that count in targets and the budget after prioritisation. */
  countedStatuses: Status[];
}

function fromVejKey(key: VejKey): Vej | null {
  return key === UNKNOWN_KEY ? null : key;
}

function fromKategoriKey(key: KategoriKey): Kategori | null {
  return key === UNKNOWN_KEY ? null : key;
}

function emptyBase(years: readonly number[]): BudgetBase {
  const zeros = years.map(() => 0);
  return {
    years,
    committees: [],
    byCommittee: {},
    serviceByCommittee: {},
    total: zeros,
    serviceFrame: zeros,
    unknownServiceLines: 0,
    missingYears: [],
  };
}

export function countedStatusesOf(project: Project): Status[] {
  return project.countedStatuses.length > 0 ? [...project.countedStatuses] : ['prioriteret'];
}

export function catalogueFigures(project: Project, selected: readonly Proposal[]): CatalogueFigures {
  const years = project.settings.years;
  const n = years.length;
  const all = computeBreakdown(selected, n);
  const countedStatuses = countedStatusesOf(project);
  const counted = computeBreakdown(selected, n, countedStatuses);
  const countedProposals = selected.filter((p) => countedStatuses.includes(p.status));
  const base = project.budget ? budgetBase(project.budget, years) : emptyBase(years);
  const after = budgetAfterFrom(base, counted);
  const present = (key: string, count: number): boolean => key !== UNKNOWN_KEY || count > 0;
  const combos = new Set(selected.map((p) => `${p.vej ?? UNKNOWN_KEY}|${p.kategori ?? UNKNOWN_KEY}`));
  return {
    total: all.total,
    byCommittee: Object.entries(all.byCommittee).map(([committee, amounts]) => ({ committee, amounts })),
    byKategori: KATEGORI_KEYS.filter((k) => present(k, all.countByKategori[k])).map((k) => ({
      kategori: fromKategoriKey(k),
      amounts: all.byKategori[k],
    })),
    byVej: VEJ_KEYS.filter((v) => present(v, all.countByVej[v])).map((v) => ({
      vej: fromVejKey(v),
      amounts: all.byVej[v],
    })),
    byVejKategori: VEJ_KEYS.flatMap((v) =>
      KATEGORI_KEYS.filter((k) => combos.has(`${v}|${k}`)).map((k) => ({
        vej: fromVejKey(v),
        kategori: fromKategoriKey(k),
        amounts: all.byVejKategori[v][k],
      })),
    ),
    byStatus: STATUSES.map((status) => ({ status, amounts: all.byStatus[status] })),
    targets: project.targets.map((target) => {
      const e = evaluateTarget(target, {
        yearCount: n,
        serviceFrame: base.serviceFrame,
        proposals: countedProposals,
      });
      return { target, amounts: e.target, attained: e.achieved, gap: e.gap };
    }),
    budgetAfter: Object.entries(after.byCommittee).map(([committee, result]) => ({
      committee,
      base: years.map((_, i) => base.byCommittee[committee]?.[i] ?? 0),
      counted: years.map((_, i) => counted.byCommittee[committee]?.[i] ?? 0),
      result,
    })),
    payback: new Map(
      selected.filter((p) => p.investment !== 0).map((p) => [p.id, investmentEffect(p, years).paybackYear]),
    ),
    countedStatuses,
  };
}
