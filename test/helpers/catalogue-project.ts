import { fromYearRecord } from '../../shared/model/money.ts';
import type { BudgetLine } from '../../shared/model/budget.ts';
import { STATUSES, type Kategori, type Proposal } from '../../shared/model/proposal.ts';
import type { Project } from '../../shared/model/project.ts';
import { emptyBudget } from '../calc-fixtures.ts';
import { readExpected, VEJ_OF_FIXTURE, type FixtureProposal } from './fixtures.ts';

interface ExpectedProposal extends FixtureProposal {
  row: number;
  amounts: Record<string, number>;
}

const YEARS = [2026, 2027, 2028, 2029];

/**
 * The fixture lists only net amounts, so the income part is made up: every third proposal gets a merindtægt (a fifth
 * of its saving, negative), every third a mindreindtægt (positive, lost user payments), the rest none. Whole
 * 100 kr., like the fixture's amounts.
 */
function incomeSplit(amounts: readonly number[], i: number): number[] {
  const part = i % 3 === 1 ? 0.2 : i % 3 === 2 ? -0.1 : 0;
  return amounts.map((a) => {
    const v = Math.round((a * part) / 100) * 100;
    return v === 0 ? 0 : v;
  });
}

/**
 * A project built straight from proposals-list.xlsx.expected.json (the generator's own numbers, not our importer),
 * with statuses, catalogues, texts that test the writer (quotes, &, line breaks, emoji, one text longer than an
 * Excel cell), targets and a small budget.
 */
export function fixtureProject(): Project {
  const expected = readExpected<{ proposals: ExpectedProposal[] }>('proposals-list.xlsx');
  const proposals: Proposal[] = expected.proposals.map((e, i) => ({
    id: e.nr,
    title: e.titel,
    committee: e.udvalg,
    area: e.politikomraade,
    // Proposal 6: one whose vej and kategori the department left blank.
    vej: i === 5 ? null : (VEJ_OF_FIXTURE[e.vej] ?? null),
    kategori: i === 5 ? null : (e.kategori.toLowerCase() as Kategori),
    status: STATUSES[(i * 7) % 4] ?? 'forslag',
    catalogue: i % 3 === 0 ? 'Sparekatalog' : 'Råderumskatalog',
    amounts: fromYearRecord(YEARS, e.amounts),
    income: incomeSplit(fromYearRecord(YEARS, e.amounts), i),
    isService: i % 5 !== 0,
    fte: YEARS.map((y) => e.aarsvaerk[String(y)] ?? 0),
    // Proposal 2: a description far beyond Excel's 32,767 characters per cell, so the data sheet must split it.
    description:
      i === 1
        ? `${'Lang tekst om forslaget. '.repeat(2000)}SLUT`
        : `Forslaget "${e.titel}" beskrives her & her.\nAnden linje med æøå.`,
    citizenImpact: i % 2 === 0 ? 'Borgerne mærker færre åbningstimer.' : '',
    staffImpact: 'Færre stillinger; ingen afskedigelser 👍',
    permanence: i % 9 === 0 ? 'oneOff' : 'permanent',
    investment: e.investering ? Math.max(0, fromYearRecord(YEARS, e.amounts)[0] ?? 0) : 0,
    notes: i === 4 ? 'Bemærkning med <tegn> der skal "escapes" & bevares' : '',
    source: { file: 'proposals-list.xlsx', sheet: 'Forslag', row: e.row },
  }));
  const committees = [...new Set(proposals.map((p) => p.committee))];
  const lines: BudgetLine[] = committees.map((committee, i) => ({
    committee,
    area: 'I alt',
    account: {},
    text: `Budget for ${committee}`,
    amounts: YEARS.map((_, y) => (400_000 + i * 25_000 + y * 1_500) * 1000 + 300),
    isService: true,
    source: { sheet: 'Budget', row: i + 2 },
  }));
  return {
    settings: {
      municipality: 'Fjordby Kommune',
      budgetYear: 2026,
      years: YEARS,
      priceYear: 2026,
      signDisplay: 'negativeIsSaving',
    },
    budget: emptyBudget(lines, YEARS, 'budget.xlsx'),
    proposals,
    targets: [
      {
        name: 'Råderumsmål',
        rule: { kind: 'amount', amounts: [-10_000_000, -25_000_000, -40_000_000, -50_000_000] },
        scope: { kategorier: [], veje: [], committees: [], catalogue: null },
      },
      {
        name: 'Effektivisering ad stille og brede vej',
        rule: { kind: 'amount', amounts: [-2_000_000, -4_000_000, -6_000_000, -8_000_000] },
        scope: {
          kategorier: ['effektivisering'],
          veje: ['stille', 'brede'],
          committees: [],
          catalogue: null,
        },
      },
      {
        name: 'Børn og social',
        rule: { kind: 'percentOfService', percent: 0.5 },
        scope: {
          kategorier: [],
          veje: [],
          committees: ['Børne- og Ungeudvalget', 'Social- og Sundhedsudvalget'],
          catalogue: null,
        },
      },
    ],
    catalogues: [
      { name: 'Råderumskatalog', description: 'Forslag til råderum' },
      { name: 'Sparekatalog', description: 'Forslag til besparelser' },
    ],
    priceIndex: [],
    countedStatuses: ['prioriteret', 'forslag'],
    versions: [],
    changeLog: [],
    amendments: [],
  };
}

/** The project with some proposals changed: `edits[i]` is merged into proposal i. The project given is untouched. */
export function withProposalEdits(
  project: Project,
  edits: Readonly<Record<number, Partial<Proposal>>>,
): Project {
  return { ...project, proposals: project.proposals.map((p, i) => (edits[i] ? { ...p, ...edits[i] } : p)) };
}

/** `count` generated proposals (deterministic), for the benchmark and size tests. */
export function syntheticProject(count: number): Project {
  const base = fixtureProject();
  const template = base.proposals;
  const proposals: Proposal[] = [];
  for (let i = 0; i < count; i++) {
    const t = template[i % template.length] as Proposal;
    proposals.push({
      ...t,
      id: `${t.id.slice(0, 2)}-${String(i + 1).padStart(4, '0')}`,
      amounts: t.amounts.map((a, y) => a + ((i * 37 + y * 11) % 50) * 100),
      income: [...t.income],
      fte: [...t.fte],
      description: i % template.length === 1 ? 'Kort beskrivelse.' : t.description,
    });
  }
  return { ...base, proposals };
}
