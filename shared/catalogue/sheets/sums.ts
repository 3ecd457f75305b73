import { criteriaArray, exactCriterion, isPlainCriterion, quoted } from '../formulas.ts';
import { columnOf, forslagRange, type SheetContext } from './context.ts';

/** One condition on the Forslag rows a sum counts. */
export interface Criterion {
  field: 'committee' | 'vej' | 'kategori' | 'status';
  /** The texts as they stand in the Forslag sheet; more than one means "any of these". */
  values: string[];
  /** A cell on the same sheet holding the single value, used instead of a constant when it is safe. */
  cell?: string;
}

/**
 * SUMIFS over the Forslag amounts (or årsværk) of one year; several multi-valued criteria become an array sum. The
 * range runs through the udvalg's heading and subtotal rows, whose status cell is empty: every sum counts only rows
 * with a status, i.e. proposals.
 */
export function sumFormula(
  ctx: SheetContext,
  yearIndex: number,
  criteria: Criterion[],
  field: 'amount' | 'fte' = 'amount',
): string {
  const sumRange = forslagRange(ctx, columnOf(ctx, field, yearIndex));
  const parts: string[] = [];
  if (!criteria.some((c) => c.field === 'status'))
    parts.push(forslagRange(ctx, columnOf(ctx, 'status')), quoted('<>'));
  let arrays = 0;
  for (const c of criteria) {
    const range = forslagRange(ctx, columnOf(ctx, c.field));
    if (c.values.length === 1) {
      const value = c.values[0] ?? '';
      parts.push(range, c.cell && isPlainCriterion(value) ? c.cell : exactCriterion(value));
    } else {
      parts.push(range, criteriaArray(c.values, arrays === 0 ? 'row' : 'column'));
      arrays++;
    }
  }
  if (criteria.some((c) => c.values.length === 0)) return '0';
  if (arrays > 2) return booleanSumFormula(ctx, sumRange, criteria);
  const sumifs = `SUMIFS(${sumRange},${parts.join(',')})`;
  return arrays > 0 ? `SUMPRODUCT(${sumifs})` : sumifs;
}

/** Fallback for three or more multi-valued criteria: exact comparisons multiplied out. */
function booleanSumFormula(ctx: SheetContext, sumRange: string, criteria: Criterion[]): string {
  const factors = criteria.map((c) => {
    const range = forslagRange(ctx, columnOf(ctx, c.field));
    return `((${c.values.map((v) => `(${range}=${quoted(v)})`).join('+')})>0)`;
  });
  if (!criteria.some((c) => c.field === 'status'))
    factors.push(`(${forslagRange(ctx, columnOf(ctx, 'status'))}<>"")`);
  return `SUMPRODUCT(N(+${sumRange})*${factors.join('*')})`;
}

/** COUNTIFS of the proposal rows (those with a status) whose cells equal the single values of `criteria`. */
export function countFormula(ctx: SheetContext, criteria: Criterion[]): string {
  const parts = [forslagRange(ctx, columnOf(ctx, 'status')), quoted('<>')];
  for (const c of criteria)
    parts.push(forslagRange(ctx, columnOf(ctx, c.field)), exactCriterion(c.values[0] ?? ''));
  return `COUNTIFS(${parts.join(',')})`;
}
