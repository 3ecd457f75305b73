import { budgetBase } from '../calc/budget-base.ts';
import { nameKey, UNKNOWN_KEY } from '../calc/breakdown.ts';
import { evaluateTarget } from '../calc/targets.ts';
import type { Kr } from '../model/money.ts';
import { KATEGORIER, VEJE, type Kategori, type Proposal, type Vej } from '../model/proposal.ts';
import type { Project, Target } from '../model/project.ts';
import { formatDanish } from '../numbers/danish.ts';

// What the Resumé and Årsværk pages say, shared by the workbook writer and the app's print view (no exceljs here).

/** Per target and plan year: the target, what the catalogue holds in its scope (every status), and the gap. */
export interface TargetSummary {
  target: Target;
  amounts: Kr[];
  /** The catalogue's proposals in the target's scope, whatever their status (what there is to choose from). */
  found: Kr[];
  /** target − found (stored sign): positive means the catalogue holds more savings than the target asks. */
  gap: Kr[];
}

export function targetSummaries(project: Project, selected: readonly Proposal[]): TargetSummary[] {
  const years = project.settings.years;
  const frame = project.budget ? budgetBase(project.budget, years).serviceFrame : null;
  return project.targets.map((target) => {
    const e = evaluateTarget(target, { yearCount: years.length, serviceFrame: frame, proposals: selected });
    return { target, amounts: e.target, found: e.achieved, gap: e.gap };
  });
}

/** The words a politician reads first: "Kataloget indeholder forslag for 55,0 mio. kr. mere end målet i 2027". */
export function gapSentence(gap: Kr, year: number): string {
  const millions = Math.round(Math.abs(gap) / 100_000) / 10;
  if (millions === 0) return `Kataloget indeholder forslag svarende til målet i ${year}`;
  const amount = `${formatDanish(millions, 1)} mio. kr.`;
  return gap > 0
    ? `Kataloget indeholder forslag for ${amount} mere end målet i ${year}`
    : `Kataloget indeholder forslag for ${amount} mindre end målet i ${year}`;
}

/** The number of proposals per vej (rows) and kategori (columns), with "not set" only where it occurs. */
export interface VejKategoriCounts {
  veje: (Vej | null)[];
  kategorier: (Kategori | null)[];
  /** counts[vej][kategori] */
  counts: number[][];
}

export function vejKategoriCounts(selected: readonly Proposal[]): VejKategoriCounts {
  const veje: (Vej | null)[] = [...VEJE];
  const kategorier: (Kategori | null)[] = [...KATEGORIER];
  if (selected.some((p) => p.vej === null)) veje.push(null);
  if (selected.some((p) => p.kategori === null)) kategorier.push(null);
  const counts = veje.map((v) =>
    kategorier.map((k) => selected.filter((p) => p.vej === v && p.kategori === k).length),
  );
  return { veje, kategorier, counts };
}

/** The change in årsværk per udvalg (calc's committee keys, in order of appearance) and plan year, every status. */
export function fteByCommittee(
  selected: readonly Proposal[],
  yearCount: number,
): { committee: string; fte: number[] }[] {
  const out = new Map<string, number[]>();
  for (const p of selected) {
    const key = nameKey(p.committee);
    const sums = out.get(key) ?? new Array<number>(yearCount).fill(0);
    for (let i = 0; i < yearCount; i++) sums[i] = roundFte((sums[i] ?? 0) + (p.fte[i] ?? 0));
    out.set(key, sums);
  }
  return [...out].map(([committee, fte]) => ({ committee, fte }));
}

/** Sums of årsværk as a council reads them (no 0.30000000000000004). */
export function roundFte(value: number): number {
  const rounded = Math.round(value * 1000) / 1000;
  return rounded === 0 ? 0 : rounded;
}

/** The proposals that change staff: årsværk in some plan year, or words on the consequences for staff. */
export function staffProposals(selected: readonly Proposal[]): Proposal[] {
  return selected.filter((p) => p.fte.some((f) => f !== 0) || p.staffImpact.trim() !== '');
}

/** The proposals grouped by udvalg (calc's committee keys, in order of first appearance), as the Forslag list prints. */
export function groupByCommittee(
  selected: readonly Proposal[],
): { committee: string; label: string; proposals: Proposal[] }[] {
  const groups = new Map<string, Proposal[]>();
  for (const p of selected) {
    const key = nameKey(p.committee);
    const list = groups.get(key) ?? [];
    list.push(p);
    groups.set(key, list);
  }
  return [...groups].map(([committee, proposals]) => ({
    committee,
    label: committee === UNKNOWN_KEY ? '(uden udvalg)' : committee,
    proposals,
  }));
}
