import { parseDanishNumber, formatThousands } from '../../../shared/numbers/index.ts';
import { thousandsToKr, type Kr } from '../../../shared/model/index.ts';

/** Kroner shown in 1.000 kr. with only as many decimals as the amount needs (at most three). */
export function formatAmount(kr: Kr): string {
  const decimals = kr % 1000 === 0 ? 0 : kr % 100 === 0 ? 1 : kr % 10 === 0 ? 2 : 3;
  return formatThousands(kr, decimals);
}

/** Text typed or pasted in 1.000 kr. → kroner; "" is 0; unreadable text is null. */
export function parseAmount(text: string): Kr | null {
  if (text.trim() === '') return 0;
  const value = parseDanishNumber(text);
  return value === null ? null : thousandsToKr(value);
}
