/**
 * A small, fast XML tokenizer for worksheet parts. saxes (used for every other part) spends most of its time
 * on generality a sheet does not need: measured on budget-large.xlsx (110 MB of sheet XML), saxes alone takes
 * ~4 s while this scanner takes well under half that (see test/bench/import.bench.ts).
 *
 * It is streaming (`write` chunks, then `end`), handles comments, CDATA, processing instructions, namespace
 * prefixes (reports local names), quoted ">" inside attributes and the XML entities; attributes are parsed
 * only when a handler asks for them. Malformed input (an unterminated tag at the end) throws.
 */
/** The current tag's attributes, read on demand (one reused object, valid only during `open`). */
export interface AttrReader {
  /** All attributes by local name, entities decoded. */
  all(): Record<string, string>;
  /** One unprefixed attribute, found without building the whole record. */
  get(name: string): string | undefined;
  /** Several at once in one pass (the hot path for `<c r s t>`): `out[k]` is `get(names[k])`. */
  read(names: readonly string[], out: (string | undefined)[]): void;
}

export interface ScanHandlers {
  open(name: string, attrs: AttrReader, selfClosing: boolean): void;
  close(name: string): void;
  /** Called only while `wantText()` is true, with decoded text. */
  text(text: string): void;
  wantText(): boolean;
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

function parseAttributes(s: string, from: number, to: number): Record<string, string> {
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

/**
 * The named unprefixed attributes of a simple tag (`name="value"` pairs separated by white space), found in one pass
 * without building the record: `out[k]` gets the value of `names[k]` (undefined when absent). Anything unusual
 * (prefixed names, white space around "=", an unterminated value) returns false, and `parseAttributes` decides as
 * before.
 */
function findAttributes(
  s: string,
  from: number,
  to: number,
  names: readonly string[],
  out: (string | undefined)[],
): boolean {
  const wanted = names.length;
  for (let k = 0; k < wanted; k++) out[k] = undefined;
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c <= 32) {
      i++;
      continue;
    }
    let eq = i;
    while (eq < to) {
      const e = s.charCodeAt(eq);
      if (e === 61 /* = */) break;
      if (e <= 32 || e === 58 /* : */) return false;
      eq++;
    }
    if (eq >= to) return false;
    const quote = s.charCodeAt(eq + 1);
    if (quote !== 34 && quote !== 39) return false;
    const end = s.indexOf(quote === 34 ? '"' : "'", eq + 2);
    if (end < 0 || end >= to) return false;
    for (let k = 0; k < wanted; k++) {
      const name = names[k] ?? '';
      // The last of duplicate names wins, as in parseAttributes.
      if (eq - i === name.length && s.startsWith(name, i)) {
        out[k] = decodeEntities(s.slice(eq + 2, end));
        break;
      }
    }
    i = end + 1;
  }
  return true;
}

/** Index of the ">" closing the tag that starts at `lt`, skipping quoted attribute values; -1 if not yet complete. */
function tagEnd(buf: string, lt: number): number {
  const n = buf.length;
  let quote = 0;
  for (let i = lt + 1; i < n; i++) {
    const c = buf.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

export class XmlScanner {
  private buf = '';
  private attrBuf = '';
  private attrFrom = 0;
  private attrTo = 0;
  private parsed: Record<string, string> | null = null;
  private readonly one: string[] = [''];
  private readonly oneOut: (string | undefined)[] = [undefined];
  /** One accessor for every tag (no closure per tag). */
  private readonly attrs: AttrReader = {
    all: () => {
      if (this.parsed === null) this.parsed = parseAttributes(this.attrBuf, this.attrFrom, this.attrTo);
      return { ...this.parsed };
    },
    get: (name) => {
      if (this.parsed !== null) return this.parsed[name];
      this.one[0] = name;
      if (findAttributes(this.attrBuf, this.attrFrom, this.attrTo, this.one, this.oneOut))
        return this.oneOut[0];
      this.parsed = parseAttributes(this.attrBuf, this.attrFrom, this.attrTo);
      return this.parsed[name];
    },
    read: (names, out) => {
      if (this.parsed === null && findAttributes(this.attrBuf, this.attrFrom, this.attrTo, names, out))
        return;
      if (this.parsed === null) this.parsed = parseAttributes(this.attrBuf, this.attrFrom, this.attrTo);
      for (let k = 0; k < names.length; k++) out[k] = this.parsed[names[k] ?? ''];
    },
  };

  constructor(private readonly h: ScanHandlers) {}

  write(chunk: string): void {
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    this.pump(false);
  }

  end(): void {
    this.pump(true);
    if (this.buf.trim().length > 0) throw new Error('XML ends inside a tag');
  }

  private pump(final: boolean): void {
    const buf = this.buf;
    const h = this.h;
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      const lt = buf.indexOf('<', pos);
      // Text after the last "<" waits for the next chunk, so an entity is never split.
      if (lt < 0) break;
      if (lt > pos && h.wantText()) {
        h.text(decodeEntities(buf.slice(pos, lt)));
      }
      const next = buf.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        if (buf.startsWith('<!--', lt)) {
          const end = buf.indexOf('-->', lt + 4);
          if (end < 0) {
            pos = lt;
            break;
          }
          pos = end + 3;
          continue;
        }
        if (buf.startsWith('<![CDATA[', lt)) {
          const end = buf.indexOf(']]>', lt + 9);
          if (end < 0) {
            pos = lt;
            break;
          }
          if (h.wantText()) h.text(buf.slice(lt + 9, end));
          pos = end + 3;
          continue;
        }
        const end = buf.indexOf('>', lt);
        if (end < 0) {
          pos = lt;
          break;
        }
        pos = end + 1;
        continue;
      }
      if (next === 63 /* ? */) {
        const end = buf.indexOf('?>', lt);
        if (end < 0) {
          pos = lt;
          break;
        }
        pos = end + 2;
        continue;
      }
      if (Number.isNaN(next)) {
        pos = lt;
        break;
      }
      const gt = tagEnd(buf, lt);
      if (gt < 0) {
        pos = lt;
        break;
      }
      if (next === 47 /* / */) {
        let name = buf.slice(lt + 2, gt).trim();
        const colon = name.indexOf(':');
        if (colon >= 0) name = name.slice(colon + 1);
        h.close(name);
      } else {
        const selfClosing = buf.charCodeAt(gt - 1) === 47;
        let nameEnd = lt + 1;
        const stop = selfClosing ? gt - 1 : gt;
        while (nameEnd < stop && buf.charCodeAt(nameEnd) > 32) nameEnd++;
        let name = buf.slice(lt + 1, nameEnd);
        const colon = name.indexOf(':');
        if (colon >= 0) name = name.slice(colon + 1);
        this.attrBuf = buf;
        this.attrFrom = nameEnd;
        this.attrTo = stop;
        this.parsed = null;
        h.open(name, this.attrs, selfClosing);
        if (selfClosing) h.close(name);
      }
      pos = gt + 1;
    }
    this.buf = pos >= n ? '' : buf.slice(pos);
    if (final && this.buf.length > 0 && this.buf.indexOf('<') < 0) {
      if (h.wantText()) h.text(decodeEntities(this.buf));
      this.buf = '';
    }
  }
}
