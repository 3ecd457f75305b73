/**
 * The byte scanner behind the xlsx reader gives the same elements, attributes and text as a full XML parser
 * (saxes), however the bytes are cut into chunks.
 */
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { columnNumber } from './cells.ts';
import { El, SheetScanner, type CellAttributes } from './sheet-scanner.ts';

describe('ark-scanneren (bytes)', () => {
  const CODE_NAMES = new Map<number, string>(Object.entries(El).map(([name, code]) => [code, name]));

  const SOME = ['r', 't', 's', 'ref'];
  /** What `read(SOME)` and `cell()` should give, worked out from the full attribute record. */
  function derived(all: Record<string, string>): [(string | undefined)[], CellAttributes] {
    const r = all.r;
    return [
      SOME.map((k) => all[k]),
      {
        column: r ? columnNumber(r) : 0,
        type: all.t ?? '',
        style: all.s === undefined ? -1 : Number(all.s),
      },
    ];
  }

  /** Events as text; adjacent text runs joined (a comment between two runs splits them, as in any SAX parser). */
  function scan(chunks: Uint8Array[]): string[] {
    const events: string[] = [];
    const s = new SheetScanner({
      open(element, tag) {
        // The one-pass readers first (they must agree with the full parse that all() does).
        const some: (string | undefined)[] = [];
        tag.read(SOME, some);
        const cell: CellAttributes = { column: 0, type: '', style: 0 };
        tag.cell(cell);
        const all = tag.all();
        events.push(`<${tag.name()}:${CODE_NAMES.get(element) ?? '?'}${JSON.stringify(all)}`);
        expect([some, cell]).toEqual(derived(all));
      },
      close(element) {
        events.push(`</${CODE_NAMES.get(element) ?? '?'}`);
      },
      text(t) {
        const last = events.length - 1;
        if (events[last]?.startsWith('"')) events[last] += t;
        else events.push(`"${t}`);
      },
      digits(n) {
        this.text(String(n));
      },
      wantText: () => 2,
    });
    for (const c of chunks) s.write(c);
    s.end();
    return events;
  }

  function cutAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
    const sorted = [...cuts].sort((a, b) => a - b);
    const chunks: Uint8Array[] = [];
    let prev = 0;
    for (const c of sorted) {
      chunks.push(bytes.slice(prev, c));
      prev = c;
    }
    chunks.push(bytes.slice(prev));
    return chunks;
  }

  const xml =
    '<?xml version="1.0"?><!-- kommentar > --><x:c r="A1" a=\'1>2\' t="s"><x:v>a&amp;b&#248;ø€</x:v><v><![CDATA[<x>]]></v><v>0012</v><v>42</v></x:c><row r="2"/><c r="B2" t="s"><v>7</v></c><c r="C2"><v>-1.5&amp;</v></c><c><v></v></c>';
  const expected = [
    '<c:c{"r":"A1","a":"1>2","t":"s"}',
    '<v:v{}',
    '"a&bøø€',
    '</v',
    '<v:v{}',
    '"<x>',
    '</v',
    '<v:v{}',
    '"0012',
    '</v',
    '<v:v{}',
    '"42',
    '</v',
    '</c',
    '<row:row{"r":"2"}',
    '</row',
    '<c:c{"r":"B2","t":"s"}',
    '<v:v{}',
    '"7',
    '</v',
    '</c',
    '<c:c{"r":"C2"}',
    '<v:v{}',
    '"-1.5&',
    '</v',
    '</c',
    '<c:c{}',
    '<v:v{}',
    '</v',
    '</c',
  ];

  it('håndterer præfikser, kommentarer, CDATA, entiteter, UTF-8 og ">" i attributter', () => {
    expect(scan([strToU8(xml)])).toEqual(expected);
  });

  it('giver det samme uanset hvor bytes deles i bidder, også midt i et tegn', () => {
    const bytes = strToU8(xml);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 8 }), (cuts) => {
        expect(scan(cutAt(bytes, cuts))).toEqual(expected);
      }),
    );
  });

  it('læser cellens adresse, type og typografi som attributterne siger, også skrevet usædvanligt', () => {
    const read = (tagXml: string): CellAttributes => {
      const out: CellAttributes = { column: -9, type: '?', style: -9 };
      const s = new SheetScanner({
        open(_e, tag) {
          tag.cell(out);
        },
        close() {},
        text() {},
        digits() {},
        wantText: () => 0,
      });
      s.write(strToU8(tagXml));
      s.end();
      return out;
    };
    expect(read('<c r="AB12" t="s" s="3"/>')).toEqual({ column: 28, type: 's', style: 3 });
    expect(read('<c/>')).toEqual({ column: 0, type: '', style: -1 });
    expect(read('<x:c x:r="c7" x:t="inlineStr" s="07"/>')).toEqual({
      column: 3,
      type: 'inlineStr',
      style: 7,
    });
    expect(read('<c r = "B2" t="str" s=""/>')).toEqual({ column: 2, type: 'str', style: 0 });
    expect(read("<c r='A&#66;1' t='n' foo=\"ø\" s='2'/>")).toEqual({ column: 28, type: 'n', style: 2 });
    expect(read('<c r="12" t="x" s="1e1"/>')).toEqual({ column: 0, type: 'x', style: 10 });
  });

  it('giver de samme elementer, attributter og tekster som saxes for tilfældig XML', () => {
    const names = [
      'c',
      'v',
      'f',
      't',
      'is',
      'rPh',
      'row',
      'sheetData',
      'col',
      'mergeCell',
      'x:c',
      'x:v',
      'rr',
      'abc',
    ];
    const textArb = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '&amp;',
            '&lt;',
            '&gt;',
            '&quot;',
            '&apos;',
            '&#248;',
            '&#x20AC;',
            'ø',
            '€',
            ' ',
            '1',
            '-2.5',
          ),
          fc.string({ unit: 'grapheme', maxLength: 6 }).map((x) => x.replace(/[<&]/g, '')),
        ),
        { maxLength: 4 },
      )
      .map((parts) => parts.join(''));
    const attrArb = fc.tuple(
      fc.constantFrom('r', 't', 's', 'x:r', 'x:s', 'hidden', 'ref', 'rs', 'tt'),
      fc.oneof(textArb, fc.constantFrom('A1', 'xfd9', 'B', '12', '3', '007', '', 'str', 'inlineStr', 'n')),
      fc.constantFrom('"', "'"),
      fc.constantFrom('=', ' = '),
    );
    type Node = { name: string; attrs: [string, string, string, string][]; children: (Node | string)[] };
    const { node } = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.record({
        name: fc.constantFrom(...names),
        attrs: fc.uniqueArray(attrArb, { maxLength: 3, selector: ([n]) => n.replace(/^x:/, '') }),
        children: fc.array(
          fc.oneof(
            { depthSize: 'small', withCrossShrink: true },
            textArb,
            textArb.map((t) => `<![CDATA[${t.replace(/]]>/g, '')}]]>`),
            fc.constant('<!-- > -->'),
            // The usual cell, which the scanner reads in one go after its <c>.
            fc
              .tuple(fc.constantFrom('', ' t="s"', ' r="B7" s="2"'), textArb)
              .map(([a, t]) => `<c${a}><v>${t}</v></c>`),
            tie('node'),
          ),
          { maxLength: 4 },
        ),
      }),
    }));
    const write = (n: Node): string => {
      const attrs = n.attrs
        .map(
          ([k, v, q, eq]) =>
            ` ${k}${eq}${q}${v.replace(/["']/g, (m) => (m === '"' ? '&quot;' : '&apos;'))}${q}`,
        )
        .join('');
      if (n.children.length === 0) return `<${n.name}${attrs}/>`;
      return `<${n.name}${attrs}>${n.children.map((c) => (typeof c === 'string' ? c : write(c))).join('')}</${n.name}>`;
    };
    const local = (q: string): string => q.slice(q.indexOf(':') + 1);
    const codeName = (q: string): string => {
      const l = local(q);
      return Object.hasOwn(El, l) && l !== 'other' ? l : 'other';
    };
    const viaSaxes = (doc: string): string[] => {
      const events: string[] = [];
      const p = new SaxesParser();
      const text = (t: string): void => {
        const last = events.length - 1;
        if (events[last]?.startsWith('"')) events[last] += t;
        else events.push(`"${t}`);
      };
      p.on('opentag', (tag) => {
        const attrs: Record<string, string> = {};
        // Namespace declarations keep their prefix (see parseAttributes); other attributes go by local name.
        for (const [k, v] of Object.entries(tag.attributes as Record<string, string>))
          attrs[k.startsWith('xmlns') ? k : local(k)] = v;
        events.push(`<${local(tag.name)}:${codeName(tag.name)}${JSON.stringify(attrs)}`);
        if (tag.isSelfClosing) events.push(`</${codeName(tag.name)}`);
      });
      p.on('closetag', (tag) => {
        if (!tag.isSelfClosing) events.push(`</${codeName(tag.name)}`);
      });
      p.on('text', text);
      p.on('cdata', text);
      p.write(doc).close();
      return events;
    };
    fc.assert(
      fc.property(node, fc.uniqueArray(fc.nat(), { maxLength: 6 }), (root, cutSeeds) => {
        const doc = `<?xml version="1.0"?><root xmlns:x="urn:x">${write(root)}</root>`;
        const bytes = strToU8(doc);
        const cuts = cutSeeds.map((c) => 1 + (c % Math.max(1, bytes.length - 1)));
        expect(scan(cutAt(bytes, [...new Set(cuts)]))).toEqual(viaSaxes(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('et afbrudt tag til sidst er en fejl', () => {
    expect(() => scan([strToU8('<a><b c="1')])).toThrow();
  });
});
