import ExcelJS from 'exceljs';
import type { Project } from '../model/project.ts';
import { DATA_SHEET_NAME, type ExportSettings } from './data-sheet.ts';
import { ECONOMY_LABELS } from './names.ts';
import { withDefaultFont } from './format.ts';
import { uniqueSheetName } from './sheet-names.ts';
import type { CatalogueOptions } from './contents.ts';
import { finishTexts, makeSheetContext } from './sheets/context.ts';
import { writeFrontPage } from './sheets/front-page.ts';
import { writeOverview } from './sheets/overview.ts';
import { writeProposalsList } from './sheets/proposals-list.ts';
import { writeTargets } from './sheets/targets.ts';
import { writeBudgetAfter } from './sheets/budget-after.ts';
import { writeProposalForm } from './sheets/proposal-form.ts';
import { writeDataSheet } from './sheets/data.ts';
import { writeResume } from './sheets/resume.ts';
import { writeStaff } from './sheets/staff.ts';
import { changesSinceSheetName, writeChangesSince } from './sheets/changes-since.ts';
import { requireVersion } from '../season/versions.ts';
import { writeXlsx, type RewritePart } from './write.ts';

export { ECONOMY_LABELS };

/** Builds the prioriteringskatalog workbook; resolves with the .xlsx bytes. */
export async function buildCatalogue(project: Project, options: CatalogueOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  addCatalogueSheets(workbook, project, options, new Set());
  return writeCatalogue(workbook);
}

/** A new catalogue's workbook as .xlsx bytes, with Arial as its default font. */
export function writeCatalogue(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return writeWorkbook(workbook, (name, xml) => (name === STYLES_PART ? withDefaultFont(xml) : xml));
}

const STYLES_PART = 'xl/styles.xml';

export function writeWorkbook(workbook: ExcelJS.Workbook, rewrite?: RewritePart): Promise<Uint8Array> {
  // Ask every reader to recalculate on load, so numbers stay right even if a reader distrusts cached values.
  workbook.calcProperties.fullCalcOnLoad = true;
  return writeXlsx(workbook, rewrite);
}

/**
 * Adds the catalogue's sheets to `wb` (a new workbook, or a copy of a source workbook for `--into`), giving each a
 * name that no sheet in `taken` (lower case) has.
 *
 * Each sheet is one module in `sheets/` that writes from the shared `SheetContext`. Sheets are added in tab order
 * (the order a reader pages through) and then written in the order their formulas need (the Mål rows before the
 * Oversigt that refers to them). A new sheet is one new module, its name in `SHEET_NAMES`, one `addWorksheet` in
 * the tab order below and one `write…` call.
 */
export function addCatalogueSheets(
  wb: ExcelJS.Workbook,
  project: Project,
  options: CatalogueOptions,
  taken: Set<string>,
): void {
  const ctx = makeSheetContext(wb, project, options, taken);
  const { names } = ctx;
  // Tab order.
  const forside = wb.addWorksheet(names.forside);
  const resume = wb.addWorksheet(names.resume);
  const oversigt = wb.addWorksheet(names.oversigt);
  const forslag = wb.addWorksheet(names.forslag);
  const aarsvaerk = wb.addWorksheet(names.aarsvaerk);
  const maal = wb.addWorksheet(names.maal);
  const budget = wb.addWorksheet(names.budget);
  // Sheets that only some catalogues have (such as the changes since a saved version) go here, before the forms.
  const since = options.since === undefined ? undefined : requireVersion(project, options.since);
  let changes: ExcelJS.Worksheet | undefined;
  if (since) {
    const name = uniqueSheetName(changesSinceSheetName(since), taken);
    taken.add(name.toLowerCase());
    changes = wb.addWorksheet(name);
  }
  // Written in dependency order.
  writeProposalsList(ctx, forslag);
  const targetRows = writeTargets(ctx, maal);
  writeResume(ctx, resume, targetRows);
  writeOverview(ctx, oversigt, targetRows);
  writeStaff(ctx, aarsvaerk);
  writeBudgetAfter(ctx, budget);
  writeFrontPage(ctx, forside);
  if (since && changes) writeChangesSince(ctx, changes, since);
  for (const ws of [
    forside,
    resume,
    oversigt,
    forslag,
    aarsvaerk,
    maal,
    budget,
    ...(changes ? [changes] : []),
  ])
    finishTexts(ws);
  if (options.proposalSheets !== false) {
    ctx.selected.forEach((p, i) => {
      const name = uniqueSheetName(p.id, taken);
      taken.add(name.toLowerCase());
      const ws = wb.addWorksheet(name);
      writeProposalForm(ctx, ws, p, ctx.forslag.rows[i] ?? ctx.forslag.firstRow);
      finishTexts(ws);
    });
  }
  const settings: ExportSettings = {
    statuses: options.statuses && options.statuses.length > 0 ? [...options.statuses] : null,
    catalogue: options.catalogue ?? null,
    savingsPositive: ctx.savingsPositive,
    proposalSheets: options.proposalSheets !== false,
    exportedAt: ctx.now.toISOString(),
    forslagIds: ctx.selected.map((p) => p.id),
    groupRows: ctx.forslag.groups.flatMap((g) => [g.heading, g.subtotal]),
    forslagSheet: names.forslag,
    amountDecimals: ctx.amountDecimals,
    incomeColumns: true,
  };
  const dataName = uniqueSheetName(DATA_SHEET_NAME, taken);
  taken.add(dataName.toLowerCase());
  writeDataSheet(wb.addWorksheet(dataName, { state: 'veryHidden' }), settings, project);
}
