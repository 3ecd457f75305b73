/**
 * Money is exact inside the core: every amount is an integer number of kroner (`Kr`).
 * Files, the CLI and the screens speak 1.000 kr.; the conversion happens only at those edges,
 * so no total ever drifts by floating-point error.
 */
export type Kr = number;

/** Amounts per plan year, aligned by index with the project's `years`. */
export type YearAmounts = Kr[];

export const KR_PER_THOUSAND = 1000;

/**
 * The bound on one amount (a budget line's year, a proposal's year, a target's year): |amount| < 10^12 kr.,
 * a thousand billion kroner, some fifteen times Copenhagen's whole yearly budget. Anything larger is a typing
 * or reading error, not a budget. Readers warn about and skip a cell beyond it; the project file refuses to
 * save or load one, so what is saved always opens again.
 */
export const AMOUNT_LIMIT_KR = 1e12;

/** An integer amount within `AMOUNT_LIMIT_KR`. */
export function isPlausibleKr(value: number): boolean {
  return Number.isSafeInteger(value) && Math.abs(value) < AMOUNT_LIMIT_KR;
}

/** 1.000 kr. (as read from a file or typed by a user) → whole kroner. */
export function thousandsToKr(thousands: number): Kr {
  return Math.round(thousands * KR_PER_THOUSAND);
}

/** Whole kroner → 1.000 kr. for files, JSON and display. Exact for integer input. */
export function krToThousands(kr: Kr): number {
  return kr / KR_PER_THOUSAND;
}

export function zeroAmounts(yearCount: number): YearAmounts {
  return new Array<Kr>(yearCount).fill(0);
}

export function addInto(target: YearAmounts, add: readonly Kr[]): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) + (add[i] ?? 0);
}

/** `{"2026": 1234.5, ...}`: the shape every JSON output and fixture uses. */
export function toYearRecord(years: readonly number[], amounts: readonly Kr[]): Record<string, number> {
  const record: Record<string, number> = {};
  years.forEach((year, i) => {
    record[String(year)] = krToThousands(amounts[i] ?? 0);
  });
  return record;
}

/** The inverse of `toYearRecord`; missing years are 0. */
export function fromYearRecord(
  years: readonly number[],
  record: Readonly<Record<string, number>>,
): YearAmounts {
  return years.map((year) => thousandsToKr(record[String(year)] ?? 0));
}
