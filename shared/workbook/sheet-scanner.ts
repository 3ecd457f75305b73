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
import { readCellSimple, readPlainCell, readSimple, type PlainCell } from './sheet-attributes.ts';

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
  /**
   * Optional: the usual whole cell, `<c r t s><v>…</v></c>` (see `readPlainCell`), in one call instead of its six
   * events (open c, open v, text or digits, close v, close c). `digits` ≥ 0 only for `t="s"`, as `digits()` would
   * have it (then `text` is ''); otherwise `text` is the value's decoded text ('' for `<v></v>`). With `inline` the
   * cell was `<c …><is><t>text</t></is></c>` instead (its eight events), and `digits` is -1. Returning false
   * declines: nothing was consumed, and the cell comes as the general events instead.
   */
  cell?(attributes: CellAttributes, digits: number, text: string, inline: boolean): boolean;
}

/** What the bytes kept for the next chunk start with, so the scan resumes where it stopped rather than re-reading. */
const enum Pending {
  None,
  Text,
  Comment,
  Cdata,
  Declaration,
  Instruction,
  Tag,
}

/**
 * Longest piece of XML (one tag, comment, CDATA section or text between tags) kept while waiting for its end. A
 * cell holds at most 32,767 characters; an unclosed comment or quote would otherwise hold the rest of the sheet.
 */
export const MAX_PENDING_BYTES = 16 * 1024 * 1024;

/** The sheet's XML cannot be read to its end: which construct never closed. The reader turns it into a ReadError. */
export class SheetScanError extends Error {
  constructor(readonly unclosed: 'comment' | 'cdata' | 'declaration' | 'instruction' | 'tag' | 'text') {
    super(`XML ends inside ${unclosed}`);
  }
}

export class SheetScanner {
  /** Bytes kept from the last chunk (carry[0, carryLength)), grown by doubling so keeping them is linear. */
  private carry = new Uint8Array(0);
  private carryLength = 0;
  private pending: Pending = Pending.None;
  /** Where, in the kept bytes, the search for the pending construct's end goes on (and the quote open there). */
  private resumeAt = 0;
  private resumeQuote = 0;
  /**
   * Bytes examined and copied so far: the work the scan did. Linear in the input whatever the input is; tests
   * compare it with the input's size (never time).
   */
  bytesVisited = 0;
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
      if (readSimple(this.b, this.attrFrom, this.attrTo, this.one, this.oneOut)) return this.oneOut[0];
      return this.attributes()[name];
    },
    read: (names, out) => {
      if (this.parsed === null && readSimple(this.b, this.attrFrom, this.attrTo, names, out)) return;
      const all = this.attributes();
      for (let k = 0; k < names.length; k++) out[k] = all[names[k] ?? ''];
    },
    cell: (out) => {
      if (this.parsed === null && readCellSimple(this.b, this.attrFrom, this.attrTo, out)) return;
      this.tag.read(CELL_ATTRIBUTES, this.cellStrings);
      const [r, t, st] = this.cellStrings;
      out.column = r ? columnNumber(r) : 0;
      out.type = t ?? '';
      out.style = st === undefined ? -1 : Number(st);
    },
  };
  private readonly cellStrings: (string | undefined)[] = [undefined, undefined, undefined];
  private readonly plain: PlainCell = {
    column: 0,
    type: '',
    style: -1,
    valueFrom: 0,
    valueTo: 0,
    inline: false,
  };

  constructor(private readonly h: SheetScanHandlers) {}

  write(chunk: Uint8Array): void {
    if (this.carryLength === 0) {
      this.pump(chunk, false);
      return;
    }
    const need = this.carryLength + chunk.length;
    if (need > this.carry.length) {
      const grown = new Uint8Array(Math.max(need, this.carry.length * 2));
      grown.set(this.carry.subarray(0, this.carryLength), 0);
      this.bytesVisited += this.carryLength;
      this.carry = grown;
    }
    this.carry.set(chunk, this.carryLength);
    this.bytesVisited += chunk.length;
    this.carryLength = need;
    this.pump(this.carry.subarray(0, need), false);
  }

  end(): void {
    const rest = this.carry.subarray(0, this.carryLength);
    this.pump(rest, true);
    const pending = this.pending;
    const left = this.carry.subarray(0, this.carryLength);
    this.carryLength = 0;
    if (pending === Pending.None || pending === Pending.Text) {
      for (const c of left) if (!isSpace(c)) throw new SheetScanError('tag');
      return;
    }
    throw new SheetScanError(unclosedName(pending));
  }

  private attributes(): Record<string, string> {
    if (this.parsed === null) {
      const text = decodeBytes(this.b, this.attrFrom, this.attrTo);
      this.parsed = parseAttributes(text, 0, text.length);
    }
    return this.parsed;
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
    // The kept bytes start with the construct that was pending; its search resumes where it stopped (at 0 a
    // construct's "<" is at 0 too, so `lt === 0` below means "the pending one").
    const pending = this.pending;
    const resumeAt = this.resumeAt;
    const resumeQuote = this.resumeQuote;
    this.pending = Pending.None;
    this.resumeAt = 0;
    this.resumeQuote = 0;
    this.bytesVisited += n - resumeAt;
    let pos = 0;
    while (pos < n) {
      // A plain loop: TypedArray#indexOf costs more per call than the few bytes between tags.
      let lt = pos === 0 && pending === Pending.Text ? resumeAt : pos;
      while (lt < n && b[lt] !== 60 /* < */) lt++;
      // Text after the last "<" waits for the next chunk, so neither an entity nor a character is ever split.
      if (lt >= n) {
        this.suspend(Pending.Text, n - pos, 0);
        break;
      }
      if (lt > pos) this.deliverText(b, pos, lt);
      if (lt + 1 >= n) {
        pos = lt;
        break;
      }
      const next = b[lt + 1];
      if (next === 33 /* ! */) {
        if (matches(b, lt, COMMENT_OPEN)) {
          const end = indexOfBytes(
            b,
            COMMENT_CLOSE,
            lt === 0 && pending === Pending.Comment ? resumeAt : lt + 4,
          );
          if (end < 0) {
            pos = lt;
            this.suspend(Pending.Comment, Math.max(4, n - lt - 2), 0);
            break;
          }
          pos = end + 3;
          continue;
        }
        if (matches(b, lt, CDATA_OPEN)) {
          const end = indexOfBytes(b, CDATA_CLOSE, lt === 0 && pending === Pending.Cdata ? resumeAt : lt + 9);
          if (end < 0) {
            pos = lt;
            this.suspend(Pending.Cdata, Math.max(9, n - lt - 2), 0);
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
        const end = b.indexOf(62 /* > */, lt === 0 && pending === Pending.Declaration ? resumeAt : lt);
        if (end < 0) {
          pos = lt;
          this.suspend(Pending.Declaration, n - lt, 0);
          break;
        }
        pos = end + 1;
        continue;
      }
      if (next === 63 /* ? */) {
        const end = indexOfBytes(b, PI_CLOSE, lt === 0 && pending === Pending.Instruction ? resumeAt : lt);
        if (end < 0) {
          pos = lt;
          this.suspend(Pending.Instruction, Math.max(0, n - lt - 1), 0);
          break;
        }
        pos = end + 2;
        continue;
      }
      const resume = lt === 0 && pending === Pending.Tag;
      // The usual whole cell in one go (not when resuming a tag that did not end in the last chunk: its bytes were
      // looked at then; the general path resumes where that search stopped).
      if (next === 99 /* c */ && h.cell !== undefined && !resume) {
        const after2 = b[lt + 2] ?? 0;
        if (after2 <= 32 || after2 === 62 /* > */) {
          const plain = this.plain;
          const after = readPlainCell(b, lt, plain);
          if (after > 0) {
            const from = plain.valueFrom;
            const to = plain.valueTo;
            let digits = -1;
            let text = '';
            if (plain.type === 's' && !plain.inline) {
              digits = plainInteger(b, from, to);
              if (digits < 0 && to > from) text = decodeText(b, from, to);
            } else if (to > from) text = decodeText(b, from, to);
            if (h.cell(plain, digits, text, plain.inline)) {
              pos = after;
              continue;
            }
            this.bytesVisited += after - lt;
          } else this.bytesVisited += -1 - after - lt;
        }
      }
      const gt = tagEnd(b, resume ? resumeAt : lt + 1, resume ? resumeQuote : 0);
      if (gt < 0) {
        pos = lt;
        this.suspend(Pending.Tag, n - lt, -1 - gt);
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
    this.keep(b, pos);
  }

  /** The construct at the end of this buffer is not complete: note how far its search got. */
  private suspend(pending: Pending, resumeAt: number, quote: number): void {
    this.pending = pending;
    this.resumeAt = resumeAt;
    this.resumeQuote = quote;
  }

  /** Keeps b[pos, n) for the next chunk: in place when b already is the kept bytes and nothing was consumed. */
  private keep(b: Uint8Array, pos: number): void {
    const rest = b.length - pos;
    if (rest <= 0) {
      this.carryLength = 0;
      this.pending = Pending.None;
      return;
    }
    if (rest > MAX_PENDING_BYTES) throw new SheetScanError(unclosedName(this.pending));
    if (b.buffer === this.carry.buffer && b.byteOffset === this.carry.byteOffset) {
      if (pos > 0) {
        this.carry.copyWithin(0, pos, b.length);
        this.bytesVisited += rest;
      }
    } else {
      if (rest > this.carry.length) this.carry = new Uint8Array(Math.max(rest * 2, 64 * 1024));
      this.carry.set(b.subarray(pos), 0);
      this.bytesVisited += rest;
    }
    this.carryLength = rest;
  }
}

function unclosedName(pending: Pending): SheetScanError['unclosed'] {
  switch (pending) {
    case Pending.Comment:
      return 'comment';
    case Pending.Cdata:
      return 'cdata';
    case Pending.Declaration:
      return 'declaration';
    case Pending.Instruction:
      return 'instruction';
    case Pending.Text:
      return 'text';
    default:
      return 'tag';
  }
}
