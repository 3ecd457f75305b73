/**
 * The scanner's one-call path for the usual cell (`<c r t s><v>…</v></c>`, see `readPlainCell`) gives exactly what
 * its general path gives: the same events to a scanner handler, and the same cells from the xlsx reader, however the
 * cells are written and however the bytes are cut into chunks.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from './index.ts';
import { El, SheetScanner, type CellAttributes, type SheetScanHandlers } from './sheet-scanner.ts';

const NAMES = new Map<number, string>(Object.entries(El).map(([name, code]) => [code, name]));

/** Attribute values and cell values that take each branch: plain, entities, UTF-8, odd numbers, quotes. */
const VALUE = fc.constantFrom(
  '0',
  '7',
  '12',
  '007',
  '123456789',
  '1234567890',
  '17.5',
  '-0',
  '1e3',
  '',
  ' ',
  ' 3',
  'abc',
  'a&amp;b',
  '&#48;',
  'ø',
  'x>y',
  "it's",
  '9007199254740993',
);
const REF = fc.constantFrom('B2', 'b2', 'AB12', '', '12', 'XFE1', 'AAA1', 'A&#66;1', 'ø1', 'C3');
const TYPE = fc.constantFrom('s', 'n', 'str', 'b', 'e', 'd', 'inlineStr', 'x', '', 'S');
const STYLE = fc.constantFrom('0', '1', '2', '07', '1e0', '', 'x');

/** One `<c>` as a file may write it: the usual shape most of the time, and every way of straying from it. */
const CELL = fc
  .record({
    attrs: fc.uniqueArray(
      fc.tuple(fc.constantFrom('r', 't', 's', 'x:r', 'cm', 'q'), fc.oneof(REF, TYPE, STYLE, VALUE)),
      { maxLength: 4, selector: ([n]) => n.replace(/^x:/, '') },
    ),
    quote: fc.constantFrom('"', "'"),
    eq: fc.constantFrom('=', '=', '=', ' = '),
    space: fc.constantFrom(' ', ' ', '\n', '  ', '\t'),
    value: VALUE,
    shape: fc.constantFrom(
      'plain',
      'plain',
      'plain',
      'empty-v',
      'self',
      'formula',
      'comment',
      'cdata',
      'prefix',
      'shared',
      'inline',
      'inline',
      'rich',
    ),
  })
  .map(({ attrs, quote, eq, space, value, shape }) => {
    const a = attrs
      .map(
        ([k, v]) =>
          `${space}${k}${eq}${quote}${v.replace(/["']/g, (m) => (m === '"' ? '&quot;' : '&apos;'))}${quote}`,
      )
      .join('');
    const v = value.replace(/[<>]/g, '');
    switch (shape) {
      case 'plain':
        return `<c${a}><v>${v}</v></c>`;
      case 'empty-v':
        return `<c${a}><v></v></c>`;
      case 'self':
        return `<c${a}/>`;
      case 'formula':
        return `<c${a}><f>A1+1</f><v>${v}</v></c>`;
      case 'comment':
        return `<c${a}><v>${v}</v><!-- c --></c>`;
      case 'shared':
        // A shared formula's master, then a cell using it: what the one-call cell after them must not inherit.
        return `<c${a}><f t="shared" ref="A1:C9" si="0">A1+1</f><v>${v}</v></c><c><f t="shared" si="0"/><v>1</v></c>`;
      case 'inline':
        return `<c${a}><is><t>${v}</t></is></c>`;
      case 'rich':
        return `<c${a}><is><r><t>${v}</t></r><rPh><t>x</t></rPh></is></c>`;
      case 'cdata':
        return `<c${a}><v><![CDATA[${v}]]></v></c>`;
      default:
        return `<x:c${a}><x:v>${v}</x:v></x:c>`;
    }
  });

const SHEET = fc
  .array(fc.array(CELL, { maxLength: 5 }), { minLength: 1, maxLength: 5 })
  .map(
    (rows) =>
      `<worksheet xmlns:x="urn:x"><sheetData>${rows.map((cells, i) => `<row r="${i + 1}">${cells.join('')}</row>`).join('')}</sheetData></worksheet>`,
  );

function cutAt(bytes: Uint8Array, seeds: number[]): Uint8Array[] {
  const cuts = [...new Set(seeds.map((s) => 1 + (s % Math.max(1, bytes.length - 1))))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let prev = 0;
  for (const c of cuts) {
    chunks.push(bytes.slice(prev, c));
    prev = c;
  }
  chunks.push(bytes.slice(prev));
  return chunks;
}

/**
 * The events a handler sees, as text: a cell's attributes as `tag.cell` reads them, text runs joined, digits
 * marked (`#12`). With `oneCall` the handler takes the usual cell in one call and writes down the events that
 * stand for it.
 */
function events(chunks: Uint8Array[], oneCall: boolean): { events: string[]; oneCalls: number } {
  const out: string[] = [];
  let oneCalls = 0;
  let type = '';
  let inV = false;
  const text = (t: string): void => {
    const last = out.length - 1;
    if (out[last]?.startsWith('"')) out[last] += t;
    else out.push(`"${t}`);
  };
  const handlers: SheetScanHandlers = {
    open(element, tag) {
      if (element === El.c) {
        const a: CellAttributes = { column: 0, type: '', style: 0 };
        tag.cell(a);
        type = a.type;
        out.push(`<c${JSON.stringify(a)}`);
      } else out.push(`<${NAMES.get(element) ?? '?'}`);
      if (element === El.v) inV = true;
    },
    close(element) {
      if (element === El.v) inV = false;
      out.push(`</${NAMES.get(element) ?? '?'}`);
    },
    text,
    digits(n) {
      out.push(`#${n}`);
    },
    wantText: () => (inV && type === 's' ? 2 : 1),
  };
  if (oneCall) {
    handlers.cell = (a, digits, t, inline) => {
      oneCalls++;
      out.push(`<c${JSON.stringify({ column: a.column, type: a.type, style: a.style })}`);
      out.push(...(inline ? ['<is', '<t'] : ['<v']));
      if (digits >= 0) out.push(`#${digits}`);
      else if (t !== '') text(t);
      out.push(...(inline ? ['</t', '</is'] : ['</v']), '</c');
      return true;
    };
  }
  const s = new SheetScanner(handlers);
  for (const c of chunks) s.write(c);
  s.end();
  return { events: out, oneCalls };
}

/** A workbook whose one sheet is `sheetXml`, with shared strings and a date style, for the reader. */
function workbook(sheetXml: string): Uint8Array {
  const rels = (body: string): Uint8Array =>
    strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`,
    );
  const type = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': rels(`<Relationship Id="rId1" Type="${type}/officeDocument" Target="xl/workbook.xml"/>`),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="${type}"><sheets><sheet name="Ark" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': rels(
      `<Relationship Id="rId1" Type="${type}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${type}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${type}/styles" Target="styles.xml"/>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    'xl/sharedStrings.xml': strToU8(
      `<sst>${Array.from({ length: 13 }, (_, i) => `<si><t>tekst ${i} &amp; ø</t></si>`).join('')}</sst>`,
    ),
    'xl/styles.xml': strToU8(
      '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs></styleSheet>',
    ),
  });
}

async function rowsOf(sheetXml: string): Promise<string> {
  const file = await openWorkbook(workbook(sheetXml), 'celler.xlsx');
  const rows: unknown[] = [];
  const details = await file.readRows('Ark', (row) => {
    rows.push(row);
  });
  return JSON.stringify([rows, details]);
}

describe('den hurtige vej for den almindelige celle', () => {
  it('giver de samme hændelser som den generelle vej, uanset hvor bytes deles', () => {
    let oneCalls = 0;
    fc.assert(
      fc.property(SHEET, fc.uniqueArray(fc.nat(), { maxLength: 6 }), (xml, seeds) => {
        const chunks = cutAt(strToU8(xml), seeds);
        const fused = events(chunks, true);
        oneCalls += fused.oneCalls;
        expect(fused.events).toEqual(events(chunks, false).events);
      }),
      { numRuns: 400 },
    );
    // The property is about the one-call path: it must actually have been taken.
    expect(oneCalls).toBeGreaterThan(100);
  });

  it('læseren giver de samme celler, som når hver celle læses ad den generelle vej', async () => {
    await fc.assert(
      fc.asyncProperty(SHEET, async (xml) => {
        // A comment before </c> makes every cell one the one-call path declines.
        const general = xml.replace(/<\/(x:)?c>/g, '<!-- --></$1c>');
        expect(await rowsOf(xml)).toEqual(await rowsOf(general));
      }),
      { numRuns: 200 },
    );
  });

  it('læser den almindelige celles adresse, type, typografi og værdi', async () => {
    const rows = JSON.parse(
      await rowsOf(
        '<worksheet><sheetData><row r="4"><c r="B4" t="s" s="2"><v>12</v></c><c r="C4" s="1"><v>46023</v></c><c r="D4" t="n"><v>17.5</v></c><c r="XFE4"><v>x</v></c><c r="F4" t="s"><v></v></c></row></sheetData></worksheet>',
      ),
    ) as [{ cells: unknown[] }[]];
    expect(rows[0][0]?.cells).toEqual([
      { col: 2, column: 'B', address: 'B4', kind: 'text', value: 'tekst 12 & ø', text: 'tekst 12 & ø' },
      {
        col: 3,
        column: 'C',
        address: 'C4',
        kind: 'date',
        value: 46023,
        text: '46023',
        dateIso: '2026-01-01',
      },
      { col: 4, column: 'D', address: 'D4', kind: 'number', value: 17.5, text: '17.5' },
      // Beyond Excel's last column: counted on from the cell before.
      { col: 5, column: 'E', address: 'E4', kind: 'text', value: 'x', text: 'x' },
    ]);
  });
});
