import type { Kr, YearAmounts } from '../model/money.ts';
import { roundKr } from './round.ts';
import type { PriceIndexRow } from '../model/project.ts';

export type IndexKind = 'prices' | 'wages';

export class PriceIndexError extends Error {
  override name = 'PriceIndexError';
}

function indexOf(index: readonly PriceIndexRow[], year: number, kind: IndexKind): number {
  const row = index.find((r) => r.year === year);
  const value = row?.[kind];
  if (value === undefined || !Number.isFinite(value) || value <= 0)
    throw new PriceIndexError(
      `Pris- og lønindekset mangler et gyldigt ${kind === 'prices' ? 'prisindeks' : 'lønindeks'} for ${year}. Udfyld det i indekstabellen.`,
    );
  return value;
}

/**
 * Converts amounts given at `fromYear`'s price (or wage) level to `toYear`'s, with the user's index table
 * (KL's pris- og lønskøn). Rounded to whole kroner, so there and back is the identity within one krone.
 */
export function convertPrices(
  amounts: readonly Kr[],
  fromYear: number,
  toYear: number,
  index: readonly PriceIndexRow[],
  kind: IndexKind,
): YearAmounts {
  if (fromYear === toYear) return [...amounts];
  const from = indexOf(index, fromYear, kind);
  const to = indexOf(index, toYear, kind);
  return amounts.map((amount) => roundKr((amount * to) / from));
}
