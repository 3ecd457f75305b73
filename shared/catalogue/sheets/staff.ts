import type ExcelJS from 'exceljs';
import { applyPrintSetup, SUBTITLE_FONT, TITLE_FONT } from '../format.ts';
import { cellSafe, fteHeader, TOTALS_LABEL } from '../layout.ts';
import { columnLetter } from '../names.ts';
import { sheetRef } from '../sheet-names.ts';
import { fteByCommittee, roundFte, staffProposals } from '../summary.ts';
import {
  columnOf,
  committeeCell,
  committeeLabel,
  styleHeaderRow,
  textAcross,
  type SheetContext,
} from './context.ts';
import { textRows } from './proposal-form.ts';
import { sumFormula } from './sums.ts';

// Narrow enough to print at full size on A4 landscape (LibreOffice breaks pages before it scales them down).
const NR_WIDTH = 8;
const TITLE_WIDTH = 34;
const YEAR_WIDTH = 9;
const IMPACT_WIDTH = 46;
const LINE_HEIGHT = 14.5;

/**
 * The Årsværk sheet, the one that goes to MED-høring: the change in full-time equivalents per udvalg and plan year
 * (every proposal in the catalogue, live SUMIFS over the Forslag sheet), and the proposals with a staff impact: nr,
 * titel, årsværk per year (the Forslag sheet's cells) and "Konsekvenser for medarbejdere". A4 landscape.
 */
export function writeStaff(ctx: SheetContext, ws: ExcelJS.Worksheet): void {
  const n = ctx.years.length;
  const firstYear = 3;
  const impactCol = firstYear + n;
  ws.getColumn(1).width = NR_WIDTH;
  ws.getColumn(2).width = TITLE_WIDTH;
  for (let i = 0; i < n; i++) ws.getColumn(firstYear + i).width = YEAR_WIDTH;
  ws.getColumn(impactCol).width = IMPACT_WIDTH;
  const fullWidth = NR_WIDTH + TITLE_WIDTH + YEAR_WIDTH * n + IMPACT_WIDTH;
  ws.getCell('A1').value = 'Årsværk';
  ws.getCell('A1').font = TITLE_FONT;
  textAcross(
    ws,
    2,
    1,
    impactCol,
    fullWidth,
    'Ændringen i årsværk (fuldtidsstillinger) pr. plan-år for alle forslag i kataloget; et negativt tal er færre årsværk.',
  );
  let r = 4;
  const header = ws.getRow(r++);
  header.getCell(1).value = 'Pr. udvalg';
  ws.mergeCells(header.number, 1, header.number, 2);
  ctx.years.forEach((year, i) => {
    header.getCell(firstYear + i).value = fteHeader(year);
  });
  styleHeaderRow(ctx.styles, header, 1, firstYear + n - 1);
  header.height = 30;
  const first = r;
  for (const g of fteByCommittee(ctx.selected, n)) {
    const row = ws.getRow(r);
    ws.mergeCells(r, 1, r, 2);
    const committee = committeeCell(g.committee);
    row.getCell(1).value = committeeLabel(g.committee);
    ctx.years.forEach((_, i) => {
      const cell = row.getCell(firstYear + i);
      cell.value = {
        formula: sumFormula(ctx, i, [{ field: 'committee', values: [committee] }], 'fte'),
        result: g.fte[i] ?? 0,
      };
      cell.style = ctx.styles.fte;
    });
    r++;
  }
  const total = ws.getRow(r);
  ws.mergeCells(r, 1, r, 2);
  total.getCell(1).value = TOTALS_LABEL;
  total.getCell(1).style = ctx.styles.subtotalLabel;
  ctx.years.forEach((_, i) => {
    const letter = columnLetter(firstYear + i);
    const cell = total.getCell(firstYear + i);
    cell.value = {
      formula: `SUM(${letter}${first}:${letter}${Math.max(first, r - 1)})`,
      result: roundFte(ctx.selected.reduce((s, p) => s + (p.fte[i] ?? 0), 0)),
    };
    cell.style = ctx.styles.totalFte;
  });
  r += 2;

  const staff = staffProposals(ctx.selected);
  const title = ws.getCell(r++, 1);
  title.value = 'Forslag med konsekvenser for medarbejdere';
  title.font = SUBTITLE_FONT;
  if (staff.length === 0) {
    ws.getCell(r++, 1).value =
      'Ingen forslag i kataloget ændrer årsværk eller har konsekvenser for medarbejdere.';
  } else {
    const listHeader = ws.getRow(r++);
    listHeader.getCell(1).value = 'Nr.';
    listHeader.getCell(2).value = 'Titel';
    ctx.years.forEach((year, i) => {
      listHeader.getCell(firstYear + i).value = fteHeader(year);
    });
    listHeader.getCell(impactCol).value = 'Konsekvenser for medarbejdere';
    styleHeaderRow(ctx.styles, listHeader, 1, impactCol);
    listHeader.getCell(2).style = ctx.styles.headerFirst;
    listHeader.getCell(impactCol).style = {
      ...ctx.styles.headerFirst,
      alignment: { horizontal: 'left', vertical: 'bottom', indent: 1 },
    };
    listHeader.height = 30;
    const forslag = sheetRef(ctx.names.forslag);
    const impactStyle: Partial<ExcelJS.Style> = {
      alignment: { horizontal: 'left', wrapText: true, vertical: 'top', indent: 1 },
    };
    const indexOf = new Map(ctx.selected.map((p, i) => [p, i]));
    for (const p of staff) {
      const forslagRow = ctx.forslag.rows[indexOf.get(p) ?? 0] ?? ctx.forslag.firstRow;
      const row = ws.getRow(r);
      row.getCell(1).value = cellSafe(p.id);
      row.getCell(1).style = ctx.styles.wrap;
      row.getCell(2).value = cellSafe(p.title);
      row.getCell(2).style = ctx.styles.wrap;
      ctx.years.forEach((_, i) => {
        const cell = row.getCell(firstYear + i);
        cell.value = {
          formula: `${forslag}!${columnLetter(columnOf(ctx, 'fte', i))}${forslagRow}`,
          result: p.fte[i] ?? 0,
        };
        cell.style = ctx.styles.fteTop;
      });
      // A long text continues in the rows below, so no row is taller than a page.
      const parts = textRows(cellSafe(p.staffImpact.trim()), IMPACT_WIDTH);
      parts.forEach((part, k) => {
        const cell = ws.getCell(r + k, impactCol);
        cell.value = part;
        cell.style = impactStyle;
        const lines = Math.max(lineCount(part, IMPACT_WIDTH), k === 0 ? lineCount(p.title, TITLE_WIDTH) : 1);
        ws.getRow(r + k).height = Math.min(409, Math.max(15, lines * LINE_HEIGHT + 2));
      });
      r += parts.length;
    }
  }
  applyPrintSetup(ws, { landscape: true, footerName: ctx.footerName });
}

/** Lines a text takes wrapped in a column `width` characters wide. */
function lineCount(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 1.15));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}
