import { parseDanishNumber, formatThousands } from '../../../shared/numbers/index.ts';
import { thousandsToKr, type Kr } from '../../../shared/model/index.ts';

/**
 * Kroner as exact text in 1.000 kr., with only as many decimals as the amount needs (at most three): what a cell
 * gives to its editor, to a copy and to Ctrl+D, so nothing is rounded on its way. Screens show amounts with
 * `formatAmount` (shared/numbers), one decimal always.
 */
export function amountText(kr: Kr): string {
  const decimals = kr % 1000 === 0 ? 0 : kr % 100 === 0 ? 1 : kr % 10 === 0 ? 2 : 3;
  return formatThousands(kr, decimals);
}

/** Text typed or pasted in 1.000 kr. → kroner; "" is 0; unreadable text is null. */
export function parseAmount(text: string): Kr | null {
  if (text.trim() === '') return 0;
  const value = parseDanishNumber(text);
  return value === null ? null : thousandsToKr(value);
}

/** The screens' amount format (one decimal always), here too for views that import their amount helpers from here. */
export { formatAmount } from '../../../shared/numbers/index.ts';
