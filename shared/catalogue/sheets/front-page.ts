import type ExcelJS from 'exceljs';
import { STATUS_LABEL } from '../../model/labels.ts';
import { STATUSES } from '../../model/proposal.ts';
import { catalogueTitle, signNote } from '../contents.ts';
import { applyPrintSetup, BOLD, danishDate, SUBTITLE_FONT, TITLE_FONT, TOTAL_BORDER } from '../format.ts';
import { cellSafe, TOTALS_LABEL } from '../layout.ts';
import { columnOf, forslagRange, styleHeaderRow, textAcross, type SheetContext } from './context.ts';

/** Where the service frame (servicerammen) behind %-targets and den stille vej came from. */
const SERVICE_SOURCE = {
  column: 'Servicerammen er budgettets linjer markeret som serviceudgifter i budgetfilen.',
  kontoplan:
    'Servicerammen er fundet ud fra kontoplanen (funktion og dranst), da budgetfilen ikke har en servicekolonne.',
  unknown:
    'Budgetfilen siger ikke, hvilke linjer der er serviceudgifter, og har ingen funktion fra kontoplanen; servicerammen er derfor ukendt, og mål i procent af den er 0.',
} as const;

/** The Forside sheet: kommune, title, price level, sign, date, and the number of proposals per status. */
export function writeFrontPage(ctx: SheetContext, ws: ExcelJS.Worksheet): void {
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 16;
  ws.getCell('A1').value = cellSafe(ctx.project.settings.municipality);
  ws.getCell('A1').font = SUBTITLE_FONT;
  ws.getCell('A2').value = catalogueTitle(ctx.project);
  ws.getCell('A2').font = TITLE_FONT;
  ws.getRow(1).height = 18;
  ws.getRow(2).height = 24;
  let r = 3;
  if (ctx.footerName !== catalogueTitle(ctx.project)) {
    ws.getCell(r, 1).value = ctx.footerName;
    ws.getCell(r++, 1).font = SUBTITLE_FONT;
  }
  r++;
  ws.getCell(r, 1).value = `Prisniveau: ${ctx.project.settings.priceYear}-priser`;
  r++;
  textAcross(ws, r++, 1, 2, 56, signNote(ctx.project, ctx.savingsPositive));
  ws.getCell(r, 1).value = `Dato: ${danishDate(ctx.now)}`;
  r += 2;
  const header = ws.getRow(r++);
  header.getCell(1).value = 'Status';
  header.getCell(2).value = 'Antal forslag';
  styleHeaderRow(ctx.styles, header, 1, 2);
  const statusRange = forslagRange(ctx, columnOf(ctx, 'status'));
  const first = r;
  for (const status of STATUSES) {
    const row = ws.getRow(r++);
    row.getCell(1).value = STATUS_LABEL[status];
    row.getCell(2).value = {
      formula: `COUNTIFS(${statusRange},$A${row.number})`,
      result: ctx.selected.filter((p) => p.status === status).length,
    };
  }
  const total = ws.getRow(r);
  total.getCell(1).value = TOTALS_LABEL;
  total.getCell(1).font = BOLD;
  total.getCell(2).value = { formula: `SUM(B${first}:B${r - 1})`, result: ctx.selected.length };
  total.getCell(2).font = BOLD;
  total.getCell(2).border = TOTAL_BORDER;
  const report = ctx.project.budget?.report;
  // Files saved before the kontoplan was read have no serviceSource: a known split then came from a column.
  if (report)
    textAcross(
      ws,
      r + 2,
      1,
      2,
      56,
      SERVICE_SOURCE[report.serviceSource ?? (report.serviceKnown ? 'column' : 'unknown')],
    );
  applyPrintSetup(ws, { landscape: false, footerName: ctx.footerName });
}
