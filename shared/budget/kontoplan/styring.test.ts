import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STYRINGSOMRAADER, type Account } from '../../model/budget.ts';
import { styringLookup, styringOf } from './styring.ts';

const FUNCTIONS = [
  '3.22.01',
  '32201',
  '5.57.72',
  '5.57.71',
  '1.38.61',
  '0.25.19',
  '7.32.20',
  '3.22',
  'x',
  '',
];
const DRANSTER = ['1', '2', '3', '4', '1 Drift', 'Drift', 'Statsrefusion', '?'];

const accountArb: fc.Arbitrary<Account> = fc.record(
  { function: fc.constantFrom(...FUNCTIONS), dranst: fc.constantFrom(...DRANSTER) },
  { requiredKeys: [] },
);

describe('styringLookup', () => {
  it('giver det samme som styringOf for hver linje, også med rettelser og gentagne konti (egenskab)', () => {
    fc.assert(
      fc.property(
        fc.array(accountArb, { maxLength: 40 }),
        fc.dictionary(fc.constantFrom('3.22.01', '5.57.72', '1.38.61'), fc.constantFrom(...STYRINGSOMRAADER)),
        (accounts, corrections) => {
          const lookup = styringLookup(corrections);
          for (const account of [...accounts, ...accounts])
            expect(lookup(account)).toBe(styringOf(account, corrections).styring);
        },
      ),
    );
  });

  it('skelner mellem en linje uden dranst (drift) og en med en ulæselig dranst', () => {
    const lookup = styringLookup({ '5.57.72': 'service' });
    expect(lookup({ function: '5.57.72' })).toBe('service');
    expect(lookup({ function: '5.57.72', dranst: '?' })).toBe(
      styringOf({ function: '5.57.72', dranst: '?' }).styring,
    );
  });
});
