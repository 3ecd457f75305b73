/**
 * The budget importer. Runs unchanged in Node and in a Web Worker.
 *
 *   const file = await openWorkbook(bytes, name);                  // shared/workbook
 *   const preview = await previewBudget(file);                       // roles, header rows, columns, years, first rows
 *   const budget = await importBudget(file, { mapping: preview.mapping, signal, onProgress });
 *   const summary = summarizeBudget(budget);                         // totals / service / per udvalg (kroner)
 *   const trace = traceBudget(budget, { year, committee, area, service }); // the lines behind a summary figure, with cells
 *   const again = reuseMapping(savedMapping, await previewBudget(nextFile)); // null when the layout differs
 *   importBudget(file, { mapping: { ...mapping, serviceValues: { s: true, o: false } } }); // the user's reading
 *
 * The same import in its two steps, for the wizard (one pass over the file, whatever the user changes after it):
 *   const first = await previewServiceValues(file, mapping);         // counts from the preview's rows { values, partial }
 *   const read = await readBudget(file, { mapping, signal, onProgress }); // the one streaming pass; keep it
 *   const values = serviceValuesOf(read, mapping);                   // exact counts, no file access
 *   const budget = reapplyMapping(read, mapping);                    // = importBudget(file, { mapping })
 *   if (canReapply(read, changed)) reapplyMapping(read, changed);    // new unit / service reading / styring correction
 */
export { importBudget, type ImportOptions } from './import.ts';
export {
  canReapply,
  readBudget,
  readKey,
  type BudgetRead,
  type MissingSheet,
  type ReadBudgetOptions,
} from './read.ts';
export { reapplyMapping, serviceValuesOf, withOverrides, type MappingOverrides } from './reapply.ts';
export type { SheetRead } from './import-sheet.ts';
export {
  previewBudget,
  displayText,
  type BudgetPreview,
  type PreviewOptions,
  type SheetPreview,
  type SheetRole,
  yearColumnLetters,
} from './preview.ts';
export { summarizeBudget, type BudgetSummary } from './summary.ts';
export {
  amountCell,
  traceBudget,
  type BudgetCellSource,
  type BudgetTrace,
  type BudgetTraceFilter,
  type BudgetTraceItem,
} from './trace.ts';
export { KR_PER_UNIT, statedUnit, UNIT_NAMES } from './unit.ts';
export * from './mapping.ts';
export * from './kontoplan/index.ts';
export {
  interpretServiceValue,
  MAX_SERVICE_VALUES,
  parseServiceValueArgument,
  previewServiceValues,
  serviceValueKey,
  serviceValuesIn,
  type PreviewServiceValues,
} from './service-values.ts';
export { classifyYearHeader, codePart, isTotalsLabel, normaliseHeader, parseServiceFlag } from './headers.ts';
