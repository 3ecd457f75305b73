/** Small helpers for writing formulas that mean exactly what Råderum computed. */

/** A text constant inside a formula. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A SUMIFS/COUNTIFS criterion that matches `text` exactly: the "=" operator (so text beginning with < > = is
 * not taken as an operator; "=" alone matches empty cells), and ~ before the wildcards * ? ~.
 */
export function exactCriterion(text: string): string {
  return quoted(`=${text.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

/** True when a cell holding `text` can serve as its own criterion (no wildcard or operator characters). */
export function isPlainCriterion(text: string): boolean {
  return text !== '' && !/[~*?]/.test(text) && !/^[=<>]/.test(text) && !/^[-+]?\d/.test(text);
}

/** An array constant of exact criteria: {"=a","=b"} (row) or {"=a";"=b"} (column). */
export function criteriaArray(values: readonly string[], orientation: 'row' | 'column'): string {
  return `{${values.map(exactCriterion).join(orientation === 'row' ? ',' : ';')}}`;
}
