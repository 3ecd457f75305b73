import type ExcelJS from 'exceljs';
import { KATEGORI_LABEL, VEJ_LABEL } from '../../model/labels.ts';
import type { Target } from '../../model/project.ts';
import { nameKey } from '../../calc/breakdown.ts';
import { inScope } from '../../calc/targets.ts';
import { signNote } from '../contents.ts';
import { applyPrintSetup, BOLD, SUBTITLE_FONT, TITLE_FONT, TOTAL_BORDER, WRAP_TOP } from '../format.ts';
import { quoted } from '../formulas.ts';
import { cellSafe, TOTALS_LABEL } from '../layout.ts';
import { columnLetter } from '../names.ts';
import { sheetRef } from '../sheet-names.ts';
import { gapSentence, targetSummaries, vejKategoriCounts } from '../summary.ts';
import {
  amountRow,
  columnOf,
  committeeCell,
  gapText,
  kategoriText,
  styleHeaderRow,
  textAcross,
  vejText,
  yearHeader,
  type SheetContext,
} from './context.ts';
import { countFormula, sumFormula, type Criterion } from './sums.ts';
import type { TargetRows } from './targets.ts';

const LABEL_WIDTH = 40;
const YEAR_WIDTH = 13;

/**
 * The Resumé sheet, after the front page: per target and plan year the target, what the catalogue holds in the
 * target's scope (every status: what there is to choose from) and the gap, then the same in words ("Kataloget
 * indeholder forslag for 55,0 mio. kr. mere end målet i 2027"), and the number of proposals per vej and kategori.
 * Every number is a live formula over the Forslag sheet; the sentences are formulas too (FIXED writes the reader's
 * own decimal sign).
 */
export function writeResume(ctx: SheetContext, ws: ExcelJS.Worksheet, targetRows: TargetRows[]): void {
  const lastCol = Math.max(ctx.years.length + 1, 2);
  ws.getColumn(1).width = LABEL_WIDTH;
  for (let c = 2; c <= lastCol; c++) ws.getColumn(c).width = YEAR_WIDTH;
  const width = LABEL_WIDTH + YEAR_WIDTH * (lastCol - 1);
  ws.getCell('A1').value = 'Resumé';
  ws.getCell('A1').font = TITLE_FONT;
  textAcross(ws, 2, 1, lastCol, width, signNote(ctx.project, ctx.savingsPositive));
  let r = 4;
  const summaries = targetSummaries(ctx.project, ctx.selected);
  if (summaries.length === 0) {
    textAcross(
      ws,
      r++,
      1,
      lastCol,
      width,
      'Projektet har ingen mål, så kataloget holdes ikke op mod et mål.',
    );
    r++;
  }
  const maal = sheetRef(ctx.names.maal);
  summaries.forEach((s, k) => {
    const title = ws.getCell(r++, 1);
    title.value = cellSafe(s.target.name);
    title.font = SUBTITLE_FONT;
    yearHeader(ctx, ws, r++, '1.000 kr.');
    const targetRow = r++;
    const foundRow = r++;
    const gapRow = r++;
    const source = targetRows[k];
    amountRow(
      ctx,
      ws,
      targetRow,
      'Mål',
      (i) => (source ? `${maal}!${columnLetter(i + 2)}${source.targetRow}` : '0'),
      s.amounts,
    );
    amountRow(ctx, ws, foundRow, 'Forslag i kataloget', (i) => foundFormula(ctx, s.target, i), s.found);
    amountRow(
      ctx,
      ws,
      gapRow,
      gapText(ctx),
      (i) => `${columnLetter(i + 2)}${targetRow}-${columnLetter(i + 2)}${foundRow}`,
      s.gap,
      { bold: true, total: true },
    );
    r++;
    ctx.years.forEach((year, i) => {
      const gapCell = `${columnLetter(i + 2)}${gapRow}`;
      sentence(ws, r++, lastCol, sentenceFormula(ctx, gapCell, year), gapSentence(s.gap[i] ?? 0, year));
    });
    r++;
  });
  writeCounts(ctx, ws, r);
  applyPrintSetup(ws, { landscape: false, footerName: ctx.footerName });
}

/** Every proposal in the target's scope, whatever its status. */
function foundFormula(ctx: SheetContext, t: Target, yearIndex: number): string {
  const scope = t.scope;
  if (scope.catalogue !== null && ctx.selected.some((p) => p.catalogue !== scope.catalogue)) {
    // The Forslag sheet has no catalogue column: the matching rows' cells.
    const col = columnLetter(columnOf(ctx, 'amount', yearIndex));
    const cells = ctx.selected
      .map((p, i) => ({ p, row: ctx.forslag.rows[i] ?? ctx.forslag.firstRow }))
      .filter(({ p }) => inScope(p, scope))
      .map(({ row }) => `${sheetRef(ctx.names.forslag)}!${col}${row}`);
    return cells.length === 0 ? '0' : `SUM(${cells.join(',')})`;
  }
  const criteria: Criterion[] = [];
  if (scope.kategorier.length > 0)
    criteria.push({ field: 'kategori', values: scope.kategorier.map((k) => KATEGORI_LABEL[k]) });
  if (scope.veje.length > 0) criteria.push({ field: 'vej', values: scope.veje.map((v) => VEJ_LABEL[v]) });
  if (scope.committees.length > 0)
    criteria.push({ field: 'committee', values: scope.committees.map((c) => committeeCell(nameKey(c))) });
  return sumFormula(ctx, yearIndex, criteria);
}

/**
 * The gap in words, as a formula: `gapCell` holds target − found in the sheet's sign, in 1.000 kr. More savings than
 * the target is a positive gap in the stored sign (negative when savings are shown positive).
 */
function sentenceFormula(ctx: SheetContext, gapCell: string, year: number): string {
  const stored = ctx.sign === 1 ? gapCell : `(-${gapCell})`;
  const amount = `FIXED(ABS(${gapCell})/1000,1)`;
  const text = (word: string): string =>
    `${quoted('Kataloget indeholder forslag for ')}&${amount}&${quoted(` mio. kr. ${word} end målet i ${year}`)}`;
  return (
    `IF(ROUND(ABS(${gapCell})/1000,1)=0,${quoted(`Kataloget indeholder forslag svarende til målet i ${year}`)},` +
    `IF(${stored}>0,${text('mere')},${text('mindre')}))`
  );
}

function sentence(
  ws: ExcelJS.Worksheet,
  rowNumber: number,
  lastCol: number,
  formula: string,
  result: string,
): void {
  if (lastCol > 1) ws.mergeCells(rowNumber, 1, rowNumber, lastCol);
  const cell = ws.getCell(rowNumber, 1);
  cell.value = { formula, result };
  cell.style = { font: BOLD, alignment: WRAP_TOP };
  ws.getRow(rowNumber).height = 16;
}

/** The number of proposals per vej and per kategori, as COUNTIFS over the Forslag sheet. */
function writeCounts(ctx: SheetContext, ws: ExcelJS.Worksheet, start: number): void {
  const counts = vejKategoriCounts(ctx.selected);
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  let r = start;
  const list = (
    caption: string,
    label: string,
    rows: { text: string; criterion: Criterion; count: number }[],
  ): void => {
    const title = ws.getCell(r++, 1);
    title.value = caption;
    title.font = SUBTITLE_FONT;
    const header = ws.getRow(r++);
    header.getCell(1).value = label;
    header.getCell(2).value = 'Antal forslag';
    styleHeaderRow(ctx.styles, header, 1, 2);
    const first = r;
    for (const row of rows) {
      const line = ws.getRow(r++);
      line.getCell(1).value = row.text;
      line.getCell(2).value = { formula: countFormula(ctx, [row.criterion]), result: row.count };
    }
    const total = ws.getRow(r++);
    total.getCell(1).value = TOTALS_LABEL;
    total.getCell(1).font = BOLD;
    const cell = total.getCell(2);
    cell.value = { formula: `SUM(B${first}:B${Math.max(first, r - 2)})`, result: ctx.selected.length };
    cell.font = BOLD;
    cell.border = TOTAL_BORDER;
    r++;
  };
  list(
    'Antal forslag pr. vej',
    'Vej',
    counts.veje.map((v, vi) => ({
      text: v === null ? 'Vej ikke angivet' : VEJ_LABEL[v],
      criterion: { field: 'vej', values: [vejText(v)] },
      count: sum(counts.counts[vi] ?? []),
    })),
  );
  list(
    'Antal forslag pr. kategori',
    'Kategori',
    counts.kategorier.map((k, j) => ({
      text: k === null ? 'Kategori ikke angivet' : KATEGORI_LABEL[k],
      criterion: { field: 'kategori', values: [kategoriText(k)] },
      count: sum(counts.counts.map((row) => row[j] ?? 0)),
    })),
  );
}
