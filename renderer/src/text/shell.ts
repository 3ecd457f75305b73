/** The shell: title, tabs, toolbar, undo steps, status line, problems, start page, prompts, recovery and jobs. */
export const SHELL_TEXT = {
  appName: 'Råderum',
  untitled: 'Nyt projekt',
  unsavedMarker: '●',
  unsavedTitle: 'Ikke gemte ændringer',
  tabs: { budget: 'Budget', forslag: 'Forslag', oversigt: 'Oversigt', vaerktoejer: 'Værktøjer' },
  tabsLabel: 'Visninger',
  /** Command labels and shortcuts are in `shared/ipc/commands.ts`, shared with the application menu. */
  commands: {
    showDetail: 'Vis detaljer',
    catalogueNeedsContent:
      'Projektet har hverken budget eller forslag endnu. Start fra et budget, eller importér forslag først.',
  },
  /** Undo and redo name the step they take (`store/history.ts`); the steps are named here. */
  history: {
    undone: (step: string) => `Fortrudt: ${step}`,
    redone: (step: string) => `Gentaget: ${step}`,
    undo: (step: string) => `Fortryd ${step}`,
    redo: (step: string) => `Gentag ${step}`,
    importProposals: (n: number) => `import af ${n} forslag`,
    edit: (field: string, id: string) => `ændring af ${field} i ${id}`,
    paste: (cells: number) => (cells === 1 ? 'indsættelse i 1 celle' : `indsættelse i ${cells} celler`),
    clear: (cells: number) => (cells === 1 ? 'rydning af 1 celle' : `rydning af ${cells} celler`),
    fillDown: 'udfyldning nedad',
    addProposal: 'nyt forslag',
    duplicate: (n: number) => (n === 1 ? 'duplikering af 1 forslag' : `duplikering af ${n} forslag`),
    delete: (n: number) => (n === 1 ? 'sletning af 1 forslag' : `sletning af ${n} forslag`),
    detail: (id: string) => `ændring af ${id} i detaljerne`,
    cut: (n: number) => `grønthøster (${n} forslag)`,
    settings: 'ændring af projektets indstillinger',
    target: 'ændring af mål',
    priceIndex: 'ændring af pris- og lønindeks',
  },
  toolbarLabel: 'Kommandoer',
  status: {
    noFile: 'Ingen fil',
    years: (from: number, to: number) => `Planår ${from}–${to}`,
    priceLevel: (year: number) => `${year}-priser`,
    negativeIsSaving: 'Negative beløb er besparelser',
    positiveIsSaving: 'Positive beløb er besparelser',
    unit: '1.000 kr.',
    /** Excel's status bar over selected cells. */
    selection: { label: 'De markerede celler', sum: 'Sum', average: 'Gennemsnit', count: 'Antal' },
  },
  unitHeader: (priceYear: number) => `1.000 kr., ${priceYear}-priser`,
  issues: {
    duplicateId: (id: string) => `Nummeret '${id}' bruges af flere forslag.`,
    missingVej: 'Vej mangler: vælg en af de fem veje.',
    missingKategori: 'Kategori mangler: vælg effektivisering, servicereduktion eller opgavebortfald.',
    investmentWithoutSaving: 'Investeringen har ingen senere besparelse i planperioden.',
    wrongSign: 'Beløbet er en merudgift, men kategorien er en besparelse: besparelser skrives med minus.',
    wrongSignPositive:
      'Beløbet er en merudgift, men kategorien er en besparelse: besparelser skrives uden minus.',
  },
  errors: {
    title: 'Fejl',
    close: 'Luk',
  },
  start: {
    heading: 'Velkommen til Råderum',
    intro: 'Start et nyt projekt fra kommunens budget, eller åbn et gemt projekt.',
    recent: 'Seneste projekter',
    dropHint: 'Du kan også trække en budgetfil ind i vinduet.',
  },
  unsavedPrompt: {
    question: (name: string) => `Vil du gemme ændringerne i ${name}?`,
    explanation: 'Dine ændringer går tabt, hvis du ikke gemmer dem.',
    save: 'Gem',
    discard: 'Gem ikke',
  },
  recovery: {
    title: 'Gendan arbejde',
    offer: (name: string, when: string) =>
      `Der er arbejde, der ikke blev gemt, fra en tidligere session: "${name}" (${when}). Vil du gendanne det?`,
    restore: 'Gendan',
    discard: 'Kassér',
  },
  jobs: {
    importingProposals: 'Indlæser forslag …',
    readingBudget: 'Læser budget …',
    importingBudget: 'Importerer budget …',
    buildingCatalogue: 'Danner katalog …',
  },
  saved: (name: string) => `Gemt som ${name}.`,
  close: 'Luk',
  cancel: 'Annuller',
} as const;
