/**
 * Reading a tag's attributes straight from the sheet's bytes in one pass, for the usual simple tags (`<c r t s>`
 * nearly every cell has); anything unusual returns false and the scanner parses the attributes as strings.
 */
import { ascii, cellType, decodeBytes, decodeText, matches, plainInteger } from './sheet-bytes.ts';
import type { CellAttributes } from './sheet-scanner.ts';

/**
 * `<c>` attributes straight from the bytes when they are plain ASCII `name="value"` pairs without entities;
 * false otherwise (the string path then decides).
 */
export function readCellSimple(b: Uint8Array, from: number, to: number, out: CellAttributes): boolean {
  let column = 0;
  let type = '';
  let style = -1;
  let i = from;
  while (i < to) {
    const c = b[i] ?? 0;
    if (c <= 32) {
      i++;
      continue;
    }
    // Only the one-letter names r, t and s are read here; any other attribute is skipped.
    const eq = i + 1;
    const quote = b[eq + 1];
    if (b[eq] !== 61 /* = */ || (quote !== 34 && quote !== 39)) {
      let e = i;
      while (e < to && b[e] !== 61) {
        const x = b[e] ?? 0;
        if (x <= 32 || x === 58 /* : */) return false;
        e++;
      }
      if (e >= to) return false;
      const q = b[e + 1];
      if (q !== 34 && q !== 39) return false;
      let end = e + 2;
      while (end < to && b[end] !== q) end++;
      if (end >= to) return false;
      i = end + 1;
      continue;
    }
    let end = eq + 2;
    while (end < to && b[end] !== quote) {
      const x = b[end] ?? 0;
      if (x >= 128 || x === 38 /* & */) return false;
      end++;
    }
    if (end >= to) return false;
    const from = eq + 2;
    if (c === 114 /* r */) {
      let n = 0;
      for (let k = from; k < end; k++) {
        const code = (b[k] ?? 0) & ~32;
        if (code < 65 || code > 90) break;
        n = n * 26 + (code - 64);
      }
      column = n;
    } else if (c === 116 /* t */) {
      type = cellType(b, from, end);
    } else if (c === 115 /* s */) {
      style = plainInteger(b, from, end);
      if (style < 0) style = Number(decodeBytes(b, from, end));
    }
    i = end + 1;
  }
  out.column = column;
  out.type = type;
  out.style = style;
  return true;
}

/**
 * The named attributes of a simple tag (`name="value"` pairs separated by white space) in one pass. Anything
 * unusual (a prefixed name, white space around "=", an unterminated value) returns false, and the full parse
 * decides as before.
 */
export function readSimple(
  b: Uint8Array,
  from: number,
  to: number,
  names: readonly string[],
  out: (string | undefined)[],
): boolean {
  const wanted = names.length;
  for (let k = 0; k < wanted; k++) out[k] = undefined;
  let i = from;
  while (i < to) {
    const c = b[i] ?? 0;
    if (c <= 32) {
      i++;
      continue;
    }
    let eq = i;
    while (eq < to) {
      const e = b[eq] ?? 0;
      if (e === 61 /* = */) break;
      if (e <= 32 || e === 58 /* : */) return false;
      eq++;
    }
    if (eq >= to) return false;
    const quote = b[eq + 1];
    if (quote !== 34 && quote !== 39) return false;
    let end = eq + 2;
    while (end < to && b[end] !== quote) end++;
    if (end >= to) return false;
    const len = eq - i;
    for (let k = 0; k < wanted; k++) {
      const name = names[k] ?? '';
      if (name.length !== len) continue;
      let same = true;
      for (let j = 0; j < len; j++) {
        if (b[i + j] !== name.charCodeAt(j)) {
          same = false;
          break;
        }
      }
      // The last of duplicate names wins, as in parseAttributes.
      if (same) {
        out[k] = decodeText(b, eq + 2, end);
        break;
      }
    }
    i = end + 1;
  }
  return true;
}

/** A whole usual cell as `readPlainCell` reads it: its attributes and where its value's bytes are. */
export interface PlainCell extends CellAttributes {
  valueFrom: number;
  valueTo: number;
  /** The value is an inline string's `<is><t>…</t></is>`, not a `<v>`. */
  inline: boolean;
}

/**
 * The usual whole cell, `<c r="B2" t="s" s="3"><v>12</v></c>`, read in one pass from its "<" at `at`: attributes
 * with one-letter names written `x="…"` or `x='…'` (plain ASCII, no entities), then `<v>`, text without markup, and
 * `</v></c>`; or, as some writers store every text, `<is><t>`, text without markup, `</t></is></c>`. Returns the position after `</c>`; anything else (a formula, an inline string, a comment, a prefix,
 * unusual spacing, a longer attribute name, the cell not all in `b`) returns `-1 - reached`, `reached` being how far
 * it looked, and the scanner's general path reads the cell instead: the same cell either way.
 */
export function readPlainCell(b: Uint8Array, at: number, out: PlainCell): number {
  const n = b.length;
  let i = at + 2;
  let column = 0;
  let type = '';
  let style = -1;
  for (;;) {
    if (i >= n) return -1 - n;
    const c = b[i] ?? 0;
    if (c <= 32) {
      i++;
      continue;
    }
    if (c === 62 /* > */) break;
    const quote = b[i + 2];
    if (b[i + 1] !== 61 /* = */ || (quote !== 34 && quote !== 39)) return -1 - i;
    const from = i + 3;
    let end = from;
    if (c === 114 /* r */) {
      // The column's letters, counted as they are passed (only ASCII letters pass `& ~32` into A-Z).
      let col = 0;
      for (; end < n; end++) {
        const code = (b[end] ?? 0) & ~32;
        if (code < 65 || code > 90) break;
        col = col * 26 + (code - 64);
      }
      column = col;
    }
    while (end < n && b[end] !== quote) {
      const x = b[end] ?? 0;
      if (x >= 128 || x === 38 /* & */) return -1 - end;
      end++;
    }
    if (end >= n) return -1 - n;
    if (c === 116 /* t */) type = cellType(b, from, end);
    else if (c === 115 /* s */) {
      style = plainInteger(b, from, end);
      if (style < 0) style = Number(decodeBytes(b, from, end));
    }
    i = end + 1;
  }
  // b[i] is the tag's ">": "<v>", the value, "</v></c>".
  if (i + 4 > n || b[i + 1] !== 60 /* < */) return -1 - Math.min(i + 4, n);
  if (b[i + 2] === 118 /* v */ && b[i + 3] === 62 /* > */) {
    const valueFrom = i + 4;
    let t = valueFrom;
    while (t < n && b[t] !== 60) t++;
    // "</v></c>", compared byte by byte (this runs for nearly every cell).
    if (
      t + 8 > n ||
      b[t + 1] !== 47 /* / */ ||
      b[t + 2] !== 118 /* v */ ||
      b[t + 3] !== 62 /* > */ ||
      b[t + 4] !== 60 /* < */ ||
      b[t + 5] !== 47 /* / */ ||
      b[t + 6] !== 99 /* c */ ||
      b[t + 7] !== 62 /* > */
    )
      return -1 - Math.min(t + 8, n);
    out.inline = false;
    return plainCellRead(out, column, type, style, valueFrom, t, t + 8);
  }
  if (!matches(b, i + 1, IS_T_OPEN)) return -1 - Math.min(i + 1 + IS_T_OPEN.length, n);
  const valueFrom = i + 1 + IS_T_OPEN.length;
  let t = valueFrom;
  while (t < n && b[t] !== 60) t++;
  if (!matches(b, t, T_IS_C_CLOSE)) return -1 - Math.min(t + T_IS_C_CLOSE.length, n);
  out.inline = true;
  return plainCellRead(out, column, type, style, valueFrom, t, t + T_IS_C_CLOSE.length);
}

const IS_T_OPEN = ascii('<is><t>');
const T_IS_C_CLOSE = ascii('</t></is></c>');

function plainCellRead(
  out: PlainCell,
  column: number,
  type: string,
  style: number,
  valueFrom: number,
  valueTo: number,
  after: number,
): number {
  out.column = column;
  out.type = type;
  out.style = style;
  out.valueFrom = valueFrom;
  out.valueTo = valueTo;
  return after;
}
