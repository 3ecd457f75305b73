import type { FieldName, SkipReason } from '../model/budget.ts';
import type { Cell, Row } from '../workbook/types.ts';
import { codePart, isTotalsLabel, mayBeTotalsLabel } from './headers.ts';

/**
 * Reading a budget row's labels, and the row classification: whether a row below the header is a budget line, or
 * a blank, repeated header, totals row, heading or an unlabelled row that is left out (and why).
 */

/** The label fields read from every row (the rest of FieldName is amounts and the service flag). */
export type LabelField = Extract<
  FieldName,
  'committee' | 'area' | 'mainAccount' | 'function' | 'dranst' | 'art' | 'costCentre' | 'text'
>;

export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text': {
      const text = String(cell.value);
      // Printable ASCII at both ends is no white space: most labels need no trim.
      const first = text.charCodeAt(0);
      const last = text.charCodeAt(text.length - 1);
      return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
    }
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.dateIso ?? cell.text;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    default:
      return '';
  }
}

/** `code` reads the code part of a text (`codePart`, or one that remembers its answers). */
export function accountCode(
  cell: Cell | undefined,
  field: FieldName,
  code: (text: string) => string = codePart,
): string {
  if (!cell) return '';
  if (cell.kind === 'number' && typeof cell.value === 'number') {
    // A numeric art 1 was typed "1.0" (the kontoplan writes arter with one decimal).
    if (field === 'art' && cell.value < 10) return cell.value.toFixed(1);
    return String(cell.value);
  }
  const text = cellText(cell);
  return field === 'text' ? text : code(text);
}

/**
 * Memos for what runs on several cells of every row: a large budget repeats a few thousand distinct texts (the
 * same shared strings) over 200,000 lines. Bounded, so a sheet of unique texts cannot grow them without end.
 */
const MEMO_LIMIT = 50_000;
const lowerMemo = new Map<string, string>();
const totalsMemo = new Map<string, boolean>();

export function lowerTrimmed(text: string): string {
  let lower = lowerMemo.get(text);
  if (lower === undefined) {
    lower = text.trim().toLowerCase();
    if (lowerMemo.size < MEMO_LIMIT) lowerMemo.set(text, lower);
  }
  return lower;
}

/** A label that says the row is a total ("I alt", "Total for …"); empty and missing labels say nothing. */
export function totalsText(text: string | undefined): boolean {
  return text !== undefined && text !== '' && isTotalsLabelCached(text);
}

function isTotalsLabelCached(text: string): boolean {
  // Most labels fail the cheap test: on a large budget it is cheaper than a look-up among thousands of texts.
  if (!mayBeTotalsLabel(text)) return false;
  let total = totalsMemo.get(text);
  if (total === undefined) {
    total = isTotalsLabel(text);
    if (totalsMemo.size < MEMO_LIMIT) totalsMemo.set(text, total);
  }
  return total;
}

export const TOTAL_FORMULA = /\b(SUBTOTAL|AGGREGATE|SUM|SUMIF|SUMIFS)\s*\(/i;

/** A row left out, with the reason the import report gives. */
export interface RowSkip {
  reason: SkipReason;
  /** A row with amounts but no labels is a warning (its amounts are left out); the others are information. */
  severity: 'info' | 'warning';
  code: string;
  message: string;
  cell?: string;
  /** A heading naming a committee ("Børne- og Ungeudvalget"): the committee of the lines below it. */
  committee?: string;
}

/** What the classification needs of the sheet. */
export interface RowContext {
  sheet: string;
  /** The sheet has a committee column (else a heading naming a committee applies below it). */
  hasCommitteeColumn: boolean;
  /** What the rows before said (see `RowMemo`); one per sheet. */
  memo?: RowMemo;
}

/**
 * The last text each column (and each label) held, and what it said: a budget repeats a column's value from row to
 * row (the same udvalg, område, funktion), and comparing with the last one is cheaper than looking the text up.
 */
export class RowMemo {
  readonly headerText: (string | undefined)[] = [];
  readonly headerMatch: boolean[] = [];
  readonly labelText: (string | undefined)[] = [];
  readonly labelTotal: boolean[] = [];

  /** Whether `text` in column `col` is that column's header text `header` (lower-cased, trimmed). */
  isHeader(col: number, text: string, header: string): boolean {
    // An ASCII first character other than a space starts the lower-cased, trimmed text too: most cells differ there.
    const first = text.charCodeAt(0);
    if (first > 32 && first < 128) {
      const lower = first >= 65 && first <= 90 ? first + 32 : first;
      if (lower !== header.charCodeAt(0)) return false;
    }
    if (this.headerText[col] === text) return this.headerMatch[col] === true;
    const match = lowerTrimmed(text) === header;
    this.headerText[col] = text;
    this.headerMatch[col] = match;
    return match;
  }

  /** `totalsText(text)` for the label in slot `slot`. */
  isTotal(slot: number, text: string | undefined): boolean {
    if (text === undefined || text === '') return false;
    if (this.labelText[slot] === text) return this.labelTotal[slot] === true;
    const total = isTotalsLabelCached(text);
    this.labelText[slot] = text;
    this.labelTotal[slot] = total;
    return total;
  }
}

/**
 * The row classification: null for a budget line, else why the row is left out. `labels` are the row's label
 * texts, `labelCount` how many of them are not empty (the text by its first column), `amountCells` the cells of the
 * plan year columns and `hasAmount` whether any holds something; `firstText` is the row's first text cell and
 * `headerMatches` how many of its text cells hold their column's header text (`RowMemo.isHeader`, lower-cased
 * header texts by column number): the row consumer finds both in its one pass over the row's cells.
 */
export function classifyRow(
  row: Row,
  labels: Readonly<Record<LabelField, string>>,
  labelCount: number,
  amountCells: readonly (Cell | undefined)[],
  hasAmount: boolean,
  firstText: Cell | undefined,
  headerMatches: number,
  context: RowContext,
): RowSkip | null {
  const { sheet } = context;
  const memo = context.memo ?? new RowMemo();
  // A header repeated further down (page breaks in ERP reports).
  if (headerMatches >= 2) {
    return {
      reason: 'repeated_header',
      severity: 'info',
      code: 'repeated_header_skipped',
      message: `Række ${row.row} på arket '${sheet}' gentager overskrifterne og er sprunget over.`,
    };
  }

  // Totals: a label like "I alt", or SUM/SUBTOTAL formulas over a range in the amount columns.
  const totalLabel =
    memo.isTotal(0, labels.committee) ||
    memo.isTotal(1, labels.area) ||
    memo.isTotal(2, labels.text) ||
    memo.isTotal(3, labels.function) ||
    memo.isTotal(4, labels.mainAccount) ||
    memo.isTotal(5, labels.costCentre) ||
    (firstText !== undefined && memo.isTotal(6, String(firstText.value)));
  let totalFormula = false;
  for (const c of amountCells) {
    if (c?.formula !== undefined && TOTAL_FORMULA.test(c.formula) && c.formula.includes(':')) {
      totalFormula = true;
      break;
    }
  }
  if (totalLabel || totalFormula) {
    const skip: RowSkip = {
      reason: 'totals',
      severity: 'info',
      code: 'totals_row_skipped',
      message: `Række ${row.row} på arket '${sheet}' er en sumrække${totalLabel ? '' : ' (formel med SUM/SUBTOTAL)'} og er ikke talt med igen.`,
    };
    const at = firstText?.address ?? amountCells.find((c) => c)?.address;
    if (at !== undefined) skip.cell = at;
    return skip;
  }

  if (!hasAmount && labelCount < 3) {
    const skip: RowSkip = {
      reason: 'heading',
      severity: 'info',
      code: 'heading_row_skipped',
      message: `Række ${row.row} på arket '${sheet}' har ingen beløb og er læst som en mellemoverskrift.`,
    };
    if (firstText) skip.cell = firstText.address;
    // Without a committee column, a heading naming a committee ("Børne- og Ungeudvalget") applies below it.
    const heading = firstText ? String(firstText.value).trim() : '';
    if (!context.hasCommitteeColumn && /udvalg(et)?$/i.test(heading) && heading.length < 80)
      skip.committee = heading;
    return skip;
  }
  if (hasAmount && labelCount === 0) {
    return {
      reason: 'no_labels',
      severity: 'warning',
      code: 'row_without_labels',
      message: `Række ${row.row} på arket '${sheet}' har beløb, men hverken udvalg, område, konto eller tekst. Den er ikke talt med - er det en sumrække?`,
      cell: amountCells.find((c) => c)?.address ?? `A${row.row}`,
    };
  }
  return null;
}
