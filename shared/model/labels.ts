import type { Kategori, Status, Vej } from './proposal.ts';

/** The Danish words users read for the values stored in files. */
export const VEJ_LABEL: Record<Vej, string> = {
  stille: 'Den stille vej',
  brede: 'Den brede vej',
  smalle: 'Den smalle vej',
  tvaergaaende: 'Den tværgående vej',
  direkte: 'Den direkte vej',
};

export const KATEGORI_LABEL: Record<Kategori, string> = {
  effektivisering: 'Effektivisering',
  servicereduktion: 'Servicereduktion',
  opgavebortfald: 'Opgavebortfald',
};

export const STATUS_LABEL: Record<Status, string> = {
  forslag: 'Forslag',
  prioriteret: 'Prioriteret',
  fravalgt: 'Fravalgt',
  tilModning: 'Til modning',
};
