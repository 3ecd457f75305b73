import type ExcelJS from 'exceljs';
import { KATEGORI_LABEL, STATUS_LABEL, VEJ_LABEL } from '../../model/labels.ts';
import { KATEGORIER, STATUSES, VEJE, type Proposal } from '../../model/proposal.ts';
import { splitCellText } from '../cell-text.ts';
import { applyPrintSetup, BOLD } from '../format.ts';
import {
  continuationHeader,
  FORSLAG_HEADER_ROW,
  forslagText,
  TOTALS_LABEL,
  type ForslagColumn,
} from '../layout.ts';
import { columnLetter } from '../names.ts';
import { columnOf, money, styleHeaderRow, type SheetContext } from './context.ts';

/** Points per line of 11 pt text, and the height of a one-line row. */
const LINE_HEIGHT = 14.5;
const ROW_HEIGHT = 15;

/**
 * The Forslag sheet, the list a politician reads: the proposals grouped by udvalg (a heading row, the proposals, a
 * subtotal row) and a grand total. The printed list is nr, titel, vej, kategori, the plan years and årsværk on A4
 * landscape, fitted to the width and flowing down with the header row on every page; the other columns (udvalg,
 * politikområde, status, the short description, the income part) stay in the sheet outside the print area. Every
 * other sheet's formulas sum these cells, and `open-catalogue` reads a colleague's edits here (the heading and
 * subtotal rows are named in the export settings, so the reader passes them by).
 */
export function writeProposalsList(ctx: SheetContext, ws: ExcelJS.Worksheet): void {
  const { columns, rows, groups, firstRow, lastRow, totalsRow, lastPrinted } = ctx.forslag;
  const header = ws.getRow(FORSLAG_HEADER_ROW);
  for (const c of columns) header.getCell(c.col).value = c.header;
  styleHeaderRow(ctx.styles, header, 1, columns.length);
  // Text columns' headers stand left, over their text; the years' right, over the numbers.
  for (const c of columns) if (!isYearField(c.field)) header.getCell(c.col).style = ctx.styles.headerFirst;
  header.height = 30;
  const widths = columns.map((c) => Math.max(c.header.length + 2, 8));
  /** Text columns whose text needs more than one cell: the parts after the first, per proposal row. */
  const continued = new Map<ForslagColumn, Map<number, string[]>>();
  ctx.selected.forEach((p, i) => {
    const rowNumber = rows[i] ?? firstRow;
    const row = ws.getRow(rowNumber);
    for (const c of columns) {
      const cell = row.getCell(c.col);
      switch (c.field) {
        case 'amount':
          cell.value = money(ctx, p.amounts[c.yearIndex ?? 0] ?? 0);
          cell.style = ctx.styles.amountTop;
          break;
        case 'fte':
          cell.value = p.fte[c.yearIndex ?? 0] ?? 0;
          cell.style = ctx.styles.fteTop;
          break;
        case 'income':
          cell.value = money(ctx, p.income[c.yearIndex ?? 0] ?? 0);
          cell.style = ctx.styles.amountTop;
          break;
        default: {
          const [text = '', ...rest] = splitCellText(forslagText(p, c.field));
          cell.value = text;
          cell.style = ctx.styles.wrap;
          if (rest.length > 0) {
            const parts = continued.get(c) ?? new Map<number, string[]>();
            parts.set(rowNumber, rest);
            continued.set(c, parts);
          }
          const w = widths[c.col - 1] ?? 8;
          if (text.length + 2 > w) widths[c.col - 1] = text.length + 2;
        }
      }
    }
  });
  const widthOf = new Map<ForslagColumn, number>();
  columns.forEach((c) => {
    const natural = widths[c.col - 1] ?? c.width;
    // Printed columns have fixed widths that fit A4 landscape; the others fit their content within bounds.
    const width = c.col <= lastPrinted ? c.width : c.field === 'description' ? 60 : Math.min(natural, 30);
    const column = ws.getColumn(c.col);
    column.width =
      c.field === 'amount' ? 10.5 : c.field === 'fte' ? 8.5 : c.field === 'income' ? 11 : Math.max(width, 8);
    widthOf.set(c, column.width);
  });
  // A proposal row is as tall as its longest printed text (wrapped), so nothing overlaps and nothing is cut.
  ctx.selected.forEach((p, i) => {
    let lines = 1;
    for (const c of columns) {
      if (c.col > lastPrinted || isYearField(c.field)) continue;
      lines = Math.max(lines, wrappedLines(forslagText(p, c.field), widthOf.get(c) ?? c.width));
    }
    if (lines > 1) ws.getRow(rows[i] ?? firstRow).height = Math.min(409, lines * LINE_HEIGHT + 2);
  });
  const lastCol = writeContinuations(ctx, ws, continued, columns.length);
  for (const g of groups) {
    const heading = ws.getCell(g.headingRow, 1);
    heading.value = g.heading;
    heading.style = ctx.styles.groupHeading;
    ws.getRow(g.headingRow).height = 21;
    const subtotal = ws.getRow(g.subtotalRow);
    subtotal.getCell(1).value = g.subtotal;
    subtotal.getCell(1).style = ctx.styles.subtotalLabel;
    const members = ctx.selected.filter(
      (_, i) => (rows[i] ?? 0) >= g.firstRow && (rows[i] ?? 0) <= g.lastRow,
    );
    totalsInRow(ctx, subtotal, g.firstRow, g.lastRow, members, 'subtotal');
    ws.getRow(g.subtotalRow).height = ROW_HEIGHT;
  }
  const totals = ws.getRow(totalsRow);
  totals.getCell(1).value = TOTALS_LABEL;
  totals.getCell(1).font = BOLD;
  totalsInRow(ctx, totals, firstRow, lastRow, ctx.selected, 'total');
  ws.autoFilter = `A${FORSLAG_HEADER_ROW}:${columnLetter(lastCol)}${lastRow}`;
  addListValidations(ctx, ws);
  ws.views = [
    { state: 'frozen', xSplit: 2, ySplit: FORSLAG_HEADER_ROW, topLeftCell: 'C2', activeCell: 'C2' },
  ];
  applyPrintSetup(ws, {
    landscape: true,
    titleRows: `${FORSLAG_HEADER_ROW}:${FORSLAG_HEADER_ROW}`,
    printArea: `A1:${columnLetter(lastPrinted)}${totalsRow}`,
    footerName: ctx.footerName,
  });
}

/** Lines a text takes wrapped in a column `width` characters wide (a little narrower, as fonts vary). */
function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 1.15));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const add = line === 0 ? word.length : word.length + 1;
      if (line + add > perLine && line > 0) {
        lines += Math.ceil(word.length / perLine);
        line = word.length % perLine;
      } else line += add;
    }
  }
  return Math.max(1, lines);
}

/**
 * Sums of the year columns over rows `from`..`to`: SUBTOTAL(9, …), which leaves out rows hidden by the autofilter (as
 * a reader filtering the list expects) and the subtotals inside the range (so the grand total counts each proposal
 * once). The cached results are Råderum's sums of `members`.
 */
function totalsInRow(
  ctx: SheetContext,
  row: ExcelJS.Row,
  from: number,
  to: number,
  members: readonly Pick<Proposal, 'amounts' | 'income' | 'fte'>[],
  kind: 'subtotal' | 'total',
): void {
  for (const c of ctx.forslag.columns) {
    if (!isYearField(c.field)) continue;
    const letter = columnLetter(c.col);
    const i = c.yearIndex ?? 0;
    const sum = (pick: (p: (typeof members)[number]) => readonly number[]): number =>
      members.reduce((s, p) => s + (pick(p)[i] ?? 0), 0);
    const result =
      c.field === 'amount'
        ? money(
            ctx,
            sum((p) => p.amounts),
          )
        : c.field === 'income'
          ? money(
              ctx,
              sum((p) => p.income),
            )
          : roundFte(sum((p) => p.fte));
    const cell = row.getCell(c.col);
    cell.value = { formula: `SUBTOTAL(9,${letter}${from}:${letter}${Math.max(from, to)})`, result };
    cell.style =
      kind === 'total'
        ? c.field === 'fte'
          ? ctx.styles.totalFte
          : ctx.styles.totalAmount
        : c.field === 'fte'
          ? ctx.styles.subtotalFte
          : ctx.styles.subtotalAmount;
  }
}

/**
 * A text longer than a cell holds continues in columns after all others ("Titel (fortsat)" …), which the reader joins;
 * returns the last column used.
 */
function writeContinuations(
  ctx: SheetContext,
  ws: ExcelJS.Worksheet,
  continued: Map<ForslagColumn, Map<number, string[]>>,
  lastCol: number,
): number {
  let col = lastCol;
  const header = ws.getRow(FORSLAG_HEADER_ROW);
  for (const [column, rows] of continued) {
    const count = Math.max(...[...rows.values()].map((parts) => parts.length));
    for (let n = 1; n <= count; n++) {
      col++;
      header.getCell(col).value = continuationHeader(column.header, n);
      ws.getColumn(col).width = 30;
      for (const [row, parts] of rows) {
        const part = parts[n - 1];
        if (part === undefined) continue;
        const cell = ws.getCell(row, col);
        cell.value = part;
        cell.style = ctx.styles.wrap;
      }
    }
  }
  styleHeaderRow(ctx.styles, header, lastCol + 1, col);
  return col;
}

/** exceljs can validate a whole range at once, but its typings only declare the per-cell form. */
declare module 'exceljs' {
  interface Worksheet {
    dataValidations: { add(range: string, validation: DataValidation): void };
  }
}

/**
 * Drop-down lists on Vej, Kategori and Status, so a colleague editing in Excel picks a value Råderum reads back.
 * Typing something else only warns (errorStyle 'warning'): the reader reports what it does not understand.
 */
function addListValidations(ctx: SheetContext, ws: ExcelJS.Worksheet): void {
  const lists: [ForslagColumn['field'], readonly string[]][] = [
    ['vej', VEJE.map((v) => VEJ_LABEL[v])],
    ['kategori', KATEGORIER.map((k) => KATEGORI_LABEL[k])],
    ['status', STATUSES.map((s) => STATUS_LABEL[s])],
  ];
  // Room below the proposals for rows added by hand.
  const last = ctx.forslag.lastRow + 500;
  for (const [field, values] of lists) {
    const letter = columnLetter(columnOf(ctx, field));
    ws.dataValidations.add(`${letter}${ctx.forslag.firstRow}:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Ukendt værdi',
      error: 'Vælg en værdi fra listen, så Råderum kan læse den, når kataloget åbnes igen.',
    });
  }
}

function isYearField(field: ForslagColumn['field']): boolean {
  return field === 'amount' || field === 'fte' || field === 'income';
}

function roundFte(value: number): number {
  return Math.round(value * 1000) / 1000;
}
