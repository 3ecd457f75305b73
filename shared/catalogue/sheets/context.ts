import type ExcelJS from 'exceljs';
import { krToThousands, type Kr } from '../../model/money.ts';
import { KATEGORI_LABEL, VEJ_LABEL } from '../../model/labels.ts';
import type { Kategori, Proposal, Status, Vej } from '../../model/proposal.ts';
import type { Project } from '../../model/project.ts';
import { nameKey, UNKNOWN_KEY } from '../../calc/breakdown.ts';
import { CELL_TEXT_MAX, escapeCellText } from '../cell-text.ts';
import { catalogueFigures, type CatalogueFigures } from '../figures.ts';
import {
  BOLD,
  FMT_ONE_DECIMAL,
  HEADER_FILL,
  SUBTITLE_FONT,
  SUBTOTAL_BORDER,
  TOTAL_BORDER,
  WRAP_TOP,
} from '../format.ts';
import {
  FORSLAG_FIRST_ROW,
  forslagColumns,
  cellSafe,
  lastPrintedColumn,
  TOTALS_LABEL,
  type ForslagColumn,
} from '../layout.ts';
import { catalogueTitle, selectProposals, type CatalogueOptions } from '../contents.ts';
import { columnLetter, SHEET_NAMES } from '../names.ts';
import { sheetRef, uniqueSheetName } from '../sheet-names.ts';

/**
 * What every sheet module of the catalogue writes from: the project, the selected proposals, Råderum's own figures,
 * the sheet names and where the Forslag sheet puts its rows (other sheets' formulas point there), and the shared
 * styles. Built once by `build.ts`; a sheet module never changes it.
 */
export interface SheetContext {
  wb: ExcelJS.Workbook;
  project: Project;
  years: readonly number[];
  /** +1 as stored (saving negative), -1 when savings are shown positive. */
  sign: 1 | -1;
  savingsPositive: boolean;
  selected: Proposal[];
  figures: CatalogueFigures;
  footerName: string;
  amountFmt: string;
  amountDecimals: number;
  names: Record<keyof typeof SHEET_NAMES, string>;
  forslag: ForslagPlacement;
  styles: Styles;
  /** The export date printed on the front page. */
  now: Date;
}

/**
 * Cell styles shared by reference: exceljs recognises a style object it has seen before and skips re-encoding it,
 * which matters with a thousand form sheets. A shared style is never mutated after assignment.
 */
export interface Styles {
  amount: Partial<ExcelJS.Style>;
  boldAmount: Partial<ExcelJS.Style>;
  totalAmount: Partial<ExcelJS.Style>;
  fte: Partial<ExcelJS.Style>;
  totalFte: Partial<ExcelJS.Style>;
  label: Partial<ExcelJS.Style>;
  wrap: Partial<ExcelJS.Style>;
  formTitle: Partial<ExcelJS.Style>;
  headerFirst: Partial<ExcelJS.Style>;
  headerOther: Partial<ExcelJS.Style>;
  /** Amounts and årsværk in a list row whose texts wrap: at the top, beside the text's first line. */
  amountTop: Partial<ExcelJS.Style>;
  fteTop: Partial<ExcelJS.Style>;
  groupHeading: Partial<ExcelJS.Style>;
  subtotalLabel: Partial<ExcelJS.Style>;
  subtotalAmount: Partial<ExcelJS.Style>;
  subtotalFte: Partial<ExcelJS.Style>;
}

function makeStyles(amountFmt: string): Styles {
  return {
    amount: { numFmt: amountFmt },
    boldAmount: { numFmt: amountFmt, font: BOLD },
    totalAmount: { numFmt: amountFmt, font: BOLD, border: TOTAL_BORDER },
    fte: { numFmt: FMT_ONE_DECIMAL },
    totalFte: { numFmt: FMT_ONE_DECIMAL, font: BOLD, border: TOTAL_BORDER },
    label: { font: BOLD, alignment: { vertical: 'top' } },
    wrap: { alignment: WRAP_TOP },
    formTitle: { font: SUBTITLE_FONT, alignment: WRAP_TOP },
    headerFirst: { font: BOLD, fill: HEADER_FILL, alignment: { vertical: 'bottom' } },
    headerOther: {
      font: BOLD,
      fill: HEADER_FILL,
      alignment: { horizontal: 'right', vertical: 'bottom', wrapText: true },
    },
    amountTop: { numFmt: amountFmt, alignment: { vertical: 'top' } },
    fteTop: { numFmt: FMT_ONE_DECIMAL, alignment: { vertical: 'top' } },
    groupHeading: { font: SUBTITLE_FONT, alignment: { vertical: 'bottom' } },
    subtotalLabel: { font: BOLD, alignment: { vertical: 'top' } },
    subtotalAmount: { numFmt: amountFmt, font: BOLD, border: SUBTOTAL_BORDER },
    subtotalFte: { numFmt: FMT_ONE_DECIMAL, font: BOLD, border: SUBTOTAL_BORDER },
  };
}

/** One udvalg's block in the Forslag sheet: a heading row, its proposals, a subtotal row. */
export interface ForslagGroup {
  /** The committee as calc keys it (`UNKNOWN_KEY` for none). */
  committee: string;
  headingRow: number;
  /** Column A of the heading row: the udvalg's name. */
  heading: string;
  firstRow: number;
  lastRow: number;
  subtotalRow: number;
  /** Column A of the subtotal row. */
  subtotal: string;
}

export interface ForslagPlacement {
  columns: ForslagColumn[];
  /** The last column of the printed list. */
  lastPrinted: number;
  /** The first and last row of the data range (all groups; equal when there are no proposals, so ranges stay valid). */
  firstRow: number;
  lastRow: number;
  /** The grand total. */
  totalsRow: number;
  /** The row of each selected proposal, by index in `selected`. */
  rows: number[];
  groups: ForslagGroup[];
}

/**
 * Where the Forslag sheet puts each row: the proposals grouped by udvalg (in the order the udvalg first appear, the
 * proposals in the project's order), each group under a heading row and over a subtotal row, a blank row between
 * groups, and the grand total below a blank row.
 */
export function placeForslag(
  selected: readonly Proposal[],
  years: readonly number[],
  savingsPositive: boolean,
): ForslagPlacement {
  const byCommittee = new Map<string, number[]>();
  selected.forEach((p, i) => {
    const key = nameKey(p.committee);
    const members = byCommittee.get(key) ?? [];
    members.push(i);
    byCommittee.set(key, members);
  });
  const rows: number[] = new Array<number>(selected.length).fill(0);
  const groups: ForslagGroup[] = [];
  let r = FORSLAG_FIRST_ROW;
  for (const [committee, members] of byCommittee) {
    const name = committeeLabel(committee);
    const headingRow = r++;
    const firstRow = r;
    for (const i of members) rows[i] = r++;
    const subtotalRow = r++;
    groups.push({
      committee,
      headingRow,
      heading: name,
      firstRow,
      lastRow: subtotalRow - 1,
      subtotalRow,
      subtotal: `${TOTALS_LABEL} ${name}`,
    });
    r++;
  }
  const lastRow = Math.max(FORSLAG_FIRST_ROW, r - 2);
  return {
    columns: forslagColumns(years, savingsPositive),
    lastPrinted: lastPrintedColumn(years),
    firstRow: FORSLAG_FIRST_ROW,
    lastRow,
    totalsRow: lastRow + 2,
    rows,
    groups,
  };
}

/** The context for one export; reserves the catalogue's sheet names in `taken`. */
export function makeSheetContext(
  wb: ExcelJS.Workbook,
  project: Project,
  options: CatalogueOptions,
  taken: Set<string>,
): SheetContext {
  const savingsPositive = options.savingsPositive ?? project.settings.signDisplay === 'positiveIsSaving';
  const selected = selectProposals(project, options);
  const years = project.settings.years;
  // One decimal always (#,##0.0), so every amount in every sheet reads alike: 1.234,5 and -1.234,5 in Danish Excel.
  const amountDecimals = 1;
  const names = {} as Record<keyof typeof SHEET_NAMES, string>;
  for (const key of Object.keys(SHEET_NAMES) as (keyof typeof SHEET_NAMES)[]) {
    names[key] = uniqueSheetName(SHEET_NAMES[key], taken);
    taken.add(names[key].toLowerCase());
  }
  const amountFmt = FMT_ONE_DECIMAL;
  return {
    wb,
    project,
    years,
    sign: savingsPositive ? -1 : 1,
    savingsPositive,
    selected,
    figures: catalogueFigures(project, selected),
    footerName: cellSafe(options.catalogue ?? catalogueTitle(project)),
    amountFmt,
    amountDecimals,
    names,
    forslag: placeForslag(selected, years, savingsPositive),
    styles: makeStyles(amountFmt),
    now: options.now ?? new Date(),
  };
}

/** Kroner in the stored sign → thousands in the sign the catalogue shows (never -0). */
export function money(ctx: SheetContext, kr: Kr): number {
  const value = krToThousands(kr) * ctx.sign;
  return value === 0 ? 0 : value;
}

/** An absolute reference to one Forslag column's proposal rows. */
export function forslagRange(ctx: SheetContext, col: number): string {
  const letter = columnLetter(col);
  return `${sheetRef(ctx.names.forslag)}!$${letter}$${ctx.forslag.firstRow}:$${letter}$${ctx.forslag.lastRow}`;
}

export function columnOf(ctx: SheetContext, field: ForslagColumn['field'], yearIndex?: number): number {
  const found = ctx.forslag.columns.find((c) => c.field === field && c.yearIndex === yearIndex);
  if (!found) throw new Error(`Forslag-kolonnen ${field} mangler`);
  return found.col;
}

export function styleHeaderRow(styles: Styles, row: ExcelJS.Row, from: number, to: number): void {
  for (let c = from; c <= to; c++)
    row.getCell(c).style = c === from ? styles.headerFirst : styles.headerOther;
}

export function vejText(vej: Vej | null): string {
  return vej === null ? '' : VEJ_LABEL[vej];
}

export function kategoriText(kategori: Kategori | null): string {
  return kategori === null ? '' : KATEGORI_LABEL[kategori];
}

export function countedStatuses(ctx: SheetContext): Status[] {
  return ctx.figures.countedStatuses;
}

/** calc keys a blank committee as UNKNOWN_KEY; in the Forslag sheet it is an empty cell. */
export function committeeCell(key: string): string {
  return key === UNKNOWN_KEY ? '' : key;
}

export function committeeLabel(key: string): string {
  return key === UNKNOWN_KEY ? '(uden udvalg)' : cellSafe(key);
}

/** A row of year amounts: label in column 1, a formula with Råderum's cached result in each year column. */
export function amountRow(
  ctx: SheetContext,
  ws: ExcelJS.Worksheet,
  rowNumber: number,
  label: string,
  formula: (yearIndex: number) => string,
  values: readonly Kr[],
  options: { bold?: boolean; total?: boolean } = {},
): void {
  const row = ws.getRow(rowNumber);
  row.getCell(1).value = cellSafe(label);
  if (options.bold) row.getCell(1).font = BOLD;
  ctx.years.forEach((_, i) => {
    const cell = row.getCell(i + 2);
    cell.value = { formula: formula(i), result: money(ctx, values[i] ?? 0) };
    cell.style = options.total
      ? ctx.styles.totalAmount
      : options.bold
        ? ctx.styles.boldAmount
        : ctx.styles.amount;
  });
}

/** A header row: `label` in column 1, the plan years after it. */
export function yearHeader(ctx: SheetContext, ws: ExcelJS.Worksheet, rowNumber: number, label: string): void {
  const row = ws.getRow(rowNumber);
  row.getCell(1).value = label;
  ctx.years.forEach((year, i) => {
    row.getCell(i + 2).value = year;
  });
  styleHeaderRow(ctx.styles, row, 1, ctx.years.length + 1);
}

/** The gap row's label, saying which sign means what. */
export function gapText(ctx: SheetContext): string {
  return ctx.savingsPositive ? 'Mangler (+) / til overs (−)' : 'Mangler (−) / til overs (+)';
}

/**
 * Every text cell of a finished catalogue sheet as the file must spell it (`escapeCellText`), so Excel and LibreOffice
 * show and save exactly the text written. A text the sheet modules did not split (only labels and headings could be
 * that long) is cut with "…" to what a cell holds, rather than being cut silently by the next program that saves it.
 */
export function finishTexts(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      // A merged range's other cells show (and would set) its first cell's value.
      if (cell.isMerged && cell.master !== cell) return;
      const value: unknown = cell.value;
      if (typeof value !== 'string') return;
      let text = value;
      if (text.length > CELL_TEXT_MAX) {
        let cut = CELL_TEXT_MAX - 1;
        const last = text.charCodeAt(cut - 1);
        if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
        text = `${text.slice(0, cut)}…`;
      }
      const escaped = escapeCellText(text);
      if (escaped !== value) cell.value = escaped;
    });
  });
}

/**
 * A sentence across columns `from`..`to` of one row (merged, wrapped, the row as tall as the text), so a long note
 * neither runs past the table's right edge (which would make fit-to-width printing shrink the whole page) nor is cut.
 * `width` is the merged columns' width in characters.
 */
export function textAcross(
  ws: ExcelJS.Worksheet,
  rowNumber: number,
  from: number,
  to: number,
  width: number,
  text: string,
  style: Partial<ExcelJS.Style> = { alignment: WRAP_TOP },
): void {
  if (to > from) ws.mergeCells(rowNumber, from, rowNumber, to);
  const cell = ws.getCell(rowNumber, from);
  cell.value = cellSafe(text);
  cell.style = style;
  const perLine = Math.max(10, Math.floor(width * 1.05) - 2);
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  const size = style.font?.size ?? 11;
  ws.getRow(rowNumber).height = Math.min(409, Math.max(15, lines * size * 1.32 + 2));
}
