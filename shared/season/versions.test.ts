import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankProposal } from '../model/proposal.ts';
import type { Project } from '../model/project.ts';
import type { SeasonState } from '../model/season.ts';
import { createProject } from '../project/document.ts';
import { arbState, YEARS } from '../../test/helpers/season.ts';
import { isSeasonError } from './errors.ts';
import { continueFromVersion, listVersions, takeVersion, versionNameProblem } from './versions.ts';
import { proposalHistory, recordChanges } from './change-log.ts';

const meta = { who: 'MJ', when: '2026-09-01T10:00:00.000Z' };

function projectWith(state: SeasonState): Project {
  return { ...createProject({ years: YEARS }), proposals: [...state.proposals], targets: [...state.targets] };
}

describe('versioner', () => {
  it('at gemme en version ændrer aldrig arbejdsversionen, og senere rettelser når ikke versionen', () => {
    fc.assert(
      fc.property(arbState, (state) => {
        const project = projectWith(state);
        const before = JSON.stringify(project);
        const next = takeVersion(project, 'Administrationens forslag', meta);
        expect(JSON.stringify(project)).toBe(before);
        expect(JSON.stringify({ ...next, versions: [] })).toBe(before);
        const version = next.versions[0];
        expect(version?.proposals).toEqual(project.proposals);
        // Editing the working state in place (as a careless caller might) leaves the version as it was.
        const saved = JSON.stringify(version);
        for (const p of next.proposals) (p.amounts as number[])[0] = 42;
        expect(JSON.stringify(version)).toBe(saved);
      }),
    );
  });

  it('listen viser navn, tidspunkt, hvem og antal forslag', () => {
    let project = projectWith({
      proposals: [blankProposal('BU-01', 4), blankProposal('BU-02', 4)],
      targets: [],
    });
    project = takeVersion(project, 'Administrationens forslag', meta);
    project = { ...project, proposals: [blankProposal('BU-01', 4)] };
    project = takeVersion(project, '1. behandling', { who: 'KL', when: '2026-09-17T08:00:00.000Z' });
    expect(listVersions(project)).toEqual([
      { name: 'Administrationens forslag', createdAt: meta.when, createdBy: 'MJ', proposalCount: 2 },
      { name: '1. behandling', createdAt: '2026-09-17T08:00:00.000Z', createdBy: 'KL', proposalCount: 1 },
    ]);
  });

  it('et tomt eller allerede brugt navn afvises med en dansk besked', () => {
    const project = takeVersion(projectWith({ proposals: [], targets: [] }), '1. behandling', meta);
    expect(versionNameProblem(project, '  ')).toMatch(/Giv versionen et navn/);
    expect(versionNameProblem(project, '1. Behandling ')).toMatch(
      /allerede en version med navnet '1. behandling'/,
    );
    let error: unknown;
    try {
      takeVersion(project, '1. behandling', meta);
    } catch (e) {
      error = e;
    }
    expect(isSeasonError(error) && error.problem.code).toBe('season.version-name');
  });

  it('"Fortsæt fra denne version" gør versionen til arbejdsversion og skriver ændringerne i loggen', () => {
    const bu = blankProposal('BU-01', 4, {
      title: 'Færre timer',
      amounts: [-100_000, -200_000, -200_000, -200_000],
    });
    let project = takeVersion(projectWith({ proposals: [bu], targets: [] }), '1. behandling', meta);
    project = { ...project, proposals: [{ ...bu, amounts: [0, 0, 0, 0] }, blankProposal('KF-02', 4)] };
    const back = continueFromVersion(project, '1. behandling', {
      who: 'MJ',
      when: '2026-10-01T09:00:00.000Z',
    });
    expect(back.proposals).toEqual([bu]);
    expect(back.versions).toBe(project.versions);
    const entry = back.changeLog.at(-1);
    expect(entry?.source).toEqual({ kind: 'version', name: '1. behandling' });
    expect(entry?.changes).toEqual([
      {
        kind: 'changed',
        id: 'BU-01',
        field: 'amounts',
        from: [0, 0, 0, 0],
        to: [-100_000, -200_000, -200_000, -200_000],
      },
      { kind: 'removed', id: 'KF-02', title: '' },
    ]);
    // The working state is a copy: editing it leaves the version alone.
    (back.proposals[0]?.amounts as number[] | undefined)?.fill(1);
    expect(back.versions[0]?.proposals[0]?.amounts).toEqual([-100_000, -200_000, -200_000, -200_000]);
  });
});

describe('ændringsloggen', () => {
  it('en import er én post, der navngiver filen, med hvert tilføjet forslag', () => {
    const added = [blankProposal('BU-01', 4, { title: 'A' }), blankProposal('BU-02', 4, { title: 'B' })];
    const entry = recordChanges([], added, {
      ...meta,
      source: { kind: 'import', files: ['forslag-bu.xlsx'] },
    });
    expect(entry).toEqual({
      when: meta.when,
      who: 'MJ',
      source: { kind: 'import', files: ['forslag-bu.xlsx'] },
      changes: [
        { kind: 'added', id: 'BU-01', title: 'A' },
        { kind: 'added', id: 'BU-02', title: 'B' },
      ],
    });
    expect(recordChanges(added, added, { ...meta, source: { kind: 'edit' } })).toBeNull();
  });

  it('et rettet forslagsnummer er en ændring af nummeret, og historikken følger omdøbningen', () => {
    const p = blankProposal('BU-01', 4, { title: 'Færre timer' });
    const e1 = recordChanges([p], [{ ...p, status: 'prioriteret' }], { ...meta, source: { kind: 'edit' } });
    const e2 = recordChanges(
      [{ ...p, status: 'prioriteret' }],
      [{ ...p, status: 'prioriteret', id: 'BU-01a' }],
      {
        who: 'KL',
        when: '2026-09-02T10:00:00.000Z',
        source: { kind: 'edit' },
      },
    );
    expect(e2?.changes).toEqual([
      { kind: 'changed', id: 'BU-01a', field: 'id', from: 'BU-01', to: 'BU-01a' },
    ]);
    const history = proposalHistory([e1!, e2!], 'BU-01a');
    expect(history.map((h) => h.who)).toEqual(['KL', 'MJ']);
    expect(history[1]?.changes).toEqual([
      { kind: 'changed', id: 'BU-01', field: 'status', from: 'forslag', to: 'prioriteret' },
    ]);
  });

  it('loggen gemmer kopier: en senere rettelse af forslaget ændrer ikke den gamle værdi', () => {
    const p = blankProposal('BU-01', 4);
    const q = { ...p, amounts: [1, 2, 3, 4] };
    const entry = recordChanges([p], [q], { ...meta, source: { kind: 'edit' } });
    q.amounts[0] = 99;
    expect(entry?.changes[0]).toMatchObject({ to: [1, 2, 3, 4] });
  });
});
