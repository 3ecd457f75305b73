import type { ColumnMapping } from '../../../shared/model/index.ts';

/**
 * Whether "Importér budget" can import with this mapping: a budget sheet, and a column for each plan year on every
 * budget sheet. The wizard enables its button by it; the worker starts the pass with the preview's mapping by it.
 */
export function canImportWith(mapping: ColumnMapping): boolean {
  const budgetSheets = mapping.sheets.filter((s) => s.role === 'budget');
  return budgetSheets.length > 0 && budgetSheets.every((s) => Object.keys(s.years).length > 0);
}
