import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isReadError } from '../model/problem.ts';
import { blankProposal } from '../model/proposal.ts';
import { createProject, parseProject, serializeProject } from './document.ts';

const YEARS = [2026, 2027, 2028, 2029];

function projectWithSplit(): ReturnType<typeof createProject> {
  return {
    ...createProject({ municipality: 'Fjordby Kommune', years: YEARS }),
    proposals: [
      blankProposal('KF-22', 4, {
        title: 'Højere takst for lokaleleje',
        amounts: [-87_500, -175_000, -175_000, -175_000],
        income: [-95_300, -190_600, -190_600, -190_600],
      }),
    ],
  };
}

/** The saved JSON as another version of Råderum wrote it: `edit` changes the first proposal. */
function savedWith(edit: (proposal: Record<string, unknown>) => void): Uint8Array {
  const doc = JSON.parse(strFromU8(serializeProject(projectWithSplit(), { gzip: false }))) as {
    proposals: Record<string, unknown>[];
  };
  const first = doc.proposals[0];
  if (first) edit(first);
  return strToU8(JSON.stringify(doc));
}

describe('forslagets indtægter i projektfilen', () => {
  it('gemmes og læses igen uændret', () => {
    const project = projectWithSplit();
    expect(parseProject(serializeProject(project)).proposals[0]?.income).toEqual([
      -95_300, -190_600, -190_600, -190_600,
    ]);
  });

  it('et projekt gemt før indtægterne fandtes åbner med 0 i indtægter hvert år og samme nettobeløb', () => {
    const opened = parseProject(
      savedWith((p) => delete p.income),
      'før-indtægter.raaderum',
    );
    expect(opened.proposals[0]?.income).toEqual([0, 0, 0, 0]);
    expect(opened.proposals[0]?.amounts).toEqual([-87_500, -175_000, -175_000, -175_000]);
    // Saved again, the file carries the field.
    expect(JSON.parse(strFromU8(serializeProject(opened, { gzip: false }))).proposals[0].income).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('indtægter med et forkert antal år eller brøkdele af kroner afvises som en beskadiget fil', () => {
    for (const bad of [[1000, 2000], [0.5, 0, 0, 0], 'mange']) {
      let error: unknown;
      try {
        parseProject(
          savedWith((p) => (p.income = bad)),
          'rettet.raaderum',
        );
      } catch (e) {
        error = e;
      }
      expect(isReadError(error) && error.problem.code, JSON.stringify(bad)).toBe('project.damaged');
    }
  });
});
