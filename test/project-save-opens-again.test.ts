/**
 * Anything Råderum saves opens again. Two halves:
 * - the importers' outputs: every readable public budget with the public proposals (list and forms) added, as
 *   `raaderum new` and `add-proposals` build them, saves and loads back equal;
 * - any project: one value anywhere a user or a file can put a number (an amount, income, årsværk,
 *   investment, a target, a budget line, the price index) is drawn from a wide range, including 1e308, NaN,
 *   infinity and the bound itself. Saving either refuses with a Danish `project.unsaveable` before writing,
 *   or the file loads back equal. There is no third outcome.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBudget } from '../shared/budget/index.ts';
import { AMOUNT_LIMIT_KR } from '../shared/model/money.ts';
import { isProblemError } from '../shared/model/problem.ts';
import type { Project } from '../shared/model/project.ts';
import type { Proposal } from '../shared/model/proposal.ts';
import { createProject, parseProject, serializeProject } from '../shared/project/index.ts';
import { importProposals } from '../shared/proposals/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { emptyBudget, line, proposal, YEARS } from './calc-fixtures.ts';
import { READABLE_BUDGETS, readFixture } from './helpers/fixtures.ts';

async function opened(name: string) {
  return { name, file: await openWorkbook(readFixture(name), name) };
}

describe('det, importørerne laver, kan gemmes og åbnes igen', () => {
  it.each(READABLE_BUDGETS)('%s med forslagene fra liste og skemaer', async (name) => {
    const budget = await importBudget((await opened(name)).file);
    const project = createProject({ municipality: 'Fjordby' }, budget);
    const { proposals } = await importProposals(
      [await opened('proposals-list.xlsx'), await opened('proposal-forms.xlsx')],
      { years: project.settings.years },
    );
    const full: Project = { ...project, proposals };
    for (const gzip of [false, true])
      expect(parseProject(serializeProject(full, { gzip }), 'p.raaderum')).toEqual(full);
  });
});

/** A number as a file, a paste or a typing error can produce it (never −0: JSON has none). */
const wild: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -(AMOUNT_LIMIT_KR - 1), max: AMOUNT_LIMIT_KR - 1 }),
  fc.constantFrom(
    AMOUNT_LIMIT_KR,
    -AMOUNT_LIMIT_KR,
    AMOUNT_LIMIT_KR - 1,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2,
    NaN,
    Infinity,
    -Infinity,
    0.5,
    100,
    100.5,
    -100,
    1e6,
  ),
  fc.double({ noNaN: false }).filter((x) => !Object.is(x, -0)),
);

/** The list with item `i` replaced by `value`. */
const setAt = <T>(list: readonly T[], i: number, value: T): T[] => list.map((v, j) => (j === i ? value : v));

/** The project with `x` in one place. */
type Place = (p: Project, x: number) => Project;
const firstProposal = (p: Project, change: (q: Proposal) => Partial<Proposal>): Project => ({
  ...p,
  proposals: setAt(p.proposals, 0, { ...p.proposals[0]!, ...change(p.proposals[0]!) }),
});
const PLACES: Record<string, Place> = {
  'forslagets beløb': (p, x) => firstProposal(p, (q) => ({ amounts: setAt(q.amounts, 1, x) })),
  'forslagets indtægt': (p, x) => firstProposal(p, (q) => ({ income: setAt(q.income, 2, x) })),
  'forslagets årsværk': (p, x) => firstProposal(p, (q) => ({ fte: setAt(q.fte, 0, x) })),
  'forslagets investering': (p, x) => firstProposal(p, () => ({ investment: x })),
  'målets procent': (p, x) => ({
    ...p,
    targets: [
      ...p.targets,
      {
        name: 'Råderum',
        rule: { kind: 'percentOfService', percent: x },
        scope: { kategorier: [], veje: [], committees: [], catalogue: null },
      },
    ],
  }),
  'målets beløb': (p, x) => ({
    ...p,
    targets: [
      ...p.targets,
      {
        name: 'Mål',
        rule: { kind: 'amount', amounts: [0, x, 0, 0] },
        scope: { kategorier: [], veje: [], committees: [], catalogue: null },
      },
    ],
  }),
  'budgetlinjens beløb': (p, x) => {
    const budget = p.budget!;
    const line = budget.lines[1]!;
    return {
      ...p,
      budget: { ...budget, lines: setAt(budget.lines, 1, { ...line, amounts: setAt(line.amounts, 3, x) }) },
    };
  },
  prisindekset: (p, x) => ({ ...p, priceIndex: [...p.priceIndex, { year: 2027, prices: x, wages: 102 }] }),
};

function fresh(): Project {
  return {
    ...createProject(
      { years: YEARS },
      emptyBudget([line('A', [1, 2, 3, 4]), line('B', [5, 6, 7, 8]), line('C', [0, 0, 0, -9])]),
    ),
    proposals: [proposal({ id: 'SS-02', amounts: [-1000, -2000, -3000, -4000] })],
  };
}

describe('et vilkårligt projekt: gemt kan åbnes, ellers gemmes det ikke', () => {
  it('ét vildt tal et vilkårligt sted', () => {
    const outcomes = { saved: 0, refused: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(PLACES)), wild, (place, x) => {
        const project = PLACES[place]!(fresh(), x);
        let bytes: Uint8Array;
        try {
          bytes = serializeProject(project);
        } catch (error) {
          expect(isProblemError(error) && error.problem.code).toBe('project.unsaveable');
          expect((error as Error).message).toMatch(/^Projektet kan ikke gemmes: .+ Intet er gemt\.$/);
          outcomes.refused++;
          return;
        }
        expect(parseProject(bytes, 'p.raaderum')).toEqual(project);
        outcomes.saved++;
      }),
      { numRuns: 400 },
    );
    // Both outcomes occur, so the property is not vacuous.
    expect(outcomes.saved).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  });
});
