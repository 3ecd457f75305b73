/**
 * The kontoplan's names as data: hovedkonti, hovedfunktioner and funktioner of "Budget- og regnskabssystem for
 * kommuner" (Indenrigs- og Boligministeriet), each entry with the published text it was read from.
 *
 * What is here, and what is not: only codes whose name was read together with the code in a published text that
 * can be cited (below, with address and edition). The ministry's own full kontoplan (budregn.im.dk, kapitel 3 and
 * 4) could not be read from where this table was made — only its chapter indexes — so the table is PARTIAL: all ten
 * hovedkonti, the hovedfunktioner and funktioner listed below, nothing else. A hovedfunktion that a listed funktion
 * belongs to but whose own name no source gave is listed with `name: null`. A budget line on a funktion that is not
 * here keeps the name its own file gives, and the import report lists such funktioner.
 *
 * Sources were read in December 2026 from stored copies of the pages named. Nothing is filled in from memory.
 */

export interface NamesSource {
  /** Who published it, and what. */
  title: string;
  url: string;
  /** The edition or date the text itself states. */
  edition: string;
}

export interface NamedCode {
  code: string;
  /**
   * The name as the source writes it (spacing after a hyphen normalised, and capitalised where the source gives it
   * only in a heading or address); null where the code is known (from a funktion) but no source gave its name.
   */
  name: string | null;
  /** Key of `KONTOPLAN_SOURCES`; absent only where `name` is null. */
  source?: SourceId;
}

export const KONTOPLAN_SOURCES = {
  kle: {
    title: 'KL, KLE-online: Indenrigs- og Boligministeriets kontoplan (skema "IM_kontoplan"), hovedkonti 0-9',
    url: 'https://www.kle-online.dk/skos+scheme/IM_kontoplan_cs/IMKontoplan_4',
    edition: 'gældende kontoplan som gengivet af KL (udgave ikke angivet på siden)',
  },
  budregn2023kap4: {
    title:
      'Indenrigs- og Boligministeriet, Budget- og regnskabssystem for kommuner, kapitel 4 Konteringsregler (indholdsfortegnelse, afsnit 4.5.1-4.5.3)',
    url: 'https://budregn.im.dk/budget-og-regnskabssystem-for-kommuner/budget-og-regnskabssystem-for-kommuner-budget-2023/4-konteringsregler',
    edition: 'budget 2023',
  },
  brs2016hk3: {
    title:
      'Budget- og regnskabssystem for kommuner, Hovedkonto 3 Undervisning og kultur (gengivet på docplayer.dk)',
    url: 'http://docplayer.dk/3980559-Hovedkonto-3-undervisning-og-kultur.html',
    edition: 'dato maj 2015, ikrafttrædelsesår budget 2016',
  },
  brs2019hk5: {
    title:
      'Budget- og regnskabssystem for kommuner, 5 Sociale opgaver og beskæftigelse (gengivet på docplayer.dk)',
    url: 'https://docplayer.dk/163771377-5-sociale-opgaver-og-beskaeftigelse.html',
    edition:
      'dato oktober 2019 (regnskab 2019); gengivelsen har mistet et ordstykke ("Indtægter fra den centrale sordning" under overskriften CENTRAL REFUSIONSORDNING (22))',
  },
  brsKontanteYdelser: {
    title: 'Budget- og regnskabssystem for kommuner, KONTANTE YDELSER (57) (gengivet på docplayer.dk)',
    url: 'https://docplayer.dk/163797753-Kontante-ydelser-57.html',
    edition: 'udgave fra budget 2020 eller senere (teksten henviser til regler "fra budget 2020")',
  },
  star: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, Funktionsområder – konteringsvejledning (kopi af den autoriserede kontoplan)',
    url: 'https://star.dk/da/ydelser/budget-og-konteringsvejledning/funktionsomraader/',
    edition:
      'opdateret til og med orienteringsskrivelse nr. 57 (sidste opdatering før orienteringsskrivelse nr. 58 af 19. december 2022)',
  },
  star58_80: {
    title: 'Styrelsen for Arbejdsmarked og Rekruttering, Konteringsregler for 5.58.80 Revalidering',
    url: 'https://star.dk/ydelser/budget-og-konteringsvejledning/funktionsomraader/5-58-80-revalidering/',
    edition: 'konteringsregler med refusionsomlægningen fra 2016',
  },
  star58_83: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, Ændringer af konteringsregler for ledighedsydelse (5.58.83)',
    url: 'https://www.star.dk/da/ydelser/budget-og-konteringsvejledning/funktionsomraader/5-58-83-ledighedsydelse/orientering-om-aendringer/',
    edition: 'ændringer pr. 21. december 2018 (regnskab 2019)',
  },
  star68_90: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, 5.68.90 Driftsudgifter til den kommunale beskæftigelsesindsats, konteringsregler',
    url: 'https://star.dk/ydelser/budget-og-konteringsvejledning/funktionsomraader/5-68-90-driftsudgifter-til-den-kommunale-beskaeftigelsesindsats/5-68-90-konteringsregler-pr-november-2022/',
    edition: 'konteringsregler pr. november 2022',
  },
  star68_91: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, Konteringsregler for 5.68.91 Beskæftigelsesindsats for forsikrede ledige (teksten nævner også 6.45.53 Administration vedrørende jobcentre)',
    url: 'https://www.star.dk/da/ydelser/budget-og-konteringsvejledning/funktionsomraader/5-68-91-afloeb-af-jobrotation-foer-2015-og-indtil-2021-beskaeftigelsesindsats-for-forsikrede-ledige/',
    edition:
      'konteringsregler med grupperinger fra budget 2016; adressen nævner afløb indtil 2021, så navnet kan være ændret siden',
  },
  brs2004hk0: {
    title:
      'Budget- og regnskabssystem, 4.0 Konteringsregler, Hovedkonto 0 Byudvikling, bolig- og miljøforanstaltninger (gengivet på docplayer.dk)',
    url: 'http://docplayer.dk/2760039-Budget-og-regnskabssystem-4-0-side-1-hovedkonto-0-byudvikling-bolig-og-miljoeforanstaltninger.html',
    edition:
      'dato 1. januar 2004; hovedfunktionens navn svarer til Danmarks Statistiks nuværende tekster "(jordforsyning)"',
  },
  star22_30: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, Konteringsregler for 3.22-30 Ungdomsindsatsen (funktionerne 3.22.15, 3.30.44, 3.30.45 og 3.30.46)',
    url: 'https://star.dk/ydelser/budget-og-konteringsvejledning/funktionsomraader/3-22-30-ungdomsindsatsen/3-22-30-konteringsregler-pr-november-2022/',
    edition: 'konteringsregler pr. november 2022 (3.22.15 oprettet fra budget 2020)',
  },
  star46_60: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, Konteringsregler for 5.46.60 Selvforsørgelses- og hjemrejseprogram eller introduktionsprogram og introduktionsforløb m.v.',
    url: 'https://star.dk/ydelser/budget-og-konteringsvejledning/funktionsomraader/5-46-60-selvforsoergelses-og-hjemrejseprogram-eller-introduktionsprogram-og-introduktionsforloeb/',
    edition:
      'konteringsregler pr. november 2022 (sidst opdateret 4. juli 2023); STAR\'s oversigt skriver "Tilbud til udlændinge", som er hovedfunktionens emne',
  },
  star57_79: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, Konteringsregler for 5.57.79 Midlertidig arbejdsmarkedsydelsesordning og kontantydelsesordning',
    url: 'https://star.dk/da/ydelser/budget-og-konteringsvejledning/funktionsomraader/5-57-79-midlertidig-arbejdsmarkedsydelsesordning-og-kontantydelsesordning/',
    edition: 'sidst opdateret 19. december 2019',
  },
  star58_82: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, Konteringsregler for 5.58.82 Ressourceforløb og jobafklaringsforløb',
    url: 'https://star.dk/ydelser/budget-og-konteringsvejledning/funktionsomraader/5-58-82-ressourceforloeb-og-jobafklaringsforloeb/',
    edition: 'konteringsregler med refusionsomlægningen fra 2016',
  },
  star68_95: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, Konteringsregler for 5.68.95 Løn til forsikrede ledige m.fl., kontanthjælpsmodtagere m.fl. og øvrige personer ansat med løntilskud i kommuner',
    url: 'https://star.dk/ydelser/budget-og-konteringsvejledning/funktionsomraader/5-68-95-loen-til-forsikrede-ledige-kontanthjaelpsmodtagere-og-ansat-med-loentilskud-kommuner/',
    edition: 'konteringsregler pr. november 2022 (sidst opdateret 5. juli 2023)',
  },
  star68_97: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, Konteringsregler for 5.68.97 Seniorjob til personer over 55 år',
    url: 'https://star.dk/ydelser/budget-og-konteringsvejledning/funktionsomraader/5-68-97-seniorjob-til-personer-over-55-aar/',
    edition: 'konteringsregler pr. november 2022 (sidst opdateret 5. juli 2023)',
  },
  star68_98: {
    title:
      'Styrelsen for Arbejdsmarked og Rekruttering, Ændringer af konteringsregler for beskæftigelsesordninger (5.68.98)',
    url: 'https://star.dk/ydelser/budget-og-konteringsvejledning/funktionsomraader/5-68-98-beskaeftigelsesordninger/orientering-om-aendringer/',
    edition: 'ændringer pr. 6. juli 2021 (budget 2022)',
  },
  dstIndberetning: {
    title:
      'Danmarks Statistik, Kommuners og regioners årsregnskab – indberetning (funktioner med specifikation på omkostningssteder)',
    url: 'https://www.dst.dk/da/Indberet/oplysningssider/kommuners-og-regioners-aarsregnskab',
    edition: 'indberetning med frist 1. marts 2023 (regnskab 2022)',
  },
  dstBudk32: {
    title:
      'Danmarks Statistik, Statistikbanken BUDK32/REGK31 (kommunernes budgetter og regnskaber på funktioner), variablen funktion',
    url: 'https://www.statistikbanken.dk/BUDK32',
    edition: 'Danmarks Statistiks tekster til funktionerne (med tilføjelsen "(jordforsyning)")',
  },
} as const satisfies Record<string, NamesSource>;

export type SourceId = keyof typeof KONTOPLAN_SOURCES;

export interface KontoplanNamesData {
  /** The kontoplan the names belong to, and who publishes it. */
  source: string;
  /** The edition the table is built around; entries from other editions name their own in `KONTOPLAN_SOURCES`. */
  edition: string;
  /** The budget year of that edition. Later years use it until a newer edition is added. */
  validForBudgetYear: number;
  /** What the table covers, in Danish, for the user (Værktøjer shows it). */
  coverage: string;
  mainAccounts: readonly NamedCode[];
  mainFunctions: readonly NamedCode[];
  functions: readonly NamedCode[];
}

export const KONTOPLAN_NAMES_DATA: KontoplanNamesData = {
  source:
    'Den autoriserede kontoplan i Budget- og regnskabssystem for kommuner (Indenrigs- og Boligministeriet, budregn.im.dk); hvert navn er læst i den kilde, det selv angiver',
  edition:
    'Budget- og regnskabssystem for kommuner, den autoriserede kontoplan, udgaven for budget 2023 (Indenrigs- og Boligministeriet, budregn.im.dk)',
  validForBudgetYear: 2023,
  coverage:
    'Alle 10 hovedkonti og de hovedfunktioner og funktioner, hvis navn kunne læses i en offentliggjort tekst (ministeriets kontoplan, STAR og Danmarks Statistik); øvrige funktioner vises med filens egen tekst.',
  mainAccounts: [
    { code: '0', name: 'Byudvikling, bolig- og miljøforanstaltninger', source: 'kle' },
    { code: '1', name: 'Forsyningsvirksomheder m.v.', source: 'kle' },
    { code: '2', name: 'Transport og infrastruktur', source: 'kle' },
    { code: '3', name: 'Undervisning og kultur', source: 'kle' },
    { code: '4', name: 'Sundhedsområdet', source: 'kle' },
    { code: '5', name: 'Sociale opgaver og beskæftigelse', source: 'kle' },
    { code: '6', name: 'Fællesudgifter og administration m.v.', source: 'kle' },
    { code: '7', name: 'Renter, tilskud, udligning og skatter m.v.', source: 'kle' },
    { code: '8', name: 'Balanceforskydninger', source: 'kle' },
    { code: '9', name: 'Balance', source: 'kle' },
  ],
  mainFunctions: [
    { code: '0.22', name: 'Jordforsyning', source: 'brs2004hk0' },
    { code: '0.25', name: null },
    { code: '3.22', name: 'Folkeskolen m.m.', source: 'brs2016hk3' },
    { code: '3.30', name: null },
    { code: '3.38', name: null },
    { code: '5.22', name: 'Central refusionsordning', source: 'brs2019hk5' },
    { code: '5.25', name: 'Dagtilbud til børn og unge', source: 'budregn2023kap4' },
    { code: '5.28', name: 'Tilbud til børn og unge med særlige behov', source: 'budregn2023kap4' },
    { code: '5.30', name: 'Tilbud til ældre', source: 'budregn2023kap4' },
    { code: '5.46', name: null },
    { code: '5.48', name: null },
    { code: '5.57', name: 'Kontante ydelser', source: 'brsKontanteYdelser' },
    { code: '5.58', name: null },
    { code: '5.68', name: null },
    { code: '6.45', name: null },
  ],
  functions: [
    { code: '0.22.01', name: 'Fælles formål (jordforsyning)', source: 'dstBudk32' },
    { code: '0.22.02', name: 'Boligformål (jordforsyning)', source: 'dstBudk32' },
    { code: '0.22.03', name: 'Erhvervsformål (jordforsyning)', source: 'dstBudk32' },
    { code: '0.22.04', name: 'Offentlige formål (jordforsyning)', source: 'dstBudk32' },
    { code: '0.22.05', name: 'Ubestemte formål (jordforsyning)', source: 'dstBudk32' },
    { code: '0.25.11', name: 'Beboelse', source: 'star' },
    { code: '3.22.01', name: 'Folkeskoler', source: 'dstIndberetning' },
    { code: '3.22.05', name: 'Skolefritidsordninger', source: 'dstIndberetning' },
    { code: '3.22.08', name: 'Kommunale specialskoler', source: 'dstIndberetning' },
    {
      code: '3.22.15',
      name: 'Uddannelses- og erhvervsvejledning og øvrige indsatser, jf. lov om kommunal indsats for unge under 25 år',
      source: 'star22_30',
    },
    { code: '3.30.44', name: 'Produktionsskoler', source: 'star22_30' },
    { code: '3.30.45', name: 'Erhvervsgrunduddannelser', source: 'star22_30' },
    { code: '3.30.46', name: 'Ungdomsuddannelse for unge med særlige behov', source: 'star22_30' },
    { code: '3.38.77', name: 'Daghøjskoler', source: 'star' },
    { code: '5.22.07', name: 'Indtægter fra den centrale refusionsordning', source: 'brs2019hk5' },
    { code: '5.25.14', name: 'Daginstitutioner', source: 'dstIndberetning' },
    { code: '5.25.15', name: 'Fritidshjem', source: 'dstIndberetning' },
    {
      code: '5.46.60',
      name: 'Selvforsørgelses- og hjemrejseprogram eller introduktionsprogram og introduktionsforløb m.v.',
      source: 'star46_60',
    },
    {
      code: '5.46.61',
      name: 'Kontanthjælp til udlændinge omfattet af integrationsprogrammet mv.',
      source: 'star',
    },
    { code: '5.48.65', name: 'Seniorpension', source: 'star' },
    { code: '5.48.67', name: 'Personlige tillæg mv.', source: 'star' },
    { code: '5.57.71', name: 'Sygedagpenge', source: 'star' },
    { code: '5.57.72', name: 'Sociale formål', source: 'star' },
    { code: '5.57.73', name: 'Kontant- og uddannelseshjælp', source: 'star' },
    {
      code: '5.57.74',
      name: 'Integrationsydelse, kontanthjælp mv. med 100 pct. refusion vedr. visse grupper af flygtninge',
      source: 'star',
    },
    {
      code: '5.57.75',
      name: 'Afløb og tilbagebetalinger mv. vedrørende aktiverede kontant- og uddannelseshjælpsmodtagere',
      source: 'star',
    },
    { code: '5.57.78', name: 'Dagpenge til forsikrede ledige', source: 'star' },
    {
      code: '5.57.79',
      name: 'Midlertidig arbejdsmarkedsydelsesordning og kontantydelsesordning',
      source: 'star57_79',
    },
    { code: '5.58.80', name: 'Revalidering', source: 'star58_80' },
    { code: '5.58.82', name: 'Ressourceforløb og jobafklaringsforløb', source: 'star58_82' },
    { code: '5.58.83', name: 'Ledighedsydelse', source: 'star58_83' },
    {
      code: '5.68.90',
      name: 'Driftsudgifter til den kommunale beskæftigelsesindsats',
      source: 'star68_90',
    },
    { code: '5.68.91', name: 'Beskæftigelsesindsats for forsikrede ledige', source: 'star68_91' },
    {
      code: '5.68.95',
      name: 'Løn til forsikrede ledige m.fl., kontanthjælpsmodtagere m.fl. og øvrige personer ansat med løntilskud i kommuner',
      source: 'star68_95',
    },
    { code: '5.68.97', name: 'Seniorjob til personer over 55 år', source: 'star68_97' },
    { code: '5.68.98', name: 'Beskæftigelsesordninger', source: 'star68_98' },
    { code: '6.45.53', name: 'Administration vedrørende jobcentre', source: 'star68_91' },
  ],
};
