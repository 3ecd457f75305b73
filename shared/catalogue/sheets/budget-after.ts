import type ExcelJS from 'exceljs';
import { krToThousands } from '../../model/money.ts';
import { STATUS_LABEL } from '../../model/labels.ts';
import { signNote } from '../contents.ts';
import { applyPrintSetup, TITLE_FONT } from '../format.ts';
import { columnLetter } from '../names.ts';
import {
  amountRow,
  committeeCell,
  committeeLabel,
  countedStatuses,
  textAcross,
  yearHeader,
  type SheetContext,
} from './context.ts';
import { sumFormula } from './sums.ts';

/** The Budget efter prioritering sheet: per udvalg the budget, the counted proposals, and the two added up. */
export function writeBudgetAfter(ctx: SheetContext, ws: ExcelJS.Worksheet): void {
  ws.getCell('A1').value = 'Budget efter prioritering';
  ws.getCell('A1').font = TITLE_FONT;
  const statuses = countedStatuses(ctx)
    .map((s) => STATUS_LABEL[s].toLowerCase())
    .join(', ');
  ws.getColumn(1).width = 34;
  textAcross(
    ws,
    2,
    1,
    ctx.years.length + 1,
    34 + 13 * ctx.years.length,
    `${signNote(ctx.project, ctx.savingsPositive)} Forslag med status ${statuses} indgår.`,
  );
  ctx.years.forEach((_, i) => {
    ws.getColumn(i + 2).width = 13;
  });
  applyPrintSetup(ws, { landscape: false, footerName: ctx.footerName });
  const after = ctx.figures.budgetAfter;
  const budgetSign = ctx.project.budget ? '' : ' (intet budget indlæst)';
  const counted = countedStatuses(ctx).map((s) => STATUS_LABEL[s]);
  let r = 4;
  yearHeader(ctx, ws, r++, `Budget før prioritering${budgetSign}`);
  const baseStart = r;
  for (const line of after) {
    const row = ws.getRow(r++);
    row.getCell(1).value = committeeLabel(line.committee);
    ctx.years.forEach((_, i) => {
      const cell = row.getCell(i + 2);
      // The budget itself is not in the workbook, so the base is a number; it is always net expenditure.
      cell.value = krToThousands(line.base[i] ?? 0);
      cell.style = ctx.styles.amount;
    });
  }
  r++;
  yearHeader(ctx, ws, r++, 'Forslag der indgår');
  const countedStart = r;
  after.forEach((line) => {
    const rowNumber = r++;
    const committee = committeeCell(line.committee);
    amountRow(
      ctx,
      ws,
      rowNumber,
      committeeLabel(line.committee),
      (i) =>
        sumFormula(ctx, i, [
          { field: 'committee', values: [committee], cell: committee === '' ? undefined : `$A${rowNumber}` },
          { field: 'status', values: counted },
        ]),
      line.counted,
    );
  });
  r++;
  yearHeader(ctx, ws, r++, 'Budget efter prioritering');
  after.forEach((line, k) => {
    const rowNumber = r++;
    const row = ws.getRow(rowNumber);
    row.getCell(1).value = committeeLabel(line.committee);
    ctx.years.forEach((_, i) => {
      const col = columnLetter(i + 2);
      const cell = row.getCell(i + 2);
      // Shown positive, a saving lowers the budget, so it is subtracted.
      const op = ctx.sign === 1 ? '+' : '-';
      cell.value = {
        formula: `${col}${baseStart + k}${op}${col}${countedStart + k}`,
        result: krToThousands(line.result[i] ?? 0),
      };
      cell.numFmt = ctx.amountFmt;
    });
  });
}
