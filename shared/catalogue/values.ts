import { KATEGORIER, STATUSES, VEJE, type Kategori, type Status, type Vej } from '../model/proposal.ts';
import { KATEGORI_LABEL, STATUS_LABEL, VEJ_LABEL } from '../model/labels.ts';

/**
 * Reading back what a colleague typed in the Forslag sheet's Vej, Kategori and Status columns: the labels the
 * export wrote, the stored values, and the usual variants ("Stille", "Den brede vej", "servicereduktioner").
 * Returns null for an empty cell and undefined for text that is not understood (never a guess).
 */
function fold(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[-\s]+/g, ' ');
}

function match<T extends string>(
  text: string,
  values: readonly T[],
  labels: Record<T, string>,
  prefixes: [string, T][],
): T | null | undefined {
  const folded = fold(text);
  if (folded === '') return null;
  for (const v of values) if (folded === fold(v) || folded === fold(labels[v])) return v;
  const bare = folded.replace(/^den /, '').replace(/ vej$/, '').replace(/ /g, '');
  for (const [prefix, value] of prefixes) if (bare.startsWith(prefix)) return value;
  return undefined;
}

export function parseVej(text: string): Vej | null | undefined {
  return match(text, VEJE, VEJ_LABEL, [
    ['still', 'stille'],
    ['bred', 'brede'],
    ['smal', 'smalle'],
    ['tvaerg', 'tvaergaaende'],
    ['direkt', 'direkte'],
  ]);
}

export function parseKategori(text: string): Kategori | null | undefined {
  return match(text, KATEGORIER, KATEGORI_LABEL, [
    ['effektivis', 'effektivisering'],
    ['servicered', 'servicereduktion'],
    ['opgavebort', 'opgavebortfald'],
  ]);
}

export function parseStatus(text: string): Status | null | undefined {
  return match(text, STATUSES, STATUS_LABEL, [
    ['prioriter', 'prioriteret'],
    ['fravalg', 'fravalgt'],
    ['tilmodning', 'tilModning'],
    ['forslag', 'forslag'],
  ]);
}
