/** Synthetic data for the calculation and project-file benchmarks: 200,000 budget lines, 2,000 proposals. */
import type { Budget, BudgetLine } from '../../shared/model/budget.ts';
import type { Project } from '../../shared/model/project.ts';
import { KATEGORIER, STATUSES, VEJE, type Proposal } from '../../shared/model/proposal.ts';
import { createProject } from '../../shared/project/document.ts';

export const YEARS = [2026, 2027, 2028, 2029];
const COMMITTEES = [
  'Børne- og Ungeudvalget',
  'Social- og Sundhedsudvalget',
  'Beskæftigelsesudvalget',
  'Teknik- og Miljøudvalget',
  'Kultur- og Fritidsudvalget',
  'Økonomiudvalget',
];

/** A small deterministic generator so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticBudget(lineCount = 200_000): Budget {
  const rnd = random(1);
  const lines: BudgetLine[] = [];
  // Grouped like a real budget: committee → area → function → cost centre, several activities each.
  for (let i = 0; i < lineCount; i++) {
    const committee = COMMITTEES[Math.floor((i * COMMITTEES.length) / lineCount)] ?? '';
    const area = Math.floor(i / 2000);
    const fn = Math.floor(i / 400);
    const costCentre = Math.floor(i / 25);
    const base = Math.round((rnd() - 0.2) * 50_000) * 100;
    lines.push({
      committee,
      area: `Område ${area}`,
      account: {
        mainAccount: String(fn % 7),
        function: `${fn % 7}.${fn % 60}.${fn % 90}`,
        dranst: '1',
        art: `${i % 9}.${i % 10}`,
      },
      costCentre: String(200_000 + costCentre),
      text: `Aktivitet ${i % 37}`,
      amounts: YEARS.map((_, y) => base + y * 100),
      isService: fn % 5 !== 0,
      source: { file: 'budget-large.xlsx', sheet: 'Budget', row: i + 2 },
    });
  }
  return {
    sourceName: 'budget-large.xlsx',
    years: YEARS,
    lines,
    mapping: { version: 1, years: YEARS, sheets: [] },
    report: { file: 'budget-large.xlsx', problems: [], skippedRows: [], serviceKnown: true },
  };
}

export function syntheticProposals(count = 2_000): Proposal[] {
  const rnd = random(2);
  return Array.from({ length: count }, (_, i): Proposal => ({
    id: `P-${i}`,
    title: `Forslag ${i}`,
    committee: COMMITTEES[i % COMMITTEES.length] ?? '',
    area: `Område ${i % 23}`,
    vej: i % 17 === 0 ? null : (VEJE[i % VEJE.length] ?? null),
    kategori: KATEGORIER[i % KATEGORIER.length] ?? null,
    status: STATUSES[i % STATUSES.length] ?? 'forslag',
    catalogue: i % 3 === 0 ? 'Handlekatalog' : 'Effektiviseringskatalog',
    amounts: YEARS.map(() => -Math.round(rnd() * 5_000) * 1000),
    income: YEARS.map(() => 0),
    isService: true,
    fte: YEARS.map(() => -Math.round(rnd() * 30) / 10),
    description: 'Forslaget indebærer en omlægning af opgaven, så den løses mere effektivt.',
    citizenImpact: 'Ingen',
    staffImpact: 'Færre årsværk',
    permanence: 'permanent',
    investment: 0,
    notes: '',
    source: { file: 'forslag.xlsx', sheet: 'Forslag', row: i + 6 },
  }));
}

export function syntheticProject(): Project {
  return {
    ...createProject({ municipality: 'Fjordby', years: YEARS }, syntheticBudget()),
    proposals: syntheticProposals(),
    targets: [
      {
        name: 'Handlekatalog',
        rule: { kind: 'percentOfService', percent: 0.5 },
        scope: {
          kategorier: ['servicereduktion', 'opgavebortfald'],
          veje: [],
          committees: [],
          catalogue: null,
        },
      },
      {
        name: 'Råderum',
        rule: { kind: 'amount', amounts: [-25e6, -35e6, -40e6, -40e6] },
        scope: { kategorier: [], veje: [], committees: [], catalogue: null },
      },
    ],
  };
}
