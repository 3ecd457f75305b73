import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account, BudgetLine } from '../model/budget.ts';
import { decodeLines, encodeLines, packColumn, unpackColumn } from './columnar.ts';

const YEARS = [2026, 2027, 2028];

// A few accounts, so neighbouring lines often have the same one, or one differing in a single part.
const accounts: Account[] = [
  {},
  { function: '3.22.01' },
  { mainAccount: '3', function: '3.22.01', dranst: '1', art: '1.0' },
  { mainAccount: '3', function: '3.22.01', dranst: '1', art: '2.0' },
  { mainAccount: '3', function: '3.22.02', dranst: '1', art: '2.0' },
  { mainAccount: '5', art: '1.0' },
];

const arbLine: fc.Arbitrary<BudgetLine> = fc
  .record({
    account: fc.constantFrom(...accounts),
    committee: fc.constantFrom('Børne- og Ungeudvalget', 'Økonomiudvalget', ''),
    text: fc.constantFrom('Løn', 'Vikarer', ''),
    costCentre: fc.option(fc.constantFrom('200001', '200002'), { nil: undefined }),
    file: fc.option(fc.constantFrom('budget.xlsx'), { nil: undefined }),
    amounts: fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 3, maxLength: 3 }),
    isService: fc.constantFrom(true, false, null),
    row: fc.nat(1_048_576),
  })
  .map(({ account, costCentre, file, row, ...rest }) => ({
    ...rest,
    area: 'Skoler',
    account: { ...account },
    ...(costCentre === undefined ? {} : { costCentre }),
    source: file === undefined ? { sheet: 'Budget', row } : { sheet: 'Budget', row, file },
  }));

describe('budgetlinjer på disk', () => {
  it('kommer tilbage som de blev gemt, også når naboer deler konto eller har den samme med én del ændret', () => {
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 60 }), (lines) => {
        expect(decodeLines(encodeLines(lines, YEARS.length), YEARS)).toEqual(lines);
      }),
    );
  });

  it('en kolonne gemmes som løb, når de fylder mindre end tallene, og læses som de samme tal', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 80 }), (values) => {
        const packed = packColumn(values);
        expect(unpackColumn(packed, values.length)).toEqual(values);
        if (!Array.isArray(packed)) expect(packed.runs.length).toBeLessThan(values.length || 1);
        else expect(packed).toEqual(values);
      }),
    );
    expect(packColumn([7, 7, 7, 7, 7, 2])).toEqual({ runs: [7, 5, 2, 1] });
    expect(packColumn([1, 2, 2, 3])).toEqual([1, 2, 2, 3]);
  });
});
