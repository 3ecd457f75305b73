/** Rounds to whole kroner, halves away from zero, so a saving and an equal expense round alike. Never −0. */
export function roundKr(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}
