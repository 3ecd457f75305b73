import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBudget, summarizeBudget, totalsByMainAccount } from '../../../shared/budget/index.ts';
import type { BudgetSummary } from '../../../shared/budget/summary.ts';
import type { Budget, BudgetLine } from '../../../shared/model/index.ts';
import { openWorkbook } from '../../../shared/workbook/index.ts';
import { READABLE_BUDGETS, readFixture } from '../../../test/helpers/fixtures.ts';
import {
  accountTreesOfPacked,
  isPackedBudget,
  packBudget,
  summaryOfPacked,
  unpackBudget,
  type PackedBudget,
} from './budget-transfer.ts';

/** What the UI thread receives: the packed budget through a structured clone, its buffers moved. */
function across(budget: Budget): Budget {
  const packed = packBudget(budget);
  if (!packed) throw new Error('did not pack');
  const received = structuredClone(packed.packed, { transfer: packed.transfer });
  expect(isPackedBudget(received)).toBe(true);
  return unpackBudget(received);
}

const text = fc.string({ maxLength: 12 });
const line = (years: number): fc.Arbitrary<BudgetLine> =>
  fc.record(
    {
      committee: text,
      area: text,
      account: fc.record(
        { mainAccount: text, function: text, dranst: text, art: text },
        { requiredKeys: [], noNullPrototype: true },
      ),
      text,
      amounts: fc.array(fc.oneof(fc.integer({ min: -1e12 + 1, max: 1e12 - 1 }), fc.constant(-0)), {
        minLength: years,
        maxLength: years,
      }),
      isService: fc.constantFrom(true, false, null),
      source: fc.record(
        { file: text, sheet: text, row: fc.nat({ max: 1_048_576 }) },
        { requiredKeys: ['sheet', 'row'], noNullPrototype: true },
      ),
      costCentre: text,
    },
    {
      requiredKeys: ['committee', 'area', 'account', 'text', 'amounts', 'isService', 'source'],
      noNullPrototype: true,
    },
  );

const budget: fc.Arbitrary<Budget> = fc.integer({ min: 0, max: 5 }).chain((years) =>
  fc.record(
    {
      sourceName: text,
      years: fc.constant(Array.from({ length: years }, (_, i) => 2026 + i)),
      lines: fc.array(line(years), { maxLength: 30 }),
      mapping: fc.constant({ version: 1 as const, years: [], sheets: [] }),
      report: fc.constant({ file: 'x.xlsx', problems: [], skippedRows: [], serviceKnown: false }),
    },
    { noNullPrototype: true },
  ),
);

describe('budgettet fra baggrundsjobbet til skærmen', () => {
  it('kommer frem som det blev læst: hver linje med de samme felter og beløb (også -0 og fraværende felter)', () => {
    fc.assert(
      fc.property(budget, (b) => {
        expect(across(b)).toStrictEqual(b);
      }),
    );
  });

  it('en linje med et felt kolonnerne ikke kender sendes som den er', () => {
    const b: Budget = {
      sourceName: 'x.xlsx',
      years: [2026],
      lines: [
        {
          committee: 'U',
          area: 'P',
          account: {},
          text: 't',
          amounts: [1],
          isService: null,
          source: { sheet: 'A', row: 2 },
          ...{ extra: 1 },
        },
      ],
      mapping: { version: 1, years: [2026], sheets: [] },
      report: { file: 'x.xlsx', problems: [], skippedRows: [], serviceKnown: false },
    };
    expect(packBudget(b)).toBeNull();
  });

  it.each([
    ['et ekstra felt på linjen', { extra: 1 }],
    ['costCentre til stede men undefined', { costCentre: undefined }],
    ['en funktion til stede men undefined', { account: { function: undefined } }],
    ['et ekstra felt i kontoen', { account: { mainAccount: '0', other: 'x' } }],
    ['en fil til stede men undefined', { source: { file: undefined, sheet: 'A', row: 2 } }],
    ['et ekstra felt i kilden', { source: { sheet: 'A', row: 2, column: 3 } }],
    ['et beløb der ikke er et tal', { amounts: ['1'] }],
  ])('%s: linjen sendes som den er (kolonnerne kan ikke bære den tilbage)', (_what, change) => {
    const fits: BudgetLine = {
      committee: 'U',
      area: 'P',
      account: { mainAccount: '0' },
      text: 't',
      amounts: [1],
      isService: null,
      source: { sheet: 'A', row: 2 },
    };
    const b: Budget = {
      sourceName: 'x.xlsx',
      years: [2026],
      // A line that fits first, sharing its account with the next, as neighbouring lines do.
      lines: [fits, { ...fits, account: fits.account, ...(change as object) } as BudgetLine],
      mapping: { version: 1, years: [2026], sheets: [] },
      report: { file: 'x.xlsx', problems: [], skippedRows: [], serviceKnown: false },
    };
    expect(packBudget(b)).toBeNull();
    expect(packBudget({ ...b, lines: [fits, fits] })).not.toBeNull();
  });

  it.each(READABLE_BUDGETS)('%s kommer frem som importen læste det', async (name) => {
    const imported = await importBudget(await openWorkbook(readFixture(name), name));
    expect(imported.lines.length).toBeGreaterThan(0);
    expect(across(imported)).toStrictEqual(imported);
    expectSameSummary(summaryOfPacked(packed(imported)), summarizeBudget(imported));
    const trees = accountTreesOfPacked(packed(imported));
    const expected = totalsByMainAccount(imported.lines, imported.years.length);
    expect(trees).toStrictEqual(expected);
    expect(JSON.stringify(trees)).toBe(JSON.stringify(expected));
  });

  it('kontoplanens totaler summeret fra kolonnerne er totalsByMainAccount, i samme rækkefølge', () => {
    // Funktioner that read (one with a name), one that does not, and none: in runs, so lines share look-ups.
    const fn = fc.constantFrom('0.25.10', '3.22.01 Folkeskoler', '3.22.05', '6.45.51', 'ukendt', undefined);
    const withFunctions = budget.chain((b) =>
      fc.array(fn, { minLength: b.lines.length, maxLength: b.lines.length }).map((fns) => ({
        ...b,
        lines: b.lines.map((l, i) => {
          const { function: _old, ...account } = l.account;
          const f = fns[i];
          return { ...l, account: f === undefined ? account : { ...account, function: f } };
        }),
      })),
    );
    fc.assert(
      fc.property(withFunctions, (b) => {
        const trees = accountTreesOfPacked(packed(b));
        const expected = totalsByMainAccount(b.lines, b.years.length);
        expect(trees).toStrictEqual(expected);
        // Key order too (what the summary lists before it sorts), and -0 never appears in either.
        expect(JSON.stringify(trees)).toBe(JSON.stringify(expected));
      }),
    );
  });

  it('totalerne pr. udvalg og område summeret fra kolonnerne er Budget-oversigtens, i samme rækkefølge', () => {
    // Few names, so lines share committees and areas; "10" and "2" are ordered as numbers in a record.
    const name = fc.constantFrom('Økonomiudvalget', 'Teknik', '10', '2', 'Skole');
    const grouped = budget.chain((b) =>
      fc
        .tuple(
          fc.array(fc.tuple(name, name), { minLength: b.lines.length, maxLength: b.lines.length }),
          fc.boolean(),
        )
        .map(([names, serviceKnown]) => ({
          ...b,
          lines: b.lines.map((l, i) => ({ ...l, committee: names[i]![0], area: names[i]![1] })),
          report: { ...b.report, serviceKnown },
        })),
    );
    fc.assert(fc.property(grouped, (b) => expectSameSummary(summaryOfPacked(packed(b)), summarizeBudget(b))));
  });

  it('et udvalg med et navn som "constructor" summeres ikke fra kolonnerne', () => {
    const b: Budget = {
      sourceName: 'x.xlsx',
      years: [2026],
      lines: [
        {
          committee: 'constructor',
          area: 'P',
          account: {},
          text: 't',
          amounts: [1],
          isService: null,
          source: { sheet: 'A', row: 2 },
        },
      ],
      mapping: { version: 1, years: [2026], sheets: [] },
      report: { file: 'x.xlsx', problems: [], skippedRows: [], serviceKnown: false },
    };
    expect(summaryOfPacked(packed(b))).toBeNull();
  });
});

function packed(b: Budget): PackedBudget {
  const p = packBudget(b);
  if (!p) throw new Error('did not pack');
  return p.packed;
}

/** The same numbers, and the records' keys in the same order (what the summary tables list). */
function expectSameSummary(actual: BudgetSummary | null, expected: BudgetSummary): void {
  expect(actual).toStrictEqual(expected);
  expect(Object.keys(actual?.byCommittee ?? {})).toEqual(Object.keys(expected.byCommittee));
  for (const [c, areas] of Object.entries(expected.byCommitteeArea))
    expect(Object.keys(actual?.byCommitteeArea[c] ?? {})).toEqual(Object.keys(areas));
}
