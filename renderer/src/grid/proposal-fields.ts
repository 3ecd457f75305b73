import {
  blankProposal as blankModelProposal,
  KATEGORIER,
  KATEGORI_LABEL,
  STATUSES,
  STATUS_LABEL,
  VEJE,
  VEJ_LABEL,
  type Kategori,
  type Kr,
  type Proposal,
  type SignDisplay,
  type Status,
  type Vej,
} from '../../../shared/model/index.ts';
import { amountText, parseAmount, parseFte } from './amounts.ts';
import { TEXT } from '../text.ts';
import { normaliseKategori, normaliseStatus, normaliseVej } from '../../../shared/proposals/index.ts';

/**
 * The editable columns of the Forslag grid, as data: how a cell reads as text (for display, copy and
 * fill) and how text (typed or pasted) becomes a new proposal. Amount columns are `amount:<year index>`.
 */
export type FieldId = TextFieldId | `amount:${number}` | `fte:${number}`;

/**
 * The grid's columns of one field each: every field of the proposal but the per-year ones, the long texts and
 * permanence (the detail panel edits them) and where it was read from.
 */
type TextFieldId = Exclude<keyof Proposal, 'amounts' | 'income' | 'fte' | NotAColumn>;
type NotAColumn = 'description' | 'citizenImpact' | 'staffImpact' | 'permanence' | 'notes' | 'source';

export interface FieldSpec {
  id: FieldId;
  header: string;
  kind: 'text' | 'amount' | 'choice' | 'yesNo' | 'fte';
  read: (p: Proposal) => string;
  /** For amount columns: the amount in kroner as the column shows it (the sign convention applied). */
  amount?: (p: Proposal) => Kr;
  /** The changed proposal, or null when the text cannot be used (the cell keeps its value). */
  write: (p: Proposal, text: string) => Proposal | null;
}

function fold(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^den\s+/, '')
    .replace(/\s+vej$/, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[\s-]+/g, '');
}

/**
 * How typed text is compared with a choice's label when picking by prefix: any case, "æ/ø/å" or "ae/oe/aa",
 * spaces and hyphens ignored, and a leading "Den" dropped (so "Den s", "s" and "stille v" all lead to
 * "Den stille vej").
 */
function prefixKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*den(\s+|$)/, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[\s-]+/g, '');
}

/**
 * The one rule by which a choice cell (vej, kategori, status, udvalg) reads typed or pasted text: a spelling
 * the value is known by (its label or stored value in any case, or `known`, the importer's normaliser)
 * picks that value; otherwise the values whose label begins with the text. One value in the answer is a
 * pick; more means the text is ambiguous (the cell's list shows them); none means it is not a value.
 * Empty text answers every value.
 */
export function matchingChoices<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
  text: string,
  known?: (text: string) => T | null,
): T[] {
  const key = prefixKey(text);
  if (key === '') return [...values];
  const exact = values.find((v) => fold(v) === fold(text) || fold(label(v)) === fold(text));
  if (exact !== undefined) return [exact];
  const named = known?.(text) ?? null;
  if (named !== null && values.includes(named)) return [named];
  return values.filter((v) => prefixKey(label(v)).startsWith(key) || prefixKey(v).startsWith(key));
}

/** The value `text` picks under `matchingChoices`, or null when it picks none or several. */
export function pickChoice<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
  text: string,
  known?: (text: string) => T | null,
): T | null {
  if (text.trim() === '') return null;
  const found = matchingChoices(values, label, text, known);
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** A choice column's values, the label each shows, and the spellings it is also known by. */
export interface ChoiceSet<T extends string> {
  values: readonly T[];
  label: (value: T) => string;
  known?: (text: string) => T | null;
}

// The importer's normalisers know the spellings departments use ("Stille vej", "effektiviseringer"…).
export const VEJ_CHOICE: ChoiceSet<Vej> = { values: VEJE, label: (v) => VEJ_LABEL[v], known: normaliseVej };
export const KATEGORI_CHOICE: ChoiceSet<Kategori> = {
  values: KATEGORIER,
  label: (k) => KATEGORI_LABEL[k],
  known: normaliseKategori,
};
export const STATUS_CHOICE: ChoiceSet<Status> = {
  values: STATUSES,
  label: (s) => STATUS_LABEL[s],
  known: normaliseStatus,
};

/** The values whose label typed text may lead to (see `matchingChoices`). */
export const matchingIn = <T extends string>(c: ChoiceSet<T>, text: string): T[] =>
  matchingChoices(c.values, c.label, text, c.known);

/** The value typed text picks (see `pickChoice`). */
export const pickIn = <T extends string>(c: ChoiceSet<T>, text: string): T | null =>
  pickChoice(c.values, c.label, text, c.known);

export const matchVej = (text: string): Vej | null => pickIn(VEJ_CHOICE, text);
export const matchKategori = (text: string): Kategori | null => pickIn(KATEGORI_CHOICE, text);
export const matchStatus = (text: string): Status | null => pickIn(STATUS_CHOICE, text);
/** A committee from the list the grid offers; text that picks none is kept as typed (a new committee). */
export const matchCommittee = (committees: readonly string[], text: string): string =>
  pickChoice(committees, (c) => c, text) ?? text.trim();

function textField(id: FieldId & keyof Proposal, header: string): FieldSpec {
  return {
    id,
    header,
    kind: 'text',
    read: (p) => String(p[id] ?? ''),
    write: (p, text) => ({ ...p, [id]: text.trim() }),
  };
}

/**
 * A proposal's stored amount (negative = saving) as the user sees it under the project's sign display,
 * and back: with `positiveIsSaving` the sign is flipped both ways. Zero stays 0 (never -0).
 */
export function displayedAmount(stored: Kr, sign: SignDisplay): Kr {
  return sign === 'positiveIsSaving' && stored !== 0 ? -stored : stored;
}
export const storedAmount = displayedAmount;

/** The column header over the plan years: what the amounts are, with unit and price level. */
export function amountGroupHeader(priceYear: number, sign: SignDisplay): string {
  return `${sign === 'positiveIsSaving' ? 'Besparelse' : 'Beløb'} (${TEXT.unitHeader(priceYear)})`;
}

/**
 * The proposal with one plan year's årsværk set from typed or pasted text, as the grid's cell and the detail
 * panel's field read it; null when the text is no number of årsværk within the bound (the value stays).
 */
export function withFte(p: Proposal, yearCount: number, index: number, text: string): Proposal | null {
  const value = parseFte(text);
  if (value === null) return null;
  const fte = Array.from({ length: yearCount }, (_, i) => p.fte[i] ?? 0);
  fte[index] = value;
  return { ...p, fte };
}

export function proposalFields(
  years: readonly number[],
  sign: SignDisplay = 'negativeIsSaving',
  committees: readonly string[] = [],
): FieldSpec[] {
  const amountFields = years.map((year, index): FieldSpec => ({
    id: `amount:${index}`,
    header: String(year),
    kind: 'amount',
    read: (p) => amountText(displayedAmount(p.amounts[index] ?? 0, sign)),
    amount: (p) => displayedAmount(p.amounts[index] ?? 0, sign),
    write: (p, text) => {
      const kr = parseAmount(text);
      if (kr === null) return null;
      const amounts = years.map((_, i) => p.amounts[i] ?? 0);
      amounts[index] = storedAmount(kr, sign);
      return { ...p, amounts };
    },
  }));
  // Årsværk per plan year, last: a department's list (what a paste fills, left to right) ends with the catalogue.
  const fteFields = years.map((year, index): FieldSpec => ({
    id: `fte:${index}`,
    header: `Årsværk ${year}`,
    kind: 'fte',
    read: (p) => String(p.fte[index] ?? 0).replace('.', ','),
    write: (p, text) => withFte(p, years.length, index, text),
  }));
  return [
    textField('id', 'Nr.'),
    textField('title', 'Titel'),
    {
      ...textField('committee', 'Udvalg'),
      write: (p, text) => ({ ...p, committee: matchCommittee(committees, text) }),
    },
    textField('area', 'Politikområde'),
    {
      id: 'vej',
      header: 'Vej',
      kind: 'choice',
      read: (p) => (p.vej ? VEJ_LABEL[p.vej] : ''),
      write: (p, text) => {
        if (text.trim() === '') return { ...p, vej: null };
        const vej = matchVej(text);
        return vej ? { ...p, vej } : null;
      },
    },
    {
      id: 'kategori',
      header: 'Kategori',
      kind: 'choice',
      read: (p) => (p.kategori ? KATEGORI_LABEL[p.kategori] : ''),
      write: (p, text) => {
        if (text.trim() === '') return { ...p, kategori: null };
        const kategori = matchKategori(text);
        return kategori ? { ...p, kategori } : null;
      },
    },
    {
      id: 'status',
      header: 'Status',
      kind: 'choice',
      read: (p) => STATUS_LABEL[p.status],
      write: (p, text) => {
        // A status cannot be empty: clearing it returns the proposal to "forslag".
        if (text.trim() === '') return { ...p, status: 'forslag' };
        const status = matchStatus(text);
        return status ? { ...p, status } : null;
      },
    },
    ...amountFields,
    {
      id: 'investment',
      header: 'Investering',
      kind: 'amount',
      read: (p) => amountText(p.investment),
      amount: (p) => p.investment,
      write: (p, text) => {
        const kr = parseAmount(text);
        return kr === null ? null : { ...p, investment: kr };
      },
    },
    {
      id: 'isService',
      header: 'Service',
      kind: 'yesNo',
      read: (p) => (p.isService ? 'Ja' : 'Nej'),
      write: (p, text) => {
        const t = text.trim().toLowerCase();
        if (['ja', 'j', 'x', '1', 'sand', 'true'].includes(t)) return { ...p, isService: true };
        if (['nej', 'n', '', '0', 'falsk', 'false'].includes(t)) return { ...p, isService: false };
        return null;
      },
    },
    textField('catalogue', 'Katalog'),
    ...fteFields,
  ];
}

/** A new row of the Forslag grid: a blank proposal, in the committee the grid is filtered to. */
export function blankProposal(id: string, yearCount: number, committee = ''): Proposal {
  return blankModelProposal(id, yearCount, { committee });
}

/** "F-001", "F-002", … : the number after the highest of that form, so new rows sort last. */
export function nextProposalId(existing: readonly Proposal[]): string {
  let highest = 0;
  for (const p of existing) {
    const m = /^F-(\d+)$/.exec(p.id);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `F-${String(highest + 1).padStart(3, '0')}`;
}
