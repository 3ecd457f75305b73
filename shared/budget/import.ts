import type { AmountUnit, Budget, ColumnMapping } from '../model/budget.ts';
import type { AbortSignalLike, WorkbookFile } from '../workbook/types.ts';
import { readBudget } from './read.ts';
import { buildBudget } from './reapply.ts';

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
 * Problems (each with file, sheet, cell, a stable code and a Danish sentence) and skipped rows go in `report`;
 * `report.serviceValues` counts the service column's values over the lines, in the same pass.
 * Throws ReadError `no_amounts_found` when nothing is a budget line.
 *
 * One pass over the file (`readBudget`), then the budget of what it read (`reapplyMapping`, reapply.ts): the same
 * two steps a caller may take itself, to keep the read and reapply another unit or service reading to it.
 */
export async function importBudget(file: WorkbookFile, options: ImportOptions = {}): Promise<Budget> {
  const read = await readBudget(file, options);
  const overrides = {
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.serviceValues ? { serviceValues: options.serviceValues } : {}),
  };
  // The read is this call's own, so its line objects become the budget's (no copy of 200,000 lines).
  const budget = buildBudget(read, read.mapping, overrides, true);
  options.onProgress?.(1);
  return budget;
}
