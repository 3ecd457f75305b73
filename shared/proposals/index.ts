/**
 * Importing department submissions (proposals) and normalising vej / kategori / status.
 *
 *   const file = await openWorkbook(bytes, 'forslag.xlsx');          // shared/workbook; throws ReadError if unusable
 *   const result = await importProposals([{ file, name: 'forslag.xlsx' }], {
 *     years: project.settings.years,                                 // amounts/fte come back aligned with these
 *     existing: project.proposals,                                   // merged into; never silently overwritten
 *     onDuplicate: 'rename',                                          // 'rename' (default) | 'skip' | 'replace'
 *     savingsPositive: false,                                         // true: every sheet writes savings as positive
 *     catalogue: 'Sparekatalog 2026',                                 // optional: catalogue for the imported proposals
 *     committees: budgetCommittees,                                   // optional: udvalg names from the budget
 *     signal,                                                         // optional AbortSignal
 *   });
 *   result.proposals      // the project's new list: existing (replaced ones in place) + new ones; store this
 *   result.added          // new proposals in the list (renamed ones included)
 *   result.renamed / skipped / replaced / identical   // duplicate handling counts
 *   result.imported       // everything read from the files, before duplicate handling
 *   result.sheets         // per sheet: layout 'list' | 'form' | 'ignored', proposals read, savingsFlipped
 *   result.problems       // Problem[] (file, sheet, cell, stable code, Danish message)
 *
 * Layouts, detected per sheet: a list (one row per proposal; the header row is found by scoring known words; a
 * two-level header with "Økonomi (1.000 kr.)" / "Årsværk" group cells over repeated year columns; totals rows are
 * skipped) and a form (one sheet per proposal; labels in a column, values beside them, an economy table found by its
 * year header with rows Udgifter / Indtægter / I alt / Årsværk; `I alt` is used, or Udgifter + Indtægter). The
 * Indtægter row (list: Indtægter columns) is kept as `Proposal.income` (merindtægt negative; zeros without one); the
 * net `amounts` stay the source of truth and the expenditure is `expenditureOf(p)` = amounts − income. Hidden
 * sheets (templates) and sheets that are neither (instructions) are skipped with an info problem. A list sheet that
 * repeats the workbook's forms (same number and amounts) is an overview: its rows are not imported again.
 *
 * Sign: a saving is negative. A sheet stating that savings are positive ("Besparelse (positive tal)") is flipped,
 * with a `savings_positive_flipped` info problem; `savingsPositive: true` flips every sheet (`savings_positive_forced`).
 * Units: amounts are 1.000 kr.; a sheet stating "kr." or "mio. kr." (and not "1.000 kr.") is converted
 * (`proposal_unit_kroner` / `proposal_unit_millions`, info).
 * Income is flipped and converted with the amounts. Årsværk are never flipped (fewer årsværk is always negative). A sheet that heads its amounts "Besparelse" without
 * a sign statement while most amounts are positive is NOT flipped but warned about (`savings_sign_doubt`).
 *
 * Duplicates (within a file, across files, against `existing`): a proposal equal in every field a submission gives
 * (all but `source`, `status` and `catalogue`) to one present is not added again (`proposal_identical`, info);
 * otherwise the policy applies: rename to "BU-01 (2)" (`proposal_duplicate_renamed`), skip
 * (`proposal_duplicate_skipped`) or replace keeping the project's status and catalogue
 * (`proposal_duplicate_replaced`), each a warning naming both sources. Income of zeros means "split not known": such
 * a proposal equals one with a split and the same net amounts, and takes that split (`proposal_income_added`, info).
 *
 * Problem codes (besides the duplicate codes above):
 *   fields:   proposal_vej_unrecognised, proposal_vej_missing, proposal_kategori_unrecognised,
 *             proposal_kategori_missing, proposal_status_unrecognised, proposal_service_unrecognised,
 *             proposal_investment_unrecognised, proposal_id_missing, proposal_committee_unknown
 *   numbers:  proposal_number_unreadable, proposal_error_value, proposal_formula_without_value,
 *             proposal_total_mismatch, proposal_total_computed, proposal_income_sign_turned,
 *             proposal_economy_missing, proposal_year_missing, proposal_year_ignored, proposal_unit_kroner,
 *             proposal_unit_millions
 *   merging:  proposal_income_added (info: a proposal without a known split takes the re-imported one's)
 *   sign:     savings_positive_flipped, savings_positive_forced, savings_sign_conflict, savings_sign_doubt
 *   sheets:   sheet_hidden_skipped, sheet_not_proposals, form_empty, proposal_row_without_id,
 *             proposal_overview_rows_skipped, no_proposals_found
 *
 * Investment: an "Investering" column/label (a 1.000 kr. amount, or Ja/Nej) where given; otherwise a proposal whose
 * first non-zero year costs money and a later year saves is an investment of that first year's amount.
 */
export {
  importProposals,
  type ImportProposalsOptions,
  type ProposalFileInput,
  type ProposalImportResult,
  type SheetLayoutKind,
  type SheetSummary,
} from './import.ts';
export {
  baseId,
  mergeProposals,
  sameSubmission,
  type DuplicatePolicy,
  type IncomingProposal,
  type MergeResult,
} from './merge.ts';
export { foldWord, normaliseKategori, normaliseStatus, normaliseVej } from './normalise.ts';
export { mentionsSavings, statesSavingsNegative, statesSavingsPositive } from './sign.ts';
