import type {
  Budget,
  BudgetLine,
  ColumnMapping,
  FieldName,
  ImportReport,
  SheetMapping,
  SkipReason,
  AmountUnit,
} from '../model/budget.ts';
import { krToThousands, type Kr } from '../model/money.ts';
import { ReadError, type Problem } from '../model/problem.ts';
import { formatDanish, parseDanishNumber } from '../numbers/danish.ts';
import { KR_PER_UNIT } from './unit.ts';
import { columnNumber } from '../workbook/cells.ts';
import { ReadAborted } from '../workbook/errors.ts';
import type { AbortSignalLike, Cell, WorkbookFile } from '../workbook/types.ts';
import { codePart, isTotalsLabel } from './headers.ts';
import { previewBudget, yearColumnLetters } from './preview.ts';
import { normaliseServiceValues, ServiceValueTally } from './service-flag.ts';

export interface ImportOptions {
  /** A confirmed (or saved and re-matched) mapping; without one the importer detects it (see `previewBudget`). */
  mapping?: ColumnMapping;
  /** Sheet names to import as budget sheets, overriding the detected roles (others are left out). */
  sheets?: string[];
  /**
   * The user's reading of service column values (text → service or not), added to (and overriding) the mapping's
   * `serviceValues`; the budget's mapping keeps the result. Used by the command line's `--service-value`.
   */
  serviceValues?: Record<string, boolean>;
  /** The unit of every budget sheet's amounts, overriding what the sheets state (the command line's `--unit`). */
  unit?: AmountUnit;
  budgetYear?: number;
  signal?: AbortSignalLike;
  onProgress?: (fraction: number) => void;
}

/** The label fields read from every row (the rest of FieldName is amounts and the service flag). */
type LabelField = Extract<
  FieldName,
  'committee' | 'area' | 'mainAccount' | 'function' | 'dranst' | 'art' | 'costCentre' | 'text'
>;

function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return String(cell.value).trim();
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.dateIso ?? cell.text;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    default:
      return '';
  }
}

function accountCode(cell: Cell | undefined, field: FieldName): string {
  if (!cell) return '';
  if (cell.kind === 'number' && typeof cell.value === 'number') {
    // A numeric art 1 was typed "1.0" (the kontoplan writes arter with one decimal).
    if (field === 'art' && cell.value < 10) return cell.value.toFixed(1);
    return String(cell.value);
  }
  const text = cellText(cell);
  return field === 'text' ? text : codePart(text);
}

/**
 * Memos for what runs on several cells of every row: a large budget repeats a few thousand distinct texts (the
 * same shared strings) over 200,000 lines. Bounded, so a sheet of unique texts cannot grow them without end.
 */
const MEMO_LIMIT = 50_000;
const lowerMemo = new Map<string, string>();
const totalsMemo = new Map<string, boolean>();

function lowerTrimmed(text: string): string {
  let lower = lowerMemo.get(text);
  if (lower === undefined) {
    lower = text.trim().toLowerCase();
    if (lowerMemo.size < MEMO_LIMIT) lowerMemo.set(text, lower);
  }
  return lower;
}

/** A label that says the row is a total ("I alt", "Total for …"); empty and missing labels say nothing. */
function totalsText(text: string | undefined): boolean {
  return text !== undefined && text !== '' && isTotalsLabelCached(text);
}

function isTotalsLabelCached(text: string): boolean {
  let total = totalsMemo.get(text);
  if (total === undefined) {
    total = isTotalsLabel(text);
    if (totalsMemo.size < MEMO_LIMIT) totalsMemo.set(text, total);
  }
  return total;
}

const TOTAL_FORMULA = /\b(SUBTOTAL|AGGREGATE|SUM|SUMIF|SUMIFS)\s*\(/i;

interface SheetPlan {
  mapping: SheetMapping;
  cols: Partial<Record<FieldName, number[]>>;
  /** The amount columns; a year split into Udgift and Indtægt has two, added up. */
  yearCols: number[];
  /** Index into the plan years of each amount column. */
  yearOf: number[];
  /** What an amount as written is multiplied by to give kroner (1.000 for 1.000 kr.). */
  krPerUnit: number;
}

function planSheet(m: SheetMapping, years: readonly number[]): SheetPlan {
  const cols: Partial<Record<FieldName, number[]>> = {};
  for (const [field, letters] of Object.entries(m.columns) as [FieldName, string[]][]) {
    const nums = letters.map(columnNumber).filter((n) => n > 0);
    if (nums.length > 0) cols[field] = nums;
  }
  const yearCols: number[] = [];
  const yearOf: number[] = [];
  years.forEach((y, i) => {
    for (const col of yearColumnLetters(m.years[String(y)] ?? '').map(columnNumber)) {
      if (col > 0) {
        yearCols.push(col);
        yearOf.push(i);
      }
    }
  });
  return { mapping: m, cols, yearCols, yearOf, krPerUnit: KR_PER_UNIT[m.unit ?? 'thousands'] };
}

/**
 * Imports the budget lines of every budget sheet in the mapping. Amounts are read in the sheet's unit (1.000 kr.
 * unless the mapping says kr. or mio. kr.) and stored as kroner.
 * Problems (each with file, sheet, cell, a stable code and a Danish sentence) and skipped rows go in `report`.
 * Throws ReadError `no_amounts_found` when nothing is a budget line.
 */
export async function importBudget(file: WorkbookFile, options: ImportOptions = {}): Promise<Budget> {
  const problems: Problem[] = [];
  let mapping = options.mapping;
  if (!mapping) {
    const preview = await previewBudget(
      file,
      options.budgetYear !== undefined
        ? { budgetYear: options.budgetYear, ...(options.signal ? { signal: options.signal } : {}) }
        : options.signal
          ? { signal: options.signal }
          : {},
    );
    mapping = preview.mapping;
    problems.push(...preview.problems);
  } else {
    problems.push(...file.problems);
  }
  if (options.sheets) {
    const chosen = new Set(options.sheets);
    mapping = {
      ...mapping,
      sheets: mapping.sheets.map((s) => ({
        ...s,
        role: chosen.has(s.sheet) ? 'budget' : s.role === 'budget' ? 'ignored' : s.role,
      })),
    };
  }
  if (options.unit) {
    const unit = options.unit;
    mapping = { ...mapping, sheets: mapping.sheets.map((s) => ({ ...s, unit })) };
  }
  if (options.serviceValues || mapping.serviceValues) {
    const serviceValues = {
      ...normaliseServiceValues(mapping.serviceValues),
      ...normaliseServiceValues(options.serviceValues),
    };
    mapping = { ...mapping, serviceValues };
  }
  const serviceTally = new ServiceValueTally(mapping.serviceValues);
  const years = mapping.years;
  const fileName = file.fileName;
  const report: ImportReport = {
    file: fileName,
    problems,
    skippedRows: [],
    serviceKnown: true,
    textNumberCells: [],
  };
  const textCells = report.textNumberCells ?? [];
  const lines: BudgetLine[] = [];
  const budgetSheets = mapping.sheets.filter((s) => s.role === 'budget');
  const sheetNames = new Set(file.sheets.map((s) => s.name));

  for (const [index, m] of budgetSheets.entries()) {
    if (!sheetNames.has(m.sheet)) {
      problems.push({
        code: 'sheet_missing',
        severity: 'warning',
        message: `Arket '${m.sheet}' findes ikke i filen og er sprunget over.`,
        file: fileName,
        sheet: m.sheet,
      });
      continue;
    }
    const plan = planSheet(m, years);
    years.forEach((_, i) => {
      if (!plan.yearOf.includes(i)) {
        problems.push({
          code: 'plan_year_missing',
          severity: 'warning',
          message: `Arket '${m.sheet}' har ingen kolonne for ${years[i]}; beløbene for det år er sat til 0. Vælg kolonnen, hvis den findes.`,
          file: fileName,
          sheet: m.sheet,
        });
      }
    });
    if (!plan.cols.service) report.serviceKnown = false;
    else report.serviceValues = [];
    const textBefore = textCells.length;
    await importSheet(file, plan, years, lines, report, serviceTally, options, (f) =>
      options.onProgress?.((index + f) / Math.max(1, budgetSheets.length)),
    );
    const added = textCells.length - textBefore;
    if (added > 0) {
      const first = textCells[textBefore];
      problems.push({
        code: 'amounts_stored_as_text',
        severity: 'info',
        message: `${added} beløb på arket '${m.sheet}' var gemt som tekst (fx '${first?.text ?? ''}' i celle ${first?.cell ?? ''}) og er læst som tal.`,
        file: fileName,
        sheet: m.sheet,
        cell: first?.cell ?? '',
      });
    }
  }
  if (budgetSheets.length === 0) report.serviceKnown = false;
  if (report.serviceValues) report.serviceValues = serviceTally.list();
  if (lines.length === 0) {
    throw new ReadError({
      code: 'no_amounts_found',
      severity: 'error',
      message: `Der blev ikke fundet nogen budgetlinjer eller beløbskolonner${years.length > 0 ? ` (${years[0]}-${years[years.length - 1]})` : ''} i filen.`,
      file: fileName,
    });
  }
  if (budgetSheets.every((m) => m.unit === undefined)) {
    const warning = unitWarning(lines, fileName);
    if (warning) problems.push(warning);
  }
  if (!report.serviceKnown) {
    for (const line of lines) line.isService = null;
    problems.push({
      code: 'service_split_unknown',
      severity: 'info',
      message:
        'Filen siger ikke, hvilke linjer der er serviceudgifter. Fordelingen på service og overførsler er derfor ukendt; du kan markere linjerne selv.',
      file: fileName,
    });
  }
  options.onProgress?.(1);
  return { sourceName: fileName, years: [...years], lines, mapping, report };
}

/** Half the lines above this (in 1.000 kr.: 100 mio. kr. a line) is no municipal budget in 1.000 kr. */
const KRONER_LIKE_MEDIAN = 100_000;

/**
 * Amounts read as 1.000 kr. from a file that never states its unit, whose typical line is implausibly large: most
 * likely whole kroner. Said, not guessed: the user chooses the unit in the wizard (or `--unit kr`).
 */
function unitWarning(lines: readonly BudgetLine[], fileName: string): Problem | null {
  const sizes: number[] = [];
  for (const line of lines) {
    const largest = line.amounts.reduce((m, a) => Math.max(m, Math.abs(a)), 0);
    if (largest > 0) sizes.push(largest);
  }
  if (sizes.length === 0) return null;
  sizes.sort((a, b) => a - b);
  const median = krToThousands(sizes[Math.floor(sizes.length / 2)] ?? 0);
  if (median <= KRONER_LIKE_MEDIAN) return null;
  return {
    code: 'amounts_look_like_kroner',
    severity: 'warning',
    message: `Filen siger ikke, hvilken enhed beløbene er i, og de er læst som 1.000 kr. Halvdelen af linjerne har så et beløb over ${formatDanish(median, 0)} (1.000 kr.), og det ligner hele kroner. Vælg enheden kr. i guiden, hvis beløbene er i kroner.`,
    file: fileName,
  };
}

async function importSheet(
  file: WorkbookFile,
  plan: SheetPlan,
  years: readonly number[],
  lines: BudgetLine[],
  report: ImportReport,
  serviceTally: ServiceValueTally,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
): Promise<void> {
  const { mapping: m, cols, yearCols, yearOf, krPerUnit } = plan;
  const sheet = m.sheet;
  const fileName = file.fileName;
  const problems = report.problems;
  const textCells = report.textNumberCells ?? [];
  // By column number (an array: looked up for every text cell of every row).
  const headerTexts: (string | undefined)[] = [];
  for (const [letter, text] of Object.entries(m.headers ?? {}))
    headerTexts[columnNumber(letter)] = text.trim().toLowerCase();
  const mappedCols = new Set<number>([...Object.values(cols).flat(), ...yearCols.filter((c) => c > 0)]);
  const maxCol = Math.max(0, ...mappedCols);
  const byCol: (Cell | undefined)[] = new Array<Cell | undefined>(maxCol + 1);
  let previousRow = m.headerRow;
  let seenData = false;
  let lastCommittee = '';
  let sectionCommittee: string | undefined;
  let lastArea = '';
  const unknownServiceValues = new Map<string, { text: string; cell: string; count: number }>();

  const skip = (row: number, reason: SkipReason, code: string, message: string, cell?: string): void => {
    report.skippedRows.push({ sheet, row, reason });
    const p: Problem = { code, severity: 'info', message, file: fileName, sheet };
    if (cell !== undefined) p.cell = cell;
    problems.push(p);
  };
  const warn = (code: string, cell: Cell, message: string): void => {
    problems.push({ code, severity: 'warning', message, file: fileName, sheet, cell: cell.address });
  };

  // Read the current row's cells from byCol (defined once: this runs for every row of a large budget).
  const get = (field: FieldName): Cell | undefined => {
    const c = cols[field];
    return c && c[0] !== undefined ? byCol[c[0]] : undefined;
  };
  const text = (field: FieldName): string => {
    const c = cols[field];
    if (!c) return '';
    if (c.length === 1) return accountCode(byCol[c[0] ?? 0], field);
    return c
      .map((col) => cellText(byCol[col]))
      .filter((t) => t !== '')
      .join(' - ');
  };

  const multiColumnText = (cols.text?.length ?? 0) > 1;
  // The current row's amount cells, one per entry of yearCols (reused from row to row).
  const amountCells: (Cell | undefined)[] = new Array<Cell | undefined>(yearCols.length);

  await file.readRows(
    sheet,
    (row) => {
      if (row.row <= m.headerRow) return;
      byCol.fill(undefined);
      for (const cell of row.cells) if (cell.col <= maxCol) byCol[cell.col] = cell;
      let hasAmount = false;
      for (let k = 0; k < yearCols.length; k++) {
        const col = yearCols[k] ?? 0;
        const c = col > 0 ? byCol[col] : undefined;
        amountCells[k] = c;
        if (c !== undefined && !(c.kind === 'text' && String(c.value).trim() === '')) hasAmount = true;
      }
      // One object literal (one shape) per row; the text counts by its first column even when several are joined.
      const firstTextColumn = cellText(get('text'));
      const labels: Record<LabelField, string> = {
        committee: cellText(get('committee')),
        area: cellText(get('area')),
        mainAccount: text('mainAccount'),
        function: text('function'),
        dranst: text('dranst'),
        art: text('art'),
        costCentre: text('costCentre'),
        text: multiColumnText ? text('text') : firstTextColumn,
      };
      const labelCount =
        (labels.committee !== '' ? 1 : 0) +
        (labels.area !== '' ? 1 : 0) +
        (labels.mainAccount !== '' ? 1 : 0) +
        (labels.function !== '' ? 1 : 0) +
        (labels.dranst !== '' ? 1 : 0) +
        (labels.art !== '' ? 1 : 0) +
        (labels.costCentre !== '' ? 1 : 0) +
        (firstTextColumn !== '' ? 1 : 0);
      const anyMapped =
        hasAmount || labelCount > 0 || (cols.service ? cellText(get('service')) !== '' : false);
      if (!anyMapped) return;

      // Rows missing between the previous row and this one are blank separators inside the data.
      if (seenData && row.row > previousRow + 1) {
        for (let r = previousRow + 1; r < row.row && r < previousRow + 50; r++) {
          skip(r, 'blank', 'blank_row_skipped', `Række ${r} på arket '${sheet}' er tom og er sprunget over.`);
        }
      }
      previousRow = row.row;

      // A header repeated further down (page breaks in ERP reports).
      let headerMatches = 0;
      for (const cell of row.cells) {
        if (cell.kind !== 'text') continue;
        const h = headerTexts[cell.col];
        if (h !== undefined && lowerTrimmed(String(cell.value)) === h) headerMatches++;
      }
      if (headerMatches >= 2) {
        skip(
          row.row,
          'repeated_header',
          'repeated_header_skipped',
          `Række ${row.row} på arket '${sheet}' gentager overskrifterne og er sprunget over.`,
        );
        return;
      }

      // Totals: a label like "I alt", or SUM/SUBTOTAL formulas over a range in the amount columns.
      const firstText = row.cells.find((c) => c.kind === 'text');
      const totalLabel =
        totalsText(labels.committee) ||
        totalsText(labels.area) ||
        totalsText(labels.text) ||
        totalsText(labels.function) ||
        totalsText(labels.mainAccount) ||
        totalsText(labels.costCentre) ||
        (firstText !== undefined && totalsText(String(firstText.value)));
      const totalFormula = amountCells.some(
        (c) => c?.formula !== undefined && TOTAL_FORMULA.test(c.formula) && c.formula.includes(':'),
      );
      if (totalLabel || totalFormula) {
        skip(
          row.row,
          'totals',
          'totals_row_skipped',
          `Række ${row.row} på arket '${sheet}' er en sumrække${totalLabel ? '' : ' (formel med SUM/SUBTOTAL)'} og er ikke talt med igen.`,
          firstText?.address ?? amountCells.find((c) => c)?.address,
        );
        return;
      }

      if (!hasAmount && labelCount < 3) {
        skip(
          row.row,
          'heading',
          'heading_row_skipped',
          `Række ${row.row} på arket '${sheet}' har ingen beløb og er læst som en mellemoverskrift.`,
          firstText?.address,
        );
        // Without a committee column, a heading naming a committee ("Børne- og Ungeudvalget") applies below it.
        const heading = firstText ? String(firstText.value).trim() : '';
        if (!cols.committee && /udvalg(et)?$/i.test(heading) && heading.length < 80)
          sectionCommittee = heading;
        return;
      }
      if (hasAmount && labelCount === 0) {
        const at = amountCells.find((c) => c)?.address ?? `A${row.row}`;
        report.skippedRows.push({ sheet, row: row.row, reason: 'no_labels' satisfies SkipReason });
        problems.push({
          code: 'row_without_labels',
          severity: 'warning',
          message: `Række ${row.row} på arket '${sheet}' har beløb, men hverken udvalg, område, konto eller tekst. Den er ikke talt med - er det en sumrække?`,
          file: fileName,
          sheet,
          cell: at,
        });
        return;
      }
      seenData = true;

      const amounts: Kr[] = new Array<Kr>(years.length).fill(0);
      amountCells.forEach((cell, k) => {
        if (!cell) return;
        const i = yearOf[k] ?? 0;
        switch (cell.kind) {
          case 'number':
          case 'date':
            amounts[i] = (amounts[i] ?? 0) + Math.round((cell.value as number) * krPerUnit);
            return;
          case 'text': {
            const raw = String(cell.value);
            if (raw.trim() === '') return;
            const v = parseDanishNumber(raw);
            if (v === null) {
              warn(
                'amount_not_a_number',
                cell,
                `Cellen ${cell.address} på arket '${sheet}' indeholder '${raw.trim()}', som ikke er et beløb. Beløbet for ${years[i]} er sat til 0.`,
              );
              return;
            }
            // In a CSV every cell is text, so only workbooks report amounts stored as text.
            if (file.format !== 'csv') textCells.push({ sheet, cell: cell.address, text: raw, value: v });
            amounts[i] = (amounts[i] ?? 0) + Math.round(v * krPerUnit);
            return;
          }
          case 'error':
            warn(
              'error_values_in_cells',
              cell,
              `Cellen ${cell.address} på arket '${sheet}' indeholder fejlværdien ${String(cell.value)}. Beløbet for ${years[i]} er sat til 0 - ret fejlen i Excel og indlæs filen igen.`,
            );
            return;
          case 'formula':
            warn(
              'formulas_without_cached_values',
              cell,
              `Cellen ${cell.address} på arket '${sheet}' har en formel uden beregnet værdi (${cell.text}). Beløbet for ${years[i]} er sat til 0 - åbn filen i Excel, gem den, og prøv igen.`,
            );
            return;
          case 'boolean':
            warn(
              'amount_not_a_number',
              cell,
              `Cellen ${cell.address} på arket '${sheet}' indeholder en sandhedsværdi, ikke et beløb. Beløbet for ${years[i]} er sat til 0.`,
            );
            return;
        }
      });

      let isService: boolean | null = null;
      if (cols.service) {
        const flagCell = get('service');
        const raw = cellText(flagCell);
        const value = serviceTally.add(raw);
        isService = value.isService;
        if (isService === null && flagCell) {
          const seen = unknownServiceValues.get(value.key);
          if (seen) seen.count++;
          else unknownServiceValues.set(value.key, { text: raw, cell: flagCell.address, count: 1 });
        }
      }

      let committee = cols.committee
        ? (labels.committee ?? '')
        : (sectionCommittee ?? m.committeeFromSheet ?? '');
      if (committee === '' && cols.committee) committee = lastCommittee;
      lastCommittee = committee;
      let area = labels.area ?? '';
      if (area === '' && cols.area) area = lastArea;
      lastArea = area;

      const account: BudgetLine['account'] = {};
      const fn = labels.function ?? '';
      if (fn !== '') account.function = fn;
      const main = labels.mainAccount ?? '';
      if (main !== '') account.mainAccount = main;
      else if (/^\d(\.|$)/.test(fn)) account.mainAccount = fn.charAt(0);
      if (labels.dranst) account.dranst = labels.dranst;
      if (labels.art) account.art = labels.art;
      const line: BudgetLine = {
        committee,
        area,
        account,
        text: labels.text ?? '',
        amounts,
        isService,
        source: { file: fileName, sheet, row: row.row },
      };
      if (labels.costCentre) line.costCentre = labels.costCentre;
      lines.push(line);
    },
    {
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress,
    },
  );
  if (options.signal?.aborted) throw new ReadAborted();
  // One warning per unknown value, not per line: a budget repeats a handful of values over thousands of lines.
  for (const { text: raw, cell, count } of unknownServiceValues.values()) {
    problems.push({
      code: 'service_flag_unknown',
      severity: 'warning',
      message:
        count === 1
          ? `Cellen ${cell} på arket '${sheet}' siger '${raw}' om serviceudgift, og det forstår Råderum ikke. Linjen står som ukendt, til du angiver, hvad '${raw}' betyder.`
          : `${formatDanish(count)} linjer på arket '${sheet}' siger '${raw}' om serviceudgift (første i celle ${cell}), og det forstår Råderum ikke. Linjerne står som ukendte, til du angiver, hvad '${raw}' betyder.`,
      file: fileName,
      sheet,
      cell,
    });
  }
}
