/**
 * The fuzzer's mutations: byte-level (flips, cuts, insertions, copies) on any file, and inside the zip of a
 * workbook: XML tags and markers, numbers, shared-string indexes, relationships, attributes, whole parts, and the
 * sizes the zip's central directory states. Everything is driven by one seeded generator, so a case is its seed.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

/** mulberry32: small, fast and good enough to pick mutations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser: every input bit moves every output bit. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The seed of case `index` of a run seeded `seed`: any case can be replayed on its own. The run's seed is mixed
 * before the index is added, so two runs share no cases (a plain `seed ^ index` would only reorder them).
 */
export function caseSeed(seed: number, index: number): number {
  return mix((mix(seed ^ 0x9e3779b9) + Math.imul(index, 0x9e3779b1)) >>> 0);
}

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, items: readonly T[]): T => items[int(r, items.length)] as T;

const MARKERS = [
  '<!--',
  '"',
  "'",
  '<![CDATA[',
  '<?',
  '<',
  '>',
  '&',
  '&#0;',
  '&#xFFFFFFFF;',
  ']]>',
  '-->',
  '</c>',
  '<row>',
  '\u0000',
];
const NUMBERS = [
  '1e308',
  '-1e308',
  '1e16',
  '-1e16',
  '9007199254740993',
  'NaN',
  'Infinity',
  '-0',
  '1e-320',
  '99999999999',
  '2958466',
  '2958465.999999',
  '-1',
  '1e300',
  '1.7976931348623157e309',
  '0x10',
  '1,5',
  '4294967296',
  '',
  ' ',
];
const HUGE_DANISH = [
  '9.999.999.999.999.999.999.999,0',
  '-9.999.999.999.999.999.999.999,0',
  '1e308',
  '(1.000.000.000.000)',
];
const ATTR_VALUES: Record<string, readonly string[]> = {
  r: ['XFD1048577', 'A0', 'ZZZZ1', '', 'A-1', '1048577', 'XFE1', 'A1:B2'],
  t: ['s', 'e', 'b', 'd', 'inlineStr', 'str', 'n', 'x', ''],
  s: ['99999', '-1', '1.5', '', '4294967296'],
  min: ['0', '-5', '1e9', '16385', '', 'NaN'],
  max: ['0', '-5', '1e9', '16385', '', '999999999'],
  ref: ['A1:XFD1048576', 'B2:A1', 'A1', '', 'ZZZ', 'A1:A1048577'],
  Target: [
    '../../../etc/passwd',
    'worksheets/sheet1.xml',
    'sharedStrings.xml',
    'workbook.xml',
    '/xl/styles.xml',
    '',
    'worksheets/sheet99.xml',
    '/[Content_Types].xml',
  ],
  Id: ['rId1', 'rId2', '', 'rId999'],
  id: ['rId1', 'rId2', '', 'rId999'],
  numFmtId: ['14', '22', '0', '-1', '9999'],
  hidden: ['1', 'true', '0'],
  state: ['hidden', 'veryHidden', 'visible', 'x'],
  name: ['Budget', 'budget', '', 'Ark1', 'A'.repeat(300)],
  date1904: ['1', 'true'],
};
const ATTR_NAMES = Object.keys(ATTR_VALUES);
const DUPLICABLE = [
  /<row\b[^>]*>[\s\S]*?<\/row>/g,
  /<c\b[^>]*>[\s\S]*?<\/c>/g,
  /<sheet\b[^>]*\/>/g,
  /<col\b[^>]*\/>/g,
  /<Relationship\b[^>]*\/>/g,
  /<si>[\s\S]*?<\/si>/g,
  /<mergeCell\b[^>]*\/>/g,
];

/** All matches of `re` in `text` (at most 5.000), for picking one. */
function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < 5000; m = re.exec(text)) out.push(m);
  return out;
}

function insertAt(text: string, at: number, what: string): string {
  return text.slice(0, at) + what + text.slice(at);
}

/** One mutation of an XML part's text. */
function mutateXml(r: Rand, xml: string, describe: string[]): string {
  // Mostly mutations that keep the XML well-formed (repeats, numbers, attributes, string indexes), so the case gets
  // past the XML parser into the reader and the importers; the rest break it (markers, deletions, cuts).
  const kind = r() < 0.7 ? 2 + int(r, 4) : pick(r, [0, 1, 6]);
  if (xml.length === 0) return pick(r, MARKERS);
  switch (kind) {
    case 0: {
      const marker = pick(r, MARKERS);
      describe.push(`insert ${JSON.stringify(marker)}`);
      return insertAt(xml, int(r, xml.length + 1), marker);
    }
    case 1: {
      const at = int(r, xml.length);
      const len = 1 + int(r, 200);
      describe.push(`delete ${len} chars`);
      return xml.slice(0, at) + xml.slice(at + len);
    }
    case 2: {
      const found = matchesOf(xml, pick(r, DUPLICABLE));
      if (found.length === 0) return mutateXml(r, xml, describe);
      const m = pick(r, found);
      const times = pick(r, [1, 2, 10, 100, 2000]);
      describe.push(`repeat ${m[0].slice(0, 20)}… ${times}×`);
      return xml.slice(0, m.index) + m[0].repeat(times + 1) + xml.slice(m.index + m[0].length);
    }
    case 3: {
      const found = matchesOf(xml, /<v>([^<]*)<\/v>|="(-?\d[\d.eE+-]*)"/g);
      if (found.length === 0) return mutateXml(r, xml, describe);
      const m = pick(r, found);
      const value = pick(r, NUMBERS);
      describe.push(`number ${m[0].slice(0, 20)} → ${value}`);
      const replaced = m[1] !== undefined ? `<v>${value}</v>` : `="${value}"`;
      return xml.slice(0, m.index) + replaced + xml.slice(m.index + m[0].length);
    }
    case 4: {
      const name = pick(r, ATTR_NAMES);
      const found = matchesOf(xml, new RegExp(`\\s(?:\\w+:)?${name}="[^"]*"`, 'g'));
      if (found.length === 0) return mutateXml(r, xml, describe);
      const m = pick(r, found);
      const value = pick(r, ATTR_VALUES[name] ?? ['']);
      describe.push(`${name}="${value.slice(0, 20)}"`);
      return xml.slice(0, m.index) + ` ${name}="${value}"` + xml.slice(m.index + m[0].length);
    }
    case 5: {
      // A shared-string cell pointing anywhere.
      const found = matchesOf(xml, /t="s"[^>]*><v>\d+<\/v>/g);
      if (found.length === 0) return mutateXml(r, xml, describe);
      const m = pick(r, found);
      const index = pick(r, ['-1', '99999999', '1.5', '4294967296', String(int(r, 100))]);
      describe.push(`shared string → ${index}`);
      return (
        xml.slice(0, m.index) +
        m[0].replace(/<v>\d+<\/v>/, `<v>${index}</v>`) +
        xml.slice(m.index + m[0].length)
      );
    }
    default: {
      const at = int(r, xml.length);
      describe.push(`cut at ${at}`);
      return xml.slice(0, at);
    }
  }
}

function mutateBytes(r: Rand, bytes: Uint8Array, describe: string[]): Uint8Array {
  const out = bytes.slice();
  const kind = int(r, 4);
  if (out.length === 0) return new Uint8Array([int(r, 256)]);
  switch (kind) {
    case 0: {
      const n = 1 + int(r, 8);
      for (let k = 0; k < n; k++) out[int(r, out.length)] = int(r, 256);
      describe.push(`flip ${n} bytes`);
      return out;
    }
    case 1: {
      const at = int(r, out.length);
      describe.push(`truncate at ${at}`);
      return out.subarray(0, at);
    }
    case 2: {
      const at = int(r, out.length);
      const len = 1 + int(r, 64);
      const ins = new Uint8Array(len).map(() => int(r, 256));
      const next = new Uint8Array(out.length + len);
      next.set(out.subarray(0, at), 0);
      next.set(ins, at);
      next.set(out.subarray(at), at + len);
      describe.push(`insert ${len} bytes`);
      return next;
    }
    default: {
      const from = int(r, out.length);
      const len = Math.min(out.length - from, 1 + int(r, 4096));
      const at = int(r, out.length);
      const next = new Uint8Array(out.length + len);
      next.set(out.subarray(0, at), 0);
      next.set(out.subarray(from, from + len), at);
      next.set(out.subarray(at), at + len);
      describe.push(`copy ${len} bytes`);
      return next;
    }
  }
}

/** Patches what the central directory says of a random entry: sizes, method, the encryption flag. */
function patchDirectory(r: Rand, bytes: Uint8Array, describe: string[]): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const headers: number[] = [];
  for (let p = 0; p + 46 <= out.length; p++) if (view.getUint32(p, true) === 0x02014b50) headers.push(p);
  if (headers.length === 0) return out;
  const p = pick(r, headers);
  const real = view.getUint32(p + 24, true);
  switch (int(r, 5)) {
    case 0: {
      const size = pick(r, [0, 1, Math.floor(real / 2), 0xffffffff, real * 1000]);
      view.setUint32(p + 24, size >>> 0, true);
      describe.push(`declared size ${real} → ${size >>> 0}`);
      break;
    }
    case 1: {
      const size = pick(r, [0, 1, 0xffffffff]);
      view.setUint32(p + 20, size, true);
      describe.push(`compressed size → ${size}`);
      break;
    }
    case 2:
      view.setUint16(p + 10, pick(r, [0, 8, 12, 99]), true);
      describe.push('method changed');
      break;
    case 3:
      view.setUint16(p + 8, view.getUint16(p + 8, true) | 1, true);
      describe.push('encrypted flag');
      break;
    default:
      view.setUint32(p + 42, pick(r, [0, 0xffffffff, out.length]), true);
      describe.push('local header offset');
  }
  return out;
}

/** What an input holds. */
export interface Mutated {
  bytes: Uint8Array;
  /** The mutations, for the report. */
  steps: string[];
}

export function mutate(source: Uint8Array, name: string, seed: number): Mutated {
  const r = rng(seed);
  const steps: string[] = [];
  let files: Unzipped | null = null;
  if (source[0] === 0x50 && source[1] === 0x4b) {
    try {
      files = unzipSync(source);
    } catch {
      files = null;
    }
  }
  const choice = r();
  if (files && choice < 0.7) {
    const names = Object.keys(files);
    const xmlParts = names.filter((n) => /\.(xml|rels)$/i.test(n));
    const rounds = 1 + int(r, 3);
    for (let k = 0; k < rounds; k++) {
      const action = r();
      if (action < 0.8 && xmlParts.length > 0) {
        // Sheets, the workbook, shared strings, styles and relationships are where readers go wrong.
        const preferred = xmlParts.filter((n) => /sheet|workbook|sharedStrings|styles|rels/i.test(n));
        const part = pick(r, preferred.length > 0 && r() < 0.8 ? preferred : xmlParts);
        const xml = strFromU8(files[part] ?? new Uint8Array());
        const local: string[] = [];
        files[part] = strToU8(mutateXml(r, xml, local));
        steps.push(`${part}: ${local.join(', ')}`);
      } else if (action < 0.9 && names.length > 1) {
        const part = pick(r, names);
        delete files[part];
        steps.push(`remove ${part}`);
      } else {
        const from = pick(r, names);
        const to = pick(r, names);
        files[to] = files[from] ?? new Uint8Array();
        steps.push(`${to} := ${from}`);
      }
    }
    let bytes: Uint8Array = zipSync(files, { level: int(r, 3) === 0 ? 0 : 6 });
    if (r() < 0.25) bytes = patchDirectory(r, bytes, steps);
    return { bytes, steps };
  }
  if (!files && /\.csv$/i.test(name) && choice < 0.6) {
    const text = strFromU8(source);
    const lines = text.split('\n');
    const at = 1 + int(r, Math.max(1, lines.length - 1));
    const line = lines[at] ?? '';
    const fields = line.split(';');
    const f = int(r, Math.max(1, fields.length));
    const value = r() < 0.5 ? pick(r, HUGE_DANISH) : pick(r, [...NUMBERS, '"', '"";"', ';'.repeat(20000)]);
    fields[f] = value;
    lines[at] = fields.join(';');
    steps.push(`line ${at + 1} field ${f + 1} → ${value.slice(0, 30)}`);
    return { bytes: strToU8(lines.join('\n')), steps };
  }
  const rounds = 1 + int(r, 3);
  let bytes = source;
  for (let k = 0; k < rounds; k++) bytes = mutateBytes(r, bytes, steps);
  return { bytes, steps };
}
