/** "E" → ["E"]; "E+F" → ["E", "F"]; "" → []. A year column reference of `SheetMapping.years`. */
export function yearColumnLetters(ref: string): string[] {
  return ref
    .split('+')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
