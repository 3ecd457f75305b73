import type { Problem } from '../model/problem.ts';
import type { Amendment, AmendmentChange, SeasonState } from '../model/season.ts';
import { importProposals, type ProposalFileInput } from '../proposals/import.ts';
import type { AbortSignalLike } from '../workbook/types.ts';
import { sameFieldValue } from './match.ts';

export interface ImportAmendmentOptions {
  name: string;
  /** ISO date (yyyy-mm-dd). */
  date: string;
  /** The version the amendment is applied on (null = the working state), and that state. */
  base: string | null;
  baseState: SeasonState;
  /** The project's plan years. */
  years: readonly number[];
  /** The budget's udvalg, so a new proposal's udvalg is spelled as the budget spells it. */
  committees?: readonly string[];
  savingsPositive?: boolean;
  signal?: AbortSignalLike;
}

export interface AmendmentImport {
  amendment: Amendment;
  /** The importer's problems (file, sheet, cell), and a warning for a listed proposal that changes nothing. */
  problems: Problem[];
  /** Proposals read from the workbook. */
  read: number;
}

/**
 * An ændringsforslag from a workbook in the proposal list layout (or forms), read by the proposal importer: a
 * row whose id the base has is a change (its amounts when they differ; its status when it says Prioriteret,
 * Fravalgt or Til modning — "Forslag" or blank leaves the status as it is); a new id is a new proposal.
 */
export async function importAmendment(
  files: readonly ProposalFileInput[],
  options: ImportAmendmentOptions,
): Promise<AmendmentImport> {
  const result = await importProposals(files, {
    years: options.years,
    existing: [],
    onDuplicate: 'rename',
    ...(options.committees ? { committees: options.committees } : {}),
    ...(options.savingsPositive ? { savingsPositive: true } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const problems = [...result.problems];
  const byId = new Map(options.baseState.proposals.map((p) => [p.id, p]));
  const changes: AmendmentChange[] = [];
  for (const incoming of result.proposals) {
    const existing = byId.get(incoming.id);
    if (!existing) {
      changes.push({ kind: 'add', proposal: incoming });
      continue;
    }
    const before = changes.length;
    if (incoming.status !== 'forslag' && incoming.status !== existing.status)
      changes.push({ kind: 'status', id: incoming.id, status: incoming.status });
    if (!sameFieldValue(incoming.amounts, existing.amounts))
      changes.push({ kind: 'amounts', id: incoming.id, amounts: [...incoming.amounts] });
    if (changes.length === before)
      problems.push({
        code: 'amendment.no-change',
        severity: 'info',
        message: `Forslag ${incoming.id} står i ændringsforslaget med samme beløb og status som i ${options.base === null ? 'arbejdsversionen' : `versionen '${options.base}'`} og ændrer intet.`,
        ...(incoming.source ? { file: incoming.source.file, sheet: incoming.source.sheet } : {}),
      });
  }
  return {
    amendment: {
      name: options.name.trim(),
      date: options.date,
      base: options.base,
      changes,
      sourceFile: files.map((f) => f.name).join(', ') || null,
    },
    problems,
    read: result.imported.length,
  };
}
