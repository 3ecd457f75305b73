import { strFromU8, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReadError } from '../shared/model/problem.ts';
import type { Project } from '../shared/model/project.ts';
import { blankProposal } from '../shared/model/proposal.ts';
import { createProject, parseProject, serializeProject } from '../shared/project/index.ts';
import { addAmendment, recordProjectChange, takeVersion } from '../shared/season/index.ts';
import { arbProposal, arbState, YEARS } from './helpers/season.ts';
import { readErrorCode } from './helpers/read-error.ts';

/** A project that went through a season: versions between edits, a change log, an amendment. */
const arbSeasonProject: fc.Arbitrary<Project> = fc
  .record({
    states: fc.array(arbState, { minLength: 1, maxLength: 4 }),
    who: fc.constantFrom('MJ', 'kbh\\mette', 'Økonomi'),
    added: fc.array(arbProposal, { maxLength: 3 }),
  })
  .map(({ states, who, added }) => {
    let project: Project = createProject({ municipality: 'Fjordby Kommune', years: YEARS });
    states.forEach((state, k) => {
      const when = `2026-09-${String(k + 1).padStart(2, '0')}T10:00:00.000Z`;
      const next = { ...project, proposals: [...state.proposals], targets: [...state.targets] };
      project = recordProjectChange(project, next, { who, when, source: { kind: 'edit' } });
      project = takeVersion(project, `Version ${k + 1}`, { who, when });
    });
    return addAmendment(project, {
      name: 'Ændringsforslag fra A',
      date: '2026-09-20',
      base: 'Version 1',
      sourceFile: 'ændring-a.xlsx',
      changes: [
        { kind: 'status', id: 'BU-01', status: 'fravalgt' },
        { kind: 'amounts', id: 'KF-07', amounts: [-1000, -2000, -3000, -4000] },
        ...added.map((proposal) => ({ kind: 'add' as const, proposal })),
      ],
    });
  });

describe('versioner og ændringslog i projektfilen', () => {
  it('gem → åbn bevarer versioner, ændringslog og ændringsforslag (genererede sæsoner, med og uden gzip)', () => {
    fc.assert(
      fc.property(arbSeasonProject, fc.boolean(), (project, gzip) => {
        expect(parseProject(serializeProject(project, { gzip }), 's.raaderum')).toEqual(project);
      }),
      { numRuns: 60 },
    );
  });

  it('forslag, der er ens i flere versioner, gemmes én gang', () => {
    let project: Project = {
      ...createProject({ years: YEARS }),
      proposals: Array.from({ length: 50 }, (_, i) => blankProposal(`BU-${i}`, 4, { title: `Forslag ${i}` })),
    };
    for (let k = 1; k <= 5; k++) {
      project = takeVersion(project, `Version ${k}`, { who: 'MJ', when: '2026-09-01T00:00:00.000Z' });
      project = {
        ...project,
        proposals: project.proposals.map((p, i) => (i === k ? { ...p, notes: `ændret ${k}` } : p)),
      };
    }
    const json = JSON.parse(strFromU8(serializeProject(project, { gzip: false }))) as {
      proposalPool: unknown[];
    };
    // 50 in the first version, then one changed proposal per version after it.
    expect(json.proposalPool).toHaveLength(54);
    expect(parseProject(serializeProject(project)).versions.map((v) => v.proposals[2]?.notes)).toEqual([
      '',
      '',
      'ændret 2',
      'ændret 2',
      'ændret 2',
    ]);
  });

  it('en fil fra før versionerne (filformat 1) åbner uændret, uden versioner', () => {
    const project: Project = {
      ...createProject({ municipality: 'Fjordby Kommune', years: YEARS }),
      proposals: [blankProposal('BU-01', 4, { title: 'Færre timer', amounts: [-1000, -2000, -2000, -2000] })],
    };
    const doc = JSON.parse(strFromU8(serializeProject(project, { gzip: false }))) as Record<string, unknown>;
    for (const key of ['proposalPool', 'versions', 'changeLog', 'amendments']) delete doc[key];
    doc.version = 1;
    const opened = parseProject(strToU8(JSON.stringify(doc)), 'gammel.raaderum');
    expect(opened).toEqual(project);
    expect(opened.versions).toEqual([]);
  });

  it('et opgivet antal forslag, der ikke passer, eller en henvisning uden for listen, er en beskadiget fil', () => {
    const project = takeVersion(
      {
        ...createProject({ years: YEARS }),
        proposals: [blankProposal('BU-01', 4), blankProposal('BU-02', 4)],
      },
      '1. behandling',
      { who: 'MJ', when: '2026-09-01T00:00:00.000Z' },
    );
    const edited = (edit: (version: { proposalCount: number; proposals: number[] }) => void): Uint8Array => {
      const doc = JSON.parse(strFromU8(serializeProject(project, { gzip: false }))) as {
        versions: { proposalCount: number; proposals: number[] }[];
      };
      const v = doc.versions[0];
      if (v) edit(v);
      return strToU8(JSON.stringify(doc));
    };
    expect(
      readErrorCode(() =>
        parseProject(
          edited((v) => (v.proposalCount = 1_000_000_000)),
          'x.raaderum',
        ),
      ),
    ).toBe('project.damaged');
    expect(
      readErrorCode(() =>
        parseProject(
          edited((v) => (v.proposals = [0, 7])),
          'x.raaderum',
        ),
      ),
    ).toBe('project.damaged');
    expect(
      readErrorCode(() =>
        parseProject(
          edited((v) => (v.proposals = [0, -1])),
          'x.raaderum',
        ),
      ),
    ).toBe('project.damaged');
    let message = '';
    try {
      parseProject(
        edited((v) => (v.proposalCount = 3)),
        'x.raaderum',
      );
    } catch (error) {
      if (isReadError(error)) message = error.problem.message;
    }
    expect(message).toContain("versionen '1. behandling' (antal forslag)");
  });

  it('et ændringsforslag uden ét beløb pr. år eller en ødelagt post i ændringsloggen er en beskadiget fil, der siger hvor', () => {
    let project: Project = {
      ...createProject({ years: YEARS }),
      proposals: [blankProposal('BU-01', 4)],
    };
    project = recordProjectChange({ ...project, proposals: [] }, project, {
      who: 'MJ',
      when: '2026-09-01T00:00:00.000Z',
      source: { kind: 'import', files: ['bu.xlsx'] },
    });
    project = addAmendment(project, {
      name: 'Ændringsforslag fra A',
      date: '2026-09-20',
      base: null,
      sourceFile: null,
      changes: [{ kind: 'amounts', id: 'BU-01', amounts: [1000, 2000, 3000, 4000] }],
    });
    const messageOf = (edit: (doc: Record<string, unknown[]>) => void): string => {
      const doc = JSON.parse(strFromU8(serializeProject(project, { gzip: false }))) as Record<
        string,
        unknown[]
      >;
      edit(doc);
      try {
        parseProject(strToU8(JSON.stringify(doc)), 'x.raaderum');
      } catch (error) {
        if (isReadError(error) && error.problem.code === 'project.damaged') return error.problem.message;
      }
      return 'ingen fejl';
    };
    expect(
      messageOf((doc) => {
        const a = doc.amendments?.[0] as { changes: { amounts: number[] }[] };
        a.changes[0]?.amounts.pop();
      }),
    ).toContain("ændringsforslaget 'Ændringsforslag fra A' har ikke ét beløb pr. år");
    expect(
      messageOf((doc) => {
        const entry = doc.changeLog?.[0] as { changes: { kind: string }[] };
        if (entry.changes[0]) entry.changes[0].kind = 'exploded';
      }),
    ).toContain('ændringsloggen');
  });
});
