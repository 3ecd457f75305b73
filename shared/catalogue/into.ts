import ExcelJS from 'exceljs';
import type { Project } from '../model/project.ts';
import { openWorkbook } from '../workbook/index.ts';
import { addCatalogueSheets, writeWorkbook } from './build.ts';
import type { CatalogueOptions } from './contents.ts';
import { DATA_MARKER } from './data-sheet.ts';
import { restoreFromSource } from './restore-source.ts';
import { detectLoss, lossError } from './loss.ts';

export interface IntoOptions extends CatalogueOptions {
  /** Write the copy even though charts, pivot tables, macros … in the source cannot be kept. */
  allowLoss?: boolean;
  /** The source's name, for messages (default "kilden"). */
  sourceName?: string;
}

/**
 * Adds the catalogue's sheets to a copy of `source` (the bytes are only read). The original sheets keep their
 * values, formulas, styles, defined names, column widths and merged cells. Throws a ReadError naming what would be
 * lost (charts, pivot tables, slicers, VBA, external links …) unless `allowLoss` is set; see `detectLoss`.
 */
export async function buildCatalogueInto(
  source: Uint8Array,
  project: Project,
  options: IntoOptions = {},
): Promise<Uint8Array> {
  const fileName = options.sourceName ?? 'kilden';
  // The shared reader refuses .xls, encrypted, truncated and non-workbook files with the usual messages.
  await openWorkbook(source, fileName);
  const report = await detectLoss(source, fileName);
  if (report.problems.length > 0 && options.allowLoss !== true) throw lossError(report, fileName);
  const workbook = new ExcelJS.Workbook();
  // exceljs reads from a copy, so nothing it does can touch the caller's bytes.
  await workbook.xlsx.load(source.slice().buffer as ArrayBuffer);
  // Exporting into an earlier catalogue: its data sheet would be stale (and found first when re-opening), so it goes.
  for (const ws of [...workbook.worksheets]) {
    if (ws.getCell(1, 1).value === DATA_MARKER) workbook.removeWorksheet(ws.id);
  }
  const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLowerCase()));
  addCatalogueSheets(workbook, project, options, taken);
  return restoreFromSource(await writeWorkbook(workbook), source);
}
