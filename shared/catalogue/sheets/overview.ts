import type ExcelJS from 'exceljs';
import type { Kr } from '../../model/money.ts';
import { KATEGORI_LABEL, STATUS_LABEL, VEJ_LABEL } from '../../model/labels.ts';
import { signNote } from '../contents.ts';
import { applyPrintSetup, TITLE_FONT } from '../format.ts';
import { TOTALS_LABEL } from '../layout.ts';
import { columnLetter } from '../names.ts';
import { sheetRef } from '../sheet-names.ts';
import {
  amountRow,
  committeeCell,
  committeeLabel,
  gapText,
  kategoriText,
  textAcross,
  vejText,
  yearHeader,
  type SheetContext,
} from './context.ts';
import { sumFormula, type Criterion } from './sums.ts';
import type { TargetRows } from './targets.ts';

const LABEL_MAX = 42;

/** The Oversigt sheet: the catalogue's total and its sums per udvalg, kategori, vej, vej × kategori, status and target. */
export function writeOverview(ctx: SheetContext, ws: ExcelJS.Worksheet, targetRows: TargetRows[]): void {
  const f = ctx.figures;
  ws.getCell('A1').value = 'Oversigt';
  ws.getCell('A1').font = TITLE_FONT;
  let r = 4;
  yearHeader(ctx, ws, r++, 'Alle forslag i kataloget');
  amountRow(ctx, ws, r++, TOTALS_LABEL, (i) => sumFormula(ctx, i, []), f.total, { bold: true, total: true });
  r++;

  const section = <K>(
    title: string,
    groups: { key: K; label: string; amounts: Kr[] }[],
    criteria: (key: K, label: string, cell: string) => Criterion[],
  ): void => {
    if (groups.length === 0) return;
    yearHeader(ctx, ws, r++, title);
    for (const g of groups) {
      const rowNumber = r++;
      amountRow(
        ctx,
        ws,
        rowNumber,
        g.label,
        (i) => sumFormula(ctx, i, criteria(g.key, g.label, `$A${rowNumber}`)),
        g.amounts,
      );
    }
    r++;
  };

  section(
    'Pr. udvalg',
    f.byCommittee.map((g) => ({
      key: committeeCell(g.committee),
      label: committeeLabel(g.committee),
      amounts: g.amounts,
    })),
    (key, _label, cell) => [{ field: 'committee', values: [key], cell: key === '' ? undefined : cell }],
  );
  section(
    'Pr. kategori',
    f.byKategori.map((g) => ({
      key: g.kategori,
      label: g.kategori === null ? 'Kategori ikke angivet' : KATEGORI_LABEL[g.kategori],
      amounts: g.amounts,
    })),
    (key) => [{ field: 'kategori', values: [kategoriText(key)] }],
  );
  section(
    'Pr. vej',
    f.byVej.map((g) => ({
      key: g.vej,
      label: g.vej === null ? 'Vej ikke angivet' : VEJ_LABEL[g.vej],
      amounts: g.amounts,
    })),
    (key) => [{ field: 'vej', values: [vejText(key)] }],
  );
  section(
    'Pr. vej og kategori',
    f.byVejKategori.map((g) => ({
      key: g,
      label: `${g.vej === null ? 'Vej ikke angivet' : VEJ_LABEL[g.vej]} / ${g.kategori === null ? 'kategori ikke angivet' : KATEGORI_LABEL[g.kategori].toLowerCase()}`,
      amounts: g.amounts,
    })),
    (key) => [
      { field: 'vej', values: [vejText(key.vej)] },
      { field: 'kategori', values: [kategoriText(key.kategori)] },
    ],
  );
  section(
    'Pr. status',
    f.byStatus.map((g) => ({ key: g.status, label: STATUS_LABEL[g.status], amounts: g.amounts })),
    (key) => [{ field: 'status', values: [STATUS_LABEL[key]] }],
  );

  if (targetRows.length > 0) {
    yearHeader(ctx, ws, r++, 'Mål');
    const maal = sheetRef(ctx.names.maal);
    for (const t of targetRows) {
      const refs: [string, number, Kr[]][] = [
        [`${t.name}: mål`, t.targetRow, t.target],
        [`${t.name}: opnået`, t.attainedRow, t.attained],
        [`${t.name}: ${gapText(ctx).toLowerCase()}`, t.gapRow, t.gap],
      ];
      for (const [label, sourceRow, values] of refs) {
        amountRow(ctx, ws, r++, label, (i) => `${maal}!${columnLetter(i + 2)}${sourceRow}`, values);
      }
    }
  }
  // Wide enough for most labels and narrow enough for A4 portrait at full size; a longer label wraps.
  const first = Math.min(LABEL_MAX, Math.max(30, ...columnOneTexts(ws).map((t) => t.length + 2)));
  ws.getColumn(1).width = first;
  ws.getColumn(1).eachCell((cell, rowNumber) => {
    if (rowNumber <= 3 || typeof cell.value !== 'string') return;
    const lines = Math.ceil(cell.value.length / Math.floor(first * 1.15));
    if (lines <= 1) return;
    cell.alignment = { wrapText: true, vertical: 'top' };
    const row = ws.getRow(rowNumber);
    row.height = lines * 14.5 + 2;
    // The numbers beside a wrapped label stand at its first line.
    ctx.years.forEach((_, i) => {
      const amount = row.getCell(i + 2);
      amount.style = { ...amount.style, alignment: { vertical: 'top' } };
    });
  });
  ctx.years.forEach((_, i) => {
    ws.getColumn(i + 2).width = 13;
  });
  textAcross(
    ws,
    2,
    1,
    ctx.years.length + 1,
    first + 13 * ctx.years.length,
    signNote(ctx.project, ctx.savingsPositive),
  );
  ws.views = [{ state: 'frozen', ySplit: 0, xSplit: 1 }];
  applyPrintSetup(ws, { landscape: false, footerName: ctx.footerName });
}

function columnOneTexts(ws: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  ws.getColumn(1).eachCell((cell, rowNumber) => {
    if (rowNumber > 3 && typeof cell.value === 'string') texts.push(cell.value);
  });
  return texts;
}
