/**
 * The budget's totals (summary, per styringsområde, per hovedkonto) look a line's totals up only when its udvalg,
 * område or funktion differs from the line before: they must equal a look-up per line, key order included, however
 * the lines are ordered (in runs, as budgets are, or shuffled).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STYRINGSOMRAADER, type BudgetLine, type ImportReport } from '../model/budget.ts';
import { addInto, zeroAmounts, type YearAmounts } from '../model/money.ts';
import { readFunction } from './kontoplan/account.ts';
import { styringOf, totalsByMainAccount, totalsByStyring, type AccountTree } from './kontoplan/styring.ts';
import { summarizeBudget } from './summary.ts';

const YEARS = 3;

const lineArb = fc.record({
  committee: fc.constantFrom('Økonomiudvalget', 'Teknisk Udvalg', 'constructor', ''),
  area: fc.constantFrom('Administration', 'Veje', 'Skoler', ''),
  account: fc.record(
    {
      function: fc.constantFrom('3.22.01', '32201', '5.57.72', '0.25.19', '7.32.20', 'x', ''),
      dranst: fc.constantFrom('1', '2', '3', 'Drift', '?'),
    },
    { requiredKeys: [] },
  ),
  amounts: fc.array(fc.integer({ min: -5_000_000, max: 5_000_000 }), {
    minLength: YEARS,
    maxLength: YEARS,
  }),
  isService: fc.constantFrom(true, false, null),
});

/** Lines as a budget has them: runs of the same line (repeated `times` each). */
const linesArb = fc.array(fc.tuple(lineArb, fc.integer({ min: 1, max: 4 })), { maxLength: 30 }).map((runs) =>
  runs.flatMap(([l, times], r) =>
    Array.from({ length: times }, (_, i): BudgetLine => ({
      ...l,
      text: `Linje ${r}.${i}`,
      source: { sheet: 'Ark1', row: r + 2 },
    })),
  ),
);

/** Key order and values, as JSON shows them. */
const same = (a: unknown, b: unknown): void => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe('totaler slået op pr. løb af ens linjer', () => {
  it('opsummeringen er den samme som et opslag pr. linje', () => {
    fc.assert(
      fc.property(linesArb, fc.boolean(), (lines, serviceKnown) => {
        const report: ImportReport = { file: 'b.xlsx', problems: [], skippedRows: [], serviceKnown };
        const byCommittee: Record<string, YearAmounts> = {};
        const byCommitteeArea: Record<string, Record<string, YearAmounts>> = {};
        for (const line of lines) {
          addInto((byCommittee[line.committee] ??= zeroAmounts(YEARS)), line.amounts);
          const areas = (byCommitteeArea[line.committee] ??= {});
          addInto((areas[line.area] ??= zeroAmounts(YEARS)), line.amounts);
        }
        const s = summarizeBudget({ years: [2027, 2028, 2029], lines, report });
        same([s.byCommittee, s.byCommitteeArea], [byCommittee, byCommitteeArea]);
      }),
    );
  });

  it('totaler pr. styringsområde og pr. hovedkonto er de samme som et opslag pr. linje', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        const styring = Object.fromEntries(STYRINGSOMRAADER.map((s) => [s, zeroAmounts(YEARS)]));
        const tree: Record<string, AccountTree> = {};
        for (const line of lines) {
          addInto(styring[styringOf(line.account).styring] ?? [], line.amounts);
          const fn = line.account.function !== undefined ? readFunction(line.account.function) : null;
          const t = (tree[fn?.mainAccount ?? '?'] ??= { amounts: zeroAmounts(YEARS), mainFunctions: {} });
          addInto(t.amounts, line.amounts);
          const mf = (t.mainFunctions[fn?.mainFunction ?? '?'] ??= {
            amounts: zeroAmounts(YEARS),
            functions: {},
          });
          addInto(mf.amounts, line.amounts);
          addInto((mf.functions[fn?.function ?? '?'] ??= zeroAmounts(YEARS)), line.amounts);
        }
        same(totalsByStyring(lines, YEARS), styring);
        same(totalsByMainAccount(lines, YEARS), tree);
        // A filter skips lines between runs: what is left is still looked up right.
        const odd = (l: BudgetLine): boolean => l.text.endsWith('1');
        same(totalsByMainAccount(lines, YEARS, odd), totalsByMainAccount(lines.filter(odd), YEARS));
      }),
    );
  });
});
