/** The catalogue's visible sheets, in tab order (the proposal forms follow, then the hidden data sheet). */
export const SHEET_NAMES = {
  forside: 'Forside',
  resume: 'Resumé',
  oversigt: 'Oversigt',
  forslag: 'Forslag',
  aarsvaerk: 'Årsværk',
  maal: 'Mål',
  budget: 'Budget efter prioritering',
} as const;

/**
 * The row labels of a proposal form sheet's economy table (and of every screen that shows the same table). Shown
 * with savings positive, every row is turned round, so its words say what a positive number is. Kept here, away
 * from the workbook writer, so a screen can use them without loading exceljs.
 */
export const ECONOMY_LABELS = {
  standard: { expenses: 'Udgifter', income: 'Indtægter', net: 'Netto' },
  savingsPositive: { expenses: 'Mindreudgifter', income: 'Merindtægter', net: 'Besparelse (netto)' },
} as const;

/** 1 → "A", 27 → "AA": the reader's column lettering, so writing and reading agree. */
export { columnLetters as columnLetter } from '../workbook/cells.ts';
