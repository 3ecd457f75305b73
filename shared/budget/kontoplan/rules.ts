import { STYRINGSOMRAADER, type Styringsomraade } from '../../model/budget.ts';

export type { Styringsomraade };
/**
 * The styringsområder and the rule table that gives each budget line one, by hovedkonto, funktion and dranst. The
 * rules are data: each says what it matches, where it comes from, and how far it was checked against published
 * text. The first rule that matches a line decides; a line on hovedkonto 0-6 that no rule takes is service.
 *
 * Checked (December 2026), by a full-text search of stored public pages; the ministry's and KL's own sites could
 * not be fetched from here:
 * - the dranst values and the split of hovedkonto 7-9 from the operating accounts: published text (cited per rule);
 * - which funktioner are outside the service frame: the ministry's definition of serviceudgifter (in the
 *   økonomiaftale's and the budget scheme's notes) was NOT found in the searchable text. These rules are the ones
 *   issue 14 lists (forsyning, overførsler and forsikrede ledige, aktivitetsbestemt medfinansiering, ældreboliger,
 *   the central refusionsordning, statsrefusion), with the funktion numbers of the public test budgets' generator
 *   (shared/fixtures/public/README.md), whose names were checked where star.dk or the kontoplan text gave them. A
 *   finance team that finds a funktion classified differently corrects it in the wizard or in Værktøjer; the
 *   correction is kept with the mapping.
 */

export { STYRINGSOMRAADER };

/** The Danish names shown for the styringsområder. */
export const STYRINGSOMRAADE_NAMES: Readonly<Record<Styringsomraade, string>> = {
  service: 'Service',
  overfoersler: 'Overførsler (indkomstoverførsler og forsikrede ledige)',
  medfinansiering: 'Aktivitetsbestemt medfinansiering',
  forsyning: 'Brugerfinansieret (forsyning)',
  anlaeg: 'Anlæg',
  finansiering: 'Finansiering og renter',
  udenfor: 'Øvrig drift uden for servicerammen',
  ukendt: 'Ukendt (ingen funktion)',
};

export interface StyringRule {
  id: string;
  styring: Styringsomraade;
  /** Every condition given must hold. Funktion ranges are inclusive, on codes written "d.dd.dd". */
  when: {
    mainAccounts?: readonly string[];
    functions?: readonly (readonly [string, string])[];
    dranst?: readonly string[];
  };
  /** What the rule is, in Danish, for the report. */
  description: string;
  source: string;
  /** How the rule was checked against published text. */
  verified: string;
}

const BRS = 'Budget- og regnskabssystem for kommuner (Indenrigs- og Boligministeriet)';
const ISSUE =
  'Issue 14 (kendte regler for servicerammen) og testbudgetternes generator (shared/fixtures/public/README.md)';
const NOT_FOUND =
  'Ministeriets definition af serviceudgifter blev ikke fundet i søgbar tekst; ikke efterprøvet.';

export const STYRING_RULES: readonly StyringRule[] = [
  {
    id: 'dranst-3-anlaeg',
    styring: 'anlaeg',
    when: { dranst: ['3'] },
    description: 'Dranst 3 er anlæg.',
    source: `${BRS}, afsnit 2.2 Dranst`,
    verified: 'kontoplanen.dk (den autoriserede kontoplan) viser dranst 3 som "Anlæg".',
  },
  {
    id: 'dranst-4-7-finansiering',
    styring: 'finansiering',
    when: { dranst: ['4', '5', '6', '7'] },
    description: 'Dranst 4-7 (renter, finansforskydninger, afdrag på lån, finansiering).',
    source: `${BRS}, afsnit 2.2 Dranst`,
    verified:
      'Dranstværdierne som i issue 14; afsnit 2.2 er nævnt på budregn.im.dk, men teksten blev ikke fundet.',
  },
  {
    id: 'hovedkonto-7-9-finansiering',
    styring: 'finansiering',
    when: { mainAccounts: ['7', '8', '9'] },
    description: 'Hovedkonto 7-9: renter, tilskud, udligning og skatter, balanceforskydninger, balance.',
    source: `${BRS}, kapitel 2 (kontoplanens opbygning)`,
    verified:
      'kontoplanen.dk, "Kort om kontoplanen": hovedkonto 0-6 er drift og anlæg, 7 og 8 de finansielle poster og forskydningerne på balancen, 9 balancen.',
  },
  {
    id: 'hovedkonto-1-forsyning',
    styring: 'forsyning',
    when: { mainAccounts: ['1'] },
    description: 'Hovedkonto 1 Forsyningsvirksomheder er brugerfinansieret og uden for servicerammen.',
    source: ISSUE,
    verified: `Hovedkontoens navn: kle-online.dk (IM-kontoplanen). ${NOT_FOUND}`,
  },
  {
    id: 'dranst-2-statsrefusion',
    styring: 'udenfor',
    when: { dranst: ['2'] },
    description: 'Dranst 2 Statsrefusion er uden for servicerammen.',
    source: ISSUE,
    verified: NOT_FOUND,
  },
  {
    id: 'central-refusionsordning',
    styring: 'udenfor',
    when: {
      functions: [
        ['3.22.07', '3.22.07'],
        ['5.22.07', '5.22.07'],
      ],
    },
    description: 'Indtægter fra den centrale refusionsordning (x.22.07) er uden for servicerammen.',
    source: ISSUE,
    verified: `Funktion 5.22.07 "Indtægter fra den centrale refusionsordning": ${BRS}, hovedkonto 5 (regnskab 2019), docplayer.dk. ${NOT_FOUND}`,
  },
  {
    id: 'aeldreboliger',
    styring: 'udenfor',
    when: { functions: [['0.25.19', '0.25.19']] },
    description: 'Ældreboliger (0.25.19) er uden for servicerammen.',
    source: ISSUE,
    verified: `Funktionsnummeret som i Danmarks Statistiks REGK3E (0.25.19 Senior housing). ${NOT_FOUND}`,
  },
  {
    id: 'aktivitetsbestemt-medfinansiering',
    styring: 'medfinansiering',
    when: { functions: [['4.62.81', '4.62.81']] },
    description: 'Aktivitetsbestemt medfinansiering af sundhedsvæsenet (4.62.81).',
    source: ISSUE,
    verified: NOT_FOUND,
  },
  {
    id: 'overfoersler-hovedkonto-5',
    styring: 'overfoersler',
    when: {
      functions: [
        ['5.46.61', '5.46.61'],
        ['5.48.00', '5.48.99'],
        ['5.57.00', '5.57.99'],
        ['5.58.00', '5.58.99'],
        ['5.68.91', '5.68.91'],
      ],
    },
    description:
      'Indkomstoverførsler og forsikrede ledige på hovedkonto 5: 5.46.61, 5.48, 5.57 (fx 5.57.71-5.57.79), 5.58 og 5.68.91.',
    source: ISSUE,
    verified: `Navnene på 5.46.61, 5.48.65, 5.48.67 og 5.57.71-5.57.78: star.dk (konteringsvejledning). ${NOT_FOUND}`,
  },
  {
    id: 'service-hovedkonto-0-6-drift',
    styring: 'service',
    when: { mainAccounts: ['0', '1', '2', '3', '4', '5', '6'], dranst: ['1'] },
    description: 'Nettodriftsudgifter (dranst 1) på hovedkonto 0-6, som ingen regel ovenfor tager.',
    source: ISSUE,
    verified: `Hovedkonto 0-6 som drift og anlæg: kontoplanen.dk. ${NOT_FOUND}`,
  },
];
