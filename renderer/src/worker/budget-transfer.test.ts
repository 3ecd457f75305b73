import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBudget } from '../../../shared/budget/index.ts';
import type { Budget, BudgetLine } from '../../../shared/model/index.ts';
import { openWorkbook } from '../../../shared/workbook/index.ts';
import { READABLE_BUDGETS, readFixture } from '../../../test/helpers/fixtures.ts';
import { isPackedBudget, packBudget, unpackBudget } from './budget-transfer.ts';

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
  });
});
