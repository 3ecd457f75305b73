import type { Kategori, Status, Vej } from '../model/proposal.ts';

/**
 * Vej, kategori and status as people type them in submissions: "Den stille vej", " STILLE", "tværgaaende",
 * "Service-reduktion", "Effektiviseringer". The text is folded (case, accents, æ/ø/å, spaces, hyphens, a leading
 * "den" and a trailing "vej") and then must match one of a closed list of forms; anything else is `null`, so the
 * importer can warn instead of guessing.
 */

/** Lower case, æ→ae, ø→oe, å→aa, other accents dropped, and only the letters a-z kept. */
export function foldWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

const VEJ_FORMS: Record<string, Vej> = {
  stille: 'stille',
  bred: 'brede',
  brede: 'brede',
  smal: 'smalle',
  smalle: 'smalle',
  tvaergaaende: 'tvaergaaende',
  // "å" typed as a plain "a" on keyboards without Danish letters.
  tvaergaende: 'tvaergaaende',
  tvargaende: 'tvaergaaende',
  direkte: 'direkte',
};

const KATEGORI_FORMS: Record<string, Kategori> = {
  effektivisering: 'effektivisering',
  effektiviseringer: 'effektivisering',
  servicereduktion: 'servicereduktion',
  servicereduktioner: 'servicereduktion',
  opgavebortfald: 'opgavebortfald',
  opgavebortfaldet: 'opgavebortfald',
};

const STATUS_FORMS: Record<string, Status> = {
  forslag: 'forslag',
  prioriteret: 'prioriteret',
  fravalgt: 'fravalgt',
  tilmodning: 'tilModning',
};

function lookup<T>(forms: Record<string, T>, key: string): T | null {
  return Object.prototype.hasOwnProperty.call(forms, key) ? (forms[key] ?? null) : null;
}

/** "Den stille vej", "Stille", "stille vej", "tværgaaende", "Smal" → the stored value; unrecognised → null. */
export function normaliseVej(text: string): Vej | null {
  let key = foldWord(text);
  if (key.endsWith('vejen')) key = key.slice(0, -5);
  else if (key.endsWith('vej')) key = key.slice(0, -3);
  if (key.startsWith('den')) key = key.slice(3);
  return lookup(VEJ_FORMS, key);
}

/** "Effektiviseringer", "service-reduktion", "Opgave-bortfald" → the stored value; unrecognised → null. */
export function normaliseKategori(text: string): Kategori | null {
  return lookup(KATEGORI_FORMS, foldWord(text));
}

/** "Forslag", "Prioriteret", "Fravalgt", "Til modning" → the stored value; unrecognised → null. */
export function normaliseStatus(text: string): Status | null {
  return lookup(STATUS_FORMS, foldWord(text));
}
