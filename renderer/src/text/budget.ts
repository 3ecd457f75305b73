import type { SkipReason, Styringsomraade } from '../../../shared/model/index.ts';

/** Why the importer left a row out, in the words of the import report. */
const SKIP_REASONS: Record<SkipReason, string> = {
  blank: 'tom række',
  repeated_header: 'gentager overskrifterne',
  totals: 'sumrække, ikke talt med igen',
  heading: 'mellemoverskrift uden beløb',
  no_labels: 'beløb uden udvalg, område, konto eller tekst',
};

/** Budget: the budget view, the import wizard and the kontoplan. */
export const BUDGET_TEXT = {
  budget: {
    none: 'Projektet har intet budget endnu.',
    committee: 'Udvalg',
    area: 'Politikområde',
    function: 'Funktion',
    dranst: 'Dranst',
    art: 'Art',
    costCentre: 'Omk.sted',
    text: 'Tekst',
    service: 'Service',
    search: 'Søg i budgettet',
    filterCommittee: 'Filtrér på udvalg',
    allCommittees: 'Alle udvalg',
    lines: (shown: number, total: number) =>
      `${shown.toLocaleString('da-DK')} af ${total.toLocaleString('da-DK')} linjer`,
    totalsRow: (count: number) => `I alt (${count.toLocaleString('da-DK')} linjer)`,
    totalsRowOf: (styring: string, count: number) =>
      `I alt, ${styring} (${count.toLocaleString('da-DK')} linjer)`,
    gridLabel: 'Budgetlinjer',
    summary: 'Udvalg og politikområder',
    serviceTotal: 'Heraf serviceudgifter',
  },
  wizard: {
    title: (name: string) => `Nyt projekt fra budget: ${name}`,
    recalled: 'Kortlægningen fra sidste budget med samme opbygning er brugt. Ret den, hvis noget er ændret.',
    budgetYear: 'Budgetår',
    planYears: (years: readonly number[]) => `Planår: ${years.join(', ')}`,
    sheets: 'Ark',
    roleOf: (sheet: string) => `Brug af arket ${sheet}`,
    roles: { budget: 'Budgetlinjer', summary: 'Oversigt (bruges ikke)', ignored: 'Ignoreres' },
    columnsOf: (sheet: string) => `Kolonner i arket ${sheet}`,
    headerRow: 'Overskriftsrække',
    unit: 'Beløbene er i',
    fields: {
      committee: 'Udvalg',
      area: 'Politikområde',
      text: 'Tekst',
      service: 'Serviceudgift',
      function: 'Funktion',
      mainAccount: 'Hovedkonto',
      dranst: 'Dranst',
      art: 'Art',
      costCentre: 'Omkostningssted',
    } as Record<string, string>,
    none: '(ingen)',
    addedColumns: (columns: string) => `${columns} (lagt sammen)`,
    yearColumn: (year: number) => `Beløb ${year}`,
    addedYearColumn: (year: number) => `Læg til ${year}`,
    committeeFromSheet: 'Udvalg for alle linjer i arket',
    previewOf: (sheet: string) => `De første rækker i arket ${sheet}`,
    row: 'Række',
    confirm: 'Importér budget',
    reportTitle: 'Budget importeret',
    imported: (lines: number, years: readonly number[]) =>
      `${lines.toLocaleString('da-DK')} budgetlinjer er indlæst for ${years.join(', ')}.`,
    serviceUnknown:
      'Arbejdsbogen siger ikke, hvilke linjer der er serviceudgifter. Mål i procent af servicerammen bliver 0.',
    warnings: (n: number) => `${n} bemærkning(er)`,
    skipped: (n: number) => `${n} række(r) sprunget over (totaler, tomme rækker, gentagne overskrifter)`,
    skippedRow: (sheet: string, row: number, reason: string) =>
      `Arket '${sheet}', række ${row}: ${SKIP_REASONS[reason as SkipReason] ?? reason}`,
    serviceValues: {
      title: 'Værdier i servicekolonnen',
      hint: 'Vælg, hvad hver værdi betyder. Valget gælder alle budgetark og huskes til næste budget med samme opbygning.',
      value: 'Værdi',
      count: 'Linjer',
      reading: 'Læses som',
      empty: '(tom)',
      readingOf: (text: string) => `Værdien ${text === '' ? '(tom)' : `'${text}'`} læses som`,
      choices: { yes: 'Serviceudgift', no: 'Ikke serviceudgift', unknown: 'Ukendt' },
      builtIn: 'genkendt af Råderum',
      counting: 'Tæller værdierne i servicekolonnen …',
      partial: 'Foreløbigt tal fra arkets første rækker; hele arket tælles …',
      none: 'Servicekolonnen er tom i budgetlinjerne.',
      capped: (n: number) => `Kun de ${n} hyppigste værdier er vist. Er det den rigtige kolonne?`,
      unknownLeft: (lines: number) =>
        `${lines.toLocaleString('da-DK')} linje(r) har en værdi, Råderum ikke kender. De står som ukendte, til du vælger.`,
    },
    /** The kontoplan's funktioner before the import, each with a correction of its styringsområde. */
    kontoplan: {
      reading: 'Læser funktionerne efter kontoplanen …',
      fromRules:
        'Filen har ingen servicekolonne: servicerammen findes ud fra kontoplanen (funktion og dranst). Se efter, om reglerne rammer kommunens afgrænsning, før du importerer.',
      fromColumn:
        'Servicekolonnen gælder for servicerammen; kontoplanens regler er et tjek, og rapporten viser efter importen, hvor de er uenige. En rettelse her ændrer kun tjekket; den gemmes med kortlægningen.',
      frame: 'Servicerammen',
      serviceFrame: 'Serviceudgifter i alt',
      byRules: 'Efter reglerne',
      withCorrections: (n: number) => `Med ${n} rettelse${n === 1 ? '' : 'r'}`,
      functions: 'Funktioner efter kontoplanen',
    },
  },
  /** The kontoplan: the service split's source, the styringsområder and the summary by hovedkonto. */
  kontoplan: {
    title: 'Styringsområder efter kontoplanen',
    source: {
      column: 'Servicefordelingen kommer fra filens servicekolonne.',
      kontoplan:
        'Filen har ingen servicekolonne: servicefordelingen er fundet ud fra kontoplanen (funktion og dranst) efter reglerne herunder.',
      unknown: 'Servicefordelingen er ukendt: filen har hverken servicekolonne eller funktion.',
    },
    correctionHint:
      'Ret en funktions styringsområde, hvis kommunen afgrænser anderledes. Rettelsen gælder funktionens driftslinjer, gemmes med kortlægningen og bruges igen næste år.',
    function: 'Funktion',
    name: 'Navn',
    styring: 'Styringsområde',
    rule: 'Regel',
    lines: 'Linjer',
    correctionOf: (fn: string) => `Styringsområde for funktion ${fn}`,
    byRule: '(efter reglerne)',
    corrected: 'rettet',
    changed: (fn: string) => `styringsområde for ${fn}`,
    disagreements: (n: number) =>
      `Servicekolonnen og reglerne er uenige om ${n} funktion(er); servicekolonnen gælder.`,
    columnSays: (service: boolean) => (service ? 'kolonnen: service' : 'kolonnen: ikke service'),
    unknownFunctions: (n: number) =>
      `${n} funktion(er) findes ikke i Råderums navneliste og vises med filens egen tekst.`,
    rules: 'Reglerne og deres kilder',
    names: (source: string) => `Navne: ${source}.`,
    summary: 'Hovedkonto, hovedfunktion og funktion',
    account: 'Konto',
    filter: 'Filtrér på styringsområde',
    allStyring: 'Alle styringsområder',
    /** Short names for the Budget grid's column and totals row (the full names are in the filter). */
    short: {
      service: 'Service',
      overfoersler: 'Overførsler',
      medfinansiering: 'Medfinansiering',
      forsyning: 'Forsyning',
      anlaeg: 'Anlæg',
      finansiering: 'Finansiering',
      udenfor: 'Uden for servicerammen',
      ukendt: 'Ukendt',
    } satisfies Record<Styringsomraade, string>,
    filteredTo: (styring: string) => `(kun ${styring})`,
    /** Beside %-targets and den stille vej: where their service frame came from. */
    frameSource: {
      column:
        'Servicerammen bag mål i procent og den stille vej: budgettets linjer markeret som serviceudgifter i budgetfilens servicekolonne.',
      kontoplan:
        'Servicerammen bag mål i procent og den stille vej: fundet ud fra kontoplanen (funktion og dranst), da budgetfilen ikke har en servicekolonne. Se Værktøjer → Styringsområder efter kontoplanen.',
      unknown:
        'Servicerammen er ukendt: budgetfilen siger ikke, hvilke linjer der er serviceudgifter, og har ingen funktion. Mål i procent af servicerammen og den stille vej bliver 0.',
      noBudget: 'Projektet har intet budget, så mål i procent af servicerammen bliver 0.',
    },
    noFunction: 'Uden funktion',
    expand: (name: string) => `Vis under ${name}`,
  },
} as const;
