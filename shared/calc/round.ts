/** Rounds to whole kroner, halves away from zero, so a saving and an equal expense round alike. Never −0. */
export function roundKr(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}

/**
 * Rounds to whole 1.000 kr. (the unit every amount is shown in), halves away from zero. Never −0.
 * 0,5 % of 5.457.015.617 kr. is 27.285.000 kr. — shown "27.285,0", not "27.285,078".
 */
export function roundThousandKr(value: number): number {
  return roundKr(value / 1000) * 1000 || 0;
}
