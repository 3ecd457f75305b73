import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProposal, arbState } from '../../test/helpers/season.ts';
import { STATUSES } from '../model/proposal.ts';
import { blankProposal } from '../model/proposal.ts';
import type { Amendment } from '../model/season.ts';
import type { Project } from '../model/project.ts';
import { createProject } from '../project/document.ts';
import {
  adoptAmendment,
  addAmendment,
  applyAmendment,
  compareAmendments,
  requireAmendment,
} from './amendments.ts';
import { isSeasonError } from './errors.ts';
import { takeVersion } from './versions.ts';

const YEARS = [2026, 2027, 2028, 2029];
const meta = { who: 'MJ', when: '2026-09-20T12:00:00.000Z' };

/** Two proposals, a target of −1.000.000 kr. a year, and the version "1. behandling" of it. */
function season(): Project {
  const project: Project = {
    ...createProject({ years: YEARS }),
    countedStatuses: ['prioriteret'],
    proposals: [
      blankProposal('BU-01', 4, {
        status: 'prioriteret',
        committee: 'Børn',
        amounts: [-400_000, -800_000, -800_000, -800_000],
      }),
      blankProposal('KF-01', 4, {
        status: 'forslag',
        committee: 'Kultur',
        amounts: [-300_000, -300_000, -300_000, -300_000],
      }),
    ],
    targets: [
      {
        name: 'Råderum',
        rule: { kind: 'amount', amounts: [-1_000_000, -1_000_000, -1_000_000, -1_000_000] },
        scope: { kategorier: [], veje: [], committees: [], catalogue: null },
      },
    ],
  };
  return takeVersion(project, '1. behandling', meta);
}

const fromA: Amendment = {
  name: 'Ændringsforslag fra A',
  date: '2026-09-20',
  base: '1. behandling',
  sourceFile: null,
  changes: [
    { kind: 'status', id: 'KF-01', status: 'prioriteret' },
    { kind: 'amounts', id: 'BU-01', amounts: [-400_000, -600_000, -600_000, -600_000] },
    {
      kind: 'add',
      proposal: blankProposal('A-1', 4, {
        status: 'prioriteret',
        committee: 'Teknik',
        amounts: [-100_000, -100_000, 0, 0],
      }),
    },
  ],
};
const fromV: Amendment = {
  name: 'Ændringsforslag fra V',
  date: '2026-09-21',
  base: '1. behandling',
  sourceFile: null,
  changes: [
    { kind: 'status', id: 'BU-01', status: 'fravalgt' },
    { kind: 'status', id: 'XX-99', status: 'fravalgt' },
  ],
};

describe('ændringsforslag', () => {
  it('anvendes oven på en version uden at ændre den', () => {
    const project = addAmendment(season(), fromA);
    const version = JSON.stringify(project.versions);
    const { state, problems } = applyAmendment(project, fromA);
    expect(JSON.stringify(project.versions)).toBe(version);
    expect(problems).toEqual([]);
    expect(state.proposals.map((p) => [p.id, p.status, p.amounts[1]])).toEqual([
      ['BU-01', 'prioriteret', -600_000],
      ['KF-01', 'prioriteret', -300_000],
      ['A-1', 'prioriteret', -100_000],
    ]);
  });

  it('sammenlignes side om side pr. år: samlet råderum og målets afstand', () => {
    const project = addAmendment(addAmendment(season(), fromA), fromV);
    const comparison = compareAmendments(project);
    expect(comparison.columns.map((c) => [c.kind, c.name])).toEqual([
      ['base', '1. behandling'],
      ['amendment', 'Ændringsforslag fra A'],
      ['amendment', 'Ændringsforslag fra V'],
    ]);
    const [base, a, v] = comparison.columns;
    // Only prioriteret counts: BU-01 in the version; BU-01 (new amounts) + KF-01 + A-1 with A; nothing with V.
    expect(base?.total).toEqual([-400_000, -800_000, -800_000, -800_000]);
    expect(a?.total).toEqual([-800_000, -1_000_000, -900_000, -900_000]);
    expect(v?.total).toEqual([0, 0, 0, 0]);
    // gap = target − achieved: negative is still to be found.
    expect(a?.targets).toEqual([
      {
        name: 'Råderum',
        target: [-1_000_000, -1_000_000, -1_000_000, -1_000_000],
        achieved: [-800_000, -1_000_000, -900_000, -900_000],
        gap: [-200_000, 0, -100_000, -100_000],
      },
    ]);
    expect(v?.problems.map((p) => p.message)).toEqual([
      "Ændringsforslag fra V: forslag XX-99 findes ikke i versionen '1. behandling', så ændringen af det er ikke brugt.",
    ]);
  });

  it('vedtaget bliver resultatet arbejdsversionen, og loggen navngiver ændringsforslaget', () => {
    let project = addAmendment(season(), fromA);
    project = { ...project, proposals: [] };
    const adopted = adoptAmendment(project, 'ændringsforslag fra a', meta);
    expect(adopted.proposals.map((p) => p.id)).toEqual(['BU-01', 'KF-01', 'A-1']);
    const entry = adopted.changeLog.at(-1);
    expect(entry?.source).toEqual({ kind: 'amendment', name: 'Ændringsforslag fra A' });
    expect(entry?.changes.map((c) => `${c.kind} ${c.id}`)).toEqual([
      'added BU-01',
      'added KF-01',
      'added A-1',
    ]);
    expect(adopted.versions).toBe(project.versions);
  });

  it('et navn, der er taget, eller en version, der ikke findes, afvises', () => {
    const project = addAmendment(season(), fromA);
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (e) {
        if (isSeasonError(e)) return e.problem.code;
        throw e;
      }
      return undefined;
    };
    expect(codeOf(() => addAmendment(project, fromA))).toBe('season.amendment-name');
    expect(codeOf(() => addAmendment(project, { ...fromV, base: 'Budgetforlig' }))).toBe(
      'season.unknown-version',
    );
  });

  it('et vilkårligt ændringsforslag ændrer aldrig versionen, og vedtaget giver det netop sit resultat', () => {
    const arbChange = fc.oneof(
      fc.record({
        kind: fc.constant('status' as const),
        id: fc.constantFrom('BU-01', 'SU-01', 'XX-99'),
        status: fc.constantFrom(...STATUSES),
      }),
      fc.record({
        kind: fc.constant('amounts' as const),
        id: fc.constantFrom('BU-02', 'KF-07'),
        amounts: fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 4, maxLength: 4 }),
      }),
      fc.record({ kind: fc.constant('add' as const), proposal: arbProposal }),
    );
    fc.assert(
      fc.property(arbState, fc.array(arbChange, { maxLength: 6 }), (state, changes) => {
        const base: Project = takeVersion(
          {
            ...createProject({ years: YEARS }),
            proposals: [...state.proposals],
            targets: [...state.targets],
          },
          '1. behandling',
          meta,
        );
        const project = addAmendment(base, {
          name: 'Ændringsforslag',
          date: '2026-09-20',
          base: '1. behandling',
          sourceFile: null,
          changes,
        });
        const version = JSON.stringify(project.versions);
        const { state: applied } = applyAmendment(project, requireAmendment(project, 'Ændringsforslag'));
        expect(JSON.stringify(project.versions)).toBe(version);
        const adopted = adoptAmendment(project, 'Ændringsforslag', meta);
        expect(adopted.proposals).toEqual(applied.proposals);
        expect(JSON.stringify(adopted.versions)).toBe(version);
      }),
    );
  });
});
