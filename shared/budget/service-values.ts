import type { Budget, ColumnMapping, ServiceValueCount } from '../model/budget.ts';
import { isReadError } from '../model/problem.ts';
import type { AbortSignalLike, WorkbookFile } from '../workbook/types.ts';
import { importBudget } from './import.ts';

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
 */
export async function serviceValuesIn(
  file: WorkbookFile,
  mapping: ColumnMapping,
  options: { signal?: AbortSignalLike; keep?: (budget: Budget) => void } = {},
): Promise<ServiceValueCount[]> {
  try {
    const budget = await importBudget(file, {
      mapping,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    // The count is a whole import; `keep` is handed it, so an import with the same mapping need not run again.
    options.keep?.(budget);
    return budget.report.serviceValues ?? [];
  } catch (error) {
    if (isReadError(error) && error.problem.code === 'no_amounts_found') return [];
    throw error;
  }
}
