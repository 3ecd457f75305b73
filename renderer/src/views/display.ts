import type { Kr, SignDisplay } from '../../../shared/model/index.ts';
import { formatAmount } from '../grid/amounts.ts';

/** An amount as the user chose to read savings: stored sign, or savings as positive numbers. */
export function shown(kr: Kr, sign: SignDisplay): Kr {
  return sign === 'positiveIsSaving' ? -kr : kr;
}

export function showAmount(kr: Kr, sign: SignDisplay): string {
  return formatAmount(shown(kr, sign) + 0);
}
