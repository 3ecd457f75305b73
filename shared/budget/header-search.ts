import type { FieldName } from '../model/budget.ts';
import { parseDanishNumber } from '../numbers/danish.ts';
import type { AbortSignalLike, Cell, CellRange, Row, SheetInfo, WorkbookFile } from '../workbook/types.ts';
import {
  classifyYearHeader,
  fieldForHeader,
  isAmountSubHeader,
  isOtherHeaderWord,
  isYearNumber,
  relativeOutYear,
  normaliseHeader,
} from './headers.ts';

/**
 * The first stage of the preview: reading a sheet's first rows and finding its header row by scoring each row (and
 * each pair of rows) by the header words and plan years it holds.
 */

/** Rows read at least (the cross-sheet formula check and the preview look below the header). */
const SCAN_ROWS = 60;
/** Within these rows the best-scoring header wins, as before ERP preambles were supported. */
const HEADER_SEARCH_ROWS = 40;
/** Past them the search goes on until a header with data below it is found, but never beyond this row. */
const HEADER_SEARCH_LIMIT = 200;
/** Rows the wizard shows from the header on. */
export const PREVIEW_ROWS = 20;

/** Header text of a cell: text as is; whole numbers (e.g. a numeric 2026) as digits. */
export function headerText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.kind === 'text') return String(cell.value);
  if (cell.kind === 'number' && typeof cell.value === 'number' && Number.isInteger(cell.value))
    return String(cell.value);
  return '';
}

/** One column of a header as the importer reads it: one row's text, or a two-row header's combined text. */
export interface HeaderCell {
  col: number;
  text: string;
  /** The text is a whole number cell (a numeric 2026): weaker evidence of a header than "Budget 2026". */
  numeric: boolean;
}

export interface HeaderCandidate {
  /** The last header row; the data starts below it. */
  row: number;
  /** The upper row of a two-row header; 0 for one row. */
  groupRow: number;
  cells: HeaderCell[];
  score: number;
  planYears: number;
  /** Plan year columns, to see data rows below the header. */
  yearCols: ReadonlySet<number>;
  /** A row below the header has numbers in its plan year columns (two of them, when there are two or more). */
  hasData: boolean;
}

function rowCells(row: Row): HeaderCell[] {
  const out: HeaderCell[] = [];
  for (const cell of row.cells) {
    const text = headerText(cell).trim();
    if (text !== '') out.push({ col: cell.col, text, numeric: cell.kind === 'number' });
  }
  return out;
}

/**
 * Reads two adjacent rows as one header, column by column. A group cell's text applies to every column it covers:
 * the merged range when the sheet's merges are known (they come after the rows, so only when the whole sheet was
 * read), otherwise the empty cells to its right whose sub-headers are like the first one below it: amount parts under
 * a year ("Budget 2026" over "Udgift | Indtægt" or "1.000 kr."), or years under an amount part ("Udgifter" over
 * "2026 | 2027 | …").
 * A sub-header that names a field ("Udvalg") stands alone; others get the group's text in front ("Budget 2026 Udgift").
 */
function combineRows(upper: Row, lower: Row, merges: readonly CellRange[]): HeaderCell[] {
  // A lower row holding numbers that are not years is data, not sub-headers ("Budget" over "-2000").
  if (lower.cells.some((c) => c.kind === 'number' && !isYearNumber(c.value as number)))
    return rowCells(upper);
  const top = new Map<number, HeaderCell>();
  for (const c of rowCells(upper)) top.set(c.col, c);
  const bottom = new Map<number, HeaderCell>();
  for (const c of rowCells(lower)) bottom.set(c.col, c);
  const spread = new Map<number, HeaderCell>(top);
  for (const m of merges) {
    if (m.startRow !== upper.row) continue;
    const master = top.get(m.startCol);
    if (!master) continue;
    for (let c = m.startCol + 1; c <= Math.min(m.endCol, m.startCol + 1000); c++)
      if (!spread.has(c)) spread.set(c, { ...master, col: c });
  }
  const isYear = (text: string): boolean => classifyYearHeader(normaliseHeader(text)).kind !== 'none';
  const isPart = (text: string): boolean => isAmountSubHeader(normaliseHeader(text));
  for (const group of top.values()) {
    const sub = bottom.get(group.col);
    if (!sub) continue;
    // "Budget 2026" over "Udgift | Indtægt", or "Udgifter" over "2026 | 2027 | …".
    const fits =
      isYear(group.text) && isPart(sub.text)
        ? isPart
        : isPart(group.text) && isYear(sub.text)
          ? isYear
          : null;
    if (!fits) continue;
    for (let c = group.col + 1; !top.has(c); c++) {
      const next = bottom.get(c);
      if (!next || !fits(next.text)) break;
      if (!spread.has(c)) spread.set(c, { ...group, col: c });
    }
  }
  const cols = [...new Set([...spread.keys(), ...bottom.keys()])].sort((a, b) => a - b);
  return cols.map((col) => {
    const g = spread.get(col);
    const s = bottom.get(col);
    if (!s) return g ?? { col, text: '', numeric: false };
    if (!g) return s;
    const n = normaliseHeader(s.text);
    if (fieldForHeader(n) || isOtherHeaderWord(n)) return s;
    return { col, text: `${g.text} ${s.text}`, numeric: false };
  });
}

function candidateOf(
  row: number,
  groupRow: number,
  cells: HeaderCell[],
  hidden: ReadonlySet<number>,
): HeaderCandidate {
  let score = 0;
  let planYears = 0;
  const yearCols = new Set<number>();
  const seenFields = new Set<FieldName>();
  for (const cell of cells) {
    if (cell.text === '') continue;
    const n = normaliseHeader(cell.text);
    const field = fieldForHeader(n);
    if (field) {
      if (!seenFields.has(field.field)) score += 2;
      seenFields.add(field.field);
      continue;
    }
    const year = classifyYearHeader(n);
    if (year.kind === 'plan' && !hidden.has(cell.col)) {
      // A bare number is weak evidence on its own (it could be an amount); with words around it, strong.
      score += cell.numeric ? 1.5 : 2;
      // A column that says which part of the amount it holds ("Udgifter 2026") is a more specific reading, so a
      // two-row header that yields it beats the lower row alone ("2026").
      if (year.part !== 'net') score += 0.5;
      planYears++;
      yearCols.add(cell.col);
    } else if (year.kind === 'notPlan') score += 1;
    else if (relativeOutYear(n) !== null && !hidden.has(cell.col)) score += 2;
    else if (isOtherHeaderWord(n)) score += 1;
  }
  return { row, groupRow, cells, score, planYears, yearCols, hasData: false };
}

function isHeader(c: HeaderCandidate): boolean {
  return c.planYears > 0 && c.score >= 4;
}

function isAmount(cell: Cell): boolean {
  if (cell.kind === 'number') return true;
  return cell.kind === 'text' && parseDanishNumber(String(cell.value)) !== null;
}

/** Better: followed by data, then the higher score; on a tie the earlier candidate stays. */
function better(a: HeaderCandidate, b: HeaderCandidate | null): boolean {
  if (!b) return true;
  if (a.hasData !== b.hasData) return a.hasData;
  return a.score > b.score;
}

/**
 * Finds the header among a sheet's first rows, fed one row at a time so the reading can stop early: within the
 * first 40 rows the best header wins; past them the search goes on (ERP reports list their selection criteria
 * first, one line per filter) until a header has a data row below it, at most to row 200. Each row is tried alone
 * and together with the row above it, or above one blank row (a two-row header); the pair must score higher to be
 * chosen.
 */
class HeaderSearch {
  private readonly candidates: HeaderCandidate[] = [];
  private previous: Row | null = null;
  /** The row at which the search closed (a header with data below it, past row 40); 0 while open. */
  private closedAt = 0;

  constructor(
    private readonly hidden: () => ReadonlySet<number>,
    private readonly merges: readonly CellRange[] = [],
  ) {}

  push(row: Row): void {
    this.close(row.row);
    let candidate: HeaderCandidate | null = null;
    if (this.closedAt === 0 && row.row <= HEADER_SEARCH_LIMIT) {
      const hidden = this.hidden();
      const single = candidateOf(row.row, 0, rowCells(row), hidden);
      // The row above, or the one above a blank row: some exports leave one between group cells and sub-headers.
      const above = this.previous;
      const pair =
        above && row.row - above.row <= 2
          ? candidateOf(row.row, above.row, combineRows(above, row, this.merges), hidden)
          : null;
      // The pair replaces the row above as a header only when it reads better than that row alone.
      const last = this.candidates[this.candidates.length - 1];
      const upper = last && last.row === above?.row ? last : null;
      if (pair && isHeader(pair) && pair.score > single.score && (!upper || pair.score > upper.score)) {
        if (upper) this.candidates.pop();
        candidate = pair;
      } else if (isHeader(single)) candidate = single;
    }
    if (candidate) this.candidates.push(candidate);
    else {
      // Data belongs to the latest header above it; an earlier header without data below it stays without.
      const c = this.candidates[this.candidates.length - 1];
      if (c && !c.hasData) {
        // A budget line has amounts in (nearly) every year; one number under a header is a parameter or a date.
        let amounts = 0;
        for (const cell of row.cells) if (c.yearCols.has(cell.col) && isAmount(cell)) amounts++;
        if (amounts >= Math.min(2, c.yearCols.size)) c.hasData = true;
      }
    }
    if (rowCells(row).length > 0) this.previous = row;
    this.close(row.row + 1);
  }

  /** Past row 40, a header with data below it ends the search (before `row` is looked at as a header). */
  private close(row: number): void {
    if (this.closedAt === 0 && row > HEADER_SEARCH_ROWS && this.best()?.hasData) this.closedAt = row;
  }

  best(): HeaderCandidate | null {
    let best: HeaderCandidate | null = null;
    for (const c of this.candidates) if (better(c, best)) best = c;
    return best;
  }

  /** Read on after this row? While the search is open, or until the preview below the header is complete. */
  wants(row: number): boolean {
    if (this.closedAt === 0) return row < HEADER_SEARCH_LIMIT;
    return row < Math.max(SCAN_ROWS, (this.best()?.row ?? 0) + PREVIEW_ROWS + 1);
  }
}

/** A sheet's first rows as read, and the header found among them. */
export interface Scan {
  info: SheetInfo;
  rows: Row[];
  hidden: ReadonlySet<number>;
  header: HeaderCandidate | null;
  empty: boolean;
}

export async function scanSheet(
  file: WorkbookFile,
  info: SheetInfo,
  options: { signal?: AbortSignalLike },
): Promise<Scan> {
  const rows: Row[] = [];
  let hidden: ReadonlySet<number> = new Set();
  const search = new HeaderSearch(() => hidden);
  const details = await file.readRows(
    info.name,
    (row, hiddenColumns) => {
      hidden = hiddenColumns;
      if (row.cells.length === 0) return true;
      rows.push(row);
      search.push(row);
      return search.wants(row.row);
    },
    options.signal ? { signal: options.signal } : {},
  );
  let header = search.best();
  if (details.complete && details.merges.length > 0) {
    // The whole sheet was read, so its merged cells are known: search again with them.
    const again = new HeaderSearch(() => hidden, details.merges);
    for (const row of rows) again.push(row);
    header = again.best();
  }
  return {
    info,
    rows,
    hidden,
    header,
    empty: details.complete && details.lastRow === 0 && rows.length === 0,
  };
}
