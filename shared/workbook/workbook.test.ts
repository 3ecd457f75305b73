import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isReadError } from '../model/problem.ts';
import { csvRecords, decodeText, openWorkbook, type Cell, type WorkbookFile } from './index.ts';
import { ZipArchive } from './zip.ts';

const FIXTURES = new URL('../../../shared/fixtures/', import.meta.url);

/** A minimal xlsx written by hand, so each quirk is in the file on purpose. */
function xlsx(
  sheetXml: string,
  extra: { workbookPr?: string; sharedStrings?: string; styles?: string } = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${extra.workbookPr ?? ''}<x:sheets><x:sheet name="Ark &amp; 1" sheetId="1" r:id="rId1"/><x:sheet name="Skjult" sheetId="2" state="hidden" r:id="rId4"/></x:sheets></x:workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    'xl/worksheets/sheet2.xml': strToU8('<worksheet><sheetData/></worksheet>'),
  };
  if (extra.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(extra.sharedStrings);
  if (extra.styles) files['xl/styles.xml'] = strToU8(extra.styles);
  return zipSync(files);
}

async function cells(file: WorkbookFile, sheet: string): Promise<Map<string, Cell>> {
  const out = new Map<string, Cell>();
  await file.readRows(sheet, (row) => {
    for (const c of row.cells) out.set(c.address, c);
  });
  return out;
}

describe('xlsx-læseren', () => {
  it('læser celletyper, delte formler, fejl, rig tekst og formler uden gemt værdi', async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="2" max="3" hidden="1"/></cols>
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>B</t></r><r><rPr><b/></rPr><t xml:space="preserve">2026</t></r></is></c><c r="C1"><v>2026</v></c></row>
<row r="3" hidden="1"><c r="A3" t="e"><v>#REF!</v></c><c r="B3"><f>SUM(A1:A2)</f><v></v></c><c r="C3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D3" t="b"><v>1</v></c>
<c r="E3"><f t="shared" ref="E3:F3" si="0">A3*2</f><v>4</v></c><c r="F3"><f t="shared" si="0"/><v>6</v></c><c><v>7</v></c><c r="H3" s="1"><v>46023</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`;
    const sst = '<sst><si><t>Udvalg &lt;A&gt;</t><rPh><t>ふりがな</t></rPh></si></sst>';
    const styles =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>';
    const file = await openWorkbook(xlsx(sheet, { sharedStrings: sst, styles }), 'håndlavet.xlsx');
    expect(file.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Ark & 1', 'visible'],
      ['Skjult', 'hidden'],
    ]);
    const got = await cells(file, 'Ark & 1');
    expect(got.get('A1')).toMatchObject({ kind: 'text', value: 'Udvalg <A>' });
    expect(got.get('B1')).toMatchObject({ kind: 'text', value: 'B2026' });
    expect(got.get('C1')).toMatchObject({ kind: 'number', value: 2026 });
    expect(got.get('A3')).toMatchObject({ kind: 'error', value: '#REF!' });
    expect(got.get('B3')).toMatchObject({ kind: 'formula', value: null, formula: 'SUM(A1:A2)' });
    expect(got.get('C3')).toMatchObject({ kind: 'text', value: 'ab', formula: '"a"&"b"' });
    expect(got.get('D3')).toMatchObject({ kind: 'boolean', value: true });
    expect(got.get('F3')).toMatchObject({ kind: 'number', value: 6, formula: 'A3*2' });
    expect(got.get('G3')).toMatchObject({ kind: 'number', value: 7, column: 'G' });
    expect(got.get('H3')).toMatchObject({ kind: 'date', value: 46023, dateIso: '2026-01-01' });
    const details = await file.readRows('Ark & 1', () => undefined);
    expect(details.hiddenColumns).toEqual([2, 3]);
    expect(details.merges.map((m) => m.ref)).toEqual(['A1:C1']);
    expect(details).toMatchObject({ lastRow: 3, lastCol: 8, complete: true });
    const hiddenRows: number[] = [];
    await file.readRows('Ark & 1', (row) => {
      if (row.hidden) hiddenRows.push(row.row);
    });
    expect(hiddenRows).toEqual([3]);
  });

  it('1904-datosystemet flytter datoerne', async () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>0</v></c></row></sheetData></worksheet>';
    const styles = '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const file = await openWorkbook(
      xlsx(sheet, { workbookPr: '<x:workbookPr date1904="1"/>', styles }),
      'mac.xlsx',
    );
    expect(file.date1904).toBe(true);
    expect((await cells(file, 'Ark & 1')).get('A1')?.dateIso).toBe('1904-01-01');
  });

  it('readSheetGrid giver et gitter og kan stoppe efter de første rækker', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<row r="${i + 1}"><c r="B${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const file = await openWorkbook(xlsx(`<worksheet><sheetData>${rows}</sheetData></worksheet>`), 'g.xlsx');
    const grid = await file.readSheetGrid('Ark & 1', 10);
    expect(grid.rows).toHaveLength(10);
    expect(grid.rows[9]?.[1]?.value).toBe(9);
    expect(grid.details.complete).toBe(false);
    await expect(file.readSheetGrid('Findes ikke')).rejects.toMatchObject({
      problem: { code: 'sheet_not_found' },
    });
  });

  it('fjendtlige adresser ud over Excels grænser giver ingen kæmpe gitre', async () => {
    const sheet =
      '<worksheet><sheetData><row r="99999999999"><c r="ZZZZZ1"><v>1</v></c></row><row r="1048576"><c r="B1048576"><v>2</v></c></row></sheetData></worksheet>';
    const file = await openWorkbook(xlsx(sheet), 'fjendtlig.xlsx');
    const grid = await file.readSheetGrid('Ark & 1');
    expect(grid.rows.length).toBe(1_048_576);
    expect(grid.rows[0]?.[0]?.value).toBe(1);
    expect(grid.rows[1_048_575]?.[1]?.value).toBe(2);
  });

  it('en DTD med entitetsbombe i delte strenge udvides ikke', async () => {
    const lol =
      '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const sst = `<?xml version="1.0"?>${lol}<sst><si><t>&c;</t></si></sst>`;
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>';
    const result = await openWorkbook(xlsx(sheet, { sharedStrings: sst }), 'lol.xlsx').then(
      async (file) => String((await cells(file, 'Ark & 1')).get('A1')?.value ?? '').length,
      (error: unknown) => (isReadError(error) ? error.problem.code : 'crash'),
    );
    expect(result === 'corrupt_or_truncated' || (typeof result === 'number' && result < 1000)).toBe(true);
  });

  it('strict OOXML (andre navnerum) og skjulte ark', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('wild/sheet_visibility_strict.xlsx', FIXTURES)));
    const file = await openWorkbook(bytes, 'sheet_visibility_strict.xlsx');
    expect(file.sheets.map((s) => s.visibility)).toEqual(['visible', 'hidden', 'veryHidden']);
    expect((await cells(file, 'Visible')).size).toBeGreaterThan(0);
  });

  it('ERP-filens skjulte kolonne J og flettede titelceller', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('public/budget-erp-export.xlsx', FIXTURES)));
    const file = await openWorkbook(bytes, 'budget-erp-export.xlsx');
    const details = await file.readRows('Rapport', () => undefined);
    expect(details.hiddenColumns).toEqual([10]);
    expect(details.merges.map((m) => m.ref)).toEqual(expect.arrayContaining(['A1:N1', 'A2:N2', 'A3:N3']));
  });

  it('filtypen afgøres af indholdet, ikke navnet', async () => {
    const csvAsXlsx = await openWorkbook(strToU8('a;b\n1;2\n'), 'budget.xlsx').catch((e: unknown) => e);
    expect(isReadError(csvAsXlsx) && csvAsXlsx.problem.code).toBe('not_an_xlsx');
    const html = await openWorkbook(
      strToU8('<html><body><table><tr><td>1</td></tr></table></body></html>'),
      'udtræk.xls',
    ).catch((e: unknown) => e);
    expect(isReadError(html) && html.problem.message).toMatch(/HTML/);
    const zipAsCsv = await openWorkbook(xlsx('<worksheet><sheetData/></worksheet>'), 'budget.csv');
    expect(zipAsCsv.format).toBe('xlsx');
  });
});

describe('udpakning af store dele (platformens zlib, ellers fflate)', () => {
  /** 2 MB of 16 letters at random: compresses to about half (Huffman-coded blocks), still past the 512 KB line. */
  function bigPart(): Uint8Array {
    const bytes = new Uint8Array(2_000_000);
    let x = 2463534242;
    for (let i = 0; i < bytes.length; i++) {
      // xorshift32
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      bytes[i] = 97 + (x & 15);
    }
    return bytes;
  }

  /** Sets the declared uncompressed size of the one entry in the central directory. */
  function declareSize(zip: Uint8Array, size: number): Uint8Array {
    const out = zip.slice();
    const view = new DataView(out.buffer);
    for (let p = out.length - 22; p >= 0; p--) {
      if (view.getUint32(p, true) === 0x02014b50) {
        view.setUint32(p + 24, size, true);
        return out;
      }
    }
    throw new Error('no central directory entry');
  }

  /** How many platform inflaters the last `inflateAll` made (so a test knows which path it went). */
  let platformInflaters = 0;

  async function inflateAll(zipBytes: Uint8Array, withPlatform: boolean): Promise<Uint8Array | string> {
    const g = globalThis as { DecompressionStream?: new (format: string) => object };
    const saved = g.DecompressionStream;
    platformInflaters = 0;
    if (!withPlatform) delete g.DecompressionStream;
    else if (saved) {
      const Platform = saved;
      g.DecompressionStream = class {
        constructor(format: string) {
          platformInflaters++;
          return new Platform(format);
        }
      };
    }
    try {
      const zip = new ZipArchive(zipBytes, 'stor.xlsx');
      const entry = zip.find('xl/worksheets/sheet1.xml');
      if (!entry) throw new Error('entry missing');
      return await zip.readBytes(entry);
    } catch (error) {
      return isReadError(error) ? error.problem.code : String(error);
    } finally {
      g.DecompressionStream = saved;
    }
  }

  const part = bigPart();
  const zipped = zipSync({ 'xl/worksheets/sheet1.xml': part }, { level: 6 });

  it('platformen har DecompressionStream (ellers prøves kun fflate)', () => {
    expect(typeof (globalThis as { DecompressionStream?: unknown }).DecompressionStream).toBe('function');
    expect(zipped.length).toBeGreaterThan(512 * 1024);
  });

  for (const withPlatform of [true, false]) {
    const how = withPlatform ? 'platformens zlib' : 'fflate';
    it(`${how}: giver præcis de bytes, der blev pakket`, async () => {
      const out = await inflateAll(zipped, withPlatform);
      expect(platformInflaters).toBe(withPlatform ? 1 : 0);
      expect(
        out instanceof Uint8Array && out.length === part.length && out.every((b, i) => b === part[i]),
      ).toBe(true);
    });

    it(`${how}: en del, der fylder mere end kataloget siger, afvises som zip-bombe`, async () => {
      expect(await inflateAll(declareSize(zipped, 600_000), withPlatform)).toBe('decompression_bomb');
    });

    it(`${how}: ødelagte komprimerede data afvises som beskadiget fil`, async () => {
      const broken = zipped.slice();
      // The first byte of the deflate data becomes a block of the reserved type 3, which no inflater accepts.
      const view = new DataView(broken.buffer);
      broken[30 + view.getUint16(26, true) + view.getUint16(28, true)] = 0xff;
      expect(await inflateAll(broken, withPlatform)).toBe('corrupt_or_truncated');
    });
  }
});

describe('dansk CSV', () => {
  it('semikolon, citationstegn med ; og linjeskift, CRLF, BOM; koder forbliver tekst', async () => {
    const text = '\ufeffFunktion;Tekst;2026\r\n3.22.01;"Skole; ""Øst""\r\nny linje";-1234,5\r\n1.0;x;\r\n';
    const file = await openWorkbook(new TextEncoder().encode(text), 'budget.csv');
    const grid = await file.readSheetGrid('budget');
    expect(grid.rows[1]?.map((c) => c?.value)).toEqual(['3.22.01', 'Skole; "Øst"\r\nny linje', '-1234,5']);
    expect(grid.rows[2]?.[0]).toMatchObject({ kind: 'text', value: '1.0', address: 'A3' });
  });

  it.each([
    [
      'en titel med komma over semikolon-data',
      'Fjordby Kommune, budget 2026\r\nUdvalg;Tekst;2026\r\nØU;Løn;-1,5\r\n',
      ';',
    ],
    ['tabulator', 'Udvalg\tTekst\t2026\nØU\tLøn, fælles\t-1,5\n', '\t'],
    ['komma med punktum som decimaltegn', 'Udvalg,Tekst,2026\nØU,"Løn; fælles",-1.5\n', ','],
  ])('skilletegnet findes på de første linjer: %s', async (_, text, separator) => {
    const file = await openWorkbook(new TextEncoder().encode(text), 'budget.csv');
    const grid = await file.readSheetGrid('budget');
    const last = grid.rows[grid.rows.length - 1]?.map((c) => c?.value);
    expect(last).toHaveLength(3);
    expect(last?.[0]).toBe('ØU');
    expect([...csvRecords(text, separator)].at(-1)).toEqual(last);
  });

  it('Windows-1252 når filen ikke er gyldig UTF-8', () => {
    const bytes = new Uint8Array([0x42, 0xf8, 0x72, 0x6e, 0x65, 0x3b, 0x80]); // "Børne;€"
    expect(decodeText(bytes)).toEqual({ text: 'Børne;€', encoding: 'windows-1252' });
  });

  it('felter skrevet med citationstegn kommer uændret tilbage', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(';')).join('\r\n');
          expect([...csvRecords(text, ';')]).toEqual(rows);
        },
      ),
    );
  });
});
