/**
 * Issue 11's hostile files, rebuilt here from the public fixtures: each is read right or refused with one Danish
 * sentence, and the limits hold before the work is done (asserted on what was read, never on seconds).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { summarizeBudget } from '../shared/budget/index.ts';
import { toYearRecord } from '../shared/model/money.ts';
import { isReadError } from '../shared/model/problem.ts';
import { createProject, parseProject, serializeProject } from '../shared/project/index.ts';
import { importProposals } from '../shared/proposals/index.ts';
import { openWorkbook, ZIP_LIMITS, type Cell } from '../shared/workbook/index.ts';
import { ZipArchive } from '../shared/workbook/zip.ts';
import { readExpected, readFixture } from './helpers/fixtures.ts';
import { declareSize, editZip, tryImport } from './helpers/hostile.ts';

const SHEET = 'xl/worksheets/sheet1.xml';
const clean = (): Uint8Array => readFixture('budget-clean.xlsx');
const cleanTotals = readExpected<{ grand_total: Record<string, number> }>('budget-clean.xlsx').grand_total;

/** Replaces the value of one cell (`<c r="L2" …><v>…</v></c>`) in the sheet XML. */
function setCell(xml: string, address: string, attrs: string, value: string): string {
  const re = new RegExp(`<c r="${address}"[^>]*>.*?</c>`);
  expect(re.test(xml)).toBe(true);
  return xml.replace(re, `<c r="${address}" ${attrs}><v>${value}</v></c>`);
}

/** Adds a cell style with a date format (numFmtId 14, d-m-yyyy) as style index 3. */
function withDateStyle(xml: string): string {
  return xml.replace(
    /<cellXfs count="3">(.*?)<\/cellXfs>/,
    '<cellXfs count="4">$1<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>',
  );
}

function totalsOf(budget: Parameters<typeof summarizeBudget>[0]): Record<string, number> {
  return toYearRecord(budget.years, summarizeBudget(budget).totals);
}

function expectDanishSentence(message: string | undefined): void {
  expect(message ?? '').toMatch(/[æøåÆØÅ]|ikke|filen|arket/i);
  expect(message ?? '').not.toMatch(/\n|Error|Invalid|undefined|NaN/);
}

describe('en datoformateret celle med et kæmpetal', () => {
  it('stopper ikke indlæsningen: cellen læses som et tal uden dato', async () => {
    const bytes = editZip(clean(), {
      'xl/styles.xml': withDateStyle,
      [SHEET]: (xml) => setCell(setCell(xml, 'L2', 's="3"', '1e300'), 'M2', 's="3"', '-9.9e15'),
    });
    const file = await openWorkbook(bytes, 'dato.xlsx');
    const seen = new Map<string, Cell>();
    await file.readRows('Budget', (row) => {
      for (const cell of row.cells)
        if (cell.address === 'L2' || cell.address === 'M2') seen.set(cell.address, cell);
      return row.row < 2;
    });
    expect(seen.get('L2')).toMatchObject({ kind: 'number', value: 1e300 });
    expect(seen.get('L2')?.dateIso).toBeUndefined();
    expect(seen.get('M2')).toMatchObject({ kind: 'number', value: -9.9e15 });
    const { budget, problem } = await tryImport(bytes, 'dato.xlsx');
    expect(problem).toBeNull();
    expect(budget?.lines.length).toBe(2000);
    // Beyond the bound on one amount: a warning with its address, not counted (see the next describe).
    expect(
      budget?.report.problems.filter((p) => p.code === 'amount_out_of_range').map((p) => p.cell),
    ).toEqual(['L2', 'M2']);
  });
});

describe('skjulte kolonner holdes som intervaller', () => {
  it('1.100 skjulte intervaller på 10 KB læses, og de rigtige kolonner er skjulte', async () => {
    const cols = Array.from(
      { length: 1100 },
      (_, i) => `<col min="${20 + i}" max="999999999" hidden="1"/>`,
    ).join('');
    const bytes = editZip(clean(), {
      [SHEET]: (xml) =>
        xml.replace(/<cols>.*?<\/cols>/, `<cols><col min="2" max="3" hidden="true"/>${cols}</cols>`),
    });
    expect(bytes.length).toBeLessThan(200_000);
    const file = await openWorkbook(bytes, 'skjulte.xlsx');
    let hiddenSeen: ReadonlySet<number> = new Set();
    const details = await file.readRows('Budget', (_row, hidden) => {
      hiddenSeen = hidden;
    });
    expect(hiddenSeen.has(1)).toBe(false);
    expect(hiddenSeen.has(2) && hiddenSeen.has(3)).toBe(true);
    expect(hiddenSeen.has(4) || hiddenSeen.has(19)).toBe(false);
    expect(hiddenSeen.has(20) && hiddenSeen.has(16_384)).toBe(true);
    expect(hiddenSeen.has(16_385)).toBe(false);
    // Excel's 16,384 columns at most, however many ranges the file states.
    expect(details.hiddenColumns.length).toBe(2 + 16_384 - 19);
    const { budget } = await tryImport(bytes, 'skjulte.xlsx');
    expect(totalsOf(budget!)).toEqual(cleanTotals);
  });
});

describe('et ark opført mange gange i workbook.xml', () => {
  it('læses én gang, så totalerne ikke ganges op, og det siges', async () => {
    const bytes = editZip(clean(), {
      'xl/workbook.xml': (xml) =>
        xml.replace(
          /(<sheet [^>]*\/>)/,
          (sheet) =>
            sheet +
            Array.from({ length: 2000 }, (_, i) =>
              i % 2 ? sheet : sheet.replace('name="Budget"', `name="Kopi ${i}"`),
            ).join(''),
        ),
    });
    expect(bytes.length).toBeLessThan(300_000);
    const file = await openWorkbook(bytes, 'gentaget.xlsx');
    expect(file.sheets.map((s) => s.name)).toEqual(['Budget']);
    const warning = file.problems.find((p) => p.code === 'sheet_listed_twice');
    expect(warning?.message).toBe(
      "Arket 'Budget' står 2.001 gange i projektmappens liste over ark. Det er kun læst én gang.",
    );
    const { budget } = await tryImport(bytes, 'gentaget.xlsx');
    expect(totalsOf(budget!)).toEqual(cleanTotals);
  });

  it('over 1.000 forskellige ark afvises med en dansk sætning, før noget ark læses', async () => {
    const bytes = editZip(clean(), {
      'xl/workbook.xml': (xml) =>
        xml.replace(
          /(<sheet [^>]*\/>)/,
          (sheet) =>
            sheet +
            Array.from({ length: 1000 }, (_, i) =>
              sheet.replace('name="Budget"', `name="Ark ${i}"`).replace('"rId1"', `"rId${i + 10}"`),
            ).join(''),
        ),
    });
    const { problem } = await tryImport(bytes, 'mange-ark.xlsx');
    expect(problem?.code).toBe('limit_exceeded');
    expect(problem?.message).toMatch(/^Projektmappen har flere end 1\.000 ark\./);
  });
});

describe('grænser der holder, før arbejdet er gjort', () => {
  const rows = (n: number, row: string): string => row.repeat(n);

  it('et ark med flere rækker end Excels 1.048.576 afvises ved række 1.048.577', async () => {
    const bytes = editZip(clean(), {
      [SHEET]: (xml) => xml.replace('</sheetData>', `${rows(1_048_576 - 2000, '<row/>')}</sheetData>`),
    });
    const { problem } = await tryImport(bytes, 'lang.xlsx');
    expect(problem?.code).toBe('limit_exceeded');
    expect(problem?.message).toBe(
      "Arket 'Budget' har flere end 1.048.576 rækker, som er det største antal, Excel tillader. Filen er beskadiget eller ikke lavet i Excel og bliver ikke indlæst.",
    );
  });

  it('rækker der gentager r="1" tæller også', async () => {
    const bytes = editZip(clean(), {
      [SHEET]: (xml) => xml.replace('</sheetData>', `${rows(1_048_576, '<row r="1"/>')}</sheetData>`),
    });
    const { problem } = await tryImport(bytes, 'gentaget-r.xlsx');
    expect(problem?.code).toBe('limit_exceeded');
  });

  it('præcis 1.048.576 rækker er tilladt', async () => {
    const bytes = editZip(clean(), {
      [SHEET]: (xml) => xml.replace('</sheetData>', `${rows(1_048_576 - 2001, '<row/>')}</sheetData>`),
    });
    const { budget } = await tryImport(bytes, 'fuld.xlsx');
    expect(totalsOf(budget!)).toEqual(cleanTotals);
  });

  it('en CSV med flere end 1.048.576 linjer afvises', async () => {
    const file = await openWorkbook(strToU8(`Udvalg;2026\n${'x\n'.repeat(1_048_576)}`), 'lang.csv');
    const error = await file.readRows(file.sheets[0]!.name, () => undefined).catch((e: unknown) => e);
    expect(isReadError(error) && error.problem.code).toBe('limit_exceeded');
    if (isReadError(error)) expectDanishSentence(error.problem.message);
  });

  it('et zip-katalog der lyver stoppes, så snart den reelle udpakning passerer det opgivne', async () => {
    const bytes = clean().slice();
    expect(declareSize(bytes, SHEET, 100_000)).toBe(1);
    const zip = new ZipArchive(bytes, 'lyver.xlsx');
    const entry = zip.find(SHEET)!;
    let delivered = 0;
    const error = await zip
      .inflate(entry, (chunk) => void (delivered += chunk.length))
      .catch((e: unknown) => e);
    expect(isReadError(error) && error.problem.code).toBe('decompression_bomb');
    // Nothing past the stated size reached the reader (the real part is 1.6 MB).
    expect(delivered).toBeLessThanOrEqual(100_000);
    expect(zip.inflatedBytes).toBeLessThanOrEqual(100_000);
  });

  it('den samlede udpakning tælles som pakket ud, ikke som kataloget siger, og hver del kun én gang', async () => {
    const part = new Uint8Array(3 * 1024 * 1024).fill(32);
    const bytes = zipSync({ a: part, b: part, c: part }, { level: 6 });
    // A directory that states 0 bytes (some writers do) passes the up-front check; the real output must not.
    for (const name of ['a', 'b', 'c']) expect(declareSize(bytes, name, 0)).toBe(1);
    const saved = ZIP_LIMITS.maxTotalBytes;
    ZIP_LIMITS.maxTotalBytes = 7 * 1024 * 1024;
    try {
      const zip = new ZipArchive(bytes, 'mange-dele.xlsx');
      const sink = (): void => undefined;
      await zip.inflate(zip.find('a')!, sink);
      await zip.inflate(zip.find('a')!, sink); // read again: not counted again
      await zip.inflate(zip.find('b')!, sink);
      expect(zip.inflatedBytes).toBe(6 * 1024 * 1024);
      const error = await zip.inflate(zip.find('c')!, sink).catch((e: unknown) => e);
      expect(isReadError(error) && error.problem.code).toBe('decompression_bomb');
      expect(zip.inflatedBytes).toBeLessThanOrEqual(7 * 1024 * 1024);
    } finally {
      ZIP_LIMITS.maxTotalBytes = saved;
    }
  });
});

describe('ét ødelagt tegn i arket', () => {
  const cases: [string, (xml: string) => string, RegExp][] = [
    [
      '<!-- åbnet efter <sheetData>',
      (xml) => xml.replace('<sheetData>', '<sheetData><!--'),
      /en kommentar \(<!--\) bliver aldrig afsluttet/,
    ],
    [
      'et manglende anførselstegn i en rækkes attribut',
      (xml) => xml.replace('<row r="1000"', '<row r="1000'),
      /et XML-mærke bliver aldrig afsluttet \(måske mangler et anførselstegn\)/,
    ],
    [
      '<![CDATA[ midt i arket',
      (xml) => xml.replace('<row r="1000"', '<![CDATA[<row r="1000"'),
      /en CDATA-sektion bliver aldrig afsluttet/,
    ],
    [
      '<? midt i arket',
      (xml) => xml.replace('<row r="1000"', '<?<row r="1000"'),
      /en behandlingsinstruktion \(<\?\) bliver aldrig afsluttet/,
    ],
  ];
  it.each(cases)('%s giver én dansk sætning om arket', async (_name, edit, what) => {
    const { problem } = await tryImport(editZip(clean(), { [SHEET]: edit }), 'ødelagt.xlsx');
    expect(problem?.code).toBe('corrupt_or_truncated');
    expect(problem?.message).toMatch(/^Filen er beskadiget: i arket 'Budget' /);
    expect(problem?.message).toMatch(what);
  });

  it('en afsluttet kommentar midt i arket springes over, og totalerne er de samme', async () => {
    const bytes = editZip(clean(), {
      [SHEET]: (xml) => xml.replace('<row r="1000"', '<!-- <row r="0"> " --><row r="1000"'),
    });
    const { budget } = await tryImport(bytes, 'kommentar.xlsx');
    expect(totalsOf(budget!)).toEqual(cleanTotals);
  });
});

describe('kæmpebeløb tælles ikke med, og summer forbliver eksakte', () => {
  // budget-clean.xlsx row 2 holds 6703,1 / 6662,8 (1.000 kr.) for 2026 / 2027 (its own sheet, read above).
  const without = (year: string, thousands: number): number =>
    Math.round((cleanTotals[year]! - thousands) * 10) / 10;

  it('1e308 og 1e16 i et regneark er en advarsel med cellens adresse, og totalerne er endelige', async () => {
    const bytes = editZip(clean(), {
      [SHEET]: (xml) => setCell(setCell(xml, 'L2', 's="2"', '1e308'), 'M2', 's="2"', '1e16'),
    });
    const { budget } = await tryImport(bytes, 'kaempe.xlsx');
    const warned = budget!.report.problems.filter((p) => p.code === 'amount_out_of_range');
    expect(warned.map((p) => p.cell)).toEqual(['L2', 'M2']);
    expect(warned[0]?.message).toBe(
      "Cellen L2 på arket 'Budget' indeholder 1e308, som er urimeligt stort for en budgetlinje (1.000 mia. kr. eller mere). Beløbet for 2026 er ikke talt med; ret cellen og indlæs filen igen.",
    );
    const totals = totalsOf(budget!);
    expect(totals['2026']).toBe(without('2026', 6703.1));
    expect(totals['2027']).toBe(without('2027', 6662.8));
    expect(totals['2028']).toBe(cleanTotals['2028']);
    // What `new` saves from it opens again.
    const project = createProject({}, budget);
    expect(parseProject(serializeProject(project)).budget?.lines.length).toBe(2000);
  });

  it('"9.999.999.999.999.999.999.999,0" i en CSV er en advarsel, ikke en absurd total', async () => {
    const csv = new TextDecoder()
      .decode(readFixture('budget-clean.csv'))
      .replace('6703,1', '9.999.999.999.999.999.999.999,0');
    const { budget } = await tryImport(strToU8(csv), 'kaempe.csv');
    expect(
      budget!.report.problems.filter((p) => p.code === 'amount_out_of_range').map((p) => p.cell),
    ).toEqual(['L2']);
    expect(totalsOf(budget!)['2026']).toBe(without('2026', 6703.1));
  });

  it('summen af en fils beløb holdes under 10^15 kr. pr. år, så enhver delsum er et eksakt heltal', async () => {
    // 1.001 lines just under the bound on one amount: the first 1.000 sum to 999.999.999.000.000 kr.
    const lines = Array.from(
      { length: 1001 },
      (_, i) => `Skoleudvalget;Linje ${i + 1};999.999.999;-999.999.999`,
    );
    const csv = strToU8(`Udvalg;Tekst;2026;2027\n${lines.join('\n')}\n`);
    const { budget } = await tryImport(csv, 'summer.csv');
    const refused = budget!.report.problems.filter((p) => p.code === 'amounts_total_out_of_range');
    expect(refused.map((p) => p.cell)).toEqual(['C1002']);
    const totals = summarizeBudget(budget!).totals;
    expect(totals).toEqual([999_999_999_000_000, -999_999_999_000_000]);
    expect(totals.every(Number.isSafeInteger)).toBe(true);
  });

  it('forslag: et kæmpebeløb og et kæmpeantal årsværk er advarsler med adresse, og forslaget kan gemmes', async () => {
    const bytes = editZip(readFixture('proposals-list.xlsx'), {
      [SHEET]: (xml) => setCell(setCell(xml, 'H6', 's="6"', '1e308'), 'L6', 's="7"', '1e7'),
    });
    const file = await openWorkbook(bytes, 'forslag.xlsx');
    const result = await importProposals([{ file, name: 'forslag.xlsx' }], {
      years: [2026, 2027, 2028, 2029],
    });
    const warned = result.problems.filter((p) => p.code === 'proposal_number_out_of_range');
    expect(warned.map((p) => p.cell)).toEqual(['H6', 'L6']);
    const first = result.imported[0]!;
    expect(first.amounts).toEqual([0, -2_490_000, -2_490_000, -2_490_000]);
    expect(first.fte[0]).toBe(0);
    const project = { ...createProject({ years: [2026, 2027, 2028, 2029] }), proposals: result.proposals };
    expect(parseProject(serializeProject(project)).proposals.length).toBe(result.proposals.length);
  });
});
