/**
 * The budget importer. Runs unchanged in Node and in a Web Worker.
 *
 *   const file = await openWorkbook(bytes, name);                  // shared/workbook
 *   const preview = await previewBudget(file);                       // roles, header rows, columns, years, first rows
 *   const budget = await importBudget(file, { mapping: preview.mapping, signal, onProgress });
 *   const summary = summarizeBudget(budget);                         // totals / service / per udvalg (kroner)
 *   const again = reuseMapping(savedMapping, await previewBudget(nextFile)); // null when the layout differs
 */
export { importBudget, type ImportOptions } from './import.ts';
export {
  previewBudget,
  displayText,
  type BudgetPreview,
  type PreviewOptions,
  type SheetPreview,
  type SheetRole,
} from './preview.ts';
export { summarizeBudget, type BudgetSummary } from './summary.ts';
export { mappingSignature, reuseMapping } from './mapping.ts';
export { classifyYearHeader, codePart, isTotalsLabel, normaliseHeader, parseServiceFlag } from './headers.ts';
