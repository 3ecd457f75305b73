import ExcelJS from 'exceljs';
import { krToThousands, type Kr } from '../model/money.ts';
import { KATEGORI_LABEL, STATUS_LABEL, VEJ_LABEL } from '../model/labels.ts';
import {
  expenditureOf,
  KATEGORIER,
  STATUSES,
  VEJE,
  type Kategori,
  type Proposal,
  type Status,
  type Vej,
} from '../model/proposal.ts';
import type { Project, Target } from '../model/project.ts';
import { strFromU8 } from 'fflate';
import { serializeProject } from '../project/index.ts';
import {
  DATA_FORMAT_VERSION,
  DATA_MARKER,
  DATA_SHEET_NAME,
  encodePayload,
  type ExportSettings,
} from './data-sheet.ts';
import { catalogueFigures, type CatalogueFigures } from './figures.ts';
import { nameKey, UNKNOWN_KEY } from '../calc/breakdown.ts';
import { inScope } from '../calc/targets.ts';
import {
  applyPrintSetup,
  BOLD,
  danishDate,
  FMT_ONE_DECIMAL,
  FMT_WHOLE,
  HEADER_FILL,
  SUBTITLE_FONT,
  TITLE_FONT,
  TOTAL_BORDER,
  WRAP_TOP,
} from './format.ts';
import { criteriaArray, exactCriterion, isPlainCriterion, quoted } from './formulas.ts';
import {
  FORSLAG_FIRST_ROW,
  FORSLAG_HEADER_ROW,
  forslagColumns,
  forslagText,
  cellSafe,
  TOTALS_LABEL,
  type ForslagColumn,
} from './layout.ts';
import { sheetRef, uniqueSheetName } from './sheet-names.ts';
import { columnLetter, ECONOMY_LABELS, SHEET_NAMES } from './names.ts';
import { catalogueTitle, selectProposals, signNote, type CatalogueOptions } from './contents.ts';

export { ECONOMY_LABELS };

/** Builds the prioriteringskatalog workbook; resolves with the .xlsx bytes. */
export async function buildCatalogue(project: Project, options: CatalogueOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  addCatalogueSheets(workbook, project, options, new Set());
  return writeWorkbook(workbook);
}

export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  // Ask every reader to recalculate on load, so numbers stay right even if a reader distrusts cached values.
  workbook.calcProperties.fullCalcOnLoad = true;
  const raw: unknown = await workbook.xlsx.writeBuffer();
  return raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBuffer);
}

interface Context {
  wb: ExcelJS.Workbook;
  project: Project;
  years: number[];
  /** +1 as stored (saving negative), -1 when savings are shown positive. */
  sign: 1 | -1;
  savingsPositive: boolean;
  selected: Proposal[];
  figures: CatalogueFigures;
  footerName: string;
  amountFmt: string;
  amountDecimals: number;
  names: Record<keyof typeof SHEET_NAMES, string>;
  forslag: ForslagPlacement;
  styles: Styles;
}

/**
 * Cell styles shared by reference: exceljs recognises a style object it has seen before and skips re-encoding it,
 * which matters with a thousand form sheets. A shared style is never mutated after assignment.
 */
interface Styles {
  amount: Partial<ExcelJS.Style>;
  boldAmount: Partial<ExcelJS.Style>;
  totalAmount: Partial<ExcelJS.Style>;
  fte: Partial<ExcelJS.Style>;
  totalFte: Partial<ExcelJS.Style>;
  label: Partial<ExcelJS.Style>;
  wrap: Partial<ExcelJS.Style>;
  formTitle: Partial<ExcelJS.Style>;
  headerFirst: Partial<ExcelJS.Style>;
  headerOther: Partial<ExcelJS.Style>;
}

function makeStyles(amountFmt: string): Styles {
  return {
    amount: { numFmt: amountFmt },
    boldAmount: { numFmt: amountFmt, font: BOLD },
    totalAmount: { numFmt: amountFmt, font: BOLD, border: TOTAL_BORDER },
    fte: { numFmt: FMT_ONE_DECIMAL },
    totalFte: { numFmt: FMT_ONE_DECIMAL, font: BOLD, border: TOTAL_BORDER },
    label: { font: BOLD, alignment: { vertical: 'top' } },
    wrap: { alignment: WRAP_TOP },
    formTitle: { font: SUBTITLE_FONT, alignment: WRAP_TOP },
    headerFirst: { font: BOLD, fill: HEADER_FILL, alignment: { vertical: 'bottom' } },
    headerOther: {
      font: BOLD,
      fill: HEADER_FILL,
      alignment: { horizontal: 'right', vertical: 'bottom', wrapText: true },
    },
  };
}

interface ForslagPlacement {
  columns: ForslagColumn[];
  /** Row of each selected proposal, by index in `selected`. */
  firstRow: number;
  /** Last row of the data range (equals firstRow when there are no proposals, so ranges stay valid). */
  lastRow: number;
  totalsRow: number;
}

/**
 * Adds the catalogue's sheets to `wb` (a new workbook, or a copy of a source workbook for `--into`),
 * giving each a name that no sheet in `taken` (lower case) has. Returns the names used.
 */
export function addCatalogueSheets(
  wb: ExcelJS.Workbook,
  project: Project,
  options: CatalogueOptions,
  taken: Set<string>,
): void {
  const savingsPositive = options.savingsPositive ?? project.settings.signDisplay === 'positiveIsSaving';
  const selected = selectProposals(project, options);
  const years = project.settings.years;
  const wholeThousands = selected.every(
    (p) => p.amounts.every((a) => a % 1000 === 0) && p.income.every((a) => a % 1000 === 0),
  );
  const amountDecimals = wholeThousands ? 0 : 1;
  const names = {} as Record<keyof typeof SHEET_NAMES, string>;
  for (const key of Object.keys(SHEET_NAMES) as (keyof typeof SHEET_NAMES)[]) {
    names[key] = uniqueSheetName(SHEET_NAMES[key], taken);
    taken.add(names[key].toLowerCase());
  }
  const columns = forslagColumns(years, savingsPositive);
  const firstRow = FORSLAG_FIRST_ROW;
  const lastRow = Math.max(firstRow, firstRow + selected.length - 1);
  const ctx: Context = {
    wb,
    project,
    years,
    sign: savingsPositive ? -1 : 1,
    savingsPositive,
    selected,
    figures: catalogueFigures(project, selected),
    footerName: cellSafe(options.catalogue ?? catalogueTitle(project)),
    amountFmt: amountDecimals === 0 ? FMT_WHOLE : FMT_ONE_DECIMAL,
    amountDecimals,
    names,
    forslag: { columns, firstRow, lastRow, totalsRow: lastRow + 2 },
    styles: makeStyles(amountDecimals === 0 ? FMT_WHOLE : FMT_ONE_DECIMAL),
  };
  const forside = wb.addWorksheet(names.forside);
  const oversigt = wb.addWorksheet(names.oversigt);
  const forslag = wb.addWorksheet(names.forslag);
  const maal = wb.addWorksheet(names.maal);
  const budget = wb.addWorksheet(names.budget);
  writeForslag(ctx, forslag);
  const targetRows = writeTargets(ctx, maal);
  writeOversigt(ctx, oversigt, targetRows);
  writeBudgetAfter(ctx, budget);
  writeFrontPage(ctx, forside, options.now ?? new Date());
  const formSheets = new Map<string, string>();
  if (options.proposalSheets !== false) {
    selected.forEach((p, i) => {
      const name = uniqueSheetName(p.id, taken);
      taken.add(name.toLowerCase());
      formSheets.set(p.id, name);
      writeProposalForm(ctx, wb.addWorksheet(name), p, firstRow + i);
    });
  }
  const settings: ExportSettings = {
    statuses: options.statuses && options.statuses.length > 0 ? [...options.statuses] : null,
    catalogue: options.catalogue ?? null,
    savingsPositive,
    proposalSheets: options.proposalSheets !== false,
    exportedAt: (options.now ?? new Date()).toISOString(),
    forslagIds: selected.map((p) => p.id),
    forslagSheet: names.forslag,
    amountDecimals,
    incomeColumns: true,
  };
  const dataName = uniqueSheetName(DATA_SHEET_NAME, taken);
  taken.add(dataName.toLowerCase());
  const data = wb.addWorksheet(dataName, { state: 'veryHidden' });
  data.getCell(1, 1).value = DATA_MARKER;
  data.getCell(1, 2).value = DATA_FORMAT_VERSION;
  const chunks = encodePayload({
    format: DATA_FORMAT_VERSION,
    export: settings,
    project: strFromU8(serializeProject(project, { gzip: false })),
  });
  data.getCell(1, 3).value = chunks.length;
  chunks.forEach((chunk, i) => {
    data.getCell(i + 2, 1).value = chunk;
  });
}

// ---------------------------------------------------------------- helpers

function money(ctx: Context, kr: Kr): number {
  const value = krToThousands(kr) * ctx.sign;
  return value === 0 ? 0 : value;
}

function forslagRange(ctx: Context, col: number): string {
  const letter = columnLetter(col);
  return `${sheetRef(ctx.names.forslag)}!$${letter}$${ctx.forslag.firstRow}:$${letter}$${ctx.forslag.lastRow}`;
}

function columnOf(ctx: Context, field: ForslagColumn['field'], yearIndex?: number): number {
  const found = ctx.forslag.columns.find((c) => c.field === field && c.yearIndex === yearIndex);
  if (!found) throw new Error(`Forslag-kolonnen ${field} mangler`);
  return found.col;
}

interface Criterion {
  field: 'committee' | 'vej' | 'kategori' | 'status';
  /** The texts as they stand in the Forslag sheet; more than one means "any of these". */
  values: string[];
  /** A cell on the same sheet holding the single value, used instead of a constant when it is safe. */
  cell?: string;
}

/** SUMIFS over the Forslag amounts of one year; several multi-valued criteria become an array sum. */
function sumFormula(ctx: Context, yearIndex: number, criteria: Criterion[]): string {
  const sumRange = forslagRange(ctx, columnOf(ctx, 'amount', yearIndex));
  const parts: string[] = [];
  let arrays = 0;
  for (const c of criteria) {
    const range = forslagRange(ctx, columnOf(ctx, c.field));
    if (c.values.length === 1) {
      const value = c.values[0] ?? '';
      parts.push(range, c.cell && isPlainCriterion(value) ? c.cell : exactCriterion(value));
    } else {
      parts.push(range, criteriaArray(c.values, arrays === 0 ? 'row' : 'column'));
      arrays++;
    }
  }
  if (criteria.some((c) => c.values.length === 0)) return '0';
  if (arrays > 2) return booleanSumFormula(ctx, sumRange, criteria);
  const sumifs = parts.length === 0 ? `SUM(${sumRange})` : `SUMIFS(${sumRange},${parts.join(',')})`;
  return arrays > 0 ? `SUMPRODUCT(${sumifs})` : sumifs;
}

/** Fallback for three or more multi-valued criteria: exact comparisons multiplied out. */
function booleanSumFormula(ctx: Context, sumRange: string, criteria: Criterion[]): string {
  const factors = criteria.map((c) => {
    const range = forslagRange(ctx, columnOf(ctx, c.field));
    return `((${c.values.map((v) => `(${range}=${quoted(v)})`).join('+')})>0)`;
  });
  return `SUMPRODUCT(N(+${sumRange})*${factors.join('*')})`;
}

function styleHeaderRow(styles: Styles, row: ExcelJS.Row, from: number, to: number): void {
  for (let c = from; c <= to; c++)
    row.getCell(c).style = c === from ? styles.headerFirst : styles.headerOther;
}

function vejText(vej: Vej | null): string {
  return vej === null ? '' : VEJ_LABEL[vej];
}

function kategoriText(kategori: Kategori | null): string {
  return kategori === null ? '' : KATEGORI_LABEL[kategori];
}

function countedStatuses(ctx: Context): Status[] {
  return ctx.figures.countedStatuses;
}

/** calc keys a blank committee as UNKNOWN_KEY; in the Forslag sheet it is an empty cell. */
function committeeCell(key: string): string {
  return key === UNKNOWN_KEY ? '' : key;
}

function committeeLabel(key: string): string {
  return key === UNKNOWN_KEY ? '(uden udvalg)' : cellSafe(key);
}

/** A row of year amounts: label in column 1, a formula with Råderum's cached result in each year column. */
function amountRow(
  ctx: Context,
  ws: ExcelJS.Worksheet,
  rowNumber: number,
  label: string,
  formula: (yearIndex: number) => string,
  values: readonly Kr[],
  options: { bold?: boolean; total?: boolean } = {},
): void {
  const row = ws.getRow(rowNumber);
  row.getCell(1).value = cellSafe(label);
  if (options.bold) row.getCell(1).font = BOLD;
  ctx.years.forEach((_, i) => {
    const cell = row.getCell(i + 2);
    cell.value = { formula: formula(i), result: money(ctx, values[i] ?? 0) };
    cell.style = options.total
      ? ctx.styles.totalAmount
      : options.bold
        ? ctx.styles.boldAmount
        : ctx.styles.amount;
  });
}

function yearHeader(ctx: Context, ws: ExcelJS.Worksheet, rowNumber: number, label: string): void {
  const row = ws.getRow(rowNumber);
  row.getCell(1).value = label;
  ctx.years.forEach((year, i) => {
    row.getCell(i + 2).value = year;
  });
  styleHeaderRow(ctx.styles, row, 1, ctx.years.length + 1);
}

// ---------------------------------------------------------------- Forslag

function writeForslag(ctx: Context, ws: ExcelJS.Worksheet): void {
  const { columns, firstRow, lastRow, totalsRow } = ctx.forslag;
  const lastCol = columns.length;
  const header = ws.getRow(FORSLAG_HEADER_ROW);
  for (const c of columns) header.getCell(c.col).value = c.header;
  styleHeaderRow(ctx.styles, header, 1, lastCol);
  const widths = columns.map((c) => Math.max(c.header.length + 2, 8));
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
          const text = forslagText(p, c.field);
          cell.value = text;
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

/** exceljs can validate a whole range at once, but its typings only declare the per-cell form. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/**
 * Drop-down lists on Vej, Kategori and Status, so a colleague editing in Excel picks a value Råderum reads back.
 * Typing something else only warns (errorStyle 'warning'): the reader reports what it does not understand.
 */
function addListValidations(ctx: Context, ws: ExcelJS.Worksheet): void {
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

// ---------------------------------------------------------------- Oversigt

function writeOversigt(ctx: Context, ws: ExcelJS.Worksheet, targetRows: TargetRows[]): void {
  const f = ctx.figures;
  ws.getCell('A1').value = 'Oversigt';
  ws.getCell('A1').font = TITLE_FONT;
  ws.getCell('A2').value = signNote(ctx.project, ctx.savingsPositive);
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
  ws.getColumn(1).width = Math.min(60, Math.max(30, ...columnOneTexts(ws).map((t) => t.length + 2)));
  ctx.years.forEach((_, i) => {
    ws.getColumn(i + 2).width = 13;
  });
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

// ---------------------------------------------------------------- Mål

interface TargetRows {
  name: string;
  targetRow: number;
  attainedRow: number;
  gapRow: number;
  target: Kr[];
  attained: Kr[];
  gap: Kr[];
}

function describeScope(ctx: Context, t: Target): string {
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

function gapText(ctx: Context): string {
  return ctx.savingsPositive ? 'Mangler (+) / til overs (−)' : 'Mangler (−) / til overs (+)';
}

function describeRule(t: Target): string {
  return t.rule.kind === 'amount'
    ? 'Fast beløb pr. år'
    : `${String(t.rule.percent).replace('.', ',')} % af serviceudgifterne i budgettet`;
}

function writeTargets(ctx: Context, ws: ExcelJS.Worksheet): TargetRows[] {
  ws.getCell('A1').value = 'Mål';
  ws.getCell('A1').font = TITLE_FONT;
  ws.getCell('A2').value = signNote(ctx.project, ctx.savingsPositive);
  ws.getColumn(1).width = 34;
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
    ws.getCell(r++, 2).value = describeRule(t.target);
    ws.getCell(r, 1).value = 'Omfatter';
    ws.getCell(r++, 2).value = cellSafe(describeScope(ctx, t.target));
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
function catalogueSum(ctx: Context, t: Target, yearIndex: number): string {
  const counted = new Set(countedStatuses(ctx));
  const col = columnLetter(columnOf(ctx, 'amount', yearIndex));
  const cells = ctx.selected
    .map((p, i) => ({ p, row: ctx.forslag.firstRow + i }))
    .filter(({ p }) => inScope(p, t.scope) && counted.has(p.status))
    .map(({ row }) => `${sheetRef(ctx.names.forslag)}!${col}${row}`);
  return cells.length === 0 ? '0' : `SUM(${cells.join(',')})`;
}

// ---------------------------------------------------------------- Budget efter prioritering

function writeBudgetAfter(ctx: Context, ws: ExcelJS.Worksheet): void {
  ws.getCell('A1').value = 'Budget efter prioritering';
  ws.getCell('A1').font = TITLE_FONT;
  const statuses = countedStatuses(ctx)
    .map((s) => STATUS_LABEL[s].toLowerCase())
    .join(', ');
  ws.getCell('A2').value =
    `${signNote(ctx.project, ctx.savingsPositive)} Forslag med status ${statuses} indgår.`;
  ws.getColumn(1).width = 34;
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

// ---------------------------------------------------------------- Forside

function writeFrontPage(ctx: Context, ws: ExcelJS.Worksheet, now: Date): void {
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 16;
  ws.getCell('A1').value = cellSafe(ctx.project.settings.municipality);
  ws.getCell('A1').font = SUBTITLE_FONT;
  ws.getCell('A2').value = catalogueTitle(ctx.project);
  ws.getCell('A2').font = TITLE_FONT;
  let r = 3;
  if (ctx.footerName !== catalogueTitle(ctx.project)) {
    ws.getCell(r, 1).value = ctx.footerName;
    ws.getCell(r++, 1).font = SUBTITLE_FONT;
  }
  r++;
  ws.getCell(r, 1).value = `Prisniveau: ${ctx.project.settings.priceYear}-priser`;
  r++;
  ws.getCell(r, 1).value = signNote(ctx.project, ctx.savingsPositive);
  r++;
  ws.getCell(r, 1).value = `Dato: ${danishDate(now)}`;
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
  applyPrintSetup(ws, { landscape: false, footerName: ctx.footerName });
}

// ---------------------------------------------------------------- one sheet per proposal

/** Characters per line in the merged text cells (B:last year), for row heights Excel will not compute itself. */
function textRowHeight(text: string, charsPerLine: number): number {
  const lines = text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
  return Math.min(409, Math.max(15, lines * 15));
}

function writeProposalForm(ctx: Context, ws: ExcelJS.Worksheet, p: Proposal, forslagRow: number): void {
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
    ws.mergeCells(r, 2, r, lastCol);
    const cell = ws.getCell(r, 2);
    cell.value = cellSafe(value);
    cell.style = ctx.styles.wrap;
    if (long) ws.getRow(r).height = textRowHeight(value, textWidth);
    r++;
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
  applyPrintSetup(ws, { landscape: false, onePage: true, footerName: ctx.footerName });
}
