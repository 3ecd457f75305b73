import {
  computeBreakdown,
  VEJ_KEYS,
  type ProjectCalculation,
  type VejKey,
} from '../../../shared/calc/index.ts';
import type { Kr, Proposal, SignDisplay } from '../../../shared/model/index.ts';
import { shown } from './display.ts';

/**
 * What "Råderum mod mål pr. år" draws, in amounts as the screen shows them (the user's sign convention): per year,
 * each vej's savings and each vej's merudgifter (investments included) stacked from the zero line in opposite
 * directions, and the net total, which is "I alt" of the table beside the chart; each target its own line.
 */
export interface ChartSegment {
  vej: VejKey;
  /** Where the segment starts and ends on the value axis (kroner as shown); `from` is nearer zero. */
  from: number;
  to: number;
  /** Whether it is savings or merudgifter of the vej. */
  kind: 'saving' | 'cost';
}

export interface ChartYear {
  year: number;
  segments: ChartSegment[];
  /** The net effect of the year as shown: the sum of its segments and "I alt" in the table. */
  net: number;
}

export interface ChartTarget {
  name: string;
  /** Per year, as shown. */
  values: number[];
}

export interface ChartModel {
  years: ChartYear[];
  targets: ChartTarget[];
  /** The value axis: from `min` to `max` (kroner as shown) with gridlines at `ticks`; 0 lies within. */
  min: number;
  max: number;
  ticks: number[];
  /** The veje that have a segment in some year, in the order of the veje. */
  veje: VejKey[];
  /** Whether any proposal counts (else there is no net to mark). */
  hasProposals: boolean;
}

const positive = (kr: Kr): Kr => (kr > 0 ? kr : 0);
const negative = (kr: Kr): Kr => (kr < 0 ? kr : 0);

/** A step of 1, 2 or 5 × a power of ten thousand kroner, at least `rough`. */
function niceStep(rough: number): number {
  const thousands = Math.max(rough / 1000, 0.1);
  const power = 10 ** Math.floor(Math.log10(thousands));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= thousands) ?? 10 * power;
  return step * 1000;
}

/**
 * The chart's model from the same calculation as the tables (`calc`), and the proposals it counted (for the split
 * of each vej into savings and merudgifter, which the breakdown keeps netted).
 */
export function chartModel(
  calc: ProjectCalculation,
  proposals: readonly Proposal[],
  sign: SignDisplay,
): ChartModel {
  const n = calc.years.length;
  const split = (part: (kr: Kr) => Kr) =>
    computeBreakdown(
      proposals.map((p) => ({ ...p, amounts: p.amounts.map(part) })),
      n,
      calc.statuses,
    ).byVej;
  const savingsByVej = split(negative);
  const costsByVej = split(positive);
  const drawn = new Set<VejKey>();
  const years = calc.years.map((year, i): ChartYear => {
    let up = 0;
    let down = 0;
    const segments: ChartSegment[] = [];
    for (const vej of VEJ_KEYS) {
      for (const [kind, byVej] of [
        ['saving', savingsByVej],
        ['cost', costsByVej],
      ] as const) {
        const value = shown(byVej[vej][i] ?? 0, sign);
        if (value === 0) continue;
        drawn.add(vej);
        if (value > 0) {
          segments.push({ vej, kind, from: up, to: up + value });
          up += value;
        } else {
          segments.push({ vej, kind, from: down, to: down + value });
          down += value;
        }
      }
    }
    return { year, segments, net: shown(calc.breakdown.total[i] ?? 0, sign) + 0 };
  });
  const targets = calc.targets.map((t) => ({
    name: t.name,
    values: calc.years.map((_, i) => shown(t.target[i] ?? 0, sign) + 0),
  }));
  const values = [
    0,
    ...years.flatMap((y) => [y.net, ...y.segments.map((s) => s.to)]),
    ...targets.flatMap((t) => t.values),
  ];
  const step = niceStep((Math.max(...values) - Math.min(...values)) / 4);
  const min = Math.floor(Math.min(...values) / step) * step;
  const max = Math.max(Math.ceil(Math.max(...values) / step) * step, min + step);
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Math.round(v) + 0);
  return {
    years,
    targets,
    min,
    max,
    ticks,
    veje: VEJ_KEYS.filter((v) => drawn.has(v)),
    hasProposals: calc.breakdown.count > 0,
  };
}
