import type { FieldName } from '../model/budget.ts';

/**
 * The words municipalities put in budget header rows, and how a year column is told from a non-plan column.
 * Everything here is about header TEXT; no row positions or file names are assumed.
 */

/** Lower case, no surrounding punctuation, single spaces, "." and ":" dropped ("Omk.sted:" → "omksted"). */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\u2009\u202f\s]+/g, ' ')
    .replace(/[.:*]/g, '')
    .replace(/\s*-\s*/g, '-')
    .trim();
}

interface FieldRule {
  field: FieldName;
  /** Tested against the normalised header; the first rule (in this order) that matches wins for a column. */
  pattern: RegExp;
  /** Lower = preferred when several columns match the same field. */
  rank: number;
}

const FIELD_RULES: FieldRule[] = [
  { field: 'committee', pattern: /^(stående )?udvalg(snavn)?$|^udv$|^fagudvalg$/, rank: 0 },
  {
    field: 'area',
    pattern: /^(politikområde|politikomraade|bevillingsområde|bevillingsomraade)(snavn|navn)?$/,
    rank: 0,
  },
  { field: 'area', pattern: /^(område|omraade|delområde|hovedområde|sektor)$/, rank: 1 },
  { field: 'mainAccount', pattern: /^(hovedkonto|hk|hovedkonto nr|hovedkontonr)$/, rank: 0 },
  {
    field: 'function',
    pattern: /^(funktion|funktionsnr|funktion nr|funktionskode|funktionsnummer|fkt|konto|kontostreng)$/,
    rank: 0,
  },
  { field: 'dranst', pattern: /^(dranst|dr art|drart|dranst nr|driftsart|drift\/anlæg)$/, rank: 0 },
  { field: 'art', pattern: /^(art|artskonto|art nr|artsnr|artskode)$/, rank: 0 },
  {
    field: 'costCentre',
    pattern:
      /^(omksted|omk sted|omkostningssted|omkostningssted nr|omksted nr|omkostningssteder|costcenter|cost centre)$/,
    rank: 0,
  },
  { field: 'text', pattern: /^(tekst|budgettekst|linjetekst|kontotekst)$/, rank: 0 },
  { field: 'text', pattern: /^(aktivitet|aktivitetsnavn|beskrivelse|specifikation|formål)$/, rank: 1 },
  {
    field: 'service',
    pattern:
      /^(service|serviceudgift|serviceudgifter|serviceramme|servicerammen|indenfor servicerammen|inden for servicerammen|service\/overførsel|serviceudgift \(j\/n\))$/,
    rank: 0,
  },
  { field: 'service', pattern: /^service/, rank: 1 },
];

export function fieldForHeader(normalised: string): { field: FieldName; rank: number } | null {
  for (const rule of FIELD_RULES)
    if (rule.pattern.test(normalised)) return { field: rule.field, rank: rule.rank };
  return null;
}

/** Headers that name things we do not import but that still show a row is a header row. */
const OTHER_HEADER_WORDS =
  /^(funktionsnavn|artsnavn|omkstedsnavn|omkostningsstedsnavn|dranstnavn|hovedkontonavn|sorteringsnøgle|bemærkning|bemærkninger|note|noter|konto|kontonr|ansvarssted|ansvar|enhed|nr|id)$/;

export function isOtherHeaderWord(normalised: string): boolean {
  return OTHER_HEADER_WORDS.test(normalised);
}

/**
 * Non-plan columns: accounts (regnskab, R2024), corrected/original/adopted budgets of earlier years (KB2025,
 * "Korrigeret budget 2025", "Oprindeligt budget 2025", "Vedtaget budget 2025"), changes and differences
 * ("Ændring B2026-KB2025"), percentages, forecasts and FTE.
 */
const NOT_PLAN =
  /regnskab|forbrug|^r ?\d{4}$|^r\d{2}$|korr|^kb ?\d{4}|\bkb\b|oprindelig|^ob ?\d{4}|ændring|aendring|diff|afvig|forskel|%|pct|procent|tillæg|realiseret|faktisk|prognose|forventet|årsværk|aarsvaerk|\bfte\b|antal|indeks|index/;

/**
 * Which part of a year's net amount a column holds. Municipal exports that split a year into "Udgift" and "Indtægt"
 * columns (often under a merged "Budget 2026" group cell) keep income negative, so the net is their sum.
 */
export type YearPart = 'net' | 'expense' | 'income';

export type YearHeader =
  | { kind: 'plan'; year: number; budgetMarker: boolean; outYearMarker: boolean; part: YearPart }
  | { kind: 'notPlan'; year: number; reason: string }
  | { kind: 'none' };

const PLAN_WORDS =
  /^(b|bf|bo|bo\d|[1-3]|budget|budgetår|budgetaar|budgetforslag|forslag|overslag|overslagsår|overslagsaar|budgetoverslag|bo-år|år|aar|plan|ramme|netto|beløb|beloeb|drift|udgift|i|alt|faste|priser|pl|p|l|vedtaget|vedt|basisbudget|vb)$/;
const BUDGET_WORDS = /^(b|bf|budget|budgetår|budgetaar|budgetforslag|basisbudget|vb)$/;
const OUT_YEAR_WORDS = /^(bo|bo\d|overslag|overslagsår|overslagsaar|budgetoverslag|bo-år)$/;
const EXPENSE_WORDS = /^(udgift|udgifter|udg|bruttoudgift|bruttoudgifter)$/;
const INCOME_WORDS = /^(indtægt|indtægter|indtaegt|indtaegter|indt|bruttoindtægt|bruttoindtægter)$/;
const NET_WORDS = /^(netto|nettoudgift|nettoudgifter|net)$/;

/** A number cell that can be a year column's header: the same years `classifyYearHeader` reads in text. */
export function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1950 && value <= 2199;
}

const SHORT_YEAR = /^(b|bo|bf|vb|r|kb|ob) ?(\d{2})$/;

/**
 * Reads a header as a year column: "2026", "B2026", "BO2027", "Budget 2026", "Overslag 2027", "Overslagsår 2028",
 * "Budgetoverslag 2029", "BF 2026", "2026 (1.000 kr.)", "B2027 (2026-priser)". A header with two years
 * ("Ændring B2026-KB2025") or a non-plan word (Regnskab, KB, Korrigeret, Oprindeligt) is `notPlan`.
 */
export function classifyYearHeader(normalised: string): YearHeader {
  // The price level ("2026-priser", "p/l 2026") is not the column's year; the short forms "B26", "BO27", "R24"
  // are the years 2026, 2027, 2024.
  const text = normalised
    .replace(SHORT_YEAR, (_, prefix: string, yy: string) => `${prefix}20${yy}`)
    .replace(/(?<!\d)\d{4}[- ]?(priser|pl|p\/l)\b|\b(p\/l|pl|prisniveau)[- ]?\d{4}(?!\d)/g, ' ');
  const years = text.match(/(?<!\d)(19[5-9]\d|20\d\d|21\d\d)(?!\d)/g);
  if (!years || years.length === 0) return { kind: 'none' };
  const year = Number(years[0]);
  // The same year twice is one year (a two-row header: "Budget 2026" above "2026").
  if (years.some((y) => y !== years[0])) return { kind: 'notPlan', year, reason: 'two years' };
  if (NOT_PLAN.test(text)) return { kind: 'notPlan', year, reason: 'word' };
  // What is left around the year must be plan words (or nothing).
  const rest = text
    .replaceAll(String(year), ' ')
    .replace(/\(?i? ?1\.?000 ?kr\)?|t ?kr|kr/g, ' ')
    .replace(/[()\-–,/]/g, ' ')
    .trim();
  if (rest === '') return { kind: 'plan', year, budgetMarker: false, outYearMarker: false, part: 'net' };
  const words = rest.split(/\s+/);
  const expense = words.some((w) => EXPENSE_WORDS.test(w));
  const income = words.some((w) => INCOME_WORDS.test(w));
  if (
    words.every(
      (w) => PLAN_WORDS.test(w) || INCOME_WORDS.test(w) || EXPENSE_WORDS.test(w) || NET_WORDS.test(w),
    )
  ) {
    return {
      kind: 'plan',
      year,
      budgetMarker: words.some((w) => BUDGET_WORDS.test(w)),
      outYearMarker: words.some((w) => OUT_YEAR_WORDS.test(w)),
      part:
        words.some((w) => NET_WORDS.test(w)) || expense === income ? 'net' : expense ? 'expense' : 'income',
    };
  }
  return { kind: 'notPlan', year, reason: 'unknown words' };
}

const OUT_YEAR_NAME = '(?:bo|budgetoverslag|budgetoverslagsår|overslag|overslagsår|overslagsaar)';
const RELATIVE_OUT_YEAR = new RegExp(`^${OUT_YEAR_NAME} ?([1-9])$|^([1-9]) ?${OUT_YEAR_NAME}$`);

/**
 * An overslagsår named by its place instead of its year: "BO1", "BO 2", "Overslagsår 3", "1. overslagsår",
 * "Budgetoverslag 1 (1.000 kr.)". Returns n for the n-th year after the budget year, null for anything else; the
 * year comes from the budget year column beside it.
 */
export function relativeOutYear(normalised: string): number | null {
  const text = normalised
    .replace(/\(?i? ?1\.?000 ?kr\)?|t ?kr|kr/g, ' ')
    .replace(/[()\-–,/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const match = RELATIVE_OUT_YEAR.exec(text);
  return match ? Number(match[1] ?? match[2]) : null;
}

/**
 * Sub-headers that split an amount column under a group header ("Budget 2026" over "Udgift | Indtægt", or over
 * "1.000 kr."): a group cell's text applies to the empty cells to its right when the row below holds these.
 */
export function isAmountSubHeader(normalised: string): boolean {
  if (normalised === '') return false;
  const rest = normalised
    .replace(/\(?i? ?1\.?000 ?kr\)?|t ?kr|kr/g, ' ')
    .replace(/[()\-–,/]/g, ' ')
    .trim();
  if (rest === '') return true;
  return rest
    .split(/\s+/)
    .every(
      (w) =>
        EXPENSE_WORDS.test(w) ||
        INCOME_WORDS.test(w) ||
        NET_WORDS.test(w) ||
        /^(i|alt|beløb|beloeb)$/.test(w),
    );
}

/** Labels of totals rows ("I alt", "Total", "Sum", "Hovedtotal", "Udvalget i alt", "Subtotal"). */
const TOTALS_HINT = /alt|total|sum|samlet/i;

/** False for a text that cannot be a totals label (`isTotalsLabel`), by one cheap look at its characters. */
export function mayBeTotalsLabel(text: string): boolean {
  return TOTALS_HINT.test(text);
}

export function isTotalsLabel(text: string): boolean {
  // Cheap test first: this runs on several labels of every row of a 200,000-line budget.
  if (!mayBeTotalsLabel(text)) return false;
  const t = normaliseHeader(text);
  // Whole-label words ("Total", "Sum"), "… i alt"/"… total" at the end, "I alt …"/"Subtotal …" at the start.
  // "Samlet pulje" or "Total ombygning" are ordinary lines and must not be dropped.
  return (
    /^(i alt|ialt|total|totalt|totaler|sum|summa|subtotal|sub-total|hovedtotal|samlet i alt|alt i alt|grand total|totalsum|sum i alt)$/.test(
      t,
    ) ||
    /(^|\s)(i alt|ialt|total|totalt)$/.test(t) ||
    /^(i alt|ialt|subtotal|sub-total|hovedtotal|total for|sum for|totalt for)\b/.test(t)
  );
}

/** Service flag values → true/false; null when the text is not recognised. Empty counts as "no". */
const serviceCache = new Map<string, boolean | null>();

export function parseServiceFlag(text: string): boolean | null {
  // A service column holds a handful of distinct values; remember them (bounded) instead of re-normalising.
  const cached = serviceCache.get(text);
  if (cached !== undefined) return cached;
  const result = parseServiceFlagUncached(text);
  if (serviceCache.size < 1000) serviceCache.set(text, result);
  return result;
}

function parseServiceFlagUncached(text: string): boolean | null {
  const t = normaliseHeader(text).replace(/\s+/g, ' ');
  if (t === '') return false;
  if (
    /^(ja|j|x|y|yes|1|true|sand|s|indenfor|inden for|inden|i|service|serviceudgift|serviceudgifter|indenfor servicerammen|inden for servicerammen)$/.test(
      t,
    )
  ) {
    return true;
  }
  if (
    /^(nej|n|no|0|false|falsk|-|udenfor|uden for|uden|u|o|overførsel|overførsler|overforsel|overforsler|ikke service|udenfor servicerammen|uden for servicerammen|anlæg|finansiering)$/.test(
      t,
    )
  ) {
    return false;
  }
  return null;
}

/** "3.22.01 Folkeskoler" → "3.22.01"; "1 Drift" → "1"; "200001 Strandskolen" → "200001"; "3.22.01" stays. */
const codeCache = new Map<string, string>();

export function codePart(text: string): string {
  // Account cells repeat a few thousand distinct values over a large budget; remember them (bounded).
  const cached = codeCache.get(text);
  if (cached !== undefined) return cached;
  const code = codePartUncached(text);
  if (codeCache.size < 50_000) codeCache.set(text, code);
  return code;
}

function codePartUncached(text: string): string {
  const t = text.trim();
  const m = /^(\d+(?:[.,]\d+)*)(?:\s*[-–:]?\s+|\s*[-–:]\s*|$)/.exec(t);
  return m ? (m[1] ?? t) : t;
}
