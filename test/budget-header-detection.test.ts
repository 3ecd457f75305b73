/**
 * Header detection of the budget importer on layouts written by exceljs: a long ERP preamble (selection criteria,
 * one line per filter) before the header, and two-row headers whose years sit only in a merged group row above
 * the sub-headers. Expected totals are computed here from the amounts the test itself writes (integer tenths of
 * 1.000 kr., so every sum is exact), never by reading the file back.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  importBudget,
  previewBudget,
  reuseMapping,
  summarizeBudget,
  yearColumnLetters,
} from '../shared/budget/index.ts';
import type { ColumnMapping } from '../shared/model/budget.ts';
import { openWorkbook, type WorkbookFile } from '../shared/workbook/index.ts';
import { READABLE_BUDGETS, readFixture } from './helpers/fixtures.ts';

type Cell = string | number | null;

const COMMITTEES = ['Børne- og Ungeudvalget', 'Social- og Sundhedsudvalget', 'Teknik- og Miljøudvalget'];
const AREAS = ['Skoler og SFO', 'Ældre', 'Veje og grønne områder'];

/** A small deterministic generator, so a failing case can be re-run exactly. */
function random(seed: number): (min: number, max: number) => number {
  let s = seed >>> 0 || 1;
  return (min, max) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return min + ((s >>> 0) % (max - min + 1));
  };
}

interface Line {
  committee: string;
  area: string;
  text: string;
  /** Per plan year, in tenths of 1.000 kr.: expenditure (positive) and income (negative). */
  expense: number[];
  income: number[];
  /** Values of the columns that are not the plan (Regnskab 2024, KB 2025, ...), in tenths: must not count. */
  other: number[];
}

function makeLines(count: number, years: number, others: number, seed: number): Line[] {
  const r = random(seed);
  return Array.from({ length: count }, (_, i) => ({
    committee: COMMITTEES[i % COMMITTEES.length] ?? '',
    area: AREAS[(i >> 1) % AREAS.length] ?? '',
    text: `Linje ${i + 1}`,
    expense: Array.from({ length: years }, () => r(0, 90_000)),
    income: Array.from({ length: years }, () => -r(0, 30_000)),
    other: Array.from({ length: others }, () => r(1, 99_999)),
  }));
}

/** Net per year in kroner: (expense + income) tenths × 100 kr. */
function netKroner(lines: readonly Line[], years: number): number[] {
  return Array.from({ length: years }, (_, y) =>
    lines.reduce((sum, l) => sum + ((l.expense[y] ?? 0) + (l.income[y] ?? 0)) * 100, 0),
  );
}

const tenths = (t: number): number => t / 10;

async function xlsx(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Rapport'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function open(bytes: Uint8Array, name = 'udtraek.xlsx') {
  return openWorkbook(bytes, name);
}

/** Selection criteria as an ERP report prints them, including lines that mention years and hold single numbers. */
function preamble(count: number, seed: number): Cell[][] {
  const r = random(seed);
  const kinds: ((k: number) => Cell[])[] = [
    (k) => [`Parameter ${k}:`, `Værdi ${r(1, 999)}`],
    () => ['Regnskabsår', 2024],
    () => ['Budgetår:', 2026],
    () => ['Funktion:', '0.00.00 - 6.99.99'],
    () => ['Art:', '1.0 - 9.9'],
    () => ['Omkostningssted:', 'Alle'],
    () => ['Beløbsart:', 'Budget 2026 (1.000 kr.)'],
    // A line that scores like a header (four plan years) but has no budget lines below it.
    () => ['Beløbskolonner:', 'Budget 2026', 'Overslag 2027', 'Overslag 2028', 'Overslag 2029'],
    () => ['Udskrevet', '27-11-2026 kl. 06:15'],
    () => [],
  ];
  return Array.from({ length: count }, (_, k) => kinds[r(0, kinds.length - 1)]?.(k + 1) ?? []);
}

const ONE_ROW_HEADER: Cell[] = [
  'Udvalg',
  'Politikområde',
  'Tekst',
  'Regnskab 2024',
  'Korrigeret budget 2025',
  'Oprindeligt budget 2025',
  'Budget 2026',
  'Overslag 2027',
  'Overslag 2028',
  'Overslag 2029',
];

async function preambleWorkbook(
  preambleRows: number,
  lines: readonly Line[],
  seed: number,
): Promise<Uint8Array> {
  return xlsx((ws) => {
    // Rows may be blank in the preamble: write each at its own number.
    preamble(preambleRows, seed).forEach((cells, i) => {
      if (cells.length > 0) ws.getRow(i + 1).values = cells;
    });
    ws.getRow(preambleRows + 1).values = ONE_ROW_HEADER;
    lines.forEach((l, i) => {
      ws.getRow(preambleRows + 2 + i).values = [
        l.committee,
        l.area,
        l.text,
        ...l.other.map(tenths),
        ...l.expense.map((e, y) => tenths(e + (l.income[y] ?? 0))),
      ];
    });
  });
}

describe('overskriften findes under en lang indledning (ERP-udtræk)', () => {
  it.each([
    [60, 1],
    [45, 2],
    [150, 3],
  ])(
    '%i rækker udvalgskriterier: overskriften i rækken under dem, planårene og totalerne',
    async (n, seed) => {
      const lines = makeLines(30, 4, 3, seed);
      const file = await open(await preambleWorkbook(n, lines, seed));
      const preview = await previewBudget(file);
      const sheet = preview.sheets[0];
      expect(sheet?.headerRow).toBe(n + 1);
      expect(sheet?.groupHeaderRow).toBeUndefined();
      expect(preview.years).toEqual([2026, 2027, 2028, 2029]);
      expect(sheet?.years).toEqual({ '2026': 'G', '2027': 'H', '2028': 'I', '2029': 'J' });
      expect(Object.values(sheet?.notPlanColumns ?? {})).toEqual(
        expect.arrayContaining(['Regnskab 2024', 'Korrigeret budget 2025', 'Oprindeligt budget 2025']),
      );

      const budget = await importBudget(file);
      expect(budget.lines).toHaveLength(lines.length);
      expect(budget.lines[0]?.source.row).toBe(n + 2);
      expect(summarizeBudget(budget).totals).toEqual(netKroner(lines, 4));
    },
  );

  it('enhver indledning op til 180 rækker: alle linjer og de rigtige totaler', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 180 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        async (n, count, seed) => {
          const lines = makeLines(count, 4, 3, seed);
          const file = await open(await preambleWorkbook(n, lines, seed));
          const budget = await importBudget(file);
          expect(budget.mapping.sheets[0]?.headerRow).toBe(n + 1);
          expect(budget.years).toEqual([2026, 2027, 2028, 2029]);
          expect(budget.lines).toHaveLength(count);
          expect(summarizeBudget(budget).totals).toEqual(netKroner(lines, 4));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('forhåndsvisningen læser kun de første rækker, også efter en lang indledning', async () => {
    const lines = makeLines(3000, 4, 3, 11);
    const file = await open(await preambleWorkbook(150, lines, 11));
    let delivered = 0;
    const counting: WorkbookFile = {
      fileName: file.fileName,
      format: file.format,
      sheets: file.sheets,
      date1904: file.date1904,
      problems: file.problems,
      readSheetGrid: (sheet, maxRows, options) => file.readSheetGrid(sheet, maxRows, options),
      readRows: (sheet, onRow, options) =>
        file.readRows(
          sheet,
          (row, hidden) => {
            delivered++;
            return onRow(row, hidden);
          },
          options,
        ),
    };
    const preview = await previewBudget(counting);
    expect(preview.sheets[0]?.headerRow).toBe(151);
    // The header, then the preview's 20 rows below it: nowhere near the 3,000 lines.
    expect(delivered).toBeLessThanOrEqual(151 + 21);
    expect(preview.sheets[0]?.rows.length).toBe(21);
  });

  it('et ark med over 200 rækker tekst og ingen overskrift afvises og hænger ikke', async () => {
    const bytes = await xlsx((ws) => {
      for (let i = 1; i <= 400; i++) ws.getRow(i).values = [`Notat ${i}`, 'om budget 2026'];
    });
    await expect(previewBudget(await open(bytes))).rejects.toMatchObject({
      problem: { code: 'no_amounts_found' },
    });
  });
});

interface TwoRowOptions {
  lines: readonly Line[];
  /** Title rows above the header (merged across the sheet, as ERP reports print them). */
  titles: boolean;
  /** Merge the group cells (and the label cells vertically); without, only the first cell of a group has text. */
  merge: boolean;
  /** The budget year; 2026 unless said. */
  firstYear?: number;
  /** A blank row between the group row and the sub-headers. */
  gap?: boolean;
}

const planLabels = (first: number): string[] => [
  `Budget ${first}`,
  `Overslag ${first + 1}`,
  `Overslag ${first + 2}`,
  `Overslag ${first + 3}`,
];

/**
 * Row g: Udvalg | Område | Tekst | Regnskab 2024 (2 cols) | Budget 2026 (2 cols) | Overslag 2027 (2 cols) …
 * Row g+1:       |        |       | Udgift | Indtægt | Udgift | Indtægt …
 */
async function splitYearWorkbook(
  o: TwoRowOptions,
): Promise<{ bytes: Uint8Array; groupRow: number; subRow: number }> {
  const groupRow = o.titles ? 4 : 1;
  const subRow = groupRow + (o.gap ? 2 : 1);
  const bytes = await xlsx((ws) => {
    if (o.titles) {
      ws.getRow(1).values = ['Fjordby Kommune'];
      ws.getRow(2).values = ['Budget 2026-2029, drift'];
      ws.getRow(3).values = ['Beløb i 1.000 kr.'];
      if (o.merge) for (const r of [1, 2, 3]) ws.mergeCells(r, 1, r, 13);
    }
    const first = o.firstYear ?? 2026;
    const group: Cell[] = ['Udvalg', 'Område', 'Tekst', `Regnskab ${first - 2}`, null];
    const sub: Cell[] = [null, null, null, 'Udgift', 'Indtægt'];
    for (const label of planLabels(first)) {
      group.push(label, null);
      sub.push('Udgift', 'Indtægt');
    }
    ws.getRow(groupRow).values = group;
    ws.getRow(subRow).values = sub;
    if (o.merge) {
      for (let c = 1; c <= 3; c++) ws.mergeCells(groupRow, c, subRow, c);
      for (let c = 4; c <= 12; c += 2) ws.mergeCells(groupRow, c, groupRow, c + 1);
    }
    o.lines.forEach((l, i) => {
      const values: Cell[] = [l.committee, l.area, l.text, tenths(l.other[0] ?? 0), -tenths(l.other[1] ?? 0)];
      l.expense.forEach((e, y) => values.push(tenths(e), tenths(l.income[y] ?? 0)));
      ws.getRow(subRow + 1 + i).values = values;
    });
  });
  return { bytes, groupRow, subRow };
}

describe('overskrift i to rækker: årene i en flettet gruppecelle over Udgift og Indtægt', () => {
  it.each([
    // 20 lines: the whole sheet is read in the preview, so the merged ranges are known.
    { count: 20, titles: true, merge: true },
    // 150 lines: the preview stops early, before the merged ranges (they sit after the rows in the file).
    { count: 150, titles: true, merge: true },
    // Group text only in the first cell of each group ("centrér over markering"), no title rows.
    { count: 20, titles: false, merge: false },
    // A blank row between the group cells and Udgift | Indtægt.
    { count: 20, titles: true, merge: false, gap: true },
  ])(
    '$count linjer, titelrækker: $titles, flettet: $merge: nettoen er Udgift + Indtægt',
    async ({ count, titles, merge, gap }) => {
      const lines = makeLines(count, 4, 2, count + 7);
      const { bytes, groupRow, subRow } = await splitYearWorkbook({ lines, titles, merge, gap });
      const file = await open(bytes);
      const preview = await previewBudget(file);
      const sheet = preview.sheets[0];
      expect(sheet?.groupHeaderRow).toBe(groupRow);
      expect(sheet?.headerRow).toBe(subRow);
      expect(preview.years).toEqual([2026, 2027, 2028, 2029]);
      expect(sheet?.years).toEqual({ '2026': 'F+G', '2027': 'H+I', '2028': 'J+K', '2029': 'L+M' });
      expect(sheet?.columns).toMatchObject({ committee: ['A'], area: ['B'], text: ['C'] });
      expect(sheet?.notPlanColumns).toEqual({ D: 'Regnskab 2024 Udgift', E: 'Regnskab 2024 Indtægt' });
      expect(yearColumnLetters(sheet?.years['2027'] ?? '')).toEqual(['H', 'I']);
      const codes = preview.problems.map((p) => p.code);
      expect(codes).toContain('year_columns_added');
      expect(codes).not.toContain('income_columns_positive');

      const budget = await importBudget(file);
      expect(budget.lines).toHaveLength(count);
      expect(budget.lines[0]?.source.row).toBe(subRow + 1);
      expect(budget.lines[0]?.committee).toBe(COMMITTEES[0]);
      const first = lines[0];
      expect(budget.lines[0]?.amounts).toEqual(
        [0, 1, 2, 3].map((y) => ((first?.expense[y] ?? 0) + (first?.income[y] ?? 0)) * 100),
      );
      expect(summarizeBudget(budget).totals).toEqual(netKroner(lines, 4));
    },
  );

  it('en gemt kortlægning med Udgift+Indtægt genbruges på næste års fil, og årene flytter med', async () => {
    const lines = makeLines(12, 4, 2, 99);
    const first = await open((await splitYearWorkbook({ lines, titles: true, merge: true })).bytes);
    const saved = JSON.parse(JSON.stringify((await previewBudget(first)).mapping)) as ColumnMapping;

    const next = await open(
      (await splitYearWorkbook({ lines, titles: true, merge: true, firstYear: 2027 })).bytes,
      'budget-2027.xlsx',
    );
    const reused = reuseMapping(saved, await previewBudget(next));
    expect(reused?.years).toEqual([2027, 2028, 2029, 2030]);
    expect(reused?.sheets[0]?.years).toEqual({ '2027': 'F+G', '2028': 'H+I', '2029': 'J+K', '2030': 'L+M' });
    const budget = await importBudget(next, { mapping: reused ?? saved });
    expect(budget.years).toEqual([2027, 2028, 2029, 2030]);
    expect(summarizeBudget(budget).totals).toEqual(netKroner(lines, 4));
  });

  it('indtægter skrevet med plus: en advarsel om fortegnet, og nettoen er stadig summen', async () => {
    const lines = makeLines(10, 4, 2, 3).map((l) => ({ ...l, income: l.income.map((v) => -v) }));
    const file = await open((await splitYearWorkbook({ lines, titles: false, merge: true })).bytes);
    const preview = await previewBudget(file);
    expect(preview.problems).toContainEqual(
      expect.objectContaining({ code: 'income_columns_positive', severity: 'warning', sheet: 'Rapport' }),
    );
    expect(summarizeBudget(await importBudget(file)).totals).toEqual(netKroner(lines, 4));
  });

  it('en kortlægning med ét bogstav pr. år (som før) indlæses stadig: kun den kolonne tælles', async () => {
    const lines = makeLines(10, 4, 2, 5);
    const file = await open((await splitYearWorkbook({ lines, titles: false, merge: true })).bytes);
    const mapping = (await previewBudget(file)).mapping;
    const old: ColumnMapping = {
      ...mapping,
      sheets: mapping.sheets.map((s) => ({
        ...s,
        years: { '2026': 'F', '2027': 'H', '2028': 'J', '2029': 'L' },
      })),
    };
    const budget = await importBudget(file, { mapping: old });
    const expenseOnly = [0, 1, 2, 3].map((y) => lines.reduce((sum, l) => sum + (l.expense[y] ?? 0) * 100, 0));
    expect(summarizeBudget(budget).totals).toEqual(expenseOnly);
  });
});

/**
 * Row 1: |        |       | Udgifter (4 cols)           | Indtægter (4 cols)
 * Row 2: Udvalg | Område | Tekst | 2026 | 2027 | 2028 | 2029 | 2026 | 2027 | 2028 | 2029
 */
async function blockWorkbook(
  lines: readonly Line[],
  merge: boolean,
  yearsAsText: boolean,
): Promise<Uint8Array> {
  return xlsx((ws) => {
    ws.getRow(1).values = [null, null, null, 'Udgifter', null, null, null, 'Indtægter'];
    const years: Cell[] = [2026, 2027, 2028, 2029].map((y) => (yearsAsText ? String(y) : y));
    ws.getRow(2).values = ['Udvalg', 'Område', 'Tekst', ...years, ...years];
    if (merge) {
      ws.mergeCells(1, 4, 1, 7);
      ws.mergeCells(1, 8, 1, 11);
    }
    lines.forEach((l, i) => {
      ws.getRow(3 + i).values = [
        l.committee,
        l.area,
        l.text,
        ...l.expense.map(tenths),
        ...l.income.map(tenths),
      ];
    });
  });
}

describe('tal i en kolonne uden overskrift', () => {
  it('en flettet årscelle uden Udgift | Indtægt under: de andre kolonner nævnes i én advarsel og tælles ikke', async () => {
    const lines = makeLines(12, 4, 2, 5);
    const bytes = await xlsx((ws) => {
      ws.getRow(1).values = [
        'Udvalg',
        'Område',
        'Tekst',
        ...planLabels(2026).flatMap((label) => [label, null]),
      ];
      for (let c = 4; c <= 10; c += 2) ws.mergeCells(1, c, 1, c + 1);
      lines.forEach((l, i) => {
        const values: Cell[] = [l.committee, l.area, l.text];
        l.expense.forEach((e, y) => values.push(tenths(e), tenths(l.income[y] ?? 0)));
        ws.getRow(2 + i).values = values;
      });
    });
    const preview = await previewBudget(await open(bytes));
    const notes = preview.problems.filter((p) => p.code === 'unlabelled_numbers');
    expect(notes.map((n) => n.cell)).toEqual(['E2']);
    expect(notes[0]?.message).toContain(
      "Kolonnerne E, G, I og K på arket 'Rapport' har tal, men ingen overskrift",
    );
    expect(preview.sheets[0]?.years).toEqual({ '2026': 'D', '2027': 'F', '2028': 'H', '2029': 'J' });
  });

  it('de offentlige budgetter har ingen sådanne kolonner', async () => {
    for (const name of READABLE_BUDGETS) {
      const preview = await previewBudget(await openWorkbook(readFixture(name), name));
      expect(
        preview.problems.filter((p) => p.code === 'unlabelled_numbers'),
        name,
      ).toEqual([]);
    }
  });
});

describe('overskrift i to rækker: Udgifter og Indtægter over hver sin blok af år', () => {
  it.each([
    { count: 20, merge: true, yearsAsText: false },
    { count: 150, merge: true, yearsAsText: true },
    { count: 150, merge: false, yearsAsText: false },
  ])('$count linjer, flettet: $merge, år som tekst: $yearsAsText', async ({ count, merge, yearsAsText }) => {
    const lines = makeLines(count, 4, 0, count + 1);
    const file = await open(await blockWorkbook(lines, merge, yearsAsText));
    const preview = await previewBudget(file);
    expect(preview.sheets[0]?.groupHeaderRow).toBe(1);
    expect(preview.sheets[0]?.headerRow).toBe(2);
    expect(preview.sheets[0]?.years).toEqual({ '2026': 'D+H', '2027': 'E+I', '2028': 'F+J', '2029': 'G+K' });
    const budget = await importBudget(file);
    expect(budget.lines).toHaveLength(count);
    expect(summarizeBudget(budget).totals).toEqual(netKroner(lines, 4));
  });
});

/**
 * Row g:   |        |       | Budget 2026 | Overslag 2027 | … | Korrigeret budget 2025 | Oprindeligt budget 2025
 * Row g+1: Udvalg | Område | Tekst | 1.000 kr. | 1.000 kr. | …
 */
async function unitRowWorkbook(lines: readonly Line[], titles: boolean): Promise<Uint8Array> {
  const g = titles ? 3 : 1;
  return xlsx((ws) => {
    if (titles) {
      ws.getRow(1).values = ['Fjordby Kommune - budgetforslag'];
      ws.mergeCells(1, 1, 1, 9);
    }
    ws.getRow(g).values = [
      null,
      null,
      null,
      'Korrigeret budget 2025',
      ...planLabels(2026),
      'Oprindeligt budget 2025',
    ];
    ws.getRow(g + 1).values = ['Udvalg', 'Område', 'Tekst', ...Array<string>(6).fill('1.000 kr.')];
    lines.forEach((l, i) => {
      ws.getRow(g + 2 + i).values = [
        l.committee,
        l.area,
        l.text,
        tenths(l.other[0] ?? 0),
        ...l.expense.map((e, y) => tenths(e + (l.income[y] ?? 0))),
        tenths(l.other[1] ?? 0),
      ];
    });
  });
}

describe('overskrift i to rækker: årene over, feltnavne og "1.000 kr." under', () => {
  it.each([
    { count: 15, titles: true },
    { count: 120, titles: false },
  ])('$count linjer, titelrække: $titles', async ({ count, titles }) => {
    const lines = makeLines(count, 4, 2, count);
    const file = await open(await unitRowWorkbook(lines, titles));
    const preview = await previewBudget(file);
    const sheet = preview.sheets[0];
    const g = titles ? 3 : 1;
    expect(sheet?.groupHeaderRow).toBe(g);
    expect(sheet?.headerRow).toBe(g + 1);
    expect(preview.years).toEqual([2026, 2027, 2028, 2029]);
    expect(sheet?.years).toEqual({ '2026': 'E', '2027': 'F', '2028': 'G', '2029': 'H' });
    expect(sheet?.columns).toMatchObject({ committee: ['A'], area: ['B'], text: ['C'] });
    expect(sheet?.notPlanColumns).toEqual({
      D: 'Korrigeret budget 2025 1.000 kr.',
      I: 'Oprindeligt budget 2025 1.000 kr.',
    });
    expect(preview.problems.map((p) => p.code)).toContain('non_plan_columns_left_out');

    const budget = await importBudget(file);
    expect(budget.lines).toHaveLength(count);
    expect(budget.lines[0]?.source.row).toBe(g + 2);
    expect(summarizeBudget(budget).totals).toEqual(netKroner(lines, 4));
  });
});

describe('CSV-udtræk', () => {
  it('70 linjers udvalgskriterier og en overskrift i to rækker med Udgift;Indtægt under hvert år', async () => {
    const lines = makeLines(25, 4, 0, 70);
    const danish = (tenthsValue: number): string => (tenthsValue / 10).toFixed(1).replace('.', ',');
    const text = [
      ...Array.from({ length: 70 }, (_, i) => `Udvælgelse ${i + 1};${i % 2 === 0 ? 'Alle' : '2026'}`),
      `Udvalg;Område;Tekst;${planLabels(2026)
        .map((l) => `${l};`)
        .join(';')}`,
      `;;;${Array<string>(4).fill('Udgift;Indtægt').join(';')}`,
      ...lines.map(
        (l) =>
          `${l.committee};${l.area};${l.text};${l.expense
            .map((e, y) => `${danish(e)};${danish(l.income[y] ?? 0)}`)
            .join(';')}`,
      ),
    ].join('\r\n');
    const file = await openWorkbook(new TextEncoder().encode(text), 'udtraek.csv');
    const preview = await previewBudget(file);
    expect(preview.sheets[0]?.groupHeaderRow).toBe(71);
    expect(preview.sheets[0]?.headerRow).toBe(72);
    expect(preview.sheets[0]?.years).toEqual({ '2026': 'D+E', '2027': 'F+G', '2028': 'H+I', '2029': 'J+K' });
    const budget = await importBudget(file);
    expect(budget.lines).toHaveLength(25);
    expect(summarizeBudget(budget).totals).toEqual(netKroner(lines, 4));
  });
});
