/**
 * Råderum's calculations: pure functions over the model, shared by the app (Oversigt), the catalogue
 * export and the CLI. Every amount is integer kroner with the stored sign (negative = saving); per-year
 * arrays are aligned with the project's `settings.years`. Convert to 1.000 kr. only at the edges
 * (`toYearRecord` in shared/model/money.ts).
 *
 * The one entry point for screens, export and `raaderum calc`:
 *   calculateProject(project, statuses?) → ProjectCalculation
 *     { years, statuses, breakdown, targets: [{ name, target, achieved, gap, attainment, count }],
 *       serviceFrame, base, budgetAfter, coverage, warnings }
 *   `statuses` defaults to `project.countedStatuses` (every status if that is empty). The budget side is
 *   cached on the budget object (treat imported budgets as immutable), so an edit to proposals only re-sums
 *   the proposals.
 *
 * Building blocks:
 *   computeBreakdown(proposals, yearCount, statuses?) → Breakdown
 *     total, byVej, byKategori, byCommittee, byStatus, byCatalogue, byVejKategori (+ countBy…) and count.
 *     A missing vej/kategori (null), or a blank committee/catalogue, is counted under UNKNOWN_KEY ('ukendt').
 *   evaluateTarget(target, { yearCount, serviceFrame, proposals }) → { target, achieved, gap, attainment, count }
 *     gap = target − achieved: negative = still to be found, positive = to spare (−75 vs −130 → +55).
 *     A `percentOfService` target is −percent % of the service frame (0.5 → −0,5 % of it), rounded to whole 1.000 kr.
 *   targetAmounts(rule, yearCount, serviceFrame), inScope(proposal, scope)
 *   efficiencyRequirement(budget, years, { percent, compound?, exempt?, serviceOnly? = true })
 *     → { total, byCommittee, factors, warnings }: den stille vej, 1 % a year = −1, −2, −3, −4 % of each year's base.
 *   acrossTheBoardCut(budget, { total, years?, exempt?, serviceOnly? = true, existingProposals?, catalogue? })
 *     → { years, total, byCommittee, proposals, warnings }: grønthøster in whole 1.000 kr., parts sum exactly.
 *   largestRemainder(units, weights) → integer parts summing to units.
 *   investmentEffect(proposal, years) → { net, cumulative, paybackYear, annualAfterPlan, paybackYearWithContinuation }
 *   budgetAfter(budget, proposals, statuses?, years?) → { byCommittee, total }
 *   coverage(budget, proposals, statuses?, years?) → { rows: [{ committee, base, baseShare, proposals, proposalShare, proposalCount }], withoutProposals }
 *   budgetBase(budget, years) → per-committee base, service per committee, serviceFrame, total (cached)
 *   traceProposals(proposals, years, { year | null, veje?, kategorier?, committees?, catalogues?, statuses?, scope? }, counted?)
 *     → { total, items: [{ index, id, title, amount }], zeroCount }: "Hvad består tallet af?" — the proposals behind a
 *     total of the breakdown (or a target's achieved), summing exactly to it.
 *   convertPrices(amounts, fromYear, toYear, index, 'prices' | 'wages') → amounts at toYear's level
 *     (throws PriceIndexError with a Danish message when the table lacks a year).
 */
export * from './breakdown.ts';
export * from './budget-base.ts';
export * from './targets.ts';
export * from './efficiency.ts';
export * from './across-the-board.ts';
export * from './investment.ts';
export * from './budget-after.ts';
export * from './prices.ts';
export * from './round.ts';
export * from './project-calc.ts';
export * from './trace.ts';
