/** The catalogue's visible sheets, in tab order (the proposal forms follow, then the hidden data sheet). */
export const SHEET_NAMES = {
  forside: 'Forside',
  oversigt: 'Oversigt',
  forslag: 'Forslag',
  maal: 'Mål',
  budget: 'Budget efter prioritering',
} as const;

/** 1 → "A", 27 → "AA": the reader's column lettering, so writing and reading agree. */
export { columnLetters as columnLetter } from '../workbook/cells.ts';
