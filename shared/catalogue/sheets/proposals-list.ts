import type ExcelJS from 'exceljs';
import { KATEGORI_LABEL, STATUS_LABEL, VEJ_LABEL } from '../../model/labels.ts';
import { KATEGORIER, STATUSES, VEJE } from '../../model/proposal.ts';
import { applyPrintSetup, BOLD, WRAP_TOP } from '../format.ts';
import { splitCellText } from '../cell-text.ts';
import {
  continuationHeader,
  FORSLAG_HEADER_ROW,
  forslagText,
  TOTALS_LABEL,
  type ForslagColumn,
} from '../layout.ts';
import { columnLetter } from '../names.ts';
import { columnOf, money, styleHeaderRow, type SheetContext } from './context.ts';

/**
 * The Forslag sheet: one row per proposal in the columns of `forslagColumns`, a totals row, an autofilter and
 * drop-down lists. Every other sheet's formulas sum these cells, and `open-catalogue` reads a colleague's edits here.
 */
export function writeProposalsList(ctx: SheetContext, ws: ExcelJS.Worksheet): void {
  const { columns, firstRow, lastRow, totalsRow } = ctx.forslag;
  const header = ws.getRow(FORSLAG_HEADER_ROW);
  for (const c of columns) header.getCell(c.col).value = c.header;
  styleHeaderRow(ctx.styles, header, 1, columns.length);
  const widths = columns.map((c) => Math.max(c.header.length + 2, 8));
  /** Text columns whose text needs more than one cell: the parts after the first, per proposal row. */
  const continued = new Map<ForslagColumn, Map<number, string[]>>();
  ctx.selected.forEach((p, i) => {
    const row = ws.getRow(firstRow + i);
    for (const c of columns) {
      const cell = row.getCell(c.col);
      switch (c.field) {
        case 'amount':
          cell.value = money(ctx, p.amounts[c.yearIndex ?? 0] ?? 0);
          cell.style = ctx.styles.amount;
          break;
        case 'fte':
          cell.value = p.fte[c.yearIndex ?? 0] ?? 0;
          cell.style = ctx.styles.fte;
          break;
        case 'income':
          cell.value = money(ctx, p.income[c.yearIndex ?? 0] ?? 0);
          cell.style = ctx.styles.amount;
          break;
        default: {
          const [text = '', ...rest] = splitCellText(forslagText(p, c.field));
          cell.value = text;
          if (rest.length > 0) {
            const parts = continued.get(c) ?? new Map<number, string[]>();
            parts.set(firstRow + i, rest);
            continued.set(c, parts);
          }
          if (c.field === 'title' || c.field === 'description') cell.style = ctx.styles.wrap;
          const w = widths[c.col - 1] ?? 8;
          if (text.length + 2 > w) widths[c.col - 1] = text.length + 2;
        }
      }
    }
  });
  columns.forEach((c) => {
    const natural = widths[c.col - 1] ?? c.width;
    const width =
      c.field === 'description' ? 60 : c.field === 'title' ? Math.min(natural, 45) : Math.min(natural, 30);
    const column = ws.getColumn(c.col);
    column.width = Math.max(width, isYearField(c.field) ? 11 : 8);
    if (c.field === 'title' || c.field === 'description') column.alignment = WRAP_TOP;
  });
  const lastCol = writeContinuations(ctx, ws, continued, columns.length);
  const totals = ws.getRow(totalsRow);
  totals.getCell(1).value = TOTALS_LABEL;
  totals.getCell(1).font = BOLD;
  for (const c of columns) {
    if (!isYearField(c.field)) continue;
    const letter = columnLetter(c.col);
    const i = c.yearIndex ?? 0;
    const result =
      c.field === 'amount'
        ? money(ctx, ctx.figures.total[i] ?? 0)
        : c.field === 'income'
          ? money(
              ctx,
              ctx.selected.reduce((sum, p) => sum + (p.income[i] ?? 0), 0),
            )
          : roundFte(ctx.selected.reduce((sum, p) => sum + (p.fte[i] ?? 0), 0));
    const cell = totals.getCell(c.col);
    // SUBTOTAL(9, …) leaves out rows hidden by the autofilter, as a reader filtering the list expects.
    cell.value = { formula: `SUBTOTAL(9,${letter}${firstRow}:${letter}${lastRow})`, result };
    cell.style = c.field === 'fte' ? ctx.styles.totalFte : ctx.styles.totalAmount;
  }
  ws.autoFilter = `A${FORSLAG_HEADER_ROW}:${columnLetter(lastCol)}${lastRow}`;
  addListValidations(ctx, ws);
  ws.views = [
    { state: 'frozen', xSplit: 2, ySplit: FORSLAG_HEADER_ROW, topLeftCell: 'C2', activeCell: 'C2' },
  ];
  applyPrintSetup(ws, {
    landscape: true,
    titleRows: `${FORSLAG_HEADER_ROW}:${FORSLAG_HEADER_ROW}`,
    footerName: ctx.footerName,
  });
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
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
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
  const target = ws as unknown as RangeValidations;
  // Room below the proposals for rows added by hand.
  const last = ctx.forslag.lastRow + 500;
  for (const [field, values] of lists) {
    const letter = columnLetter(columnOf(ctx, field));
    target.dataValidations.add(`${letter}${ctx.forslag.firstRow}:${letter}${last}`, {
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
