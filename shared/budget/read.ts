import type { ColumnMapping, FieldName, SheetMapping } from '../model/budget.ts';
import type { Problem } from '../model/problem.ts';
import type { AbortSignalLike, WorkbookFile, WorkbookFormat } from '../workbook/types.ts';
import { PREVIEW_ROWS } from './header-search.ts';
import { planSheet, readSheet, type SheetRead } from './import-sheet.ts';
import { previewBudget } from './preview.ts';

/**
 * The budget importer in two steps: `readBudget` is the one streaming pass over the budget sheets, and
 * `reapplyMapping` (reapply.ts) makes the budget of what it read. The read depends only on the parts of the mapping
 * that decide what is read (see `readKey`); the unit, the reading of the service column's values and the styring
 * corrections are applied afterwards, so changing them needs no second pass over the file.
 */

export interface ReadBudgetOptions {
  /** A confirmed (or saved and re-matched) mapping; without one the importer detects it (see `previewBudget`). */
  mapping?: ColumnMapping;
  /** Sheet names to import as budget sheets, overriding the detected roles (others are left out). */
  sheets?: string[];
  /** The budget year, when the mapping is detected. */
  budgetYear?: number;
  signal?: AbortSignalLike;
  onProgress?: (fraction: number) => void;
}

/** A budget sheet of the mapping that the file does not have. */
export interface MissingSheet {
  sheet: string;
  missing: true;
}

/** What one pass over a workbook's budget sheets read: the input of `reapplyMapping` and `serviceValuesOf`. */
export interface BudgetRead {
  fileName: string;
  format: WorkbookFormat;
  /** The mapping read with (after `ReadBudgetOptions.sheets`). */
  mapping: ColumnMapping;
  /** The file's problems (or the preview's, when the mapping was detected): said before any sheet's. */
  problems: Problem[];
  /** The mapping's budget sheets in order, as read. */
  sheets: (SheetRead | MissingSheet)[];
  /** False when the read stopped after the first rows of a sheet (`previewServiceValues`): counts are partial. */
  complete: boolean;
}

export function isMissingSheet(s: SheetRead | MissingSheet): s is MissingSheet {
  return 'missing' in s;
}

/** Sorted keys, so two mappings built in a different order give the same key. */
function sorted<T>(record: Readonly<Record<string, T>> | undefined): [string, T][] {
  return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function sheetReadKey(s: SheetMapping): unknown {
  return [
    s.sheet,
    s.headerRow,
    sorted(s.columns as Record<FieldName, string[]>),
    sorted(s.years),
    sorted(s.headers),
    s.committeeFromSheet ?? null,
  ];
}

/**
 * The parts of a mapping that decide what a read reads: the plan years and, for each budget sheet in order, its
 * header row, columns, year columns, header texts and committee. Not the unit, the service values' reading or
 * the styring corrections.
 */
export function readKey(mapping: ColumnMapping): string {
  return JSON.stringify([mapping.years, mapping.sheets.filter((s) => s.role === 'budget').map(sheetReadKey)]);
}

/** True when `mapping` reads the same as the mapping `read` was read with, so `reapplyMapping` can use it. */
export function canReapply(read: BudgetRead, mapping: ColumnMapping): boolean {
  return mapping === read.mapping || readKey(mapping) === readKey(read.mapping);
}

/**
 * The one streaming pass over the budget sheets of the mapping (detected when not given). Throws ReadError for a
 * file that cannot be read; finding no budget lines is said by `reapplyMapping` (`no_amounts_found`).
 */
export async function readBudget(file: WorkbookFile, options: ReadBudgetOptions = {}): Promise<BudgetRead> {
  const problems: Problem[] = [];
  let mapping = options.mapping;
  if (!mapping) {
    const preview = await previewBudget(file, {
      ...(options.budgetYear !== undefined ? { budgetYear: options.budgetYear } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
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
  return readSheets(file, mapping, problems, options);
}

async function readSheets(
  file: WorkbookFile,
  mapping: ColumnMapping,
  problems: Problem[],
  options: { signal?: AbortSignalLike; onProgress?: (fraction: number) => void; maxRows?: number },
): Promise<BudgetRead> {
  const budgetSheets = mapping.sheets.filter((s) => s.role === 'budget');
  const sheetNames = new Set(file.sheets.map((s) => s.name));
  const sheets: BudgetRead['sheets'] = [];
  let complete = true;
  for (const [index, m] of budgetSheets.entries()) {
    if (!sheetNames.has(m.sheet)) {
      sheets.push({ sheet: m.sheet, missing: true });
      continue;
    }
    const read = await readSheet({
      file,
      plan: planSheet(m, mapping.years),
      years: mapping.years,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
      onProgress: (f) => options.onProgress?.((index + f) / Math.max(1, budgetSheets.length)),
    });
    if (!read.complete) complete = false;
    sheets.push(read);
  }
  return { fileName: file.fileName, format: file.format, mapping, problems, sheets, complete };
}

/**
 * The first rows below the header of each budget sheet (the preview's rows), read as the import reads them: cheap
 * (reading stops there), for the service values counted from the preview before the whole file is read.
 * `complete` is true when those rows were every row.
 */
export async function readPreviewRows(
  file: WorkbookFile,
  mapping: ColumnMapping,
  options: { signal?: AbortSignalLike; maxRows?: number } = {},
): Promise<BudgetRead> {
  return readSheets(file, mapping, [...file.problems], {
    ...(options.signal ? { signal: options.signal } : {}),
    maxRows: options.maxRows ?? PREVIEW_ROWS,
  });
}
