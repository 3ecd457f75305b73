import type {
  AmountUnit,
  Budget,
  BudgetLine,
  ColumnMapping,
  ImportReport,
  ServiceValueCount,
} from '../model/budget.ts';
import { FileTotals, MAX_FILE_TOTAL_KR } from '../model/bounds.ts';
import type { Draft } from '../model/draft.ts';
import { AMOUNT_LIMIT_KR, isPlausibleKr, krToThousands, type Kr } from '../model/money.ts';
import { ReadError, type Problem } from '../model/problem.ts';
import { formatDanish } from '../numbers/danish.ts';
import { kthSmallest } from '../numbers/select.ts';
import { columnLetters } from '../workbook/cells.ts';
import type { SheetRead } from './import-sheet.ts';
import { splitService } from './kontoplan/service-split.ts';
import { canReapply, isMissingSheet, type BudgetRead } from './read.ts';
import { normaliseServiceValues, ServiceValueTally } from './service-flag.ts';
import { KR_PER_UNIT } from './unit.ts';

/** What the command line may set over a mapping: the unit of every sheet, and readings of service values. */
export interface MappingOverrides {
  /** The unit of every budget sheet's amounts, overriding what the sheets state (the command line's `--unit`). */
  unit?: AmountUnit;
  /** The user's reading of service column values, added to (and overriding) the mapping's `serviceValues`. */
  serviceValues?: Record<string, boolean>;
}

/** The mapping with the overrides applied, and its service values' keys normalised (as the budget keeps it). */
export function withOverrides(mapping: ColumnMapping, overrides: MappingOverrides = {}): ColumnMapping {
  let m = mapping;
  if (overrides.unit) {
    const unit = overrides.unit;
    m = { ...m, sheets: m.sheets.map((s) => ({ ...s, unit })) };
  }
  if (overrides.serviceValues || m.serviceValues) {
    const serviceValues = {
      ...normaliseServiceValues(m.serviceValues),
      ...normaliseServiceValues(overrides.serviceValues),
    };
    m = { ...m, serviceValues };
  }
  return m;
}

/**
 * The budget of what `read` read, under `mapping` (the one read with when omitted): its unit, its reading of the
 * service column's values and its styring corrections may differ from the mapping read with. Pure and
 * synchronous; equal to `importBudget(file, { mapping, ...overrides })` (the same code makes both). New line
 * objects every call (their `account` and `source` objects are shared with `read`, as read-only data), so a read
 * can be reapplied again and again. Throws an Error when `mapping` reads something else (`canReapply`): read again.
 * Throws ReadError `no_amounts_found` when nothing is a budget line.
 */
export function reapplyMapping(
  read: BudgetRead,
  mapping: ColumnMapping = read.mapping,
  overrides: MappingOverrides = {},
): Budget {
  return buildBudget(read, mapping, overrides, false);
}

/**
 * The exact counts of the service column's values over the lines `read` read (those of `importBudget`'s
 * `report.serviceValues`), each read under `mapping`'s `serviceValues` (the read's mapping when omitted). Empty when
 * no budget sheet has a service column. From a `readPreviewRows` read (`read.complete` false) they are the counts of
 * the preview's rows only.
 */
export function serviceValuesOf(
  read: BudgetRead,
  mapping: ColumnMapping = read.mapping,
): ServiceValueCount[] {
  const tally = new ServiceValueTally(normaliseServiceValues(mapping.serviceValues));
  let any = false;
  for (const s of read.sheets) {
    if (isMissingSheet(s) || s.serviceColumn === undefined) continue;
    any = true;
    for (const text of s.serviceTexts) tally.add(text ?? '');
  }
  return any ? tally.list() : [];
}

/** `reapplyMapping`; with `reuseLines` the read's own line objects become the budget's (the read is used up). */
export function buildBudget(
  read: BudgetRead,
  mapping: ColumnMapping,
  overrides: MappingOverrides,
  reuseLines: boolean,
): Budget {
  if (!canReapply(read, mapping))
    throw new Error(
      'The mapping reads other columns or rows than the read was made with: read the file again.',
    );
  const m = withOverrides(mapping, overrides);
  const { fileName } = read;
  const years = m.years;
  const problems: Problem[] = [...read.problems];
  const report: ImportReport = {
    file: fileName,
    problems,
    skippedRows: [],
    serviceKnown: true,
    textNumberCells: [],
  };
  const textCells = report.textNumberCells ?? [];
  const lines: Draft<BudgetLine>[] = [];
  const totals = new FileTotals();
  const serviceTally = new ServiceValueTally(m.serviceValues);
  const budgetSheets = m.sheets.filter((s) => s.role === 'budget');
  const sheetsWithoutColumn = new Set<string>();
  const functionNames: Record<string, string> = {};
  for (const [index, s] of read.sheets.entries()) {
    if (isMissingSheet(s)) {
      problems.push({
        code: 'sheet_missing',
        severity: 'warning',
        message: `Arket '${s.sheet}' findes ikke i filen og er sprunget over.`,
        file: fileName,
        sheet: s.sheet,
      });
      continue;
    }
    years.forEach((_, i) => {
      if (!s.yearOf.includes(i)) {
        problems.push({
          code: 'plan_year_missing',
          severity: 'warning',
          message: `Arket '${s.sheet}' har ingen kolonne for ${years[i]}; beløbene for det år er sat til 0. Vælg kolonnen, hvis den findes.`,
          file: fileName,
          sheet: s.sheet,
        });
      }
    });
    if (s.serviceColumn === undefined) {
      report.serviceKnown = false;
      sheetsWithoutColumn.add(s.sheet);
    } else report.serviceValues = [];
    const krPerUnit = KR_PER_UNIT[budgetSheets[index]?.unit ?? 'thousands'];
    sheetLines(s, { years, krPerUnit, fileName, problems, lines, totals, serviceTally, reuseLines });
    for (const [code, name] of Object.entries(s.functionNames)) functionNames[code] ??= name;
    report.skippedRows.push(...s.skippedRows);
    for (const c of s.textNumberCells) textCells.push(c);
    const added = s.textNumberCells.length;
    if (added > 0) {
      const first = s.textNumberCells[0];
      problems.push({
        code: 'amounts_stored_as_text',
        severity: 'info',
        message: `${added} beløb på arket '${s.sheet}' var gemt som tekst (fx '${first?.text ?? ''}' i celle ${first?.cell ?? ''}) og er læst som tal.`,
        file: fileName,
        sheet: s.sheet,
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
  if (budgetSheets.every((b) => b.unit === undefined)) {
    const warning = unitWarning(lines, fileName);
    if (warning) problems.push(warning);
  }
  const split = splitService(lines, {
    yearCount: years.length,
    fileName,
    sheetsWithoutColumn,
    columnEverywhere: report.serviceKnown,
    sheetCount: budgetSheets.length,
    functionNames,
    ...(m.styringCorrections ? { corrections: m.styringCorrections } : {}),
  });
  report.serviceKnown = split.serviceKnown;
  report.serviceSource = split.serviceSource;
  if (split.kontoplan) report.kontoplan = split.kontoplan;
  problems.push(...split.problems);
  return { sourceName: fileName, years: [...years], lines, mapping: m, report };
}

interface SheetLinesContext {
  years: readonly number[];
  krPerUnit: number;
  fileName: string;
  problems: Problem[];
  lines: Draft<BudgetLine>[];
  totals: FileTotals;
  serviceTally: ServiceValueTally;
  reuseLines: boolean;
}

/**
 * One sheet's lines under a unit and a reading of service values, with the problems in the order a pass over the
 * rows says them: a skipped row's before the next line, a line's amount warnings in column order.
 */
function sheetLines(s: SheetRead, c: SheetLinesContext): void {
  const { years, krPerUnit, fileName, problems, totals, serviceTally } = c;
  const { sheet, raw, yearCols, yearOf, cellProblems, cellTexts, serviceTexts, rowProblems, rowProblemAt } =
    s;
  const K = yearCols.length;
  const hasService = s.serviceColumn !== undefined;
  const serviceLetters = hasService ? columnLetters(s.serviceColumn ?? 0) : '';
  const unknownServiceValues = new Map<string, { text: string; cell: string; count: number }>();
  const warnings = cellProblems.size > 0;
  let nextRowProblem = 0;
  const n = s.lines.length;
  for (let index = 0; index < n; index++) {
    while (nextRowProblem < rowProblems.length && (rowProblemAt[nextRowProblem] ?? 0) <= index) {
      const p = rowProblems[nextRowProblem++];
      if (p) problems.push(p);
    }
    const read = s.lines[index] as Draft<BudgetLine>;
    const amounts: Kr[] = new Array<Kr>(years.length).fill(0);
    const base = index * K;
    let first = -1;
    for (let k = 0; k < K; k++) {
      const v = raw[base + k] ?? NaN;
      if (Number.isNaN(v)) {
        if (warnings) {
          const p = cellProblems.get(base + k);
          if (p) {
            problems.push(p);
            if (first < 0) first = k;
          }
        }
        continue;
      }
      if (first < 0) first = k;
      const i = yearOf[k] ?? 0;
      const kr = Math.round(v * krPerUnit);
      if (isPlausibleKr(kr)) amounts[i] = (amounts[i] ?? 0) + kr;
      else {
        const address = `${columnLetters(yearCols[k] ?? 0)}${read.source.row}`;
        const shown = cellTexts.get(base + k) ?? String(v);
        problems.push({
          code: 'amount_out_of_range',
          severity: 'warning',
          message: `Cellen ${address} på arket '${sheet}' indeholder ${shown}, som er urimeligt stort for en budgetlinje (${formatDanish(AMOUNT_LIMIT_KR / 1e9)} mia. kr. eller mere). Beløbet for ${years[i] ?? ''} er ikke talt med; ret cellen og indlæs filen igen.`,
          file: fileName,
          sheet,
          cell: address,
        });
      }
    }
    if (!totals.add(amounts)) {
      // Named by the row's first amount cell: the first with a value or a warning, unless the read noted another.
      const k = s.firstCells.get(index) ?? first;
      if (k >= 0) {
        const address = `${columnLetters(yearCols[k] ?? 0)}${read.source.row}`;
        problems.push({
          code: 'amounts_total_out_of_range',
          severity: 'warning',
          message: `Række ${read.source.row} på arket '${sheet}' er ikke talt med: sammen med linjerne før den når summen af beløbene for et år ${formatDanish(MAX_FILE_TOTAL_KR / 1e9)} mia. kr., og det er ikke et kommunalt budget. Kontrollér filens enhed og beløb.`,
          file: fileName,
          sheet,
          cell: address,
        });
      }
      amounts.fill(0);
    }
    let isService: boolean | null = null;
    if (hasService) {
      const text = serviceTexts[index];
      const value = serviceTally.add(text ?? '');
      isService = value.isService;
      if (isService === null && text !== undefined) {
        const seen = unknownServiceValues.get(value.key);
        if (seen) seen.count++;
        else
          unknownServiceValues.set(value.key, {
            text,
            cell: `${serviceLetters}${read.source.row}`,
            count: 1,
          });
      }
    }
    if (c.reuseLines) {
      read.amounts = amounts;
      read.isService = isService;
      c.lines.push(read);
    } else {
      const line: Draft<BudgetLine> = {
        committee: read.committee,
        area: read.area,
        account: read.account,
        text: read.text,
        amounts,
        isService,
        source: read.source,
      };
      if (read.costCentre !== undefined) line.costCentre = read.costCentre;
      c.lines.push(line);
    }
  }
  while (nextRowProblem < rowProblems.length) {
    const p = rowProblems[nextRowProblem++];
    if (p) problems.push(p);
  }
  // One warning per unknown value, not per line: a budget repeats a handful of values over thousands of lines.
  for (const { text, cell, count } of unknownServiceValues.values()) {
    problems.push({
      code: 'service_flag_unknown',
      severity: 'warning',
      message:
        count === 1
          ? `Cellen ${cell} på arket '${sheet}' siger '${text}' om serviceudgift, og det forstår Råderum ikke. Linjen står som ukendt, til du angiver, hvad '${text}' betyder.`
          : `${formatDanish(count)} linjer på arket '${sheet}' siger '${text}' om serviceudgift (første i celle ${cell}), og det forstår Råderum ikke. Linjerne står som ukendte, til du angiver, hvad '${text}' betyder.`,
      file: fileName,
      sheet,
      cell,
    });
  }
  problems.push(...s.accountNotes);
}

/** Half the lines above this (in 1.000 kr.: 100 mio. kr. a line) is no municipal budget in 1.000 kr. */
const KRONER_LIKE_MEDIAN = 100_000;

/**
 * Amounts read as 1.000 kr. from a file that never states its unit, whose typical line is implausibly large: most
 * likely whole kroner. Said, not guessed: the user chooses the unit in the wizard (or `--unit kr`).
 */
function unitWarning(lines: readonly BudgetLine[], fileName: string): Problem | null {
  // The median by selection in a typed array, not by sorting: on 200,000 lines the sort was most of this check.
  const sizes = new Float64Array(lines.length);
  let count = 0;
  for (const line of lines) {
    let largest = 0;
    for (const a of line.amounts) {
      const size = Math.abs(a);
      if (size > largest) largest = size;
    }
    if (largest > 0) sizes[count++] = largest;
  }
  if (count === 0) return null;
  const median = krToThousands(kthSmallest(sizes.subarray(0, count), Math.floor(count / 2)));
  if (median <= KRONER_LIKE_MEDIAN) return null;
  return {
    code: 'amounts_look_like_kroner',
    severity: 'warning',
    message: `Filen siger ikke, hvilken enhed beløbene er i, og de er læst som 1.000 kr. Halvdelen af linjerne har så et beløb over ${formatDanish(median, 0)} (1.000 kr.), og det ligner hele kroner. Vælg enheden kr. i guiden, hvis beløbene er i kroner.`,
    file: fileName,
  };
}
