import { formatDanish, formatThousands, parseDanishNumber } from '../../../shared/numbers/index.ts';
import { isPlausibleFte, isPlausibleKr, thousandsToKr, type Kr } from '../../../shared/model/index.ts';

/**
 * Kroner as exact text in 1.000 kr., with only as many decimals as the amount needs (at most three): what a cell
 * gives to its editor, to a copy and to Ctrl+D, so nothing is rounded on its way. Screens show amounts with
 * `formatAmount` (shared/numbers), one decimal always.
 */
export function amountText(kr: Kr): string {
  const decimals = kr % 1000 === 0 ? 0 : kr % 100 === 0 ? 1 : kr % 10 === 0 ? 2 : 3;
  return formatThousands(kr, decimals);
}

/**
 * Text typed or pasted in 1.000 kr. → kroner; "" is 0. Unreadable text is null, and so is an amount beyond the
 * bound on one amount (`AMOUNT_LIMIT_KR`), which the project file would refuse to save.
 */
export function parseAmount(text: string): Kr | null {
  if (text.trim() === '') return 0;
  const value = parseDanishNumber(text);
  if (value === null) return null;
  const kr = thousandsToKr(value);
  return isPlausibleKr(kr) ? kr : null;
}

/**
 * Årsværk typed or pasted ("-1,5", "2"); "" is 0. Unreadable text is null, and so is a number beyond the bound on
 * one year's årsværk (`MAX_CELL_FTE`), the one the importers keep to.
 */
export function parseFte(text: string): number | null {
  if (text.trim() === '') return 0;
  const value = parseDanishNumber(text);
  return value !== null && isPlausibleFte(value) ? value : null;
}

/** Årsværk as their grid cell and the detail panel show them: two decimals, Danish ("-1,50"). */
export function fteText(fte: number): string {
  return formatDanish(fte, 2);
}

/** The screens' amount format (one decimal always), here too for views that import their amount helpers from here. */
export { formatAmount } from '../../../shared/numbers/index.ts';
