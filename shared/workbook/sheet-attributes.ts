/**
 * Reading a tag's attributes straight from the sheet's bytes in one pass, for the usual simple tags (`<c r t s>`
 * nearly every cell has); anything unusual returns false and the scanner parses the attributes as strings.
 */
import { cellType, plainInteger, decodeBytes, decodeText } from './sheet-bytes.ts';
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
