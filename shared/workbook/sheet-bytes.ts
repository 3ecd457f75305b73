/**
 * The byte-level pieces of the sheet scanner (sheet-scanner.ts): element codes, decoding text and attributes from
 * UTF-8 bytes, and finding markers ("-->", "?>", a tag's closing ">") in them. Hot path: `shortAscii` and
 * `elementOf` run for nearly every cell of a 110 MB sheet (see `npm run bench`, import).
 */
import { createTextDecoder } from './zip.ts';

/** Element local names the worksheet reader acts on; everything else is `El.other`. */
export const El = {
  other: 0,
  c: 1,
  v: 2,
  f: 3,
  t: 4,
  is: 5,
  rPh: 6,
  row: 7,
  sheetData: 8,
  col: 9,
  mergeCell: 10,
} as const;
export type ElementCode = (typeof El)[keyof typeof El];

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_m, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
    }
  });
}

/** `name="value"` pairs by local name (prefixes dropped, except on xmlns declarations), entities decoded. */
export function parseAttributes(s: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  let i = from;
  while (i < to) {
    while (i < to && s.charCodeAt(i) <= 32) i++;
    if (i >= to) break;
    let eq = i;
    while (eq < to && s.charCodeAt(eq) !== 61 /* = */) eq++;
    if (eq >= to) break;
    let nameEnd = eq;
    while (nameEnd > i && s.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    let name = s.slice(i, nameEnd);
    const colon = name.indexOf(':');
    if (colon >= 0 && !name.startsWith('xmlns')) name = name.slice(colon + 1);
    let q = eq + 1;
    while (q < to && s.charCodeAt(q) <= 32) q++;
    const quote = s.charCodeAt(q);
    if (quote !== 34 && quote !== 39) break;
    let end = q + 1;
    while (end < to && s.charCodeAt(end) !== quote) end++;
    if (end >= to) break;
    out[name] = decodeEntities(s.slice(q + 1, end));
    i = end + 1;
  }
  return out;
}

const utf8 = createTextDecoder('utf-8');

/** Short ASCII runs (cell values, addresses) are built directly; anything else goes through TextDecoder. */
export function decodeBytes(b: Uint8Array, from: number, to: number): string {
  const len = to - from;
  if (len <= 12) {
    for (let i = from; i < to; i++) if ((b[i] ?? 0) >= 128) return utf8.decode(b.subarray(from, to));
    return shortAscii(b, from, len);
  }
  return utf8.decode(b.subarray(from, to));
}

/** Text content: bytes → string with the entities resolved. */
export function decodeText(b: Uint8Array, from: number, to: number): string {
  const len = to - from;
  if (len <= 12) {
    let plain = true;
    for (let i = from; i < to; i++) {
      const c = b[i] ?? 0;
      if (c >= 128 || c === 38 /* & */) {
        plain = false;
        break;
      }
    }
    if (plain) return shortAscii(b, from, len);
  }
  return decodeEntities(utf8.decode(b.subarray(from, to)));
}

/** String.fromCharCode with the bytes as arguments: no intermediate strings for the usual 1-8 character value. */
function shortAscii(b: Uint8Array, at: number, len: number): string {
  switch (len) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(b[at] ?? 0);
    case 2:
      return String.fromCharCode(b[at] ?? 0, b[at + 1] ?? 0);
    case 3:
      return String.fromCharCode(b[at] ?? 0, b[at + 1] ?? 0, b[at + 2] ?? 0);
    case 4:
      return String.fromCharCode(b[at] ?? 0, b[at + 1] ?? 0, b[at + 2] ?? 0, b[at + 3] ?? 0);
    case 5:
      return String.fromCharCode(b[at] ?? 0, b[at + 1] ?? 0, b[at + 2] ?? 0, b[at + 3] ?? 0, b[at + 4] ?? 0);
    case 6:
      return String.fromCharCode(
        b[at] ?? 0,
        b[at + 1] ?? 0,
        b[at + 2] ?? 0,
        b[at + 3] ?? 0,
        b[at + 4] ?? 0,
        b[at + 5] ?? 0,
      );
    case 7:
      return String.fromCharCode(
        b[at] ?? 0,
        b[at + 1] ?? 0,
        b[at + 2] ?? 0,
        b[at + 3] ?? 0,
        b[at + 4] ?? 0,
        b[at + 5] ?? 0,
        b[at + 6] ?? 0,
      );
    case 8:
      return String.fromCharCode(
        b[at] ?? 0,
        b[at + 1] ?? 0,
        b[at + 2] ?? 0,
        b[at + 3] ?? 0,
        b[at + 4] ?? 0,
        b[at + 5] ?? 0,
        b[at + 6] ?? 0,
        b[at + 7] ?? 0,
      );
    default: {
      let s = '';
      for (let k = at; k < at + len; k++) s += String.fromCharCode(b[k] ?? 0);
      return s;
    }
  }
}

export const CELL_ATTRIBUTES = ['r', 't', 's'] as const;
const INLINE_STR = ascii('inlineStr');

/** The `t` of a cell: the usual values without a new string. */
export function cellType(b: Uint8Array, from: number, to: number): string {
  const len = to - from;
  const first = b[from];
  if (len === 1) {
    switch (first) {
      case 115:
        return 's';
      case 110:
        return 'n';
      case 98:
        return 'b';
      case 101:
        return 'e';
      case 100:
        return 'd';
    }
  } else if (len === 3 && first === 115 && b[from + 1] === 116 && b[from + 2] === 114) return 'str';
  else if (len === 9 && matches(b, from, INLINE_STR)) return 'inlineStr';
  return decodeBytes(b, from, to);
}

/** 1-9 ASCII digits without a leading zero (or "0") as a number, so `String(result)` is the text; else -1. */
export function plainInteger(b: Uint8Array, from: number, to: number): number {
  const len = to - from;
  if (len < 1 || len > 9 || (b[from] === 48 /* 0 */ && len > 1)) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = (b[i] ?? 0) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The element code of the local name in b[from, to). */
export function elementOf(b: Uint8Array, from: number, to: number): ElementCode {
  switch (to - from) {
    case 1:
      switch (b[from]) {
        case 99 /* c */:
          return El.c;
        case 118 /* v */:
          return El.v;
        case 102 /* f */:
          return El.f;
        case 116 /* t */:
          return El.t;
        default:
          return El.other;
      }
    case 2:
      return b[from] === 105 /* i */ && b[from + 1] === 115 /* s */ ? El.is : El.other;
    case 3: {
      const a = b[from];
      const m = b[from + 1];
      const z = b[from + 2];
      if (a === 114 /* r */ && m === 111 /* o */ && z === 119 /* w */) return El.row;
      if (a === 99 /* c */ && m === 111 /* o */ && z === 108 /* l */) return El.col;
      if (a === 114 /* r */ && m === 80 /* P */ && z === 104 /* h */) return El.rPh;
      return El.other;
    }
    case 9:
      if (matches(b, from, SHEET_DATA)) return El.sheetData;
      if (matches(b, from, MERGE_CELL)) return El.mergeCell;
      return El.other;
    default:
      return El.other;
  }
}

const SHEET_DATA = ascii('sheetData');
const MERGE_CELL = ascii('mergeCell');
export const COMMENT_OPEN = ascii('<!--');
export const COMMENT_CLOSE = ascii('-->');
export const CDATA_OPEN = ascii('<![CDATA[');
export const CDATA_CLOSE = ascii(']]>');
export const PI_CLOSE = ascii('?>');

export function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function matches(b: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > b.length) return false;
  for (let i = 0; i < word.length; i++) if (b[at + i] !== word[i]) return false;
  return true;
}

/** First index ≥ from where `word` starts, or -1. */
export function indexOfBytes(b: Uint8Array, word: Uint8Array, from: number): number {
  const first = word[0] ?? 0;
  let i = b.indexOf(first, from);
  while (i >= 0) {
    if (matches(b, i, word)) return i;
    i = b.indexOf(first, i + 1);
  }
  return -1;
}

/**
 * Index of the ">" closing the tag, scanning from `from` (after its "<") with `quote` the quote open there (0:
 * none), skipping quoted attribute values. When the tag is not complete in `b`, returns `-1 - quote`, so a scan
 * can resume where it stopped when more bytes come.
 */
export function tagEnd(b: Uint8Array, from: number, quote: number): number {
  const n = b.length;
  let q = quote;
  for (let i = from; i < n; i++) {
    const c = b[i] ?? 0;
    if (q !== 0) {
      if (c === q) q = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) q = c;
  }
  return -1 - q;
}

/** Start of the local name in b[from, to): after the first ":", as the string reader did. */
export function localStart(b: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b[i] === 58 /* : */) return i + 1;
  return from;
}

/** True when b[at..] (to the end of b) is the start of `word`. */
export function isPrefix(b: Uint8Array, at: number, word: Uint8Array): boolean {
  for (let i = 0; at + i < b.length && i < word.length; i++) if (b[at + i] !== word[i]) return false;
  return true;
}
