/**
 * The kontoplan's names: hovedkonti, hovedfunktioner and funktioner of the authorised chart of accounts.
 *
 * Source: Indenrigs- og Boligministeriet, "Budget- og regnskabssystem for kommuner", kapitel 2-4 (den autoriserede
 * kontoplan og konteringsreglerne), the edition for budget 2023 (budregn.im.dk, "Budget- og regnskabssystem for
 * kommuner - budget 2023"); the ministry publishes the kontoplan per budget year (earlier editions: Social- og
 * Indenrigsministeriet, Økonomi- og Indenrigsministeriet).
 *
 * What was verified, and how (December 2026, against published text found with a full-text search of stored public
 * pages; the ministry's own site could not be fetched from here):
 * - hovedkonti 0-9: every name as in the ministry's kontoplan published in KL's KLE (kle-online.dk, scheme
 *   "IM_kontoplan", the hovedkonto list) and the chapter titles of the budget 2023 edition (budregn.im.dk, kapitel
 *   4: "4.2 Transport og infrastruktur", "4.4 Sundhedsområdet", "4.5 Sociale opgaver og beskæftigelse").
 * - hovedfunktioner and funktioner: only those whose code and name were read together in a published page: the
 *   budget 2023 edition's kapitel 4 (hovedfunktion 5.25, 5.28, 5.30), the Styrelsen for Arbejdsmarked og
 *   Rekruttering's copy of the konteringsregler (star.dk, "Funktionsområder – konteringsvejledning", updated to
 *   orienteringsskrivelse nr. 57: the funktioner 5.46.60 to 5.57.78 below), hovedkonto 3's kapitel 3 (edition for
 *   budget 2016: 3.22 Folkeskolen m.m., 3.22.01 Folkeskoler) and hovedkonto 5's kapitel 3 (edition for regnskab
 *   2019: 5.22 Central refusionsordning, 5.22.07 Indtægter fra den centrale refusionsordning).
 * Everything else is left out on purpose: a line on a funktion this table does not know keeps the name its own file
 * gives ("3.22.05 Skolefritidsordninger" in a combined cell), and the import report lists such funktioner.
 */

export interface KontoplanNames {
  /** Who publishes it and which edition. */
  source: string;
  /** The budget year the edition applies to; later years use it until a newer edition is added here. */
  budgetYear: number;
  /** "3" → "Undervisning og kultur". */
  mainAccounts: Readonly<Record<string, string>>;
  /** "3.22" → "Folkeskolen m.m.". */
  mainFunctions: Readonly<Record<string, string>>;
  /** "3.22.01" → "Folkeskoler". */
  functions: Readonly<Record<string, string>>;
}

export const KONTOPLAN_NAMES: KontoplanNames = {
  source:
    'Indenrigs- og Boligministeriet, Budget- og regnskabssystem for kommuner, den autoriserede kontoplan (budget 2023)',
  budgetYear: 2023,
  mainAccounts: {
    '0': 'Byudvikling, bolig- og miljøforanstaltninger',
    '1': 'Forsyningsvirksomheder m.v.',
    '2': 'Transport og infrastruktur',
    '3': 'Undervisning og kultur',
    '4': 'Sundhedsområdet',
    '5': 'Sociale opgaver og beskæftigelse',
    '6': 'Fællesudgifter og administration m.v.',
    '7': 'Renter, tilskud, udligning og skatter m.v.',
    '8': 'Balanceforskydninger',
    '9': 'Balance',
  },
  mainFunctions: {
    '3.22': 'Folkeskolen m.m.',
    '5.22': 'Central refusionsordning',
    '5.25': 'Dagtilbud til børn og unge',
    '5.28': 'Tilbud til børn og unge med særlige behov',
    '5.30': 'Tilbud til ældre',
  },
  functions: {
    '0.25.11': 'Beboelse',
    '3.22.01': 'Folkeskoler',
    '3.38.77': 'Daghøjskoler',
    '5.22.07': 'Indtægter fra den centrale refusionsordning',
    '5.46.60': 'Tilbud til udlændinge',
    '5.46.61': 'Kontanthjælp til udlændinge omfattet af integrationsprogrammet mv.',
    '5.48.65': 'Seniorpension',
    '5.48.67': 'Personlige tillæg mv.',
    '5.57.71': 'Sygedagpenge',
    '5.57.72': 'Sociale formål',
    '5.57.73': 'Kontant- og uddannelseshjælp',
    '5.57.74': 'Integrationsydelse, kontanthjælp mv. med 100 pct. refusion vedr. visse grupper af flygtninge',
    '5.57.75': 'Afløb og tilbagebetalinger mv. vedrørende aktiverede kontant- og uddannelseshjælpsmodtagere',
    '5.57.78': 'Dagpenge til forsikrede ledige',
  },
};

/** The kontoplan's name of a hovedkonto, hovedfunktion or funktion code; null when the table does not know it. */
export function kontoplanName(code: string): string | null {
  const parts = code.split('.').length;
  const table =
    parts === 1
      ? KONTOPLAN_NAMES.mainAccounts
      : parts === 2
        ? KONTOPLAN_NAMES.mainFunctions
        : KONTOPLAN_NAMES.functions;
  return table[code] ?? null;
}
