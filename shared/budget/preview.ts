import type { ColumnMapping, FieldName, SheetMapping } from '../model/budget.ts';
import { ReadError, type Problem } from '../model/problem.ts';
import { formatDanish } from '../numbers/danish.ts';
import type { Cell, Row, SheetInfo, SheetVisibility, WorkbookFile } from '../workbook/types.ts';
import { columnLetters, columnNumber } from '../workbook/cells.ts';
import { classifyYearHeader, fieldForHeader, isOtherHeaderWord, normaliseHeader } from './headers.ts';

export type SheetRole = SheetMapping['role'];

/** What the import wizard shows for one sheet. */
export interface SheetPreview {
  name: string;
  visibility: SheetVisibility;
  role: SheetRole;
  /** Danish: why the sheet got its role ("Arket henter tal fra andre ark med formler"). */
  reason: string;
  /** 1-based; 0 when no header row was found. */
  headerRow: number;
  /** Column letter → header text. */
  headers: Record<string, string>;
  columns: Partial<Record<FieldName, string[]>>;
  /** Plan year → column letter. */
  years: Record<string, string>;
  /** Year-like columns that are not the plan (Regnskab 2024, KB2025, "Ændring B2026-KB2025"), letter → header. */
  notPlanColumns: Record<string, string>;
  hiddenColumns: string[];
  committeeFromSheet?: string;
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

const SCAN_ROWS = 60;
const HEADER_SEARCH_ROWS = 40;
const PREVIEW_ROWS = 20;

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

interface HeaderCandidate {
  row: number;
  score: number;
  planYears: number;
}

function scoreHeaderRow(row: Row, hidden: ReadonlySet<number>): HeaderCandidate {
  let score = 0;
  let planYears = 0;
  const seenFields = new Set<FieldName>();
  for (const cell of row.cells) {
    const text = headerText(cell);
    if (text === '') continue;
    const n = normaliseHeader(text);
    const field = fieldForHeader(n);
    if (field) {
      if (!seenFields.has(field.field)) score += 2;
      seenFields.add(field.field);
      continue;
    }
    const year = classifyYearHeader(n);
    if (year.kind === 'plan' && !hidden.has(cell.col)) {
      // A bare number is weak evidence on its own (it could be an amount); with words around it, strong.
      score += cell.kind === 'number' ? 1.5 : 2;
      planYears++;
    } else if (year.kind === 'notPlan') score += 1;
    else if (isOtherHeaderWord(n)) score += 1;
  }
  return { row: row.row, score, planYears };
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
  empty: boolean;
}

async function scanSheet(file: WorkbookFile, info: SheetInfo, options: PreviewOptions): Promise<Scan> {
  const rows: Row[] = [];
  let hidden: ReadonlySet<number> = new Set();
  const details = await file.readRows(
    info.name,
    (row, hiddenColumns) => {
      hidden = hiddenColumns;
      if (row.cells.length > 0) rows.push(row);
      return row.row < SCAN_ROWS;
    },
    options.signal ? { signal: options.signal } : {},
  );
  return { info, rows, hidden, empty: details.complete && details.lastRow === 0 && rows.length === 0 };
}

function analyse(scan: Scan, options: PreviewOptions): SheetPreview {
  const { info, rows, hidden } = scan;
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
  let best: HeaderCandidate | null = null;
  for (const row of rows) {
    if (row.row > HEADER_SEARCH_ROWS) break;
    const c = scoreHeaderRow(row, hidden);
    if (c.planYears === 0 || c.score < 4) continue;
    if (!best || c.score > best.score) best = c;
  }
  const headerRowData = best ? rows.find((r) => r.row === best.row) : undefined;
  const lastCol = rows.reduce((m, r) => Math.max(m, r.cells[r.cells.length - 1]?.col ?? 0), 0);
  const firstShown = headerRowData?.row ?? rows[0]?.row ?? 1;
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
  if (!best || !headerRowData) {
    preview.reason = 'Der blev ikke fundet en overskriftsrække med budgetår på arket.';
    return preview;
  }
  preview.headerRow = best.row;
  const fieldRank = new Map<FieldName, number>();
  const yearColumns: {
    year: number;
    col: number;
    budgetMarker: boolean;
    outYearMarker: boolean;
    header: string;
  }[] = [];
  for (const cell of headerRowData.cells) {
    const text = headerText(cell);
    if (text === '') continue;
    preview.headers[cell.column] = text;
    const n = normaliseHeader(text);
    const field = fieldForHeader(n);
    if (field) {
      const rank = fieldRank.get(field.field);
      if (rank === undefined || field.rank < rank) {
        fieldRank.set(field.field, field.rank);
        preview.columns[field.field] = [cell.column];
      }
      continue;
    }
    const year = classifyYearHeader(n);
    if (year.kind === 'plan') {
      if (hidden.has(cell.col)) preview.notPlanColumns[cell.column] = text;
      else
        yearColumns.push({
          year: year.year,
          col: cell.col,
          budgetMarker: year.budgetMarker,
          outYearMarker: year.outYearMarker,
          header: text,
        });
    } else if (year.kind === 'notPlan') preview.notPlanColumns[cell.column] = text;
  }
  const plan = choosePlan(yearColumns, options.budgetYear);
  for (const y of yearColumns) {
    const key = String(y.year);
    if (plan.includes(y.year) && preview.years[key] === undefined) preview.years[key] = columnLetters(y.col);
    else preview.notPlanColumns[columnLetters(y.col)] = y.header;
  }
  if (plan.length === 0) {
    preview.reason = 'Der blev ikke fundet kolonner for budgetårene på arket.';
    return preview;
  }
  if (!preview.columns.committee) preview.committeeFromSheet = info.name;

  // Cross-sheet formulas in the amount cells below the header: a summary of other sheets.
  const yearCols = new Set(Object.values(preview.years).map(columnNumber));
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
  const sheets = scans.map((s) => analyse(s, options));
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
  const mapping: ColumnMapping = { version: 1, years, sheets: sheets.map(toSheetMapping) };
  return { fileName: file.fileName, years, mapping, sheets, problems };
}
