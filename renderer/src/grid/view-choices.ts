/**
 * How the user likes the Forslag grid, kept in this browser profile (or the app's) across projects and restarts:
 * it is a way of looking, not part of the budget, so it is not saved in the project file.
 */
const FTE_KEY = 'raaderum.forslag.visAarsvaerk';

/** Whether the "Årsværk <år>" columns are shown; they are until the user hides them. */
export function fteColumnsShown(): boolean {
  try {
    return globalThis.localStorage?.getItem(FTE_KEY) !== 'nej';
  } catch {
    // Storage disabled: the columns are shown.
    return true;
  }
}

export function rememberFteColumns(shown: boolean): void {
  try {
    if (shown) globalThis.localStorage?.removeItem(FTE_KEY);
    else globalThis.localStorage?.setItem(FTE_KEY, 'nej');
  } catch {
    // A full or disabled storage only costs the convenience.
  }
}
