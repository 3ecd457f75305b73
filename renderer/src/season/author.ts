/**
 * Who makes a change, for the project's change log and a version's "taget af": the initials the user sets in the
 * app (kept in this browser profile), else "ukendt". The OS user name is not visible to the page.
 */
const KEY = 'raaderum.initials';
export const UNKNOWN_AUTHOR = 'ukendt';

export function authorInitials(): string {
  try {
    return globalThis.localStorage?.getItem(KEY)?.trim() ?? '';
  } catch {
    // Storage disabled: the change log says "ukendt".
    return '';
  }
}

export function setAuthorInitials(initials: string): void {
  try {
    const value = initials.trim().slice(0, 20);
    if (value === '') globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, value);
  } catch {
    // A full or disabled storage only costs the convenience.
  }
}

/** The change log's `who` and `when` for a change made now. */
export function changeMeta(): { who: string; when: string } {
  return { who: authorInitials() || UNKNOWN_AUTHOR, when: new Date().toISOString() };
}
