import { cellSafe } from './layout.ts';

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not blank, unique ignoring case. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** Makes `wanted` a legal sheet name that no name in `taken` (compared case-insensitively) already uses. */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  // Apostrophes may not start or end a sheet name (Excel refuses them there), so they go too.
  // Control characters and lone surrogates cannot be written to XML at all; tabs and line breaks go too.
  let base = cellSafe(wanted)
    .replace(/[\t\n\r]/g, ' ')
    .replace(FORBIDDEN, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (base === '' || base.toLowerCase() === 'history') base = `Ark ${base}`.trim();
  base = truncate(base, MAX_SHEET_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${truncate(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Cuts to `max` UTF-16 units without leaving half a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut).trimEnd();
}

/** A sheet name as a formula reference: always quoted, with inner apostrophes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
