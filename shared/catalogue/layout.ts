import { KATEGORI_LABEL, STATUS_LABEL, VEJ_LABEL } from '../model/labels.ts';
import type { Proposal } from '../model/proposal.ts';

/**
 * The visible Forslag sheet's columns, shared by the writer and the reader so the two cannot drift apart.
 * The reader finds columns by their header text, so a colleague may move or insert columns in Excel.
 */
export type ForslagField =
  'id' | 'title' | 'committee' | 'area' | 'vej' | 'kategori' | 'status' | 'description';

export interface ForslagColumn {
  /** 1-based column number. */
  col: number;
  header: string;
  width: number;
  field: ForslagField | 'amount' | 'fte' | 'income';
  /** Index into the project's years for amount, fte and income columns. */
  yearIndex?: number;
}

export const FORSLAG_SHEET = 'Forslag';
export const FORSLAG_HEADER_ROW = 1;
export const FORSLAG_FIRST_ROW = 2;
/** The label in the id column of the totals row (never a proposal). */
export const TOTALS_LABEL = 'I alt';
/** Longest description written to the Forslag sheet; the proposal's own sheet has the whole text. */
export const SHORT_DESCRIPTION_CHARS = 250;

/** The text columns printed in the list, before the plan years. */
const PRINTED_TEXT_COLUMNS: { field: ForslagField; header: string; width: number }[] = [
  { field: 'id', header: 'Nr.', width: 8 },
  { field: 'title', header: 'Titel', width: 40 },
  { field: 'vej', header: 'Vej', width: 18 },
  { field: 'kategori', header: 'Kategori', width: 16 },
];

/** The text columns kept in the sheet (edited and read back) but outside the printed list. */
const OTHER_TEXT_COLUMNS: { field: ForslagField; header: string; width: number }[] = [
  { field: 'committee', header: 'Udvalg', width: 26 },
  { field: 'area', header: 'Politikområde', width: 22 },
  { field: 'status', header: 'Status', width: 13 },
];

export function amountHeader(year: number, savingsPositive: boolean): string {
  return savingsPositive ? `Besparelse ${year}` : String(year);
}

export function fteHeader(year: number): string {
  return `Årsværk ${year}`;
}

export const DESCRIPTION_HEADER = 'Kort beskrivelse';

/** The income part of the amount, turned round like it when savings are shown positive (a merindtægt positive). */
export function incomeHeader(year: number, savingsPositive: boolean): string {
  return `${savingsPositive ? 'Merindtægter' : 'Indtægter'} ${year}`;
}

/**
 * The Forslag sheet's columns in order: first what the printed list shows (nr, titel, vej, kategori, the plan years'
 * amounts and årsværk), then the rest (udvalg, politikområde, status, the short description, the income part). The
 * reader finds columns by their headers, so catalogues with another order (older ones) read the same.
 */
export function forslagColumns(years: readonly number[], savingsPositive: boolean): ForslagColumn[] {
  const columns: ForslagColumn[] = PRINTED_TEXT_COLUMNS.map((c, i) => ({ ...c, col: i + 1 }));
  const perYear = (field: 'amount' | 'fte' | 'income', header: (year: number) => string): void =>
    years.forEach((year, i) =>
      columns.push({ col: columns.length + 1, header: header(year), width: 12, field, yearIndex: i }),
    );
  perYear('amount', (year) => amountHeader(year, savingsPositive));
  perYear('fte', fteHeader);
  for (const c of OTHER_TEXT_COLUMNS) columns.push({ ...c, col: columns.length + 1 });
  columns.push({ col: columns.length + 1, header: DESCRIPTION_HEADER, width: 60, field: 'description' });
  perYear('income', (year) => incomeHeader(year, savingsPositive));
  return columns;
}

/** The last column of the printed list (nr … årsværk of the last plan year). */
export function lastPrintedColumn(years: readonly number[]): number {
  return PRINTED_TEXT_COLUMNS.length + 2 * years.length;
}

/**
 * The header of the `n`th column (1, 2 …) that continues a text column whose text is longer than a cell holds
 * (`CELL_TEXT_MAX`): "Titel (fortsat)", "Titel (fortsat 2)". Written only when needed, after every other column; the
 * reader joins them to the text in their order.
 */
export function continuationHeader(header: string, n: number): string {
  return n === 1 ? `${header} (fortsat)` : `${header} (fortsat ${n})`;
}

/** Which continuation (1, 2 …) of a column named `header` the header text `text` is, or null. */
export function continuationNumber(text: string, header: string): number | null {
  if (!text.startsWith(`${header} (fortsat`)) return null;
  const m = /^ \(fortsat(?: (\d+))?\)$/.exec(text.slice(header.length));
  if (!m) return null;
  const n = m[1] === undefined ? 1 : Number(m[1]);
  return n >= 1 ? n : null;
}

/**
 * Text as a cell can hold it: XML 1.0 forbids most control characters and lone surrogates, and exceljs would
 * write them as they are, giving a file Excel calls damaged; DEL and the C1 controls (U+007F–U+009F) are dropped by
 * exceljs or LibreOffice, so they go too. (The data sheet keeps the exact text as JSON escapes.)
 */
export function cellSafe(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let bad =
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0xfffe ||
      c === 0xffff;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    if (bad) {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

/** The short description shown in the Forslag sheet. */
export function shortDescription(text: string): string {
  const flat = cellSafe(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= SHORT_DESCRIPTION_CHARS) return flat;
  return `${flat.slice(0, SHORT_DESCRIPTION_CHARS - 1).trimEnd()}…`;
}

/** The text the export writes in a Forslag text column (the reader compares with it to find edits). */
export function forslagText(p: Proposal, field: ForslagColumn['field']): string {
  switch (field) {
    case 'id':
      return cellSafe(p.id).trim();
    case 'title':
      return cellSafe(p.title).trim();
    case 'committee':
      return cellSafe(p.committee).trim();
    case 'area':
      return cellSafe(p.area).trim();
    case 'vej':
      return p.vej === null ? '' : VEJ_LABEL[p.vej];
    case 'kategori':
      return p.kategori === null ? '' : KATEGORI_LABEL[p.kategori];
    case 'status':
      return STATUS_LABEL[p.status];
    case 'description':
      return shortDescription(p.description);
    default:
      return '';
  }
}
