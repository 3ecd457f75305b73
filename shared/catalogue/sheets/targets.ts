import type ExcelJS from 'exceljs';
import type { Kr } from '../../model/money.ts';
import { KATEGORI_LABEL, STATUS_LABEL, VEJ_LABEL } from '../../model/labels.ts';
import type { Target } from '../../model/project.ts';
import { nameKey } from '../../calc/breakdown.ts';
import { inScope } from '../../calc/targets.ts';
import { signNote } from '../contents.ts';
import { applyPrintSetup, SUBTITLE_FONT, TITLE_FONT } from '../format.ts';
import { cellSafe } from '../layout.ts';
import { columnLetter } from '../names.ts';
import { sheetRef } from '../sheet-names.ts';
import {
  amountRow,
  columnOf,
  committeeCell,
  countedStatuses,
  gapText,
  money,
  textAcross,
  yearHeader,
  type SheetContext,
} from './context.ts';
import { sumFormula, type Criterion } from './sums.ts';

/** Where the Mål sheet put one target's rows (the Oversigt sheet refers to them). */
export interface TargetRows {
  name: string;
  targetRow: number;
  attainedRow: number;
  gapRow: number;
  target: Kr[];
  attained: Kr[];
  gap: Kr[];
}

function describeScope(ctx: SheetContext, t: Target): string {
  const parts: string[] = [];
  if (t.scope.kategorier.length > 0)
    parts.push(`kategori: ${t.scope.kategorier.map((k) => KATEGORI_LABEL[k]).join(', ')}`);
  if (t.scope.veje.length > 0) parts.push(`vej: ${t.scope.veje.map((v) => VEJ_LABEL[v]).join(', ')}`);
  if (t.scope.committees.length > 0) parts.push(`udvalg: ${t.scope.committees.join(', ')}`);
  if (t.scope.catalogue !== null) parts.push(`katalog: ${t.scope.catalogue}`);
  const statuses = countedStatuses(ctx)
    .map((s) => STATUS_LABEL[s].toLowerCase())
    .join(', ');
  return `${parts.length > 0 ? parts.join('; ') : 'alle forslag'} (tæller forslag med status ${statuses})`;
}

function describeRule(t: Target): string {
  return t.rule.kind === 'amount'
    ? 'Fast beløb pr. år'
    : `${String(t.rule.percent).replace('.', ',')} % af serviceudgifterne i budgettet`;
}

/** The Mål sheet: per target its rule, scope, and target / attained / gap per plan year. */
export function writeTargets(ctx: SheetContext, ws: ExcelJS.Worksheet): TargetRows[] {
  ws.getCell('A1').value = 'Mål';
  ws.getCell('A1').font = TITLE_FONT;
  ws.getColumn(1).width = 34;
  const lastCol = ctx.years.length + 1;
  textAcross(ws, 2, 1, lastCol, 34 + 13 * ctx.years.length, signNote(ctx.project, ctx.savingsPositive));
  ctx.years.forEach((_, i) => {
    ws.getColumn(i + 2).width = 13;
  });
  applyPrintSetup(ws, { landscape: false, footerName: ctx.footerName });
  if (ctx.figures.targets.length === 0) {
    ws.getCell('A4').value = 'Projektet har ingen mål.';
    return [];
  }
  const rows: TargetRows[] = [];
  let r = 4;
  for (const t of ctx.figures.targets) {
    const title = ws.getCell(r++, 1);
    title.value = cellSafe(t.target.name);
    title.font = SUBTITLE_FONT;
    ws.getCell(r, 1).value = 'Regel';
    textAcross(ws, r++, 2, lastCol, 13 * ctx.years.length, describeRule(t.target));
    ws.getCell(r, 1).value = 'Omfatter';
    ws.getCell(r, 1).alignment = { vertical: 'top' };
    textAcross(ws, r++, 2, lastCol, 13 * ctx.years.length, describeScope(ctx, t.target));
    yearHeader(ctx, ws, r++, '1.000 kr.');
    const targetRow = r++;
    const attainedRow = r++;
    const gapRow = r++;
    const row = ws.getRow(targetRow);
    row.getCell(1).value = 'Mål';
    ctx.years.forEach((_, i) => {
      const cell = row.getCell(i + 2);
      cell.value = money(ctx, t.amounts[i] ?? 0);
      cell.style = ctx.styles.amount;
    });
    const scope = t.target.scope;
    const criteria: Criterion[] = [
      { field: 'status', values: countedStatuses(ctx).map((s) => STATUS_LABEL[s]) },
    ];
    if (scope.kategorier.length > 0)
      criteria.push({ field: 'kategori', values: scope.kategorier.map((k) => KATEGORI_LABEL[k]) });
    if (scope.veje.length > 0) criteria.push({ field: 'vej', values: scope.veje.map((v) => VEJ_LABEL[v]) });
    if (scope.committees.length > 0)
      criteria.push({ field: 'committee', values: scope.committees.map((c) => committeeCell(nameKey(c))) });
    const outOfScope = scope.catalogue !== null && ctx.selected.some((p) => p.catalogue !== scope.catalogue);
    amountRow(
      ctx,
      ws,
      attainedRow,
      'Opnået',
      (i) => (outOfScope ? catalogueSum(ctx, t.target, i) : sumFormula(ctx, i, criteria)),
      t.attained,
    );
    // Gap = target − attained (calc's definition): negative is a saving still to be found, positive is to spare.
    const gapLabel = gapText(ctx);
    amountRow(
      ctx,
      ws,
      gapRow,
      gapLabel,
      (i) => `${columnLetter(i + 2)}${targetRow}-${columnLetter(i + 2)}${attainedRow}`,
      t.gap,
      {
        bold: true,
        total: true,
      },
    );
    rows.push({
      name: t.target.name,
      targetRow,
      attainedRow,
      gapRow,
      target: t.amounts,
      attained: t.attained,
      gap: t.gap,
    });
    r++;
  }
  return rows;
}

/**
 * A target limited to one catalogue while the sheet holds several: the Forslag sheet has no catalogue column,
 * so the attained amount is the sum of the matching rows' cells.
 */
function catalogueSum(ctx: SheetContext, t: Target, yearIndex: number): string {
  const counted = new Set(countedStatuses(ctx));
  const col = columnLetter(columnOf(ctx, 'amount', yearIndex));
  const cells = ctx.selected
    .map((p, i) => ({ p, row: ctx.forslag.rows[i] ?? ctx.forslag.firstRow }))
    .filter(({ p }) => inScope(p, t.scope) && counted.has(p.status))
    .map(({ row }) => `${sheetRef(ctx.names.forslag)}!${col}${row}`);
  return cells.length === 0 ? '0' : `SUM(${cells.join(',')})`;
}
