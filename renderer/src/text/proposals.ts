/** Forslag, the import report, Oversigt and the detail panel. */
import { AMOUNT_LIMIT_KR, krToThousands, MAX_CELL_FTE } from '../../../shared/model/index.ts';
import { formatDanish } from '../../../shared/numbers/index.ts';

// The bounds a typed amount or årsværk keeps to (shared/model), as the messages say them.
const AMOUNT_BOUND = formatDanish(krToThousands(AMOUNT_LIMIT_KR), 0);
const FTE_BOUND = formatDanish(MAX_CELL_FTE, 0);

export const PROPOSALS_TEXT = {
  forslag: {
    gridLabel: 'Forslag',
    importKeptEdits: (n: number) =>
      `${n} forslag blev ændret eller slettet, mens importen kørte; dine ændringer er beholdt.`,
    filters: 'Filtre',
    filterVej: 'Filtrér på vej',
    filterKategori: 'Filtrér på kategori',
    filterStatus: 'Filtrér på status',
    filterCommittee: 'Filtrér på udvalg',
    all: 'Alle',
    empty: 'Ingen forslag endnu. Tilføj et med "Nyt forslag" eller importér afdelingernes skemaer.',
    detail: 'Detaljer',
    closeDetail: 'Luk detaljer',
    description: 'Beskrivelse',
    citizenImpact: 'Konsekvenser for borgerne',
    staffImpact: 'Konsekvenser for medarbejderne',
    notes: 'Noter',
    source: 'Kilde',
    problems: 'Problemer',
    pasteRejected: (n: number) => `${n} celle(r) kunne ikke læses og blev sprunget over.`,
    noChoiceMatch: 'Ingen værdi passer',
    rowsCount: (shown: number, total: number) => `${shown} af ${total} forslag`,
    showFte: 'Vis årsværk',
    totalsLabel: (n: number) => `I alt (${n} forslag)`,
    totalsWhat: (year: number) => `Forslag vist i gitteret, i alt ${year}`,
  },
  proposalReport: {
    title: 'Forslag importeret',
    summary: (added: number, files: number) => `${added} forslag fra ${files} fil(er) er tilføjet.`,
    warnings: (n: number) => `${n} advarsel(er)`,
  },
  oversigt: {
    heading: 'Oversigt',
    scenario: 'Scenarie',
    countedStatuses: 'Medregnede statusser',
    countedProposals: (n: number) => `${n} forslag medregnet`,
    singleProposals: (excluded: number) =>
      excluded === 0 ? 'Enkelte forslag: alle medregnet' : `Enkelte forslag: ${excluded} udeladt`,
    totalPerYear: 'Total pr. år',
    perKategori: 'Pr. kategori',
    perCommittee: 'Pr. udvalg',
    perStatus: 'Pr. status',
    vejKategoriYear: 'Vej × kategori for',
    wholePeriod: 'Hele planperioden',
    vejKategoriIn: (year: number) => `Vej × kategori, ${year}`,
    vejKategori: (years: readonly number[]) =>
      `Vej × kategori, sum ${years[0] ?? ''}–${years[years.length - 1] ?? ''}`,
    serviceCutTotal: 'Servicereduktion og opgavebortfald i alt',
    total: 'I alt',
    vej: 'Vej',
    kategori: 'Kategori',
    committee: 'Udvalg',
    status: 'Status',
    unknownVej: 'Uden vej',
    unknownKategori: 'Uden kategori',
    unknownCommittee: 'Uden udvalg',
    targets: 'Råderumsmål',
    target: 'Mål',
    year: 'År',
    targetAmount: 'Mål',
    achieved: 'Fundet',
    gap: 'Forskel',
    attainment: 'Opfyldelse',
    attainmentOf: (pct: number) => `${pct} % af målet`,
    missing: 'mangler',
    spare: 'til overs',
    notCounted: (status: string) => `${status} (medregnes ikke)`,
    fteCaption: 'Årsværk pr. år',
    fteTotal: 'Årsværk i alt',
  },
  /** The detail panel's economy table: a proposal's expenditure and income per year. */
  detailEconomy: {
    heading: 'Økonomi',
    incomeInput: (label: string, year: number) => `${label} ${year}`,
    hint: (savingsPositive: boolean) =>
      savingsPositive
        ? 'Skriv merindtægter som positive tal og mindreindtægter som negative. Nettobeløbet rettes i tabellen; mindreudgifterne er resten.'
        : 'Skriv merindtægter som negative tal og mindreindtægter som positive. Nettobeløbet rettes i tabellen; udgifterne er resten.',
    unreadable: (text: string) =>
      `'${text}' er ikke et beløb. Skriv fx -1.234,5 (1.000 kr., mellem -${AMOUNT_BOUND} og ${AMOUNT_BOUND}).`,
  },
  /** The detail panel's årsværk per plan year. */
  detailFte: {
    heading: 'Årsværk',
    row: 'Årsværk',
    input: (year: number) => `Årsværk ${year}`,
    /** The undo step's field: "Årsværk 2027", or the years a pasted row changed. */
    fields: (years: readonly number[]) =>
      years.length === 1 ? `Årsværk ${years[0] ?? ''}` : `Årsværk ${years[0] ?? ''}–${years.at(-1) ?? ''}`,
    unreadable: (text: string) =>
      `'${text}' er ikke et antal årsværk. Skriv fx -1,5 (mellem -${FTE_BOUND} og ${FTE_BOUND}).`,
  },
} as const;
