import type { Kategori, Proposal, Status, Vej } from './proposal.ts';

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

/** The Danish name of each proposal field, as a comparison, the change log and the catalogue name it. */
export const PROPOSAL_FIELD_LABEL: Record<keyof Proposal, string> = {
  id: 'Forslag nr.',
  title: 'Titel',
  committee: 'Udvalg',
  area: 'Politikområde',
  vej: 'Vej',
  kategori: 'Kategori',
  status: 'Status',
  catalogue: 'Katalog',
  amounts: 'Beløb',
  income: 'Indtægter',
  isService: 'Serviceudgift',
  fte: 'Årsværk',
  description: 'Beskrivelse',
  citizenImpact: 'Konsekvenser for borgerne',
  staffImpact: 'Konsekvenser for medarbejderne',
  permanence: 'Varighed',
  investment: 'Investering',
  notes: 'Bemærkninger',
  source: 'Kilde',
};
