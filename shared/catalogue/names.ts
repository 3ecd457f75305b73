/** The catalogue's visible sheets, in tab order (the proposal forms follow, then the hidden data sheet). */
export const SHEET_NAMES = {
  forside: 'Forside',
  oversigt: 'Oversigt',
  forslag: 'Forslag',
  maal: 'Mål',
  budget: 'Budget efter prioritering',
} as const;

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
