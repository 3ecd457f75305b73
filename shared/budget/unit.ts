import type { AmountUnit } from '../model/budget.ts';

/**
 * The unit a sheet's amounts are written in. Råderum works in 1.000 kr., and most budgets say so ("Beløb i 1.000
 * kr."), but an ERP export in whole kroner is 1.000 times too large if read as 1.000 kr., so a sheet that states
 * its unit in its title rows or headers is read in that unit.
 *
 * Only a statement of unit counts, not any mention of money: a whole cell that is a unit ("kr.", "Beløb i kr."),
 * a unit in parentheses ("(1.000 kr., 2026-priser)", "Budget 2026 (kr.)") or after "i" or "beløb" ("Tal i mio.
 * kr.", "Besparelse i kr."). A title such as "Besparelse på 5 mio. kr." states nothing. Budgets and department
 * proposal sheets are read by the same rules.
 */

const UNIT = String.raw`(1[. ]?000 ?kr\.?|t\. ?kr\.?|tkr\.?|tusinde? kr\.?|mio\.? ?kr\.?|millioner kr\.?|(?:hele )?(?:kroner|kr\.?)|dkk)`;
const WHOLE_CELL = new RegExp(String.raw`^(?:(?:alle )?(?:beløb|tal)(?: er)?(?: angivet)? ?i )?${UNIT}$`);
const IN_PARENTHESES = new RegExp(String.raw`\((?:i )?${UNIT}(?:[,;)]| i )`);
const AFTER_I = new RegExp(String.raw`(?:^|\s)(?:i|beløb) ${UNIT}(?:$|[,;). ])`);

/** Kroner per unit: what an amount in the unit is multiplied by to give whole kroner. */
export const KR_PER_UNIT: Readonly<Record<AmountUnit, number>> = {
  kr: 1,
  thousands: 1_000,
  millions: 1_000_000,
};

/** How the import report and the wizard name each unit. */
export const UNIT_NAMES: Readonly<Record<AmountUnit, string>> = {
  kr: 'kr.',
  thousands: '1.000 kr.',
  millions: 'mio. kr.',
};

function unitOfWords(words: string): AmountUnit {
  if (/^(mio|millioner)/.test(words)) return 'millions';
  if (/^(1|t)/.test(words)) return 'thousands';
  return 'kr';
}

/** The unit a text states ("Beløb i 1.000 kr.", "(kr.)", "mio. kr."), or null when it states none. */
export function statedUnit(text: string): AmountUnit | null {
  const t = text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  if (t === '' || !/kr|dkk/.test(t)) return null;
  const match = WHOLE_CELL.exec(t) ?? IN_PARENTHESES.exec(t) ?? AFTER_I.exec(t);
  return match?.[1] ? unitOfWords(match[1]) : null;
}

/** A unit statement found on a sheet: the unit, and the cell that states it. */
export interface UnitStatement {
  unit: AmountUnit;
  cell: string;
  text: string;
}

/**
 * The unit a sheet states in the given cells (its title rows and header): the statement when every statement
 * agrees, `conflict` with the disagreeing cells when they do not, null when none states a unit.
 */
export function sheetUnit(
  cells: readonly { address: string; text: string }[],
): UnitStatement | { conflict: UnitStatement[] } | null {
  const found: UnitStatement[] = [];
  for (const c of cells) {
    const unit = statedUnit(c.text);
    if (unit) found.push({ unit, cell: c.address, text: c.text.trim() });
  }
  const first = found[0];
  if (!first) return null;
  return found.every((f) => f.unit === first.unit) ? first : { conflict: found };
}
