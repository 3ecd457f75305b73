/**
 * The kontoplan's names: hovedkonti, hovedfunktioner and funktioner, looked up from the data table in
 * `names-data.ts` (each entry there with the published text it was read from, and what the table covers).
 */
import { KONTOPLAN_NAMES_DATA, KONTOPLAN_SOURCES, type NamedCode, type NamesSource } from './names-data.ts';

export interface KontoplanNames {
  /** Which edition the table is built around, and that it covers only part of the kontoplan. */
  source: string;
  /** The budget year of that edition; later years use it until a newer edition is added. */
  budgetYear: number;
  /** "3" → "Undervisning og kultur". */
  mainAccounts: Readonly<Record<string, string>>;
  /** "3.22" → "Folkeskolen m.m.". */
  mainFunctions: Readonly<Record<string, string>>;
  /** "3.22.01" → "Folkeskoler". */
  functions: Readonly<Record<string, string>>;
}

function byCode(entries: readonly NamedCode[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) if (e.name !== null) out[e.code] = e.name;
  return out;
}

export const KONTOPLAN_NAMES: KontoplanNames = {
  // Shown after "Navne: " and ended by the caller's own full stop.
  source: `${KONTOPLAN_NAMES_DATA.edition}. ${KONTOPLAN_NAMES_DATA.coverage.replace(/\.$/, '')}`,
  budgetYear: KONTOPLAN_NAMES_DATA.validForBudgetYear,
  mainAccounts: byCode(KONTOPLAN_NAMES_DATA.mainAccounts),
  mainFunctions: byCode(KONTOPLAN_NAMES_DATA.mainFunctions),
  functions: byCode(KONTOPLAN_NAMES_DATA.functions),
};

function tableFor(code: string): Readonly<Record<string, string>> {
  const parts = code.split('.').length;
  return parts === 1
    ? KONTOPLAN_NAMES.mainAccounts
    : parts === 2
      ? KONTOPLAN_NAMES.mainFunctions
      : KONTOPLAN_NAMES.functions;
}

/** The kontoplan's name of a hovedkonto, hovedfunktion or funktion code; null when the table does not know it. */
export function kontoplanName(code: string): string | null {
  return tableFor(code)[code] ?? null;
}

const ENTRIES = new Map<string, NamedCode>(
  [
    ...KONTOPLAN_NAMES_DATA.mainAccounts,
    ...KONTOPLAN_NAMES_DATA.mainFunctions,
    ...KONTOPLAN_NAMES_DATA.functions,
  ].map((e) => [e.code, e]),
);

/** Where the table's name of a code was read (publisher, address, edition); null when it has no name for it. */
export function kontoplanNameSource(code: string): NamesSource | null {
  const entry = ENTRIES.get(code);
  return entry?.name != null && entry.source ? KONTOPLAN_SOURCES[entry.source] : null;
}
