/**
 * The prioriteringskatalog workbook: what leaves the building. Writing uses exceljs (browser-safe: no Node
 * built-ins on this path); re-opening uses the shared streaming reader (`shared/workbook`).
 *
 *   const bytes = await buildCatalogue(project, { statuses, catalogue, savingsPositive, proposalSheets, now });
 *       // → .xlsx bytes: Forside, Resumé, Oversigt, Forslag (grouped by udvalg), Årsværk, Mål, Budget efter
 *       //   prioritering, one form sheet per proposal
 *       //   (unless proposalSheets: false), and a very hidden, versioned data sheet (RaaderumData).
 *       //   A form sheet's economy table: Udgifter (= the Forslag sheet's net amount − Indtægter), Indtægter
 *       //   (`Proposal.income`), Netto (= Udgifter + Indtægter, cached = amounts), Årsværk; with savings shown
 *       //   positive: Mindreudgifter / Merindtægter / Besparelse (netto), every row turned round.
 *       //   Oversigt/Mål/Budget/Forslag totals are live formulas (SUMIFS over Forslag) whose cached values are
 *       //   Råderum's own results (shared/calc); full recalculation on load is requested.
 *
 *   const report = await detectLoss(sourceBytes, 'budget.xlsx');   // { features, problems }: what a copy would lose
 *   const out = await buildCatalogueInto(sourceBytes, project, { ...options, allowLoss, sourceName: 'budget.xlsx' });
 *       // → the source's sheets as they were, plus the catalogue's sheets (renamed "Forslag (2)" etc. on a clash).
 *       //   Throws ReadError code 'into_would_lose_content' (message names charts, pivot tables, slicers, VBA,
 *       //   external links …) unless allowLoss; the source bytes are never modified.
 *
 *   const opened = await openCatalogue(bytes, 'katalog.xlsx');
 *       // → { project, changes: [{ id, changes: [{ field, year?, before, after, cell }] }], added: Proposal[],
 *       //     problems, exportSettings }. Amount changes are kroner in the stored sign (saving negative).
 *       //   Throws ReadError: not_a_catalogue, catalogue_data_damaged, catalogue_version_too_new, or the
 *       //   reader's file codes (not_an_xlsx, corrupt_or_truncated …).
 */
export { buildCatalogue } from './build.ts';
export { catalogueTitle, selectProposals, signNote, type CatalogueOptions } from './contents.ts';
export { ECONOMY_LABELS } from './names.ts';
export { buildCatalogueInto, type IntoOptions } from './into.ts';
export { detectLoss, type LossReport, type LostFeature } from './loss.ts';
export {
  openCatalogue,
  type ChangedField,
  type FieldChange,
  type OpenedCatalogue,
  type ProposalChanges,
} from './open.ts';
export { DATA_SHEET_NAME, DATA_FORMAT_VERSION, type ExportSettings } from './data-sheet.ts';
export { SHEET_NAMES } from './names.ts';
export { FORSLAG_SHEET, forslagColumns } from './layout.ts';
