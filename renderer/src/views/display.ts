import type { Kr, SignDisplay } from '../../../shared/model/index.ts';
import { formatThousands } from '../../../shared/numbers/index.ts';

/** An amount as the user chose to read savings: stored sign, or savings as positive numbers. */
export function shown(kr: Kr, sign: SignDisplay): Kr {
  return sign === 'positiveIsSaving' ? -kr : kr;
}

/** Summary tables: 1.000 kr. with one decimal where the amount has one, never more (kroner stay exact inside). */
export function showAmount(kr: Kr, sign: SignDisplay): string {
  const value = shown(kr, sign) + 0;
  return formatThousands(value, value % 1000 === 0 ? 0 : 1);
}
