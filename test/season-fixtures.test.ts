/**
 * The season on the public fixtures: the proposal files read by the real importer into a project on
 * budget-clean.csv, a version, a grønthøster, and an ændringsforslag read from a workbook in the list layout.
 * Expected ids and amounts come from the fixtures' `.expected.json` (the generator's own data).
 */
import { describe, expect, it } from 'vitest';
import { acrossTheBoardCut } from '../shared/calc/index.ts';
import { fromYearRecord } from '../shared/model/money.ts';
import type { Project } from '../shared/model/project.ts';
import { createProject } from '../shared/project/index.ts';
import { importProposals } from '../shared/proposals/index.ts';
import {
  applyAmendment,
  diffStates,
  importAmendment,
  recordProjectChange,
  requireVersion,
  takeVersion,
} from '../shared/season/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { readCleanBudgetCsv, YEARS } from './calc-fixtures.ts';
import { readExpected, readFixture } from './helpers/fixtures.ts';

const meta = { who: 'MJ', when: '2026-09-01T10:00:00.000Z' };

interface Expected {
  proposals: { nr: string; amounts?: Record<string, number>; i_alt?: Record<string, number> }[];
}

async function seasonProject(): Promise<Project> {
  const names = ['proposals-list.xlsx', 'proposal-forms.xlsx'];
  const files = await Promise.all(
    names.map(async (name) => ({ name, file: await openWorkbook(readFixture(name), name) })),
  );
  const before = createProject({ municipality: 'Fjordby Kommune', years: YEARS }, readCleanBudgetCsv());
  const result = await importProposals(files, { years: YEARS, existing: [] });
  return recordProjectChange(
    before,
    { ...before, proposals: result.proposals },
    {
      ...meta,
      source: { kind: 'import', files: names },
    },
  );
}

describe('budgetsæsonen på de offentlige forslagsfiler', () => {
  it('version, grønthøster, sammenligning: netop grønthøsterens forslag er tilføjet', async () => {
    let project = await seasonProject();
    const ids = [
      ...readExpected<Expected>('proposals-list.xlsx').proposals,
      ...readExpected<Expected>('proposal-forms.xlsx').proposals,
    ].map((p) => p.nr);
    expect(new Set(project.proposals.map((p) => p.id))).toEqual(new Set(ids));
    // The import is one entry naming both files, with every proposal added.
    expect(project.changeLog).toHaveLength(1);
    expect(project.changeLog[0]?.source).toEqual({
      kind: 'import',
      files: ['proposals-list.xlsx', 'proposal-forms.xlsx'],
    });
    expect(project.changeLog[0]?.changes.filter((c) => c.kind === 'added')).toHaveLength(ids.length);

    project = takeVersion(project, 'Administrationens forslag', meta);
    const budget = project.budget;
    if (!budget) throw new Error('budget mangler');
    const total = [-10_000_000, -20_000_000, -20_000_000, -20_000_000];
    const cut = acrossTheBoardCut(budget, { total, years: YEARS, existingProposals: project.proposals });
    const after = { ...project, proposals: [...project.proposals, ...cut.proposals] };
    project = recordProjectChange(project, after, {
      who: 'MJ',
      when: '2026-09-02T10:00:00.000Z',
      source: { kind: 'tool', tool: 'Grønthøster' },
    });

    const diff = diffStates(requireVersion(project, 'Administrationens forslag'), project, {
      yearCount: YEARS.length,
      statuses: project.countedStatuses,
    });
    expect(cut.proposals.length).toBeGreaterThan(1);
    expect(diff.added.map((p) => p.id)).toEqual(cut.proposals.map((p) => p.id));
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
    // The grønthøster is direkte vej and sums exactly to its total.
    expect(diff.totals.total.difference).toEqual(total);
    expect(diff.totals.byVej.direkte.difference).toEqual(total);
    expect(diff.totals.byVej.stille.difference).toEqual([0, 0, 0, 0]);
    // One change log entry for the whole grønthøster, naming the tool.
    const entry = project.changeLog.at(-1);
    expect(entry?.source).toEqual({ kind: 'tool', tool: 'Grønthøster' });
    expect(entry?.changes.map((c) => c.id)).toEqual(cut.proposals.map((p) => p.id));
  });

  it('et ændringsforslag i listeformat: kendte numre bliver ændringer, nye numre nye forslag', async () => {
    const expected = readExpected<Expected>('proposals-list.xlsx').proposals;
    let project = await seasonProject();
    // The version holds the first five of the list with other amounts, and none of the rest.
    const known = new Set(expected.slice(0, 5).map((p) => p.nr));
    project = {
      ...project,
      proposals: project.proposals
        .filter((p) => known.has(p.id))
        .map((p) => ({ ...p, amounts: [0, 0, 0, 0] })),
    };
    project = takeVersion(project, '1. behandling', meta);
    const name = 'proposals-list.xlsx';
    const { amendment, read } = await importAmendment(
      [{ name, file: await openWorkbook(readFixture(name), name) }],
      {
        name: 'Ændringsforslag fra A',
        date: '2026-09-20',
        base: '1. behandling',
        baseState: requireVersion(project, '1. behandling'),
        years: YEARS,
      },
    );
    expect(read).toBe(expected.length);
    expect(
      amendment.changes.filter((c) => c.kind === 'amounts').map((c) => c.kind === 'amounts' && c.id),
    ).toEqual(expected.slice(0, 5).map((p) => p.nr));
    expect(
      amendment.changes.filter((c) => c.kind === 'add').map((c) => c.kind === 'add' && c.proposal.id),
    ).toEqual(expected.slice(5).map((p) => p.nr));
    const { state, problems } = applyAmendment({ ...project, amendments: [amendment] }, amendment);
    expect(problems).toEqual([]);
    const bu = state.proposals.find((p) => p.id === expected[0]?.nr);
    expect(bu?.amounts).toEqual(fromYearRecord(YEARS, expected[0]?.amounts ?? {}));
    expect(state.proposals).toHaveLength(expected.length);
  });
});
