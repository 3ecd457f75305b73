import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetBase, calculateProject, evaluateTarget, targetAmounts } from '../shared/calc/index.ts';
import { thousandsToKr } from '../shared/model/money.ts';
import type { Scope, Target } from '../shared/model/project.ts';
import { createProject } from '../shared/project/index.ts';
import { emptyBudget, line, proposal, readCleanBudgetCsv, readExpected, YEARS } from './calc-fixtures.ts';

const ALL: Scope = { kategorier: [], veje: [], committees: [], catalogue: null };
const MIO = 1_000_000;

describe('råderumsmål', () => {
  it('et katalog på 130 mio. mod et mål på 75 mio. viser 55 mio. i overskud', () => {
    const target: Target = { name: 'Råderum', rule: { kind: 'amount', amounts: [-75 * MIO] }, scope: ALL };
    const proposals = [
      proposal({ id: 'A', amounts: [-100 * MIO] }),
      proposal({ id: 'B', amounts: [-30 * MIO] }),
    ];
    const result = evaluateTarget(target, { yearCount: 1, serviceFrame: null, proposals });
    expect(result.target).toEqual([-75 * MIO]);
    expect(result.achieved).toEqual([-130 * MIO]);
    expect(result.gap).toEqual([55 * MIO]);
    expect(result.attainment[0]).toBeCloseTo(130 / 75, 12);
  });

  it('Syddjurs: 25, 35 og 40 mio. i de følgende år, med manko hvor forslagene ikke rækker', () => {
    const target: Target = {
      name: 'Syddjurs',
      rule: { kind: 'amount', amounts: [-25 * MIO, -35 * MIO, -40 * MIO, -40 * MIO] },
      scope: ALL,
    };
    const proposals = [proposal({ id: 'A', amounts: [-30 * MIO, -30 * MIO, -30 * MIO, -45 * MIO] })];
    const result = evaluateTarget(target, { yearCount: 4, serviceFrame: null, proposals });
    // gap < 0: still to be found; gap > 0: to spare
    expect(result.gap).toEqual([5 * MIO, -5 * MIO, -10 * MIO, 5 * MIO]);
  });

  it('Kalundborg: handlekatalog 0,5 % af servicerammen, kun servicereduktion og opgavebortfald', () => {
    const budget = readCleanBudgetCsv();
    const expected = readExpected<{ service_total: Record<string, number> }>('budget-clean.csv');
    const frame = budgetBase(budget, YEARS).serviceFrame;
    // the service frame equals the generator's service_total (1.000 kr., one decimal)
    YEARS.forEach((y, i) => expect(frame[i]).toBe(thousandsToKr(expected.service_total[String(y)] ?? NaN)));

    const handlekatalog: Target = {
      name: 'Handlekatalog',
      rule: { kind: 'percentOfService', percent: 0.5 },
      scope: { ...ALL, kategorier: ['servicereduktion', 'opgavebortfald'] },
    };
    const effektivisering: Target = {
      name: 'Effektiviseringskatalog',
      rule: { kind: 'percentOfService', percent: 1 },
      scope: { ...ALL, kategorier: ['effektivisering', 'servicereduktion'] },
    };
    const project = {
      ...createProject({ municipality: 'Kalundborg', years: YEARS }, budget),
      targets: [handlekatalog, effektivisering],
      proposals: [
        proposal({
          id: 'S',
          kategori: 'servicereduktion',
          amounts: [-4 * MIO, -4 * MIO, -4 * MIO, -4 * MIO],
        }),
        proposal({ id: 'O', kategori: 'opgavebortfald', amounts: [-2 * MIO, -3 * MIO, -3 * MIO, -3 * MIO] }),
        proposal({
          id: 'E',
          kategori: 'effektivisering',
          amounts: [-20 * MIO, -20 * MIO, -20 * MIO, -20 * MIO],
        }),
        proposal({ id: 'X', kategori: null, amounts: [-99 * MIO, 0, 0, 0] }),
      ],
    };
    const calc = calculateProject(project, ['forslag']);
    const [hk, ek] = calc.targets;
    YEARS.forEach((y, i) => {
      const service = expected.service_total[String(y)] ?? NaN;
      // 0,5 % of the service frame as a saving, in whole 1.000 kr., from the generator's total (1.000 kr.)
      expect(hk?.target[i]).toBe(-Math.round(service * 0.005) * 1000);
      expect(ek?.target[i]).toBe(-Math.round(service * 0.01) * 1000);
    });
    expect(hk?.achieved).toEqual([-6 * MIO, -7 * MIO, -7 * MIO, -7 * MIO]);
    expect(ek?.achieved).toEqual([-24 * MIO, -24 * MIO, -24 * MIO, -24 * MIO]);
    expect(hk?.gap[0]).toBe((hk?.target[0] ?? 0) + 6 * MIO);
    expect(hk?.count).toBe(2);
  });

  it('målet afgrænses til udvalg, veje og katalog; tomme lister betyder alle', () => {
    const proposals = [
      proposal({ id: 'A', amounts: [-1], committee: 'Økonomiudvalget', vej: 'stille', catalogue: 'K1' }),
      proposal({ id: 'B', amounts: [-10], committee: 'Økonomiudvalget', vej: 'brede', catalogue: 'K2' }),
      proposal({
        id: 'C',
        amounts: [-100],
        committee: 'Børne- og Ungeudvalget',
        vej: 'stille',
        catalogue: 'K1',
      }),
      proposal({
        id: 'D',
        amounts: [-1000],
        committee: 'Børne- og Ungeudvalget',
        vej: null,
        catalogue: 'K1',
      }),
    ];
    const achieved = (scope: Partial<Scope>): number =>
      evaluateTarget(
        { name: 't', rule: { kind: 'amount', amounts: [0] }, scope: { ...ALL, ...scope } },
        { yearCount: 1, serviceFrame: null, proposals },
      ).achieved[0] ?? NaN;
    expect(achieved({})).toBe(-1111);
    expect(achieved({ committees: ['Økonomiudvalget'] })).toBe(-11);
    expect(achieved({ veje: ['stille'] })).toBe(-101);
    expect(achieved({ catalogue: 'K1' })).toBe(-1101);
    expect(achieved({ catalogue: 'K1', veje: ['stille'], committees: ['Børne- og Ungeudvalget'] })).toBe(
      -100,
    );
  });

  it('et procentmål er altid en besparelse og skalerer med servicerammen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (frame, percent) => {
          const [amount] = targetAmounts({ kind: 'percentOfService', percent }, 1, [frame]);
          expect(amount).toBeLessThanOrEqual(0);
          expect(Math.abs((amount ?? 0) + (Math.abs(percent) * frame) / 100)).toBeLessThanOrEqual(
            500 + 1e-6 * frame,
          );
        },
      ),
    );
  });

  it('uden serviceudgifter advarer beregningen om procentmålet', () => {
    const budget = emptyBudget([line('Økonomiudvalget', [1e9, 1e9, 1e9, 1e9], null)]);
    const project = {
      ...createProject({ years: YEARS }, budget),
      targets: [{ name: 'Mål', rule: { kind: 'percentOfService' as const, percent: 1 }, scope: ALL }],
    };
    const calc = calculateProject(project);
    expect(calc.targets[0]?.target).toEqual([0, 0, 0, 0]);
    expect(calc.warnings.map((w) => w.code)).toContain('calc.target-without-service-frame');
  });
});
