import { krToThousands, type Kr } from '../model/money.ts';

/**
 * Danish number text, as finance staff type it and as ERP systems and Excel export it.
 *
 * Rules of `parseDanishNumber` (anything else is `null`, never NaN):
 * - Whitespace around the number is ignored, including non-breaking (U+00A0), narrow (U+202F) and thin (U+2009) spaces.
 * - A trailing unit "kr.", "kr" or "DKK" (any case) is ignored; "%" is not a unit we strip (it returns null).
 * - "-", "–", "—" or "−" on their own mean 0 (the accountant's zero).
 * - Sign: leading "-", "−" (U+2212), "–" (U+2013) or "+"; a trailing "-" (SAP style "1.234-"); or parentheses
 *   "(1.234)" = negative. Two signs ("-(5)") are refused.
 * - "," is the decimal comma. "." and spaces are thousands separators and must then stand between groups of
 *   exactly three digits: "1.234", "1.234.567,5", "1 234,5".
 * - Without a comma, a single "." that is NOT followed by exactly three digits is taken as a decimal point
 *   ("1234.5", "0.25": the English form Excel and CSV exports sometimes give). "1.234" therefore is 1234, never 1,234.
 * - A leading zero group ("0.250") is never Danish grouping, so it is the decimal 0,25.
 * - Codes like "3.22.01" or "1.0.0" match neither rule and are null.
 */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
const UNIT = /\s*(kr\.?|dkk)$/i;
const ZERO_WORDS = new Set(['-', '–', '—', '−']);
const MINUS_CHARS = new Set(['-', '−', '–']);

const DANISH_GROUPED = /^[1-9]\d{0,2}(?:[. ]\d{3})+(?:,\d+)?$/;
const DANISH_PLAIN = /^\d+(?:,\d+)?$/;
const DANISH_LEADING_COMMA = /^,\d+$/;
const ENGLISH_DECIMAL = /^\d*\.\d+$/;

export function parseDanishNumber(text: string): number | null {
  // Collapse every kind of space to a plain space, then trim.
  let s = text.replace(SPACES, ' ').trim();
  if (s === '') return null;
  s = s.replace(UNIT, '').trim();
  if (s === '') return null;
  if (ZERO_WORDS.has(s)) return 0;

  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
    s = s.replace(UNIT, '').trim();
  }
  const first = s.charAt(0);
  if (MINUS_CHARS.has(first) || first === '+') {
    if (negative && first !== '+') return null;
    if (MINUS_CHARS.has(first)) negative = true;
    s = s.slice(1).trim();
  } else if (s.endsWith('-') && s.length > 1) {
    if (negative) return null;
    negative = true;
    s = s.slice(0, -1).trim();
  }
  if (s === '') return null;

  let normalised: string;
  if (DANISH_GROUPED.test(s)) {
    normalised = s.replace(/[. ]/g, '').replace(',', '.');
  } else if (DANISH_PLAIN.test(s) || DANISH_LEADING_COMMA.test(s)) {
    normalised = s.replace(',', '.');
  } else if (ENGLISH_DECIMAL.test(s) && !/^[1-9]\d{0,2}\.\d{3}$/.test(s)) {
    normalised = s;
  } else {
    return null;
  }
  const value = Number(normalised);
  if (!Number.isFinite(value)) return null;
  // Avoid -0: a negative zero shows as "-0" in some places and compares oddly in JSON.
  return negative && value !== 0 ? -value : value;
}

/**
 * Rounds half away from zero on the shortest decimal text of the number ("1.005" → "1.01"), so what people
 * see in a cell is what gets rounded, not the binary float below it.
 */
function roundDecimalString(abs: number, decimals: number): string {
  const text = String(abs);
  if (/e/i.test(text)) return abs.toFixed(decimals);
  const [i = '0', f = ''] = text.split('.');
  if (f.length <= decimals) return decimals === 0 ? i : `${i}.${f.padEnd(decimals, '0')}`;
  const keep = i + f.slice(0, decimals);
  const roundUp = f.charCodeAt(decimals) - 48 >= 5;
  let digits = keep;
  if (roundUp) {
    const arr = keep.split('');
    let k = arr.length - 1;
    for (; k >= 0; k--) {
      if (arr[k] === '9') arr[k] = '0';
      else {
        arr[k] = String(Number(arr[k]) + 1);
        break;
      }
    }
    digits = (k < 0 ? '1' : '') + arr.join('');
  }
  const cut = digits.length - decimals;
  return decimals === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits.charAt(i);
  }
  return out;
}

/**
 * "1.234.567", "-1.234,5": Danish grouping always, decimal comma, a plain ASCII "-" for negatives
 * (so text pasted into Excel or a CSV stays a number). Rounds half away from zero; never "-0".
 * Non-finite input gives "" (there is no honest Danish text for NaN).
 */
export function formatDanish(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '';
  const d = Math.max(0, Math.min(20, Math.trunc(decimals)));
  const abs = Math.abs(value);
  const [intPart = '0', fracPart] = roundDecimalString(abs, d).split('.');
  const body = groupThousands(intPart) + (fracPart !== undefined ? `,${fracPart}` : '');
  const isZero = /^[0.,]*$/.test(body);
  return value < 0 && !isZero ? `-${body}` : body;
}

/**
 * Integer kroner → the number shown in 1.000 kr. ("1.234,5" for 1.234.500 kr. with one decimal).
 * Exact: the rounding is done on the integer, not on a float in thousands.
 */
export function formatThousands(kr: Kr, decimals = 0): string {
  const d = Math.max(0, Math.min(3, Math.trunc(decimals)));
  if (!Number.isFinite(kr)) return '';
  const unit = 10 ** (3 - d);
  const whole = Math.round(kr);
  const sign = whole < 0 ? -1 : 1;
  const scaled = sign * Math.floor((Math.abs(whole) + unit / 2) / unit);
  return formatDanish(krToThousands(scaled * unit), d);
}

/**
 * The one format of an amount in 1.000 kr. on screen and in the catalogue: one decimal always ("2.372,0" beside
 * "-3.943,4"), so the digits of a column line up. Exact kroner stay in the model; this is only how they read.
 */
export function formatAmount(kr: Kr): string {
  return formatThousands(kr, 1);
}
