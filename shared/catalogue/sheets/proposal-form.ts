import type ExcelJS from 'exceljs';
import { krToThousands } from '../../model/money.ts';
import { STATUS_LABEL } from '../../model/labels.ts';
import { expenditureOf, type Proposal } from '../../model/proposal.ts';
import { applyPrintSetup, BOLD } from '../format.ts';
import { CELL_TEXT_MAX, splitCellText } from '../cell-text.ts';
import { cellSafe } from '../layout.ts';
import { columnLetter, ECONOMY_LABELS } from '../names.ts';
import { sheetRef } from '../sheet-names.ts';
import { columnOf, kategoriText, money, vejText, yearHeader, type SheetContext } from './context.ts';

/** Lines a text takes in a cell `charsPerLine` characters wide. */
function lineCount(text: string, charsPerLine: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
}

/** Row height for a wrapped text (Excel does not compute it for merged cells, and a row is at most 409 pt). */
function textRowHeight(text: string, charsPerLine: number): number {
  return Math.min(409, Math.max(15, lineCount(text, charsPerLine) * 15));
}

/** Lines of text in one row of a long field: a row never splits across printed pages, so it stays well below one. */
const LINES_PER_ROW = 24;

/**
 * A long text as the rows it is shown in: whole paragraphs while they fit `LINES_PER_ROW` lines, a longer paragraph
 * split after a word. Each row is also within what a cell holds.
 */
export function textRows(text: string, charsPerLine: number): string[] {
  const max = Math.min(CELL_TEXT_MAX, LINES_PER_ROW * charsPerLine);
  const rows: string[] = [];
  let current = '';
  for (const paragraph of text.split('\n')) {
    const joined = current === '' ? paragraph : `${current}\n${paragraph}`;
    if (joined.length <= max && lineCount(joined, charsPerLine) <= LINES_PER_ROW) {
      current = joined;
      continue;
    }
    if (current !== '') rows.push(current);
    const pieces = splitCellText(paragraph, max);
    current = pieces.pop() ?? '';
    rows.push(...pieces);
  }
  rows.push(current);
  return rows;
}

/**
 * One proposal's form sheet: its fields and texts, and an economy table whose cells refer to the proposal's row
 * (`forslagRow`) in the Forslag sheet, so an edit there reaches the form.
 */
export function writeProposalForm(
  ctx: SheetContext,
  ws: ExcelJS.Worksheet,
  p: Proposal,
  forslagRow: number,
): void {
  const lastCol = ctx.years.length + 1;
  const lastLetter = columnLetter(lastCol);
  ws.getColumn(1).width = 30;
  for (let c = 2; c <= lastCol; c++) ws.getColumn(c).width = 13;
  const textWidth = 13 * ctx.years.length;
  ws.mergeCells(`A1:${lastLetter}1`);
  const title = ws.getCell('A1');
  title.value = cellSafe(`${p.id}: ${p.title}`);
  title.style = ctx.styles.formTitle;
  ws.getRow(1).height = textRowHeight(title.value, textWidth + 30) + 4;
  ws.getCell('A2').value = ctx.footerName;
  let r = 4;
  const field = (label: string, value: string, long = false): void => {
    ws.getCell(r, 1).value = label;
    ws.getCell(r, 1).style = ctx.styles.label;
    const text = cellSafe(value);
    // A short field is one row; a long text may take several (see textRows).
    for (const part of long ? textRows(text, textWidth) : splitCellText(text)) {
      ws.mergeCells(r, 2, r, lastCol);
      const cell = ws.getCell(r, 2);
      cell.value = part;
      cell.style = ctx.styles.wrap;
      if (long) ws.getRow(r).height = textRowHeight(part, textWidth);
      r++;
    }
  };
  field('Forslag nr.', p.id);
  field('Titel', p.title);
  field('Udvalg', p.committee);
  field('Politikområde', p.area);
  field('Vej', vejText(p.vej));
  field('Kategori', kategoriText(p.kategori));
  field('Status', STATUS_LABEL[p.status]);
  field('Varighed', p.permanence === 'permanent' ? 'Varig' : 'Engangs');
  field('Serviceudgift', p.isService ? 'Ja' : 'Nej');
  r++;
  field('Beskrivelse', p.description, true);
  field('Konsekvenser for borgerne', p.citizenImpact, true);
  field('Konsekvenser for medarbejdere', p.staffImpact, true);
  if (p.notes.trim() !== '') field('Bemærkninger', p.notes, true);
  r++;
  yearHeader(ctx, ws, r++, `Økonomi (1.000 kr., ${ctx.project.settings.priceYear}-priser)`);
  const forslag = sheetRef(ctx.names.forslag);
  const labels = ECONOMY_LABELS[ctx.savingsPositive ? 'savingsPositive' : 'standard'];
  // Net amount and income are the Forslag sheet's cells, so an edit there reaches this sheet: Udgifter is that net
  // less the income, and Netto adds the two back up.
  const expenses = ws.getRow(r++);
  const income = ws.getRow(r++);
  const net = ws.getRow(r++);
  const ftes = ws.getRow(r++);
  expenses.getCell(1).value = labels.expenses;
  income.getCell(1).value = labels.income;
  net.getCell(1).value = labels.net;
  net.getCell(1).font = BOLD;
  ftes.getCell(1).value = 'Årsværk';
  const expenditure = expenditureOf(p);
  ctx.years.forEach((_, i) => {
    const col = columnLetter(i + 2);
    const e = expenses.getCell(i + 2);
    e.value = {
      formula: `${forslag}!${columnLetter(columnOf(ctx, 'amount', i))}${forslagRow}-${col}${income.number}`,
      result: money(ctx, expenditure[i] ?? 0),
    };
    e.style = ctx.styles.amount;
    const inc = income.getCell(i + 2);
    inc.value = {
      formula: `${forslag}!${columnLetter(columnOf(ctx, 'income', i))}${forslagRow}`,
      result: money(ctx, p.income[i] ?? 0),
    };
    inc.style = ctx.styles.amount;
    const a = net.getCell(i + 2);
    a.value = {
      formula: `${col}${expenses.number}+${col}${income.number}`,
      result: money(ctx, p.amounts[i] ?? 0),
    };
    a.style = ctx.styles.totalAmount;
    const f = ftes.getCell(i + 2);
    f.value = {
      formula: `${forslag}!${columnLetter(columnOf(ctx, 'fte', i))}${forslagRow}`,
      result: p.fte[i] ?? 0,
    };
    f.style = ctx.styles.fte;
  });
  if (p.investment !== 0) {
    r++;
    ws.getCell(r, 1).value = 'Investering (1.000 kr.)';
    const inv = ws.getCell(r++, 2);
    inv.value = krToThousands(p.investment);
    inv.style = ctx.styles.amount;
    ws.getCell(r, 1).value = 'Tilbagebetalt';
    const payback = ctx.figures.payback.get(p.id) ?? null;
    ws.getCell(r++, 2).value = payback === null ? 'Ikke inden for planperioden' : `I ${payback}`;
  }
  applyPrintSetup(ws, { landscape: false, footerName: ctx.footerName });
}
