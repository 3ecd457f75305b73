import type { Budget } from '../model/budget.ts';
import type { Kr, YearAmounts } from '../model/money.ts';
import type { Problem } from '../model/problem.ts';
import { blankProposal, type Proposal } from '../model/proposal.ts';
import { nameKey } from './breakdown.ts';
import { budgetBase } from './budget-base.ts';
import { roundKr } from './round.ts';

export interface AcrossTheBoardOptions {
  /** The reduction per plan year in kroner (negative = saving), aligned with `years`. */
  total: readonly Kr[];
  /** The plan years `total` is aligned with; default the budget's years. */
  years?: readonly number[];
  exempt?: readonly string[];
  /** Spread over service expenditure only (default), or over the whole net budget. */
  serviceOnly?: boolean;
  /** The project's proposals: used to warn about committees with proposals of their own and to keep ids unique. */
  existingProposals?: readonly Proposal[];
  /** Catalogue the new proposals are put in (default none). */
  catalogue?: string;
}

export interface AcrossTheBoardCut {
  years: number[];
  total: YearAmounts;
  /** Each non-exempt committee's part per year; exempt committees are absent. Parts sum exactly to `total`. */
  byCommittee: Record<string, YearAmounts>;
  /** One proposal per committee with a part, tagged `direkte` / `servicereduktion`. */
  proposals: Proposal[];
  warnings: Problem[];
}

/**
 * Splits `units` whole units pro rata over `weights` (non-negative) by the largest-remainder method, exactly:
 * the parts are integers that sum to `units`. Ties go to the earlier weight. All weights 0 → all parts 0
 * except when units ≠ 0, in which case the split is even over all entries.
 */
export function largestRemainder(units: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sign = units < 0 ? -1 : 1;
  const whole = BigInt(Math.abs(units));
  let ws = weights.map((w) => BigInt(Math.max(0, Math.round(w))));
  let sum = ws.reduce((a, b) => a + b, 0n);
  if (sum === 0n) {
    ws = weights.map(() => 1n);
    sum = BigInt(weights.length);
  }
  const parts = ws.map((w) => (whole * w) / sum);
  const remainders = ws.map((w, i) => ({ i, r: (whole * w) % sum }));
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left--;
  }
  return parts.map((p) => sign * Number(p) || 0);
}

const UNIT = 1000;

function nextIds(count: number, taken: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  for (let k = 1; ids.length < count; k++) {
    const id = `GH-${String(k).padStart(2, '0')}`;
    if (!taken.has(id)) ids.push(id);
  }
  return ids;
}

/**
 * Den direkte vej (grønthøster): each year's reduction is spread pro rata over the base budget of the
 * non-exempt committees in whole 1.000 kr., the parts summing exactly to the total (largest remainder; a
 * total that is not whole thousands puts the odd kroner on the largest part). Committees whose base is 0
 * or negative get nothing. Warns when a committee already has proposals of its own or is exempt.
 */
export function acrossTheBoardCut(budget: Budget, options: AcrossTheBoardOptions): AcrossTheBoardCut {
  const years = [...(options.years ?? budget.years)];
  const n = years.length;
  const base = budgetBase(budget, years);
  const serviceOnly = options.serviceOnly ?? true;
  const exempt = new Set((options.exempt ?? []).map(nameKey));
  const existing = options.existingProposals ?? [];
  const warnings: Problem[] = [];
  // Whole kroner: a total typed with øre would otherwise leave fractional kroner on the largest part.
  const total = years.map((_, i) => roundKr(options.total[i] ?? 0));

  for (const name of exempt) {
    warnings.push(
      base.committees.includes(name)
        ? {
            code: 'cut.committee-exempt',
            severity: 'info',
            message: `Udvalget '${name}' er fritaget og får ingen andel af grønthøsteren.`,
          }
        : {
            code: 'cut.unknown-exempt',
            severity: 'warning',
            message: `Udvalget '${name}' findes ikke i budgettet, så fritagelsen har ingen virkning. Kontrollér stavemåden.`,
          },
    );
  }
  const participants = base.committees.filter((c) => !exempt.has(c));
  const weightsOf = serviceOnly ? base.serviceByCommittee : base.byCommittee;
  const byCommittee: Record<string, Kr[]> = {};
  for (const committee of participants) byCommittee[committee] = new Array<Kr>(n).fill(0);

  for (let i = 0; i < n; i++) {
    const yearTotal = total[i] ?? 0;
    if (yearTotal === 0 || participants.length === 0) continue;
    const weights = participants.map((c) => weightsOf[c]?.[i] ?? 0);
    const units = Math.trunc(yearTotal / UNIT);
    const odd = yearTotal - units * UNIT;
    const parts = largestRemainder(units, weights);
    let largest = 0;
    parts.forEach((part, k) => {
      if (Math.abs(part) > Math.abs(parts[largest] ?? 0)) largest = k;
    });
    participants.forEach((committee, k) => {
      const part = (parts[k] ?? 0) * UNIT + (k === largest ? odd : 0);
      const row = byCommittee[committee];
      if (row) row[i] = part;
    });
  }
  if (participants.length === 0 && total.some((x) => x !== 0))
    warnings.push({
      code: 'cut.nobody-left',
      severity: 'error',
      message: 'Alle udvalg er fritaget (eller har intet budget), så grønthøsteren kan ikke fordeles.',
    });
  const evenYears = years.filter(
    (_, i) =>
      (total[i] ?? 0) !== 0 &&
      participants.length > 0 &&
      participants.every((c) => (weightsOf[c]?.[i] ?? 0) <= 0),
  );
  if (evenYears.length > 0)
    warnings.push({
      code: 'cut.even-split',
      severity: 'warning',
      message: `Der er intet ${serviceOnly ? 'servicebudget' : 'budget'} at fordele efter i ${evenYears.join(', ')}, så grønthøsteren er fordelt ligeligt mellem udvalgene.`,
    });
  for (const committee of participants) {
    if (evenYears.length === 0 && weightsOf[committee]?.every((w) => w <= 0) && total.some((x) => x !== 0))
      warnings.push({
        code: 'cut.no-base',
        severity: 'warning',
        message: `Udvalget '${committee}' har intet ${serviceOnly ? 'servicebudget' : 'budget'} at fordele efter og får ingen andel.`,
      });
  }
  const withProposals = new Set(existing.map((p) => nameKey(p.committee)));
  for (const committee of participants) {
    if (withProposals.has(committee))
      warnings.push({
        code: 'cut.committee-has-proposals',
        severity: 'warning',
        message: `Udvalget '${committee}' har allerede egne forslag; grønthøsteren lægges oven i dem.`,
      });
  }

  const receiving = participants.filter((c) => byCommittee[c]?.some((x) => x !== 0));
  const ids = nextIds(receiving.length, new Set(existing.map((p) => p.id)));
  const proposals: Proposal[] = receiving.map((committee, k) =>
    blankProposal(ids[k] ?? `GH-${k + 1}`, n, {
      title: `Grønthøster: ${committee}`,
      committee,
      vej: 'direkte',
      kategori: 'servicereduktion',
      catalogue: options.catalogue ?? '',
      amounts: [...(byCommittee[committee] ?? [])],
      isService: serviceOnly,
      description: `Generel reduktion fordelt forholdsmæssigt efter udvalgets ${serviceOnly ? 'serviceudgifter' : 'nettobudget'} (grønthøster).`,
    }),
  );
  return { years, total, byCommittee, proposals, warnings };
}
