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
import {
  CDATA_CLOSE,
  CDATA_OPEN,
  CELL_ATTRIBUTES,
  COMMENT_CLOSE,
  COMMENT_OPEN,
  cellType,
  decodeBytes,
  decodeText,
  El,
  elementOf,
  indexOfBytes,
  isPrefix,
  isSpace,
  localStart,
  matches,
  parseAttributes,
  PI_CLOSE,
  plainInteger,
  tagEnd,
  type ElementCode,
} from './sheet-bytes.ts';

export { decodeEntities, El, parseAttributes, type ElementCode } from './sheet-bytes.ts';

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
