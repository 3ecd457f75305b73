import type ExcelJS from 'exceljs';
import { KATEGORI_KEYS, UNKNOWN_KEY, VEJ_KEYS } from '../../calc/breakdown.ts';
import { KATEGORI_LABEL, STATUS_LABEL, VEJ_LABEL } from '../../model/labels.ts';
import type { Kr } from '../../model/money.ts';
import { STATUSES, type Proposal } from '../../model/proposal.ts';
import type { Version } from '../../model/season.ts';
import { describeFieldValue, fieldLabel } from '../../season/describe.ts';
import { diffStates, type AmountsDiff, type StateDiff } from '../../season/diff.ts';
import { signNote } from '../contents.ts';
import { applyPrintSetup, BOLD, danishDate, SUBTITLE_FONT, TITLE_FONT } from '../format.ts';
import { cellSafe } from '../layout.ts';
import { MAX_SHEET_NAME } from '../sheet-names.ts';
import { committeeLabel, money, styleHeaderRow, vejText, type SheetContext } from './context.ts';

/** The sheet's title, printed in full at its top. */
export function changesSinceTitle(version: Pick<Version, 'name'>): string {
  return `Ændringer siden ${version.name}`;
}

/** The sheet's name: the title, or within Excel's 31 characters the version's name cut with "…". */
export function changesSinceSheetName(version: Pick<Version, 'name'>): string {
  const title = changesSinceTitle(version);
  if (title.length <= MAX_SHEET_NAME) return title;
  return `${title.slice(0, MAX_SHEET_NAME - 1).trimEnd()}…`;
}

/** A changed text longer than this is shown cut with "…" (the whole text is in the proposal's own sheet). */
const CHANGE_TEXT_MAX = 80;

function short(text: string): string {
  return text.length > CHANGE_TEXT_MAX ? `${text.slice(0, CHANGE_TEXT_MAX - 1)}…` : text;
}

/**
 * "Ændringer siden <version>": what changed in the whole project since a saved version. The totals per year by
 * vej, kategori, udvalg and status (before, after, difference; the counted statuses), then the proposals added,
 * removed and changed (the amounts' difference per year and every other changed field, old → new). Numbers, not
 * formulas: the version itself is not in the workbook.
 */
export function writeChangesSince(ctx: SheetContext, ws: ExcelJS.Worksheet, version: Version): void {
  const years = ctx.years;
  const n = years.length;
  const diff = diffStates(version, ctx.project, {
    yearCount: n,
    statuses: ctx.figures.countedStatuses,
  });
  const created = new Date(version.createdAt);
  ws.getCell('A1').value = cellSafe(changesSinceTitle(version));
  ws.getCell('A1').font = TITLE_FONT;
  ws.getCell('A2').value = cellSafe(
    `Versionen '${version.name}'${Number.isNaN(created.getTime()) ? '' : ` af ${danishDate(created)}`} sammenlignet med projektet, som dette katalog er lavet af. ${signNote(ctx.project, ctx.savingsPositive)}`,
  );
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 34;
  for (let c = 3; c < 3 + 3 * n; c++) ws.getColumn(c).width = 11;
  applyPrintSetup(ws, { landscape: true, footerName: ctx.footerName });

  let r = 4;
  r = writeTotals(ctx, ws, r, diff);
  r = writeProposals(ctx, ws, r + 1, `Nye forslag (${diff.added.length})`, diff.added);
  r = writeProposals(ctx, ws, r + 1, `Fjernede forslag (${diff.removed.length})`, diff.removed);
  r = writeChanged(ctx, ws, r + 1, diff);
  if (diff.targets) {
    ws.getCell(`A${r + 1}`).value = 'Målene er ændret siden versionen (se arket Mål for de nuværende).';
    ws.getCell(`A${r + 1}`).font = BOLD;
  }
}

function heading(ws: ExcelJS.Worksheet, r: number, text: string): void {
  ws.getCell(`A${r}`).value = text;
  ws.getCell(`A${r}`).font = SUBTITLE_FONT;
}

function amounts(
  ctx: SheetContext,
  row: ExcelJS.Row,
  firstCol: number,
  values: readonly Kr[],
  style: Partial<ExcelJS.Style> = ctx.styles.amount,
): void {
  ctx.years.forEach((_, i) => {
    const cell = row.getCell(firstCol + i);
    cell.value = money(ctx, values[i] ?? 0);
    cell.style = style;
  });
}

/** Before | after | difference per year, for the total and each group. */
function writeTotals(ctx: SheetContext, ws: ExcelJS.Worksheet, start: number, diff: StateDiff): number {
  const n = ctx.years.length;
  const t = diff.totals;
  const statuses = t.statuses.map((s) => STATUS_LABEL[s].toLowerCase()).join(', ');
  heading(ws, start, 'Totaler pr. år');
  ws.getCell(`A${start + 1}`).value =
    `Forslag med status ${statuses} indgår; pr. status vises hver status for sig.`;
  let r = start + 2;
  const groupRow = ws.getRow(r);
  ['Før', 'Efter', 'Forskel'].forEach((label, k) => {
    const first = 3 + k * n;
    groupRow.getCell(first).value = label;
    ws.mergeCells(r, first, r, first + n - 1);
    groupRow.getCell(first).alignment = { horizontal: 'center' };
  });
  styleHeaderRow(ctx.styles, groupRow, 1, 2 + 3 * n);
  r++;
  const yearRow = ws.getRow(r);
  for (let k = 0; k < 3; k++) ctx.years.forEach((year, i) => (yearRow.getCell(3 + k * n + i).value = year));
  styleHeaderRow(ctx.styles, yearRow, 1, 2 + 3 * n);
  r++;
  const line = (label: string, d: AmountsDiff, bold = false): void => {
    const row = ws.getRow(r++);
    row.getCell(2).value = cellSafe(label);
    if (bold) row.getCell(2).font = BOLD;
    amounts(ctx, row, 3, d.from);
    amounts(ctx, row, 3 + n, d.to);
    amounts(ctx, row, 3 + 2 * n, d.difference);
    if (bold) for (let c = 3; c < 3 + 3 * n; c++) row.getCell(c).style = ctx.styles.boldAmount;
  };
  const group = (title: string, rows: [string, AmountsDiff][]): void => {
    const shown = rows.filter(([, d]) => d.from.some((x) => x !== 0) || d.to.some((x) => x !== 0));
    if (shown.length === 0) return;
    ws.getCell(`A${r}`).value = title;
    ws.getCell(`A${r}`).font = BOLD;
    r++;
    for (const [label, d] of shown) line(label, d);
  };
  line('I alt', t.total, true);
  group(
    'Pr. vej',
    VEJ_KEYS.map((v) => [v === UNKNOWN_KEY ? 'Uden vej' : VEJ_LABEL[v], t.byVej[v]]),
  );
  group(
    'Pr. kategori',
    KATEGORI_KEYS.map((k) => [k === UNKNOWN_KEY ? 'Uden kategori' : KATEGORI_LABEL[k], t.byKategori[k]]),
  );
  group(
    'Pr. udvalg',
    Object.entries(t.byCommittee).map(([c, d]) => [committeeLabel(c), d]),
  );
  group(
    'Pr. status',
    STATUSES.map((s) => [STATUS_LABEL[s], t.byStatus[s]]),
  );
  return r;
}

/** Added or removed proposals: number, title, amounts per year, udvalg, vej and status. */
function writeProposals(
  ctx: SheetContext,
  ws: ExcelJS.Worksheet,
  start: number,
  title: string,
  proposals: readonly Proposal[],
): number {
  const n = ctx.years.length;
  heading(ws, start, title);
  if (proposals.length === 0) {
    ws.getCell(`A${start + 1}`).value = 'Ingen.';
    return start + 2;
  }
  let r = start + 1;
  const header = ws.getRow(r++);
  header.getCell(1).value = 'Forslag nr.';
  header.getCell(2).value = 'Titel';
  ctx.years.forEach((year, i) => (header.getCell(3 + i).value = year));
  // The text columns are two amount columns wide each (the sheet's columns are laid out for the totals).
  const texts = (row: ExcelJS.Row, values: string[]): void =>
    values.forEach((value, k) => {
      const col = 3 + n + 2 * k;
      row.getCell(col).value = value;
      ws.mergeCells(row.number, col, row.number, col + 1);
    });
  texts(header, ['Udvalg', 'Vej', 'Status']);
  styleHeaderRow(ctx.styles, header, 1, 8 + n);
  for (const p of proposals) {
    const row = ws.getRow(r++);
    row.getCell(1).value = cellSafe(p.id);
    row.getCell(2).value = cellSafe(short(p.title));
    amounts(ctx, row, 3, p.amounts);
    texts(row, [cellSafe(p.committee), vejText(p.vej), STATUS_LABEL[p.status]]);
  }
  return r;
}

/** Changed proposals: the amounts' difference per year, and each other changed field as "Felt: før → efter". */
function writeChanged(ctx: SheetContext, ws: ExcelJS.Worksheet, start: number, diff: StateDiff): number {
  const n = ctx.years.length;
  heading(ws, start, `Ændrede forslag (${diff.changed.length})`);
  if (diff.changed.length === 0) {
    ws.getCell(`A${start + 1}`).value = 'Ingen.';
    return start + 2;
  }
  let r = start + 1;
  // Rows grow with their changes, so every cell of them starts at the top (one shared style object).
  const topAmount: Partial<ExcelJS.Style> = { ...ctx.styles.amount, alignment: { vertical: 'top' } };
  const header = ws.getRow(r++);
  header.getCell(1).value = 'Forslag nr.';
  header.getCell(2).value = 'Titel';
  ctx.years.forEach((year, i) => (header.getCell(3 + i).value = `Forskel ${year}`));
  header.getCell(3 + n).value = 'Ændringer';
  styleHeaderRow(ctx.styles, header, 1, 3 + n);
  header.height = 30;
  ws.mergeCells(header.number, 3 + n, header.number, 2 + 3 * n);
  for (const c of diff.changed) {
    const row = ws.getRow(r);
    row.getCell(1).value = cellSafe(c.id);
    row.getCell(2).value = cellSafe(short(c.title));
    row.getCell(1).style = ctx.styles.wrap;
    row.getCell(2).style = ctx.styles.wrap;
    if (c.amounts) amounts(ctx, row, 3, c.amounts.difference, topAmount);
    const texts = Object.entries(c.fields).flatMap(([field, value]) =>
      value
        ? [
            `${fieldLabel(field)}: ${short(describeFieldValue(field, value.from, ctx.years))} → ${short(describeFieldValue(field, value.to, ctx.years))}`,
          ]
        : [],
    );
    const cell = row.getCell(3 + n);
    cell.value = cellSafe(texts.join('\n'));
    cell.style = ctx.styles.wrap;
    ws.mergeCells(r, 3 + n, r, 2 + 3 * n);
    // A merged cell does not grow with its text in Excel or LibreOffice, so the row is made tall enough for
    // the changes and the wrapped title (about 38 characters a line in its column).
    const lines = Math.max(texts.length, Math.ceil(short(c.title).length / 38));
    if (lines > 1) row.height = 15 * lines;
    r++;
  }
  return r;
}
