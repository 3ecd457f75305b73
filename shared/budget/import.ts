import type { AmountUnit, Budget, BudgetLine, ColumnMapping, ImportReport } from '../model/budget.ts';
import { FileTotals } from '../model/bounds.ts';
import { krToThousands } from '../model/money.ts';
import { ReadError, type Problem } from '../model/problem.ts';
import { formatDanish } from '../numbers/danish.ts';
import type { AbortSignalLike, WorkbookFile } from '../workbook/types.ts';
import { importSheet, planSheet } from './import-sheet.ts';
import { splitService } from './kontoplan/service-split.ts';
import { previewBudget } from './preview.ts';
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
  const totals = new FileTotals();
  const budgetSheets = mapping.sheets.filter((s) => s.role === 'budget');
  const sheetNames = new Set(file.sheets.map((s) => s.name));

  const sheetsWithoutColumn = new Set<string>();
  const functionNames: Record<string, string> = {};
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
    if (!plan.cols.service) {
      report.serviceKnown = false;
      sheetsWithoutColumn.add(m.sheet);
    } else report.serviceValues = [];
    const read = await importSheet({
      file,
      plan,
      years,
      serviceTally,
      totals,
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (f) => options.onProgress?.((index + f) / Math.max(1, budgetSheets.length)),
    });
    for (const line of read.lines) lines.push(line);
    for (const [code, name] of Object.entries(read.functionNames)) functionNames[code] ??= name;
    problems.push(...read.problems);
    report.skippedRows.push(...read.skippedRows);
    textCells.push(...read.textNumberCells);
    const added = read.textNumberCells.length;
    if (added > 0) {
      const first = read.textNumberCells[0];
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
  const split = splitService(lines, {
    yearCount: years.length,
    fileName,
    sheetsWithoutColumn,
    columnEverywhere: report.serviceKnown,
    sheetCount: budgetSheets.length,
    functionNames,
    ...(mapping.styringCorrections ? { corrections: mapping.styringCorrections } : {}),
  });
  report.serviceKnown = split.serviceKnown;
  report.serviceSource = split.serviceSource;
  if (split.kontoplan) report.kontoplan = split.kontoplan;
  problems.push(...split.problems);
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
