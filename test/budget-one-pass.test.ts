/**
 * One streaming pass over a budget (issue 16): the service column's values are counted by the import's own pass,
 * first from the preview's rows (marked partial), and a mapping choice that does not change what is read (the unit,
 * a service value's meaning, a styring correction) is applied to what was read, not to the bytes again. Checked on
 * every public budget fixture and on generated budgets: the counts of the pass equal a plain count of the service
 * cells of the lines a full import gives, and reapplying a changed mapping equals a fresh import with it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canReapply,
  importBudget,
  previewBudget,
  previewServiceValues,
  readBudget,
  reapplyMapping,
  serviceValueKey,
  serviceValuesOf,
  withFieldColumn,
  withServiceValue,
  withSheet,
  withStyringCorrection,
} from '../shared/budget/index.ts';
import type { Budget, ColumnMapping, ServiceValueCount } from '../shared/model/budget.ts';
import { isReadError } from '../shared/model/problem.ts';
import { columnNumber } from '../shared/workbook/cells.ts';
import { openWorkbook, type WorkbookFile } from '../shared/workbook/index.ts';
import { READABLE_BUDGETS, readFixture } from './helpers/fixtures.ts';

const open = (name: string): Promise<WorkbookFile> => openWorkbook(readFixture(name), name);

/**
 * The plain count: every line of a full import, its service cell's text looked up in the sheet by the line's row
 * (a separate read of the sheet), counted by key. Independent of the importer's own tally.
 */
async function countByHand(file: WorkbookFile, budget: Budget): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const sheet of budget.mapping.sheets.filter((s) => s.role === 'budget')) {
    const letter = sheet.columns.service?.[0];
    if (letter === undefined) continue;
    const col = columnNumber(letter);
    const rows = new Set(budget.lines.filter((l) => l.source.sheet === sheet.sheet).map((l) => l.source.row));
    await file.readRows(sheet.sheet, (row) => {
      if (!rows.has(row.row)) return;
      const cell = row.cells.find((c) => c.col === col);
      const text = cell === undefined ? '' : String(cell.kind === 'text' ? cell.value : cell.text);
      const key = serviceValueKey(text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
  }
  return counts;
}

const byKey = (values: readonly ServiceValueCount[]): Map<string, number> =>
  new Map(values.map((v) => [v.key, v.count]));

describe('serviceværdierne tælles i importens eget gennemløb', () => {
  it.each([...READABLE_BUDGETS, 'budget-large.xlsx'])(
    '%s: gennemløbets tal = den fulde imports tal, og forhåndsvisningens er en del af dem',
    async (name) => {
      const file = await open(name);
      const read = await readBudget(file);
      const budget = reapplyMapping(read);
      const streamed = serviceValuesOf(read, read.mapping);
      // The fixtures all have a service column, and every line has a value in it.
      expect(streamed.length).toBeGreaterThan(0);
      expect(byKey(streamed)).toEqual(await countByHand(file, budget));
      expect(streamed).toEqual(budget.report.serviceValues);
      expect(streamed.reduce((n, v) => n + v.count, 0)).toBe(budget.lines.length);

      const preview = await previewServiceValues(file, read.mapping);
      expect(preview.partial).toBe(true);
      const full = byKey(streamed);
      expect(preview.values.length).toBeGreaterThan(0);
      for (const v of preview.values) {
        expect(full.get(v.key), v.key).toBeGreaterThanOrEqual(v.count);
        expect(streamed.find((s) => s.key === v.key)?.isService).toBe(v.isService);
      }
    },
    60_000,
  );
});

/** The mapping choices that change nothing read, each applied to a detected mapping. */
function changes(m: ColumnMapping, values: readonly ServiceValueCount[]): [string, ColumnMapping][] {
  const budgetSheet = m.sheets.find((s) => s.role === 'budget')?.sheet ?? '';
  const first = values[0];
  return [
    ['enheden kr.', withSheet(m, budgetSheet, { unit: 'kr' })],
    ['enheden mio. kr.', withSheet(m, budgetSheet, { unit: 'millions' })],
    [
      'den hyppigste serviceværdi læst omvendt',
      first ? withServiceValue(m, first.text, first.isService !== true) : m,
    ],
    ['en rettelse af 3.22.01 til overførsler', withStyringCorrection(m, '3.22.01', 'overfoersler')],
    ['en rettelse af 5.57.72 til service', withStyringCorrection(m, '5.57.72', 'service')],
  ];
}

describe('et ændret valg, der ikke ændrer hvad der læses, regnes om fra det læste', () => {
  it.each(READABLE_BUDGETS)('%s: genanvendt = en ny import med valget', async (name) => {
    // As the wizard does: the preview's mapping, then the one pass with it.
    const { mapping: detected } = await previewBudget(await open(name));
    const read = await readBudget(await open(name), { mapping: detected });
    expect(reapplyMapping(read)).toEqual(await importBudget(await open(name), { mapping: detected }));
    const before = reapplyMapping(read);
    const snapshot = JSON.stringify(before);
    for (const [what, mapping] of changes(read.mapping, serviceValuesOf(read))) {
      expect(canReapply(read, mapping), what).toBe(true);
      const again = reapplyMapping(read, mapping);
      const fresh = await importBudget(await open(name), { mapping });
      expect(again, what).toEqual(fresh);
    }
    // Reapplying made new budgets; the first is as it was.
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(reapplyMapping(read)).toEqual(before);
  });

  it('budget-clean.xlsx: a changed column is a new read, and reapplying refuses it', async () => {
    const read = await readBudget(await open('budget-clean.xlsx'));
    const sheet = read.mapping.sheets[0]?.sheet ?? '';
    const other = withFieldColumn(read.mapping, sheet, 'service', '');
    expect(canReapply(read, other)).toBe(false);
    expect(() => reapplyMapping(read, other)).toThrow();
    // Rebuilt by the wizard in another key order, the same mapping still reads the same.
    const reordered: ColumnMapping = JSON.parse(
      JSON.stringify(read.mapping, (_k, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    ) as ColumnMapping;
    expect(canReapply(read, reordered)).toBe(true);
  });
});

/** A generated CSV budget: committees with totals rows, blank rows, amounts of any size, free service texts. */
const csvBudget = fc.record({
  lines: fc.array(
    fc.record({
      committee: fc.constantFrom('Børneudvalget', 'Teknikudvalget', 'Kulturudvalget'),
      fn: fc.constantFrom('3.22.01', '5.57.72', '0.25.10', '6.45.51', 'x'),
      service: fc.constantFrom('Ja', 'Nej', 'ja ', 'S', 'O', '', 'måske', 'Drift - service'),
      amounts: fc.array(
        fc.oneof(
          fc.integer({ min: -2_000_000, max: 2_000_000 }).map((x) => x / 10),
          fc.integer({ min: -5e9, max: 5e9 }),
          fc.constant(''),
        ),
        { minLength: 4, maxLength: 4 },
      ),
      after: fc.constantFrom('', '', '', 'blank', 'total'),
    }),
    { minLength: 1, maxLength: 40 },
  ),
  unit: fc.constantFrom(undefined, 'kr', 'thousands', 'millions'),
  flip: fc.constantFrom(undefined, 'Ja', 'måske', 'S', ''),
  correction: fc.constantFrom(undefined, '3.22.01', '5.57.72'),
});

type CsvBudget = typeof csvBudget extends fc.Arbitrary<infer T> ? T : never;

function csvText(lines: CsvBudget['lines']): string {
  const out = ['Udvalg;Funktion;Tekst;Serviceudgift;Budget 2026;Overslag 2027;Overslag 2028;Overslag 2029'];
  const number = (x: number | string): string => (typeof x === 'string' ? x : String(x).replace('.', ','));
  lines.forEach((l, i) => {
    out.push([l.committee, l.fn, `Linje ${i + 1}`, l.service, ...l.amounts.map(number)].join(';'));
    if (l.after === 'blank') out.push(';;;;;;;');
    if (l.after === 'total') out.push([`${l.committee} i alt`, '', '', '', '1', '2', '3', '4'].join(';'));
  });
  return out.join('\n');
}

async function attempt<T>(go: () => Promise<T> | T): Promise<T | string> {
  try {
    return await go();
  } catch (error) {
    if (isReadError(error)) return error.problem.code;
    throw error;
  }
}

describe('genererede budgetter', () => {
  it('gennemløbet tæller som den fulde import, og et nyt valg regnet om = en ny import', async () => {
    await fc.assert(
      fc.asyncProperty(csvBudget, async ({ lines, unit, flip, correction }) => {
        const bytes = new TextEncoder().encode(csvText(lines));
        const file = await openWorkbook(bytes, 'budget.csv');
        const detected = await previewBudget(file);
        const read = await readBudget(file, { mapping: detected.mapping });
        let mapping = detected.mapping;
        const sheet = mapping.sheets.find((s) => s.role === 'budget')?.sheet ?? '';
        if (unit) mapping = withSheet(mapping, sheet, { unit });
        if (flip !== undefined) mapping = withServiceValue(mapping, flip, flip !== 'Ja');
        if (correction) mapping = withStyringCorrection(mapping, correction, 'overfoersler');
        const fresh = await attempt(async () =>
          importBudget(await openWorkbook(bytes, 'budget.csv'), { mapping }),
        );
        expect(await attempt(() => reapplyMapping(read, mapping))).toEqual(fresh);
        if (typeof fresh !== 'string') {
          expect(serviceValuesOf(read, mapping)).toEqual(fresh.report.serviceValues);
          const all = await previewServiceValues(file, mapping, { maxRows: 1_000 });
          expect(all.partial).toBe(false);
          expect(all.values).toEqual(fresh.report.serviceValues);
        }
      }),
      { numRuns: 60 },
    );
  });
});
