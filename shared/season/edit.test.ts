import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbState, YEARS } from '../../test/helpers/season.ts';
import { blankProposal } from '../model/proposal.ts';
import type { Project } from '../model/project.ts';
import { createProject, parseProject, serializeProject } from '../project/document.ts';
import { addAmendment, applyAmendment, removeAmendment, renameAmendment } from './amendments.ts';
import { isSeasonError } from './errors.ts';
import { deleteVersion, renameVersion, takeVersion } from './versions.ts';

const meta = { who: 'MJ', when: '2026-09-01T10:00:00.000Z' };

/** The SeasonError code and message `action` is refused with (or null when it is not refused). */
function refusal(action: () => unknown): { code: string; message: string } | null {
  try {
    action();
    return null;
  } catch (error) {
    if (isSeasonError(error)) return { code: error.problem.code, message: error.message };
    throw error;
  }
}

/** Two versions ("1. behandlig" with the typo, "Budgetforlig") and an amendment on the first. */
function season(): Project {
  let project: Project = {
    ...createProject({ years: YEARS }),
    proposals: [blankProposal('BU-01', 4, { amounts: [-100_000, -200_000, -200_000, -200_000] })],
  };
  project = takeVersion(project, '1. behandlig', meta);
  project = takeVersion(project, 'Budgetforlig', meta);
  return addAmendment(project, {
    name: 'Ændringsforslag fra A',
    date: '2026-09-20',
    base: '1. behandlig',
    sourceFile: 'a.xlsx',
    changes: [{ kind: 'status', id: 'BU-01', status: 'fravalgt' }],
  });
}

describe('omdøb og slet versioner', () => {
  it('en version med en stavefejl omdøbes, og ændringsforslaget på den følger med', () => {
    const project = season();
    const next = renameVersion(project, '1. behandlig', ' 1. behandling ');
    expect(next.versions.map((v) => v.name)).toEqual(['1. behandling', 'Budgetforlig']);
    expect(next.amendments[0]?.base).toBe('1. behandling');
    // The amendment reads the same state as before: the rename changes no number.
    expect(applyAmendment(next, next.amendments[0]!).state).toEqual(
      applyAmendment(project, project.amendments[0]!).state,
    );
    expect(next.proposals).toBe(project.proposals);
    expect(next.changeLog).toBe(project.changeLog);
    expect(project.versions[0]?.name).toBe('1. behandlig');
  });

  it('et optaget eller tomt navn afvises med samme danske sætning som ved "Gem version"', () => {
    const project = season();
    expect(refusal(() => renameVersion(project, '1. behandlig', 'budgetforlig'))).toEqual({
      code: 'season.version-name',
      message: "Der er allerede en version med navnet 'Budgetforlig'. Vælg et andet navn.",
    });
    expect(refusal(() => renameVersion(project, '1. behandlig', '  '))).toEqual({
      code: 'season.version-name',
      message: 'Giv versionen et navn, fx "1. behandling".',
    });
    expect(refusal(() => renameVersion(project, '2. behandling', 'x'))?.code).toBe('season.unknown-version');
    // Its own name in another case is not taken.
    expect(renameVersion(project, '1. behandlig', '1. Behandlig').versions[0]?.name).toBe('1. Behandlig');
    expect(renameVersion(project, '1. behandlig', '1. behandlig')).toBe(project);
  });

  it('en version, som et ændringsforslag bygger på, kan ikke slettes; beskeden nævner ændringsforslaget', () => {
    const project = season();
    expect(refusal(() => deleteVersion(project, '1. behandlig'))).toEqual({
      code: 'season.version-in-use',
      message:
        "Versionen '1. behandlig' kan ikke slettes, fordi ændringsforslaget 'Ændringsforslag fra A' bygger på den. Slet ændringsforslaget først.",
    });
    const without = deleteVersion(project, 'budgetforlig');
    expect(without.versions.map((v) => v.name)).toEqual(['1. behandlig']);
    expect(without.proposals).toBe(project.proposals);
    const emptied = deleteVersion(removeAmendment(project, 'Ændringsforslag fra A'), '1. behandlig');
    expect(emptied.versions.map((v) => v.name)).toEqual(['Budgetforlig']);
  });
});

describe('omdøb og slet ændringsforslag', () => {
  it('omdøbes efter samme regler som ved import, og slettes uden at røre resten', () => {
    let project = season();
    project = addAmendment(project, { ...project.amendments[0]!, name: 'Ændringsforslag fra V' });
    expect(refusal(() => renameAmendment(project, 'Ændringsforslag fra A', 'ændringsforslag fra v'))).toEqual(
      {
        code: 'season.amendment-name',
        message: "Der er allerede et ændringsforslag med navnet 'Ændringsforslag fra V'. Vælg et andet navn.",
      },
    );
    expect(refusal(() => renameAmendment(project, 'Ændringsforslag fra A', ''))?.message).toBe(
      'Giv ændringsforslaget et navn, fx "Ændringsforslag fra A".',
    );
    const renamed = renameAmendment(project, 'Ændringsforslag fra A', 'Ændringsforslag fra SF');
    expect(renamed.amendments.map((a) => a.name)).toEqual([
      'Ændringsforslag fra SF',
      'Ændringsforslag fra V',
    ]);
    expect(renamed.amendments[0]?.changes).toBe(project.amendments[0]?.changes);
    const removed = removeAmendment(renamed, 'ændringsforslag fra sf');
    expect(removed.amendments.map((a) => a.name)).toEqual(['Ændringsforslag fra V']);
    expect(removed.versions).toBe(project.versions);
    expect(refusal(() => removeAmendment(removed, 'Ændringsforslag fra A'))?.code).toBe(
      'season.unknown-amendment',
    );
  });
});

const NAMES = ['1. behandling', '1. Behandling ', '2. behandling', 'Budgetforlig', 'Version 1', '', '  '];

type Edit =
  | { kind: 'renameVersion' | 'renameAmendment'; at: number; to: string }
  | { kind: 'deleteVersion' | 'deleteAmendment'; at: number };

const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('renameVersion' as const, 'renameAmendment' as const),
    at: fc.nat(4),
    to: fc.constantFrom(...NAMES),
  }),
  fc.record({ kind: fc.constantFrom('deleteVersion' as const, 'deleteAmendment' as const), at: fc.nat(4) }),
);

/** A project with 1–4 versions of random states and an amendment on some of them. */
const arbSeason: fc.Arbitrary<Project> = fc
  .record({ states: fc.array(arbState, { minLength: 1, maxLength: 4 }), bases: fc.array(fc.nat(4)) })
  .map(({ states, bases }) => {
    let project: Project = createProject({ years: YEARS });
    states.forEach((state, k) => {
      project = { ...project, proposals: [...state.proposals], targets: [...state.targets] };
      project = takeVersion(project, `Version ${k + 1}`, meta);
    });
    bases.forEach((b, k) => {
      const base = project.versions[b % project.versions.length]?.name ?? null;
      project = addAmendment(project, {
        name: `Ændringsforslag ${k + 1}`,
        date: '2026-09-20',
        base,
        sourceFile: null,
        changes: [{ kind: 'status', id: 'BU-01', status: 'fravalgt' }],
      });
    });
    return project;
  });

function perform(project: Project, edit: Edit): Project {
  const version = project.versions[edit.at % Math.max(1, project.versions.length)]?.name ?? 'ingen';
  const amendment = project.amendments[edit.at % Math.max(1, project.amendments.length)]?.name ?? 'intet';
  switch (edit.kind) {
    case 'renameVersion':
      return renameVersion(project, version, edit.to);
    case 'renameAmendment':
      return renameAmendment(project, amendment, edit.to);
    case 'deleteVersion':
      return deleteVersion(project, version);
    case 'deleteAmendment':
      return removeAmendment(project, amendment);
  }
}

const key = (name: string): string => name.trim().toLocaleLowerCase('da');

describe('egenskaber', () => {
  it('omdøb og omdøb tilbage giver det samme projekt', () => {
    fc.assert(
      fc.property(arbSeason, fc.nat(4), fc.constantFrom(...NAMES), (project, at, to) => {
        const version = project.versions[at % project.versions.length]!.name;
        if (refusal(() => renameVersion(project, version, to)) === null) {
          expect(renameVersion(renameVersion(project, version, to), to, version)).toEqual(project);
        }
        const amendment = project.amendments[at % Math.max(1, project.amendments.length)];
        if (!amendment) return;
        if (refusal(() => renameAmendment(project, amendment.name, to))) return;
        const renamed = renameAmendment(project, amendment.name, to);
        expect(renameAmendment(renamed, to, amendment.name)).toEqual(project);
      }),
    );
  });

  it('efter vilkårlige omdøbninger og sletninger er navnene entydige, hvert grundlag findes, og projektet gemmes og åbnes igen ens', () => {
    fc.assert(
      fc.property(arbSeason, fc.array(arbEdit, { maxLength: 8 }), (start, edits) => {
        let project = start;
        for (const edit of edits) {
          const before = JSON.stringify(project);
          try {
            project = perform(project, edit);
          } catch (error) {
            if (!isSeasonError(error)) throw error;
            // A refused edit changes nothing.
            expect(JSON.stringify(project)).toBe(before);
          }
        }
        const versionKeys = project.versions.map((v) => key(v.name));
        expect(new Set(versionKeys).size).toBe(versionKeys.length);
        const amendmentKeys = project.amendments.map((a) => key(a.name));
        expect(new Set(amendmentKeys).size).toBe(amendmentKeys.length);
        for (const a of project.amendments)
          if (a.base !== null) expect(project.versions.map((v) => v.name)).toContain(a.base);
        // The working state never moves.
        expect(project.proposals).toBe(start.proposals);
        expect(parseProject(serializeProject(project))).toEqual(project);
      }),
      { numRuns: 60 },
    );
  });
});
