import type { AmountUnit, ColumnMapping, FieldName, SheetMapping } from '../model/budget.ts';
import { ReadError, type Problem } from '../model/problem.ts';
import { formatDanish } from '../numbers/danish.ts';
import type { Cell, Row, SheetVisibility, WorkbookFile } from '../workbook/types.ts';
import { columnLetters, columnNumber } from '../workbook/cells.ts';
import { yearColumnLetters } from './columns.ts';
import { PREVIEW_ROWS, scanSheet, type Scan } from './header-search.ts';
import { addedYearNotes, readUnit, unlabelledNumberNotes, type SheetContext } from './sheet-notes.ts';
import { readHeaderColumns } from './year-plan.ts';

export { yearColumnLetters } from './columns.ts';
export { headerText } from './header-search.ts';

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

const SUMMARY_NAME =
  /oversigt|resum[eé]|sammendrag|sammenfatning|samlet|summary|overblik|total|forside|i alt|hovedtal|nøgletal/i;

/**
 * The last stage of a sheet's preview: its role (budget, summary, ignored) and why, from the stages before it, with
 * the sheet's notes beside it (kept only for sheets that end up as budget sheets).
 */
function analyse(
  scan: Scan,
  options: PreviewOptions,
  fileName: string,
): { preview: SheetPreview; notes: Problem[] } {
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
    rows: previewRows(rows, best ? best.groupRow || best.row : (rows[0]?.row ?? 1)),
  };
  if (info.kind !== 'worksheet') {
    preview.reason = 'Arket er et diagram- eller makroark uden celler.';
    return { preview, notes: [] };
  }
  if (!best) {
    preview.reason = 'Der blev ikke fundet en overskriftsrække med budgetår på arket.';
    return { preview, notes: [] };
  }
  preview.headerRow = best.row;
  if (best.groupRow > 0) preview.groupHeaderRow = best.groupRow;
  const { incomeCols, ...read } = readHeaderColumns(best, hidden, options.budgetYear);
  Object.assign(preview, read);
  if (Object.keys(preview.years).length === 0) {
    preview.reason = 'Der blev ikke fundet kolonner for budgetårene på arket.';
    return { preview, notes: [] };
  }
  const context: SheetContext = { fileName, ...preview };
  const notes = addedYearNotes(context, rows, incomeCols);
  if (!preview.columns.committee) preview.committeeFromSheet = info.name;
  const yearCols = new Set(Object.values(preview.years).flatMap(yearColumnLetters).map(columnNumber));
  const unit = readUnit(context, rows, yearCols);
  if (unit.unit !== undefined) preview.unit = unit.unit;
  notes.push(...unit.notes, ...unlabelledNumberNotes(context, rows));
  const role = sheetRole(info.visibility, rows, best.row, yearCols);
  preview.role = role.role;
  preview.reason = role.reason;
  return { preview, notes };
}

/** From the first header row on, up to `PREVIEW_ROWS` rows below it, as display text. */
function previewRows(rows: readonly Row[], firstShown: number): SheetPreview['rows'] {
  const lastCol = rows.reduce((m, r) => Math.max(m, r.cells[r.cells.length - 1]?.col ?? 0), 0);
  return rows
    .filter((r) => r.row >= firstShown && r.row <= firstShown + PREVIEW_ROWS)
    .map((r) => {
      const cells = new Array<string>(lastCol).fill('');
      for (const cell of r.cells) cells[cell.col - 1] = displayText(cell);
      return { row: r.row, cells };
    });
}

/**
 * A sheet with plan years is a budget sheet, unless it is hidden, or most of its amount cells below the header are
 * formulas that fetch from other sheets (a summary of them).
 */
function sheetRole(
  visibility: SheetVisibility,
  rows: readonly Row[],
  headerRow: number,
  yearCols: ReadonlySet<number>,
): { role: SheetRole; reason: string } {
  let amountCells = 0;
  let crossSheet = 0;
  for (const row of rows) {
    if (row.row <= headerRow) continue;
    for (const cell of row.cells) {
      if (!yearCols.has(cell.col) || cell.kind === 'text') continue;
      amountCells++;
      if (cell.formula !== undefined && cell.formula.includes('!')) crossSheet++;
    }
  }
  if (visibility !== 'visible') return { role: 'ignored', reason: 'Arket er skjult i projektmappen.' };
  if (amountCells > 0 && crossSheet * 2 >= amountCells)
    return { role: 'summary', reason: 'Arket henter sine tal fra andre ark med formler (et oversigtsark).' };
  return { role: 'budget', reason: 'Arket har budgetlinjer med beløb for budgetårene.' };
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
  const analysed = scans.map((s) => analyse(s, options, file.fileName));
  const sheets = analysed.map((a) => a.preview);
  const notes = analysed.flatMap((a) => a.notes);
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
