/**
 * Does a piece of sheet text say that savings are written as POSITIVE numbers?
 *
 * Departments sometimes write "Besparelse (positive tal)" over the year columns, or a note such as "Besparelser
 * angives med positivt fortegn". The common note "Negative beløb = mindreudgift (besparelse), positive beløb =
 * merudgift" says the opposite, so the text is judged clause by clause: a clause counts only when it names a saving
 * AND positive numbers and says nothing about negative numbers.
 */
const SAVING = /(besparelse|mindreudgift|merindt(æ|ae)gt|reduktion af udgift)/;
const POSITIVE = /(positiv|plus\b|\(\+\)|med \+|som \+)/;
const NEGATIVE = /(negativ|minus|\(-\)|med -|som -|\(−\))/;
/** "plus = merudgift" says what positive numbers are, and it is not savings. */
const COST = /(merudgift|mindreindt(æ|ae)gt|udgiftsstigning)/;

export function statesSavingsPositive(text: string): boolean {
  return clauses(text).some((c) => SAVING.test(c) && POSITIVE.test(c) && !NEGATIVE.test(c) && !COST.test(c));
}

/** Mentions savings at all (a header "Besparelse" over amounts), without saying which sign they have. */
export function mentionsSavings(text: string): boolean {
  return SAVING.test(text.toLowerCase());
}

/** The opposite statement ("besparelser angives med minus"), used to warn when `savingsPositive` overrides a sheet. */
export function statesSavingsNegative(text: string): boolean {
  return clauses(text).some((c) => SAVING.test(c) && NEGATIVE.test(c) && !POSITIVE.test(c));
}

function clauses(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[.;:,\n]|\bog\b/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}
