/**
 * The worksheet tokenizer: scans the inflated bytes of a sheet part directly, without decoding the whole part to
 * a string first. A 110 MB sheet has some 12 million tags; this scanner makes no string for a tag's name (the
 * names the reader acts on come as small numbers, `El`), reads a `<c>`'s attributes in one pass, and decodes only
 * the text the reader asks for (cell values, formulas, inline strings) and the attributes it reads.
 *
 * It is streaming (`write` byte chunks, then `end`), handles comments, CDATA, processing instructions, namespace
 * prefixes (local names), quoted ">" inside attributes, the XML entities and UTF-8 split anywhere across chunks
 * ("<", ">" and quotes are ASCII, so they never occur inside a multi-byte character). Malformed input (an
 * unterminated tag at the end) throws.
 */
import { columnNumber } from './cells.ts';
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

/** The current tag (valid only during `open`): its local name and attributes, decoded on demand. */
export interface SheetTag {
  /** The local name ("x:c" → "c"). */
  name(): string;
  /** All attributes by local name, entities decoded. */
  all(): Record<string, string>;
  /** One attribute by local name. */
  get(name: string): string | undefined;
  /** Several at once, in one pass where the tag is simple: `out[k]` is `get(names[k])`. */
  read(names: readonly string[], out: (string | undefined)[]): void;
  /** A `<c>`'s address, type and style, read from the bytes without making strings for them. */
  cell(out: CellAttributes): void;
}

/** What `<c r t s>` says, as `SheetTag.cell` reads it. */
export interface CellAttributes {
  /** `columnNumber(r)`: 0 when `r` is absent, empty or has no letters. */
  column: number;
  /** `t`, '' when absent. */
  type: string;
  /** `Number(s)`, -1 when absent. */
  style: number;
}

export interface SheetScanHandlers {
  open(element: ElementCode, tag: SheetTag, selfClosing: boolean): void;
  close(element: ElementCode): void;
  /** Called only while `wantText()` is true, with decoded text (entities resolved). */
  text(text: string): void;
  /**
   * 0: no text wanted; 1: text wanted; 2: text wanted, and a run of 1-9 digits without a leading zero may come as
   * `digits(n)` instead (`String(n)` is then exactly the text): shared-string indexes need no string.
   */
  wantText(): 0 | 1 | 2;
  digits(value: number): void;
}

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
function decodeBytes(b: Uint8Array, from: number, to: number): string {
  const len = to - from;
  if (len <= 12) {
    for (let i = from; i < to; i++) if ((b[i] ?? 0) >= 128) return utf8.decode(b.subarray(from, to));
    return shortAscii(b, from, len);
  }
  return utf8.decode(b.subarray(from, to));
}

/** Text content: bytes → string with the entities resolved. */
function decodeText(b: Uint8Array, from: number, to: number): string {
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

const CELL_ATTRIBUTES = ['r', 't', 's'] as const;
const INLINE_STR = ascii('inlineStr');

/** The `t` of a cell: the usual values without a new string. */
function cellType(b: Uint8Array, from: number, to: number): string {
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
function plainInteger(b: Uint8Array, from: number, to: number): number {
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

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The element code of the local name in b[from, to). */
function elementOf(b: Uint8Array, from: number, to: number): ElementCode {
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
const COMMENT_OPEN = ascii('<!--');
const COMMENT_CLOSE = ascii('-->');
const CDATA_OPEN = ascii('<![CDATA[');
const CDATA_CLOSE = ascii(']]>');
const PI_CLOSE = ascii('?>');

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function matches(b: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > b.length) return false;
  for (let i = 0; i < word.length; i++) if (b[at + i] !== word[i]) return false;
  return true;
}

/** First index ≥ from where `word` starts, or -1. */
function indexOfBytes(b: Uint8Array, word: Uint8Array, from: number): number {
  const first = word[0] ?? 0;
  let i = b.indexOf(first, from);
  while (i >= 0) {
    if (matches(b, i, word)) return i;
    i = b.indexOf(first, i + 1);
  }
  return -1;
}

/** Index of the ">" closing the tag that starts at `lt`, skipping quoted attribute values; -1 if not yet complete. */
function tagEnd(b: Uint8Array, lt: number): number {
  const n = b.length;
  let quote = 0;
  for (let i = lt + 1; i < n; i++) {
    const c = b[i] ?? 0;
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/** Start of the local name in b[from, to): after the first ":", as the string reader did. */
function localStart(b: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b[i] === 58 /* : */) return i + 1;
  return from;
}

export class SheetScanner {
  private carry: Uint8Array | null = null;
  private b: Uint8Array = new Uint8Array(0);
  private nameFrom = 0;
  private nameTo = 0;
  private attrFrom = 0;
  private attrTo = 0;
  private parsed: Record<string, string> | null = null;
  private readonly one: string[] = [''];
  private readonly oneOut: (string | undefined)[] = [undefined];
  /** One accessor for every tag (no object per tag). */
  private readonly tag: SheetTag = {
    name: () => decodeBytes(this.b, this.nameFrom, this.nameTo),
    all: () => ({ ...this.attributes() }),
    get: (name) => {
      if (this.parsed !== null) return this.parsed[name];
      this.one[0] = name;
      if (this.readSimple(this.one, this.oneOut)) return this.oneOut[0];
      return this.attributes()[name];
    },
    read: (names, out) => {
      if (this.parsed === null && this.readSimple(names, out)) return;
      const all = this.attributes();
      for (let k = 0; k < names.length; k++) out[k] = all[names[k] ?? ''];
    },
    cell: (out) => {
      if (this.parsed === null && this.readCellSimple(out)) return;
      this.tag.read(CELL_ATTRIBUTES, this.cellStrings);
      const [r, t, st] = this.cellStrings;
      out.column = r ? columnNumber(r) : 0;
      out.type = t ?? '';
      out.style = st === undefined ? -1 : Number(st);
    },
  };
  private readonly cellStrings: (string | undefined)[] = [undefined, undefined, undefined];

  constructor(private readonly h: SheetScanHandlers) {}

  write(chunk: Uint8Array): void {
    let b = chunk;
    if (this.carry !== null && this.carry.length > 0) {
      b = new Uint8Array(this.carry.length + chunk.length);
      b.set(this.carry, 0);
      b.set(chunk, this.carry.length);
    }
    this.carry = null;
    this.pump(b, false);
  }

  end(): void {
    const rest = this.carry ?? new Uint8Array(0);
    this.carry = null;
    this.pump(rest, true);
    const left = this.carry as Uint8Array | null;
    if (left !== null) {
      for (const c of left) if (!isSpace(c)) throw new Error('XML ends inside a tag');
    }
  }

  private attributes(): Record<string, string> {
    if (this.parsed === null) {
      const text = decodeBytes(this.b, this.attrFrom, this.attrTo);
      this.parsed = parseAttributes(text, 0, text.length);
    }
    return this.parsed;
  }

  /**
   * `<c>` attributes straight from the bytes when they are plain ASCII `name="value"` pairs without entities;
   * false otherwise (the string path then decides).
   */
  private readCellSimple(out: CellAttributes): boolean {
    const b = this.b;
    const to = this.attrTo;
    let column = 0;
    let type = '';
    let style = -1;
    let i = this.attrFrom;
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
  private readSimple(names: readonly string[], out: (string | undefined)[]): boolean {
    const b = this.b;
    const to = this.attrTo;
    const wanted = names.length;
    for (let k = 0; k < wanted; k++) out[k] = undefined;
    let i = this.attrFrom;
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

  private deliverText(b: Uint8Array, from: number, to: number): void {
    const h = this.h;
    const want = h.wantText();
    if (want === 2) {
      const d = plainInteger(b, from, to);
      if (d >= 0) h.digits(d);
      else h.text(decodeText(b, from, to));
    } else if (want === 1) h.text(decodeText(b, from, to));
  }

  /**
   * The usual rest of a cell, `<v>…</v></c>` with nothing else, read in one go right after its `<c …>`: the same
   * events as the general loop gives (open v, text, close v, close c), without tokenizing three more tags.
   * Returns the position after `</c>`, or -1 when the bytes are anything else (or not all here yet).
   */
  private plainValueAndClose(b: Uint8Array, at: number): number {
    const n = b.length;
    if (at + 3 > n || b[at] !== 60 /* < */ || b[at + 1] !== 118 /* v */ || b[at + 2] !== 62 /* > */)
      return -1;
    let t = at + 3;
    while (t < n && b[t] !== 60) t++;
    // "</v></c>", compared byte by byte (this runs for nearly every cell).
    if (
      t + 8 > n ||
      b[t + 1] !== 47 ||
      b[t + 2] !== 118 ||
      b[t + 3] !== 62 ||
      b[t + 4] !== 60 ||
      b[t + 5] !== 47 ||
      b[t + 6] !== 99 ||
      b[t + 7] !== 62
    )
      return -1;
    const h = this.h;
    this.nameFrom = at + 1;
    this.nameTo = at + 2;
    this.attrFrom = at + 2;
    this.attrTo = at + 2;
    this.parsed = null;
    h.open(El.v, this.tag, false);
    if (t > at + 3) this.deliverText(b, at + 3, t);
    h.close(El.v);
    h.close(El.c);
    return t + 8;
  }

  private pump(b: Uint8Array, final: boolean): void {
    const h = this.h;
    const n = b.length;
    this.b = b;
    let pos = 0;
    while (pos < n) {
      // A plain loop: TypedArray#indexOf costs more per call than the few bytes between tags.
      let lt = pos;
      while (lt < n && b[lt] !== 60 /* < */) lt++;
      // Text after the last "<" waits for the next chunk, so neither an entity nor a character is ever split.
      if (lt >= n) break;
      if (lt > pos) this.deliverText(b, pos, lt);
      if (lt + 1 >= n) {
        pos = lt;
        break;
      }
      const next = b[lt + 1];
      if (next === 33 /* ! */) {
        if (matches(b, lt, COMMENT_OPEN)) {
          const end = indexOfBytes(b, COMMENT_CLOSE, lt + 4);
          if (end < 0) {
            pos = lt;
            break;
          }
          pos = end + 3;
          continue;
        }
        if (matches(b, lt, CDATA_OPEN)) {
          const end = indexOfBytes(b, CDATA_CLOSE, lt + 9);
          if (end < 0) {
            pos = lt;
            break;
          }
          if (h.wantText() !== 0) h.text(decodeBytes(b, lt + 9, end));
          pos = end + 3;
          continue;
        }
        // "<!" that may still become "<!--" or "<![CDATA[" when the next chunk arrives.
        if (n - lt < CDATA_OPEN.length && (isPrefix(b, lt, COMMENT_OPEN) || isPrefix(b, lt, CDATA_OPEN))) {
          pos = lt;
          break;
        }
        const end = b.indexOf(62 /* > */, lt);
        if (end < 0) {
          pos = lt;
          break;
        }
        pos = end + 1;
        continue;
      }
      if (next === 63 /* ? */) {
        const end = indexOfBytes(b, PI_CLOSE, lt);
        if (end < 0) {
          pos = lt;
          break;
        }
        pos = end + 2;
        continue;
      }
      const gt = tagEnd(b, lt);
      if (gt < 0) {
        pos = lt;
        break;
      }
      if (next === 47 /* / */) {
        let from = lt + 2;
        let to = gt;
        while (from < to && isSpace(b[from] ?? 0)) from++;
        while (to > from && isSpace(b[to - 1] ?? 0)) to--;
        h.close(elementOf(b, localStart(b, from, to), to));
      } else {
        const selfClosing = b[gt - 1] === 47;
        const stop = selfClosing ? gt - 1 : gt;
        let nameEnd = lt + 1;
        while (nameEnd < stop && (b[nameEnd] ?? 0) > 32) nameEnd++;
        const local = localStart(b, lt + 1, nameEnd);
        const element = elementOf(b, local, nameEnd);
        this.nameFrom = local;
        this.nameTo = nameEnd;
        this.attrFrom = nameEnd;
        this.attrTo = stop;
        this.parsed = null;
        h.open(element, this.tag, selfClosing);
        if (selfClosing) h.close(element);
        else if (element === El.c) {
          const after = this.plainValueAndClose(b, gt + 1);
          if (after > 0) {
            pos = after;
            continue;
          }
        }
      }
      pos = gt + 1;
    }
    if (final && pos < n && b.indexOf(60, pos) < 0) {
      if (h.wantText() !== 0) h.text(decodeText(b, pos, n));
      pos = n;
    }
    this.carry = pos >= n ? null : b.slice(pos);
  }
}

/** True when b[at..] (to the end of b) is the start of `word`. */
function isPrefix(b: Uint8Array, at: number, word: Uint8Array): boolean {
  for (let i = 0; at + i < b.length && i < word.length; i++) if (b[at + i] !== word[i]) return false;
  return true;
}
