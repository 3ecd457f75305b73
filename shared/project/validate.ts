import type { z } from 'zod';
import type { Project } from '../model/project.ts';
import { unsaveableLines } from './columnar.ts';
import { describeNumber } from './limits.ts';
import { amendmentYearProblem } from './season-file.ts';
import { projectFileSchema, type ProjectFile, type ProjectFileOut } from './schema.ts';

/**
 * The checks a project document must pass, shared by the loader (which calls the file damaged) and the saver
 * (which refuses before writing): a file Råderum writes passes exactly what it will be read with.
 */

const FIELD_WORD: Readonly<Record<string, string>> = {
  amounts: 'beløbet',
  income: 'indtægten',
  fte: 'årsværket',
  investment: 'investeringen',
  percent: 'procenten af servicerammen',
  prices: 'prisindekset',
  wages: 'lønindekset',
  budgetYear: 'budgetåret',
  priceYear: 'prisåret',
  years: 'planårene',
};

function at(doc: unknown, path: readonly PropertyKey[]): unknown {
  let value = doc;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function yearAt(doc: unknown, index: PropertyKey | undefined): string {
  if (typeof index !== 'number') return '';
  const year = at(doc, ['settings', 'years', index]);
  return typeof year === 'number' ? ` for ${year}` : ` for år ${index + 1}`;
}

/** Where a zod issue is, in words: "forslag 'SS-02', beløbet for 2027". */
function describePath(doc: unknown, path: readonly PropertyKey[]): string {
  const [top, index, field, ...rest] = path;
  const word = (key: PropertyKey | undefined): string =>
    typeof key === 'string' ? (FIELD_WORD[key] ?? key) : '';
  if (top === 'proposals' && typeof index === 'number') {
    const id = at(doc, ['proposals', index, 'id']);
    const name = typeof id === 'string' && id !== '' ? `forslag '${id}'` : `forslag nr. ${index + 1}`;
    return field === undefined ? name : `${name}, ${word(field)}${yearAt(doc, rest[0])}`;
  }
  if (top === 'targets' && typeof index === 'number') {
    const name = at(doc, ['targets', index, 'name']);
    const target = typeof name === 'string' ? `målet '${name}'` : `mål nr. ${index + 1}`;
    const leaf = path[path.length - 1];
    if (field === 'rule' && leaf !== 'rule' && leaf !== 'kind') {
      const yearIndex = typeof leaf === 'number' ? leaf : undefined;
      const key = typeof leaf === 'number' ? path[path.length - 2] : leaf;
      return `${target}, ${word(key)}${yearAt(doc, yearIndex)}`;
    }
    return target;
  }
  if (top === 'priceIndex' && typeof index === 'number') {
    const year = at(doc, ['priceIndex', index, 'year']);
    return `pris- og lønskønnet${typeof year === 'number' ? ` for ${year}` : ''}, ${word(field)}`;
  }
  if (top === 'proposalPool' && typeof index === 'number') {
    const id = at(doc, ['proposalPool', index, 'id']);
    const name = `et forslag i versionerne${typeof id === 'string' && id !== '' ? ` ('${id}')` : ''}`;
    return field === undefined ? name : `${name}, ${word(field)}${yearAt(doc, rest[0])}`;
  }
  if ((top === 'versions' || top === 'amendments') && typeof index === 'number') {
    const name = at(doc, [top, index, 'name']);
    const what = top === 'versions' ? 'versionen' : 'ændringsforslaget';
    return typeof name === 'string' ? `${what} '${name}'` : `${what} nr. ${index + 1}`;
  }
  if (top === 'changeLog') return 'ændringsloggen';
  if (top === 'settings') return `indstillingerne, ${word(index)}`;
  if (top === 'budget')
    return index === 'lines' && field === 'count' ? 'budgettets antal linjer' : 'budgettet';
  return path.map(String).join('.') || 'filen';
}

/** One zod issue as a Danish phrase naming where, the value and the rule it breaks. */
export function describeIssue(doc: unknown, issue: z.core.$ZodIssue): string {
  const where = describePath(doc, issue.path);
  const value = at(doc, issue.path);
  // Our own rules are Danish sentences starting with "skal"; zod's English defaults are not shown.
  const rule = issue.message.startsWith('skal ') ? ` ${issue.message}` : ' er ugyldig';
  return typeof value === 'number' || value === null
    ? `${where} (${describeNumber(value)})${rule}`
    : `${where}${rule}`;
}

/**
 * Proposals and amount targets (the working state's, the versions' and the ændringsforslag's) have one value
 * per plan year; the first that does not, or null.
 */
export function misalignedYears(
  file: Pick<ProjectFile, 'settings' | 'proposals' | 'targets'> &
    Partial<Pick<ProjectFile, 'proposalPool' | 'versions' | 'amendments'>>,
): string | null {
  const yearCount = file.settings.years.length;
  for (const [i, p] of file.proposals.entries())
    if (p.amounts.length !== yearCount || p.income.length !== yearCount || p.fte.length !== yearCount)
      return `forslag ${i + 1} (${p.id}) har ikke ét beløb pr. år`;
  for (const t of file.targets)
    if (t.rule.kind === 'amount' && t.rule.amounts.length !== yearCount)
      return `målet '${t.name}' har ikke ét beløb pr. år`;
  for (const p of file.proposalPool ?? [])
    if (p.amounts.length !== yearCount || p.income.length !== yearCount || p.fte.length !== yearCount)
      return `et forslag i versionerne (${p.id}) har ikke ét beløb pr. år`;
  for (const v of file.versions ?? [])
    for (const t of v.targets)
      if (t.rule.kind === 'amount' && t.rule.amounts.length !== yearCount)
        return `målet '${t.name}' i versionen '${v.name}' har ikke ét beløb pr. år`;
  return amendmentYearProblem(file.amendments ?? [], yearCount);
}

/**
 * Why this project cannot be saved so that it opens again, as a Danish phrase; null when it can. `file` is
 * the document as it will be written (budget lines already columnar); `project` has the lines as they are.
 */
export function unsaveableReason(project: Project, file: ProjectFileOut): string | null {
  if (project.budget) {
    const lines = unsaveableLines(project.budget.lines, project.budget.years);
    if (lines) return lines;
  }
  const parsed = projectFileSchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return issue ? describeIssue(file, issue) : 'projektet er ugyldigt';
  }
  return misalignedYears(parsed.data);
}
