import type { AmountUnit, ColumnMapping, FieldName, SheetMapping } from '../model/budget.ts';
import { ReadError, type Problem } from '../model/problem.ts';
import { formatDanish, parseDanishNumber } from '../numbers/danish.ts';
import type { Cell, CellRange, Row, SheetInfo, SheetVisibility, WorkbookFile } from '../workbook/types.ts';
import { columnLetters, columnNumber } from '../workbook/cells.ts';
import { sheetUnit, UNIT_NAMES } from './unit.ts';
import {
  classifyYearHeader,
  fieldForHeader,
  isAmountSubHeader,
  isOtherHeaderWord,
  isYearNumber,
  relativeOutYear,
  normaliseHeader,
  type YearPart,
} from './headers.ts';

export type SheetRole = SheetMapping['role'];

/** What the import wizard shows for one sheet. */
export interface SheetPreview {
  name: string;
  visibility: SheetVisibility;
  role: SheetRole;
  /** Danish: why the sheet got its role ("Arket henter tal fra andre ark med formler"). */
  reason: string;
  /** 1-based, the last header row (the data starts below it); 0 when no header row was found. */
  headerRow: number;
  /**
   * A two-row header's upper row (group cells such as "Budget 2026" over "Udgift | Indtægt"), 1-based; absent for
   * a one-row header.
   */
  groupHeaderRow?: number;
  /** Column letter → header text (for a two-row header: the group text and the sub-header, "Budget 2026 Udgift"). */
  headers: Record<string, string>;
  columns: Partial<Record<FieldName, string[]>>;
  /**
   * Plan year → column reference: one letter ("E"), or letters joined by "+" whose amounts are added ("E+F": a
   * year split into Udgift and Indtægt columns). Read it with `yearColumnLetters`.
   */
  years: Record<string, string>;
  /** Year-like columns that are not the plan (Regnskab 2024, KB2025, "Ændring B2026-KB2025"), letter → header. */
  notPlanColumns: Record<string, string>;
  hiddenColumns: string[];
  committeeFromSheet?: string;
  /** The unit the sheet states for its amounts ("Beløb i kr."); absent when it states none (read as 1.000 kr.). */
  unit?: AmountUnit;
  /** From the header row on, up to ~20 rows, as display text (empty string for an empty cell). */
  rows: { row: number; cells: string[] }[];
}

export interface BudgetPreview {
  fileName: string;
  years: number[];
  mapping: ColumnMapping;
  sheets: SheetPreview[];
  problems: Problem[];
}

export interface PreviewOptions {
  /** Force the budget year (the plan is this year and the three after it). */
  budgetYear?: number;
  signal?: { readonly aborted: boolean };
}

/** Rows read at least (the cross-sheet formula check and the preview look below the header). */
const SCAN_ROWS = 60;
/** Within these rows the best-scoring header wins, as before ERP preambles were supported. */
const HEADER_SEARCH_ROWS = 40;
/** Past them the search goes on until a header with data below it is found, but never beyond this row. */
const HEADER_SEARCH_LIMIT = 200;
const PREVIEW_ROWS = 20;

/** "E" → ["E"]; "E+F" → ["E", "F"]; "" → []. A year column reference of `SheetMapping.years`. */
export function yearColumnLetters(ref: string): string[] {
  return ref
    .split('+')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Header text of a cell: text as is; whole numbers (e.g. a numeric 2026) as digits. */
export function headerText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.kind === 'text') return String(cell.value);
  if (cell.kind === 'number' && typeof cell.value === 'number' && Number.isInteger(cell.value))
    return String(cell.value);
  return '';
}

/** How a cell looks to a user, in Danish notation. */
export function displayText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'number': {
      const v = cell.value as number;
      const decimals = Number.isInteger(v) ? 0 : Math.min(2, (String(v).split('.')[1] ?? '').length);
      return formatDanish(v, decimals);
    }
    case 'date':
      return cell.dateIso ?? cell.text;
    case 'boolean':
      return cell.value ? 'SAND' : 'FALSK';
    case 'formula':
      return cell.text;
    default:
      return String(cell.value ?? '');
  }
}

/** One column of a header as the importer reads it: one row's text, or a two-row header's combined text. */
interface HeaderCell {
  col: number;
  text: string;
  /** The text is a whole number cell (a numeric 2026): weaker evidence of a header than "Budget 2026". */
  numeric: boolean;
}

interface HeaderCandidate {
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

/**
 * "BO1", "BO2", "BO3" beside "Budget 2026" are 2027-2029: overslagsår named by their place get the budget year's
 * column's year plus their number. Without a year column before them to count from they stay unread (the user maps
 * them in the wizard).
 */
function datedOutYears(
  yearColumns: readonly YearColumn[],
  relative: readonly { col: number; offset: number; header: string }[],
): YearColumn[] {
  if (relative.length === 0) return [];
  const firstRelative = Math.min(...relative.map((r) => r.col));
  // The budget year column they follow: the nearest one to their left ("Budget 2025 | Budget 2026 | BO1 …").
  const before = yearColumns.filter((y) => y.col < firstRelative && !y.outYearMarker);
  const marked = before.filter((y) => y.budgetMarker);
  const base = (marked.length > 0 ? marked : before).reduce<YearColumn | undefined>(
    (nearest, y) => (nearest === undefined || y.col > nearest.col ? y : nearest),
    undefined,
  );
  if (base === undefined) return [];
  const budgetYear = base.year;
  return relative.map((r) => ({
    year: budgetYear + r.offset,
    col: r.col,
    part: 'net',
    budgetMarker: false,
    outYearMarker: true,
    header: r.header,
  }));
}

/**
 * Picks the plan years: a run of four consecutive years. The latest run wins (last year's budget, "Budget 2025",
 * sits before the plan), unless it starts with an overslagsår column and an earlier run starts with a budget column
 * ("Budget 2026, Overslag 2027..2030").
 */
function choosePlan(
  yearColumns: { year: number; col: number; budgetMarker: boolean; outYearMarker: boolean }[],
  budgetYear: number | undefined,
): number[] {
  const present = new Set(yearColumns.map((y) => y.year));
  if (budgetYear !== undefined) return [0, 1, 2, 3].map((i) => budgetYear + i).filter((y) => present.has(y));
  const starts = [...present].filter((y) => [1, 2, 3].every((i) => present.has(y + i))).sort((a, b) => a - b);
  if (starts.length > 0) {
    let start = starts[starts.length - 1] ?? 0;
    const startsWithOutYear = yearColumns.some((c) => c.year === start && c.outYearMarker);
    const marked = starts.filter((y) => yearColumns.some((c) => c.year === y && c.budgetMarker));
    if (startsWithOutYear && marked.length > 0) start = marked[marked.length - 1] ?? start;
    return [start, start + 1, start + 2, start + 3];
  }
  // No full plan: the longest consecutive run (the importer warns that years are missing).
  const sorted = [...present].sort((a, b) => a - b);
  let best: number[] = [];
  let run: number[] = [];
  for (const y of sorted) {
    run = run.length > 0 && run[run.length - 1] === y - 1 ? [...run, y] : [y];
    if (run.length > best.length) best = run;
  }
  return best;
}

const SUMMARY_NAME =
  /oversigt|resum[eé]|sammendrag|sammenfatning|samlet|summary|overblik|total|forside|i alt|hovedtal|nøgletal/i;

interface Scan {
  info: SheetInfo;
  rows: Row[];
  hidden: ReadonlySet<number>;
  header: HeaderCandidate | null;
  empty: boolean;
}

async function scanSheet(file: WorkbookFile, info: SheetInfo, options: PreviewOptions): Promise<Scan> {
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

interface YearColumn {
  year: number;
  col: number;
  part: YearPart;
  budgetMarker: boolean;
  outYearMarker: boolean;
  header: string;
}

/**
 * The columns that make up one plan year: its net column; else its Udgift and Indtægt columns, added up. Further
 * columns of the same year are not the plan (a second "2026" is left out, as it always was).
 */
function yearParts(columns: readonly YearColumn[]): YearColumn[] {
  const net = columns.find((c) => c.part === 'net');
  if (net) return [net];
  const expense = columns.find((c) => c.part === 'expense');
  const income = columns.find((c) => c.part === 'income');
  return [expense, income].filter((c): c is YearColumn => c !== undefined).sort((a, b) => a.col - b.col);
}

/**
 * Notes on a sheet whose years are Udgift + Indtægt columns added up: which columns, and a warning when the income
 * columns hold mostly positive amounts in the first rows (the sum assumes income is negative, as municipal budgets
 * write it).
 */
function addedYearNotes(
  fileName: string,
  preview: SheetPreview,
  rows: readonly Row[],
  incomeCols: ReadonlySet<number>,
): Problem[] {
  const added = Object.entries(preview.years).filter(([, ref]) => ref.includes('+'));
  if (added.length === 0) return [];
  const at = `${yearColumnLetters(added[0]?.[1] ?? '')[0] ?? 'A'}${preview.headerRow}`;
  const notes: Problem[] = [
    {
      code: 'year_columns_added',
      severity: 'info',
      message: `På arket '${preview.name}' er hvert års beløb udgift og indtægt lagt sammen (${added.map(([y, ref]) => `${y}: ${ref}`).join(', ')}). Indtægter skal stå med minus.`,
      file: fileName,
      sheet: preview.name,
      cell: at,
    },
  ];
  let positive = 0;
  let negative = 0;
  for (const row of rows) {
    if (row.row <= preview.headerRow) continue;
    for (const cell of row.cells) {
      if (!incomeCols.has(cell.col) || cell.kind !== 'number' || typeof cell.value !== 'number') continue;
      if (cell.value > 0) positive++;
      else if (cell.value < 0) negative++;
    }
  }
  if (positive > negative) {
    notes.push({
      code: 'income_columns_positive',
      severity: 'warning',
      message: `Indtægtskolonnerne på arket '${preview.name}' har mest positive beløb i de første rækker. Råderum lægger udgift og indtægt sammen og regner med, at indtægter står med minus; står de med plus, bliver nettobeløbene for høje. Kontrollér fortegnet i filen.`,
      file: fileName,
      sheet: preview.name,
      cell: at,
    });
  }
  return notes;
}

function analyse(scan: Scan, options: PreviewOptions, notes: Problem[], fileName: string): SheetPreview {
  const { info, rows, hidden, header: best } = scan;
  const preview: SheetPreview = {
    name: info.name,
    visibility: info.visibility,
    role: 'ignored',
    reason: '',
    headerRow: 0,
    headers: {},
    columns: {},
    years: {},
    notPlanColumns: {},
    hiddenColumns: [...hidden].sort((a, b) => a - b).map(columnLetters),
    rows: [],
  };
  const lastCol = rows.reduce((m, r) => Math.max(m, r.cells[r.cells.length - 1]?.col ?? 0), 0);
  const firstShown = best ? best.groupRow || best.row : (rows[0]?.row ?? 1);
  preview.rows = rows
    .filter((r) => r.row >= firstShown && r.row <= firstShown + PREVIEW_ROWS)
    .map((r) => {
      const cells = new Array<string>(lastCol).fill('');
      for (const cell of r.cells) cells[cell.col - 1] = displayText(cell);
      return { row: r.row, cells };
    });

  if (info.kind !== 'worksheet') {
    preview.reason = 'Arket er et diagram- eller makroark uden celler.';
    return preview;
  }
  if (!best) {
    preview.reason = 'Der blev ikke fundet en overskriftsrække med budgetår på arket.';
    return preview;
  }
  preview.headerRow = best.row;
  if (best.groupRow > 0) preview.groupHeaderRow = best.groupRow;
  const fieldRank = new Map<FieldName, number>();
  const yearColumns: YearColumn[] = [];
  const relativeColumns: { col: number; offset: number; header: string }[] = [];
  for (const cell of best.cells) {
    const text = cell.text;
    if (text === '') continue;
    const letter = columnLetters(cell.col);
    preview.headers[letter] = text;
    const n = normaliseHeader(text);
    const field = fieldForHeader(n);
    if (field) {
      const rank = fieldRank.get(field.field);
      if (rank === undefined || field.rank < rank) {
        fieldRank.set(field.field, field.rank);
        preview.columns[field.field] = [letter];
      }
      continue;
    }
    const year = classifyYearHeader(n);
    if (year.kind === 'plan') {
      if (hidden.has(cell.col)) preview.notPlanColumns[letter] = text;
      else
        yearColumns.push({
          year: year.year,
          col: cell.col,
          part: year.part,
          budgetMarker: year.budgetMarker,
          outYearMarker: year.outYearMarker,
          header: text,
        });
    } else if (year.kind === 'notPlan') preview.notPlanColumns[letter] = text;
    else {
      const offset = relativeOutYear(n);
      if (offset !== null && !hidden.has(cell.col))
        relativeColumns.push({ col: cell.col, offset, header: text });
    }
  }
  yearColumns.push(...datedOutYears(yearColumns, relativeColumns));
  const plan = choosePlan(yearColumns, options.budgetYear);
  const used = new Set<number>();
  const incomeCols = new Set<number>();
  for (const year of plan) {
    const parts = yearParts(yearColumns.filter((y) => y.year === year));
    for (const p of parts) used.add(p.col);
    if (parts.length > 1) for (const p of parts) if (p.part === 'income') incomeCols.add(p.col);
    if (parts.length > 0) preview.years[String(year)] = parts.map((p) => columnLetters(p.col)).join('+');
  }
  for (const y of yearColumns) if (!used.has(y.col)) preview.notPlanColumns[columnLetters(y.col)] = y.header;
  if (plan.length === 0) {
    preview.reason = 'Der blev ikke fundet kolonner for budgetårene på arket.';
    return preview;
  }
  notes.push(...addedYearNotes(fileName, preview, rows, incomeCols));
  if (!preview.columns.committee) preview.committeeFromSheet = info.name;
  const yearCols = new Set(Object.values(preview.years).flatMap(yearColumnLetters).map(columnNumber));
  readUnit(preview, rows, best.row, yearCols, notes, fileName);
  notes.push(...unlabelledNumberNotes(fileName, preview, rows, best.row));
  // Cross-sheet formulas in the amount cells below the header: a summary of other sheets.
  let amountCells = 0;
  let crossSheet = 0;
  for (const row of rows) {
    if (row.row <= best.row) continue;
    for (const cell of row.cells) {
      if (!yearCols.has(cell.col) || cell.kind === 'text') continue;
      amountCells++;
      if (cell.formula !== undefined && cell.formula.includes('!')) crossSheet++;
    }
  }
  if (info.visibility !== 'visible') {
    preview.reason = 'Arket er skjult i projektmappen.';
  } else if (amountCells > 0 && crossSheet * 2 >= amountCells) {
    preview.role = 'summary';
    preview.reason = 'Arket henter sine tal fra andre ark med formler (et oversigtsark).';
  } else {
    preview.role = 'budget';
    preview.reason = 'Arket har budgetlinjer med beløb for budgetårene.';
  }
  return preview;
}

/**
 * Numbers in a column with no header that nothing reads: a year split into two columns under one merged "Budget
 * 2026" cell with no sub-headers looks like this, and its second column would be left out without a word. Judged
 * on the data rows the preview read; a column counts when at least half of them (and three, if there are) hold a
 * number there.
 */
function unlabelledNumberNotes(
  fileName: string,
  preview: SheetPreview,
  rows: readonly Row[],
  headerRow: number,
): Problem[] {
  const mapped = new Set(
    [
      ...Object.values(preview.columns).flat(),
      ...Object.values(preview.years).flatMap(yearColumnLetters),
    ].map(columnNumber),
  );
  const dataRows = rows.filter((r) => r.row > headerRow);
  const numbers = new Map<number, { count: number; first: string }>();
  for (const row of dataRows) {
    for (const cell of row.cells) {
      if (cell.kind !== 'number' || mapped.has(cell.col) || preview.headers[columnLetters(cell.col)])
        continue;
      const seen = numbers.get(cell.col) ?? { count: 0, first: cell.address };
      seen.count++;
      numbers.set(cell.col, seen);
    }
  }
  const unread = [...numbers]
    .filter(([, seen]) => seen.count >= Math.min(3, dataRows.length) && seen.count * 2 >= dataRows.length)
    .sort(([a], [b]) => a - b);
  const first = unread[0];
  if (!first) return [];
  const letters = unread.map(([col]) => columnLetters(col));
  const named =
    letters.length === 1
      ? `Kolonne ${letters[0]}`
      : `Kolonnerne ${letters.slice(0, -1).join(', ')} og ${letters[letters.length - 1]}`;
  return [
    {
      code: 'unlabelled_numbers',
      severity: 'warning',
      message: `${named} på arket '${preview.name}' har tal, men ingen overskrift, og læses ikke. Hører en af dem til et budgetår (fx indtægterne under en flettet årscelle), så læg den til årets kolonne i guiden ('Læg til' ved året).`,
      file: fileName,
      sheet: preview.name,
      cell: first[1].first,
    },
  ];
}

/** The unit stated in the title rows or the year headers ("Beløb i kr."), set on the preview and told in a note. */
function readUnit(
  preview: SheetPreview,
  rows: readonly Row[],
  headerRow: number,
  yearCols: ReadonlySet<number>,
  notes: Problem[],
  fileName: string,
): void {
  // The title rows say it for the sheet; in the header only the plan year columns count ("Budget 2026 (kr.)"),
  // since another column may state its own unit ("Udgift pr. borger (kr.)").
  const cells = rows
    .filter((r) => r.row <= headerRow)
    .flatMap((r) =>
      r.cells
        .filter((c) => c.kind === 'text' && (r.row < headerRow || yearCols.has(c.col)))
        .map((c) => ({ address: c.address, text: String(c.value) })),
    );
  const stated = sheetUnit(cells);
  if (stated === null) return;
  const sheet = preview.name;
  if ('conflict' in stated) {
    const said = stated.conflict.map((s) => `${s.cell}: '${s.text}'`).join(', ');
    notes.push({
      code: 'amount_unit_conflict',
      severity: 'warning',
      message: `Arket '${sheet}' angiver forskellige enheder for beløbene (${said}). Beløbene læses i 1.000 kr.; vælg den rigtige enhed i guiden.`,
      file: fileName,
      sheet,
      cell: stated.conflict[0]?.cell ?? '',
    });
    return;
  }
  preview.unit = stated.unit;
  if (stated.unit === 'thousands') return;
  notes.push({
    code: 'amount_unit_stated',
    severity: 'info',
    message: `Arket '${sheet}' angiver beløbene i ${UNIT_NAMES[stated.unit]} (celle ${stated.cell}: '${stated.text}'). Råderum regner i 1.000 kr. og omregner dem ved indlæsningen; vælg en anden enhed i guiden, hvis det er forkert.`,
    file: fileName,
    sheet,
    cell: stated.cell,
  });
}

function hasDetail(p: SheetPreview): boolean {
  const c = p.columns;
  return Boolean(c.function ?? c.art ?? c.costCentre ?? c.text ?? c.area ?? c.dranst);
}

export function toSheetMapping(p: SheetPreview): SheetMapping {
  const m: SheetMapping = {
    sheet: p.name,
    role: p.role,
    headerRow: p.headerRow,
    columns: structuredCloneColumns(p.columns),
    years: { ...p.years },
    headers: { ...p.headers },
  };
  if (p.committeeFromSheet !== undefined) m.committeeFromSheet = p.committeeFromSheet;
  if (p.unit !== undefined) m.unit = p.unit;
  return m;
}

function structuredCloneColumns(
  c: Partial<Record<FieldName, string[]>>,
): Partial<Record<FieldName, string[]>> {
  const out: Partial<Record<FieldName, string[]>> = {};
  for (const [k, v] of Object.entries(c) as [FieldName, string[]][]) out[k] = [...v];
  return out;
}

function noAmounts(file: string, years?: number[]): ReadError {
  const span = years && years.length > 0 ? ` (${years[0]}-${years[years.length - 1]})` : '';
  return new ReadError({
    code: 'no_amounts_found',
    severity: 'error',
    message: `Der blev ikke fundet nogen budgetlinjer eller beløbskolonner${span} i filen. Kontrollér, at arket har en overskriftsrække med budgetårene.`,
    file,
  });
}

/**
 * Looks at the first rows of every sheet and proposes a mapping: roles, header rows, field columns and plan years.
 * Throws `empty_workbook` when no sheet has any cell, `no_amounts_found` when no sheet looks like a budget.
 */
export async function previewBudget(
  file: WorkbookFile,
  options: PreviewOptions = {},
): Promise<BudgetPreview> {
  const scans: Scan[] = [];
  for (const info of file.sheets) scans.push(await scanSheet(file, info, options));
  if (scans.every((s) => s.empty)) {
    throw new ReadError({
      code: 'empty_workbook',
      severity: 'error',
      message: 'Projektmappen er tom - der blev ikke fundet nogen data at indlæse.',
      file: file.fileName,
    });
  }
  const notes: Problem[] = [];
  const sheets = scans.map((s) => analyse(s, options, notes, file.fileName));
  // A sheet named like an overview, or one without any detail columns, is a summary when real budget sheets exist.
  const budgets = sheets.filter((s) => s.role === 'budget');
  if (budgets.length > 1) {
    const detailed = budgets.filter(hasDetail);
    for (const s of budgets) {
      if (SUMMARY_NAME.test(s.name) || (detailed.length > 0 && !hasDetail(s))) {
        s.role = 'summary';
        s.reason = 'Arket ligner en oversigt over de andre ark og er ikke budgetlinjer.';
      }
    }
  }
  let chosen = sheets.filter((s) => s.role === 'budget');
  if (chosen.length === 0) {
    // Only hidden sheets hold a budget: use them rather than refuse the file (the reason says they are hidden).
    for (const s of sheets) {
      if (s.visibility !== 'visible' && s.headerRow > 0 && Object.keys(s.years).length > 0) {
        s.role = 'budget';
        s.reason = 'Arket er skjult, men er det eneste med budgetlinjer.';
      }
    }
    chosen = sheets.filter((s) => s.role === 'budget');
  }
  if (chosen.length === 0) throw noAmounts(file.fileName);
  const years = Object.keys(chosen[0]?.years ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  const problems: Problem[] = [...file.problems];
  for (const s of sheets) {
    if (s.role === 'summary') {
      problems.push({
        code: 'summary_sheet_left_out',
        severity: 'info',
        message: `Arket '${s.name}' er et oversigtsark og er ikke talt med, så intet tælles dobbelt. Vælg det selv, hvis det er forkert.`,
        file: file.fileName,
        sheet: s.name,
      });
    }
    const notPlan = Object.entries(s.notPlanColumns);
    if (s.role === 'budget' && notPlan.length > 0) {
      problems.push({
        code: 'non_plan_columns_left_out',
        severity: 'info',
        message: `Kolonnerne ${notPlan.map(([c, h]) => `${c} '${h}'`).join(', ')} er ikke budgetår i planen (${years.join(', ')}) og er ikke talt med.`,
        file: file.fileName,
        sheet: s.name,
        cell: `${notPlan[0]?.[0] ?? 'A'}${s.headerRow}`,
      });
    }
  }
  const budgetSheets = new Set(chosen.map((s) => s.name));
  problems.push(...notes.filter((n) => n.sheet !== undefined && budgetSheets.has(n.sheet)));
  const mapping: ColumnMapping = { version: 1, years, sheets: sheets.map(toSheetMapping) };
  return { fileName: file.fileName, years, mapping, sheets, problems };
}
