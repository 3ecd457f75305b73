/** A1 addressing and Excel's serial dates. */

const LETTERS_CACHE: string[] = [];

/** 1 → "A", 28 → "AB". */
export function columnLetters(col: number): string {
  const cached = LETTERS_CACHE[col];
  if (cached !== undefined) return cached;
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  if (col < 20000) LETTERS_CACHE[col] = out;
  return out;
}

/** "AB" → 28; 0 when the text holds no letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

/** "H12" → { col: 8, row: 12 }; null when it is not an A1 address. "$H$12" is accepted. */
export function parseAddress(address: string): { col: number; row: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) return null;
  return { col: columnNumber(m[1] ?? ''), row: Number(m[2]) };
}

export function cellAddress(col: number, row: number): string {
  return `${columnLetters(col)}${row}`;
}

/** 10^k for k = 0…15, each exactly a double. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `Number(text)` for the plain decimals cell values nearly always are ("-1234.5": an optional minus, digits, and
 * optionally a point followed by digits, 15 digits at most), else NaN and the caller asks `Number`. Bit for bit the
 * same as `Number`: the digits make an integer below 2^53 and the divisor a power of ten below 10^16, both exact
 * doubles, and one IEEE division rounds the exact quotient to the nearest double, as `Number` rounds the decimal.
 */
export function plainDecimal(text: string): number {
  const len = text.length;
  let i = 0;
  let negative = false;
  if (len > 0 && text.charCodeAt(0) === 45 /* - */) {
    negative = true;
    i = 1;
  }
  if (i >= len || len - i > 16) return NaN;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if (c === 46 /* . */ && point < 0 && digits > 0) point = digits;
    else return NaN;
  }
  if (digits > 15 || digits === point) return NaN;
  const value = point < 0 ? mantissa : mantissa / (POWERS_OF_TEN[digits - point] ?? NaN);
  return negative ? -value : value;
}

const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 1899-12-31 but it counts a 29 February 1900 that never existed, so serials ≥ 60 are off by one.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const MAX_DATE_MS = 8.64e15;

/** Excel serial → "2026-03-01" or "2026-03-01T12:30:00"; null outside years 1900-9999. */
export function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial)) return null;
  let days = serial;
  if (!date1904 && serial < 60) days = serial + 1;
  const ms = Math.round(((date1904 ? EPOCH_1904 : EPOCH_1900) + days * MS_PER_DAY) / 1000) * 1000;
  // Beyond ±8.64e15 ms a Date is invalid: its year is NaN, which no comparison refuses, and toISOString throws.
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return null;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= 1900 && year <= 9999)) return null;
  const iso = d.toISOString();
  const datePart = iso.slice(0, 10);
  const timePart = iso.slice(11, 19);
  return timePart === '00:00:00' ? datePart : `${datePart}T${timePart}`;
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** True when a number format code shows a date or time (d, m, y, h, s outside quotes, colours and escapes). */
export function isDateFormat(numFmtId: number, code: string | undefined): boolean {
  if (code === undefined) return BUILTIN_DATE_FORMATS.has(numFmtId);
  // Only the first section decides how positive numbers show.
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  const first = stripped.split(';')[0] ?? '';
  if (/general/i.test(first)) return false;
  return /[dmyhs]/i.test(first.replace(/[eE][+-]/g, ''));
}
