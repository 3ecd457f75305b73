import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetAfter, calculateProject, computeBreakdown, coverage } from '../shared/calc/index.ts';
import { toYearRecord } from '../shared/model/money.ts';
import { STATUSES } from '../shared/model/proposal.ts';
import { createProject } from '../shared/project/index.ts';
import {
  emptyBudget,
  line,
  proposal,
  proposalsFromExpected,
  readCleanBudgetCsv,
  readExpected,
  YEARS,
} from './calc-fixtures.ts';

const MIO = 1_000_000;

describe('budget efter prioritering og dækning', () => {
  const budget = emptyBudget([
    line('A-udvalget', [300 * MIO, 300 * MIO, 300 * MIO, 300 * MIO]),
    line('A-udvalget', [-100 * MIO, -100 * MIO, -100 * MIO, -100 * MIO], false),
    line('B-udvalget', [600 * MIO, 600 * MIO, 600 * MIO, 600 * MIO]),
    line('C-udvalget', [200 * MIO, 200 * MIO, 200 * MIO, 200 * MIO]),
  ]);
  const proposals = [
    proposal({
      id: '1',
      committee: 'A-udvalget',
      amounts: [-MIO, -2 * MIO, -2 * MIO, -2 * MIO],
      status: 'prioriteret',
    }),
    proposal({
      id: '2',
      committee: 'B-udvalget',
      amounts: [-3 * MIO, -3 * MIO, -3 * MIO, -3 * MIO],
      status: 'fravalgt',
    }),
    proposal({ id: '3', committee: 'D-udvalget', amounts: [MIO, 0, 0, 0], status: 'prioriteret' }),
  ];

  it('grundbudget plus de forslag, der tæller', () => {
    const after = budgetAfter(budget, proposals, ['prioriteret']);
    expect(after.byCommittee['A-udvalget']).toEqual([199 * MIO, 198 * MIO, 198 * MIO, 198 * MIO]);
    expect(after.byCommittee['B-udvalget']).toEqual([600 * MIO, 600 * MIO, 600 * MIO, 600 * MIO]);
    // a committee that only exists among the proposals is shown too
    expect(after.byCommittee['D-udvalget']).toEqual([MIO, 0, 0, 0]);
    expect(after.total).toEqual([1000 * MIO, 998 * MIO, 998 * MIO, 998 * MIO]);
  });

  it('dækning: andel af budgettet ved siden af andel af forslagene, og udvalg uden forslag', () => {
    const c = coverage(budget, proposals, ['prioriteret']);
    const a = c.rows.find((r) => r.committee === 'A-udvalget');
    expect(a?.baseShare[0]).toBeCloseTo(200 / 1000, 12);
    expect(a?.proposalShare[1]).toBeCloseTo(1, 12);
    expect(a?.proposalCount).toBe(1);
    expect(c.withoutProposals).toEqual(['B-udvalget', 'C-udvalget']);
  });
});

describe('calculateProject', () => {
  it('budget-clean + proposals-list: budget efter = generatorens udvalgstotaler + forslagenes', () => {
    const budget = readCleanBudgetCsv();
    const expectedBudget = readExpected<{ per_udvalg: Record<string, Record<string, number>> }>(
      'budget-clean.csv',
    );
    const expectedProposals = readExpected<{ per_udvalg: Record<string, Record<string, number>> }>(
      'proposals-list.xlsx',
    );
    const project = {
      ...createProject({ years: YEARS }, budget),
      proposals: proposalsFromExpected('proposals-list.xlsx'),
    };
    const calc = calculateProject(project, STATUSES);
    for (const [committee, perYear] of Object.entries(expectedBudget.per_udvalg)) {
      const got = toYearRecord(YEARS, calc.budgetAfter?.byCommittee[committee] ?? []);
      for (const year of YEARS) {
        const want =
          (perYear[String(year)] ?? NaN) + (expectedProposals.per_udvalg[committee]?.[String(year)] ?? 0);
        expect(got[String(year)]).toBeCloseTo(want, 1);
      }
    }
    expect(calc.coverage?.withoutProposals).toEqual([]);
  });

  it('en ændring af et forslag giver samme tal som en fuld genberegning (cachen på budgettet)', () => {
    const budget = emptyBudget([line('A', [10, 20, 30, 40]), line('B', [1, 2, 3, 4], null)]);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            committee: fc.constantFrom('A', 'B', 'C'),
            amounts: fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 4, maxLength: 4 }),
            status: fc.constantFrom(...STATUSES),
          }),
          { maxLength: 10 },
        ),
        (rows) => {
          const project = {
            ...createProject({ years: YEARS }, budget),
            proposals: rows.map((r, i) => proposal({ id: String(i), ...r })),
          };
          const cached = calculateProject(project);
          const fresh = calculateProject({ ...project, budget: structuredClone(budget) });
          expect(cached).toEqual(fresh);
          expect(cached.breakdown).toEqual(computeBreakdown(project.proposals, 4, project.countedStatuses));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('uden status tæller projektets valgte statusser (ny: alt undtagen fravalgt)', () => {
    const project = {
      ...createProject({ years: [2026] }),
      proposals: [
        proposal({ id: '1', amounts: [-1], status: 'fravalgt' }),
        proposal({ id: '2', amounts: [-10], status: 'tilModning' }),
      ],
    };
    expect(calculateProject(project).breakdown.total).toEqual([-10]);
    expect(calculateProject(project, STATUSES).breakdown.total).toEqual([-11]);
    expect(calculateProject(project).budgetAfter).toBeNull();
  });
});
