/** The 200,000-line public budget (budget-large.xlsx, read by Råderum's importer) with 2,000 proposals. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importBudget } from '../../shared/budget/index.ts';
import type { Project } from '../../shared/model/project.ts';
import { createProject } from '../../shared/project/index.ts';
import { openWorkbook } from '../../shared/workbook/index.ts';
import { syntheticProposals } from './calc-data.ts';

export const PUBLIC_BUDGET = fileURLToPath(
  new URL('../../../shared/fixtures/public/budget-large.xlsx', import.meta.url),
);

export async function publicBudgetProject(proposalCount = 2_000): Promise<Project> {
  const budget = await importBudget(
    await openWorkbook(new Uint8Array(readFileSync(PUBLIC_BUDGET)), 'budget-large.xlsx'),
  );
  const project = createProject({ municipality: 'Fjordby' }, budget);
  const years = project.settings.years.length;
  const proposals = syntheticProposals(proposalCount).map((p) => ({
    ...p,
    amounts: p.amounts.slice(0, years),
    income: p.income.slice(0, years),
    fte: p.fte.slice(0, years),
  }));
  return { ...project, proposals };
}
