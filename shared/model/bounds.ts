/**
 * Bounds on the numbers the importers read from files (workbooks, CSV, department submissions), beside the one on a
 * single amount (`AMOUNT_LIMIT_KR` in money.ts: |amount| < 10^12 kr.; a cell beyond it is reported with its address
 * and not counted).
 *
 * Sums: one file can hold 1,048,576 rows per sheet, so the per-amount bound alone does not keep totals exact
 * (10^12 kr. × 10^6 lines > 2^53 ≈ 9.007·10^15). Each import therefore keeps the sum of |amounts| per plan year
 * below 10^15 kr. (`FileTotals`): every sum over one file's lines (a total, an udvalg, a difference) is then an
 * exact integer, and so is any sum over a budget and a few proposal lists together (nine such files stay below 2^53).
 *
 * Årsværk: |fte| < 100.000 per cell read (the largest Danish municipality employs about 45.000 people), well inside
 * what the project file accepts, so an imported proposal always saves and opens again.
 */
import type { Kr } from './money.ts';

/** Exclusive bound on the sum of |amounts| per plan year over everything one import brings in, in kroner. */
export const MAX_FILE_TOTAL_KR = 1e15;
/** Exclusive bound on one cell's årsværk. */
export const MAX_CELL_FTE = 100_000;

export function isPlausibleFte(fte: number): boolean {
  return Number.isFinite(fte) && Math.abs(fte) < MAX_CELL_FTE;
}

/** The running sum of |amounts| per plan year over one import, kept below `MAX_FILE_TOTAL_KR`. */
export class FileTotals {
  private readonly sums: number[] = [];

  /** True, and counted, when `amounts` still fit; false (and nothing counted) when one year would reach the bound. */
  add(amounts: readonly Kr[]): boolean {
    for (let i = 0; i < amounts.length; i++) {
      if ((this.sums[i] ?? 0) + Math.abs(amounts[i] ?? 0) >= MAX_FILE_TOTAL_KR) return false;
    }
    for (let i = 0; i < amounts.length; i++) this.sums[i] = (this.sums[i] ?? 0) + Math.abs(amounts[i] ?? 0);
    return true;
  }
}
