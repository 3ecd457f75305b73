import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Budget, ColumnMapping } from '../model/budget.ts';
import { createProject, parseProject, serializeProject } from '../project/index.ts';
import { openWorkbook } from '../workbook/index.ts';
import { importBudget } from './import.ts';
import { mappingSignature, reuseMapping } from './mapping.ts';
import { previewBudget } from './preview.ts';
import { summarizeBudget } from './summary.ts';
import { parseServiceValueArgument, serviceValueKey, serviceValuesIn } from './service-values.ts';

/** A budget line as the test writes it: amounts in 1.000 kr. for the four plan years. */
interface TestLine {
  committee: string;
  area: string;
  text: string;
  service: string | null;
  amounts: [number, number, number, number];
}

/**
 * A workbook as a municipality's finance system writes it: a title, a header row, lines grouped by committee with
 * a totals row after each committee (its service cell empty), built with exceljs.
 */
async function budgetWorkbook(budgetYear: number, lines: readonly TestLine[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.addRow([`Budget ${budgetYear}-${budgetYear + 3}, 1.000 kr.`]);
  ws.addRow([]);
  ws.addRow([
    'Udvalg',
    'Politikområde',
    'Tekst',
    'Serviceudgift',
    `Budget ${budgetYear}`,
    `Overslag ${budgetYear + 1}`,
    `Overslag ${budgetYear + 2}`,
    `Overslag ${budgetYear + 3}`,
  ]);
  let committee: string | null = null;
  let totals = [0, 0, 0, 0];
  const closeCommittee = (): void => {
    if (committee !== null) ws.addRow([`${committee} i alt`, '', '', null, ...totals]);
  };
  for (const line of lines) {
    if (line.committee !== committee) {
      closeCommittee();
      committee = line.committee;
      totals = [0, 0, 0, 0];
    }
    totals = totals.map((t, i) => t + (line.amounts[i] ?? 0));
    ws.addRow([line.committee, line.area, line.text, line.service, ...line.amounts]);
  }
  closeCommittee();
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const LINES: TestLine[] = [
  {
    committee: 'Børne- og Ungeudvalget',
    area: 'Skoler',
    text: 'Folkeskoler',
    service: 'S',
    amounts: [412_350.5, 410_000, 409_000, 408_250],
  },
  {
    committee: 'Børne- og Ungeudvalget',
    area: 'Dagtilbud',
    text: 'Vuggestuer',
    service: 'S',
    amounts: [98_400, 98_400, 97_900, 97_900],
  },
  {
    committee: 'Børne- og Ungeudvalget',
    area: 'Særlige tilbud',
    text: 'Tilskud til friskoler',
    service: 'O',
    amounts: [21_300.2, 21_300.2, 21_300.2, 21_300.2],
  },
  {
    committee: 'Social- og Sundhedsudvalget',
    area: 'Ældre',
    text: 'Hjemmepleje',
    service: 'S',
    amounts: [250_000, 251_500, 253_000, 254_500],
  },
  {
    committee: 'Social- og Sundhedsudvalget',
    area: 'Ældre',
    text: 'Boligydelse',
    service: 'O',
    amounts: [12_000, 12_000, 12_000, 12_000],
  },
  {
    committee: 'Social- og Sundhedsudvalget',
    area: 'Beskæftigelse',
    text: 'Kontanthjælp',
    service: 'O',
    amounts: [88_700.7, 87_000, 86_000, 85_500],
  },
  {
    committee: 'Social- og Sundhedsudvalget',
    area: 'Beskæftigelse',
    text: 'Indtægter, refusion',
    service: 'O',
    amounts: [-30_000, -30_000, -30_000, -30_000],
  },
];

/** The same lines with the service column spelled the way another system spells it. */
function spelled(lines: readonly TestLine[], words: Record<string, string>): TestLine[] {
  return lines.map((l) => ({ ...l, service: l.service === null ? null : (words[l.service] ?? l.service) }));
}

/** Sum in kroner, per year, of the lines whose service letter is `letter`, computed here from the test's lines. */
function expectedKroner(lines: readonly TestLine[], pick: (l: TestLine) => boolean): number[] {
  return [0, 1, 2, 3].map((i) =>
    lines.filter(pick).reduce((sum, l) => sum + Math.round((l.amounts[i] ?? 0) * 10) * 100, 0),
  );
}

async function read(bytes: Uint8Array, name = 'budget.xlsx') {
  return openWorkbook(bytes, name);
}

const unknownFlags = (b: Budget) => b.report.problems.filter((p) => p.code === 'service_flag_unknown');

// "S"/"O" are built-in words; a finance system that writes "Drift - service"/"Drift - overført" is not understood.
const DRIFT = { S: 'Drift - service', O: 'Drift - overført' };

describe('værdier i servicekolonnen', () => {
  it('uden kortlægning er "Drift - service"/"Drift - overført" ukendt på hver linje, med én advarsel pr. værdi', async () => {
    const lines = spelled(LINES, DRIFT);
    const file = await read(await budgetWorkbook(2026, lines));
    const preview = await previewBudget(file);
    expect(preview.mapping.sheets[0]?.columns.service).toEqual(['D']);
    const budget = await importBudget(file, { mapping: preview.mapping });
    expect(budget.lines).toHaveLength(LINES.length);
    expect(budget.lines.every((l) => l.isService === null)).toBe(true);
    // One warning per value, with its number of lines and first cell.
    expect(unknownFlags(budget).map((p) => [p.cell, p.message.slice(0, 48)])).toEqual([
      ['D4', "3 linjer på arket 'Budget' siger 'Drift - servic"],
      ['D6', "4 linjer på arket 'Budget' siger 'Drift - overfø"],
    ]);
    expect(summarizeBudget(budget).serviceTotals).toEqual([0, 0, 0, 0]);

    const values = await serviceValuesIn(file, preview.mapping);
    expect(values).toEqual([
      { text: 'Drift - overført', key: 'drift - overført', count: 4, isService: null, mapped: false },
      { text: 'Drift - service', key: 'drift - service', count: 3, isService: null, mapped: false },
    ]);
  });

  it('"S"/"O" læses allerede af de indbyggede ord, og en kortlægning kan vende dem', async () => {
    const file = await read(await budgetWorkbook(2026, LINES));
    const preview = await previewBudget(file);
    expect(
      (await serviceValuesIn(file, preview.mapping)).map((v) => [v.text, v.isService, v.mapped]),
    ).toEqual([
      ['O', false, false],
      ['S', true, false],
    ]);
    const plain = await importBudget(file, { mapping: preview.mapping });
    expect(unknownFlags(plain)).toEqual([]);
    expect(summarizeBudget(plain).serviceTotals).toEqual(expectedKroner(LINES, (l) => l.service === 'S'));
    // A code list where "O" is the service code (e.g. "Ordinær drift") and "S" is not.
    const flipped = await importBudget(file, {
      mapping: { ...preview.mapping, serviceValues: { o: true, s: false } },
    });
    expect(summarizeBudget(flipped).serviceTotals).toEqual(expectedKroner(LINES, (l) => l.service === 'O'));
  });

  it('med kortlægningen er servicerammen summen af servicelinjerne, og ingen linje er ukendt', async () => {
    const lines = spelled(LINES, DRIFT);
    const file = await read(await budgetWorkbook(2026, lines));
    const preview = await previewBudget(file);
    // Keys are matched without regard to case and spacing, as a user would type them.
    const mapping: ColumnMapping = {
      ...preview.mapping,
      serviceValues: { 'DRIFT - SERVICE ': true, [serviceValueKey('Drift - overført')]: false },
    };
    const budget = await importBudget(file, { mapping });
    expect(unknownFlags(budget)).toEqual([]);
    const summary = summarizeBudget(budget);
    expect(summary.years).toEqual([2026, 2027, 2028, 2029]);
    expect(summary.serviceTotals).toEqual(expectedKroner(LINES, (l) => l.service === 'S'));
    expect(summary.nonServiceTotals).toEqual(expectedKroner(LINES, (l) => l.service === 'O'));
    // Written out: 412.350,5 + 98.400 + 250.000 in 2026.
    expect(summary.serviceTotals?.[0]).toBe(760_750_500);
    expect(budget.mapping.serviceValues).toEqual({ 'drift - service': true, 'drift - overført': false });

    const values = await serviceValuesIn(file, mapping);
    expect(values.map((v) => [v.text, v.count, v.isService, v.mapped])).toEqual([
      ['Drift - overført', 4, false, true],
      ['Drift - service', 3, true, true],
    ]);
  });

  it('kortlægningen går forud for de indbyggede ord, og tomme celler tælles som en værdi', async () => {
    // "Ja" and an empty cell (= no) are built-in readings, "2" is not; this municipality's code list says
    // "2" is service and "Ja" is not, and the mapping wins.
    const lines = LINES.map((l, i) => ({ ...l, service: i % 3 === 0 ? 'Ja' : i % 3 === 1 ? null : '2' }));
    const file = await read(await budgetWorkbook(2026, lines));
    const preview = await previewBudget(file);
    const before = await serviceValuesIn(file, preview.mapping);
    expect(before.map((v) => [v.text, v.count, v.isService])).toEqual([
      ['Ja', 3, true],
      ['', 2, false],
      ['2', 2, null],
    ]);
    const mapping = { ...preview.mapping, serviceValues: { '2': true, ja: false } };
    const budget = await importBudget(file, { mapping });
    expect(unknownFlags(budget)).toEqual([]);
    expect(summarizeBudget(budget).serviceTotals).toEqual(
      expectedKroner(
        LINES.filter((_, i) => i % 3 === 2),
        () => true,
      ),
    );
  });

  it('servicerammen er summen af de linjer, hvis værdi er kortlagt til service (vilkårlige koder og beløb)', async () => {
    const codes = ['A', 'B', 'C', 'D'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            code: fc.constantFrom(...codes),
            amounts: fc.tuple(
              ...[0, 1, 2, 3].map(() => fc.integer({ min: -500_000, max: 500_000 }).map((x) => x / 10)),
            ),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        async (rows, choice) => {
          const lines: TestLine[] = rows.map((r, i) => ({
            committee: 'Teknik- og Miljøudvalget',
            area: 'Veje',
            text: `Linje ${i + 1}`,
            service: `Kode ${r.code}`,
            amounts: r.amounts as [number, number, number, number],
          }));
          const serviceValues = Object.fromEntries(
            codes.map((c, i) => [`kode ${c.toLowerCase()}`, choice[i] ?? false]),
          );
          const file = await read(await budgetWorkbook(2027, lines));
          const preview = await previewBudget(file);
          const budget = await importBudget(file, { mapping: { ...preview.mapping, serviceValues } });
          expect(unknownFlags(budget)).toEqual([]);
          const isService = (l: TestLine): boolean => serviceValues[(l.service ?? '').toLowerCase()] === true;
          expect(summarizeBudget(budget).serviceTotals).toEqual(expectedKroner(lines, isService));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('en kortlægning genbrugt til næste års budget med samme opbygning har værdierne med', async () => {
    const first = await read(await budgetWorkbook(2026, spelled(LINES, DRIFT)), 'budget-2026.xlsx');
    const detected = (await previewBudget(first)).mapping;
    const confirmed: ColumnMapping = {
      ...detected,
      serviceValues: { 'drift - service': true, 'drift - overført': false },
    };
    const nextLines = spelled(
      LINES.map((l) => ({ ...l, amounts: l.amounts.map((a) => a + 100) as TestLine['amounts'] })),
      DRIFT,
    );
    const second = await read(await budgetWorkbook(2027, nextLines), 'budget-2027.xlsx');
    const preview = await previewBudget(second);
    expect(mappingSignature(preview.mapping)).toBe(mappingSignature(detected));
    const reused = reuseMapping(confirmed, preview);
    expect(reused?.years).toEqual([2027, 2028, 2029, 2030]);
    expect(reused?.serviceValues).toEqual(confirmed.serviceValues);
    if (!reused) return;
    const budget = await importBudget(second, { mapping: reused });
    expect(unknownFlags(budget)).toEqual([]);
    expect(summarizeBudget(budget).serviceTotals).toEqual(
      expectedKroner(nextLines, (l) => l.service === DRIFT.S),
    );
  });

  it('projektfilen gemmer kortlægningen af værdierne, og ældre filer uden den kan stadig åbnes', async () => {
    const file = await read(await budgetWorkbook(2026, spelled(LINES, DRIFT)));
    const preview = await previewBudget(file);
    const budget = await importBudget(file, {
      mapping: { ...preview.mapping, serviceValues: { 'drift - service': true, 'drift - overført': false } },
    });
    const reopened = parseProject(serializeProject(createProject({}, budget)), 'p.raaderum');
    expect(reopened.budget?.mapping.serviceValues).toEqual({
      'drift - service': true,
      'drift - overført': false,
    });
    expect(summarizeBudget(reopened.budget ?? budget).serviceTotals).toEqual(
      expectedKroner(LINES, (l) => l.service === 'S'),
    );
    // The mapping read back from the project still recognises a workbook of the same layout.
    expect(reopened.budget && reuseMapping(reopened.budget.mapping, preview)).not.toBeNull();

    const plain = await importBudget(file, { mapping: preview.mapping });
    const older = parseProject(serializeProject(createProject({}, plain)), 'gammel.raaderum');
    expect(older.budget?.mapping.serviceValues).toBeUndefined();
    expect(older.budget?.lines).toHaveLength(LINES.length);
  });

  it('kommandolinjens --service-value TEKST=ja|nej', () => {
    expect(parseServiceValueArgument('S=ja')).toEqual({ text: 'S', isService: true });
    expect(parseServiceValueArgument('Drift - overført=nej')).toEqual({
      text: 'Drift - overført',
      isService: false,
    });
    expect(parseServiceValueArgument('a=b=Ja')).toEqual({ text: 'a=b', isService: true });
    expect(parseServiceValueArgument('=nej')).toEqual({ text: '', isService: false });
    expect(parseServiceValueArgument('S')).toBeNull();
    expect(parseServiceValueArgument('S=måske')).toBeNull();
  });

  it('en tilføjet --service-value gælder oven i den fundne kortlægning', async () => {
    const file = await read(await budgetWorkbook(2026, spelled(LINES, DRIFT)));
    const budget = await importBudget(file, {
      serviceValues: { 'Drift - service': true, 'Drift - overført': false },
    });
    expect(unknownFlags(budget)).toEqual([]);
    expect(summarizeBudget(budget).serviceTotals).toEqual(expectedKroner(LINES, (l) => l.service === 'S'));
  });
});
