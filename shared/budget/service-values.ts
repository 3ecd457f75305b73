import type { Budget, ColumnMapping, ServiceValueCount } from '../model/budget.ts';
import { isReadError } from '../model/problem.ts';
import type { AbortSignalLike, WorkbookFile } from '../workbook/types.ts';
import { readBudget, readPreviewRows, type BudgetRead } from './read.ts';
import { reapplyMapping, serviceValuesOf } from './reapply.ts';

export {
  interpretServiceValue,
  MAX_SERVICE_VALUES,
  normaliseServiceValues,
  parseServiceValueArgument,
  serviceValueKey,
  ServiceValueTally,
} from './service-flag.ts';

/**
 * The distinct values in the service columns of the mapping's budget sheets, with how many budget lines hold each
 * and how the import reads it (the mapping's `serviceValues` first, then the built-in words), most frequent first.
 * Counted over exactly the rows the import makes into lines, so totals, headings and blank rows are not counted.
 * Empty when no budget sheet has a service column or nothing is a budget line.
 *
 * This is the import's own pass (`readBudget`): `keepRead` is handed the read, so the import that follows is
 * `reapplyMapping(read, mapping)` and reads nothing again; `keep` is handed that budget (for the mapping given).
 */
export async function serviceValuesIn(
  file: WorkbookFile,
  mapping: ColumnMapping,
  options: {
    signal?: AbortSignalLike;
    keep?: (budget: Budget) => void;
    keepRead?: (read: BudgetRead) => void;
  } = {},
): Promise<ServiceValueCount[]> {
  const read = await readBudget(file, { mapping, ...(options.signal ? { signal: options.signal } : {}) });
  options.keepRead?.(read);
  if (options.keep) {
    try {
      options.keep(reapplyMapping(read, mapping));
    } catch (error) {
      if (!(isReadError(error) && error.problem.code === 'no_amounts_found')) throw error;
    }
  }
  return serviceValuesOf(read, mapping);
}

/** The service values counted from the preview's rows: `partial` unless those rows were every row. */
export interface PreviewServiceValues {
  values: ServiceValueCount[];
  partial: boolean;
}

/**
 * The service column's values counted over the first rows below each budget sheet's header (the preview's rows),
 * by the same row rules as the import: shown at once, marked partial, while the import's pass counts them all.
 * Reading stops after those rows, so this is cheap on any file.
 */
export async function previewServiceValues(
  file: WorkbookFile,
  mapping: ColumnMapping,
  options: { signal?: AbortSignalLike; maxRows?: number } = {},
): Promise<PreviewServiceValues> {
  const read = await readPreviewRows(file, mapping, options);
  return { values: serviceValuesOf(read, mapping), partial: !read.complete };
}
