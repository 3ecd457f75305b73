import type { Kr, SignDisplay } from '../../../shared/model/index.ts';
import { formatAmount } from '../../../shared/numbers/index.ts';

/** An amount as the user chose to read savings: stored sign, or savings as positive numbers. */
export function shown(kr: Kr, sign: SignDisplay): Kr {
  return sign === 'positiveIsSaving' ? -kr : kr;
}

/** An amount on screen in the user's sign convention, in the one format of amounts (1.000 kr., one decimal). */
export function showAmount(kr: Kr, sign: SignDisplay): string {
  return formatAmount(shown(kr, sign));
}
