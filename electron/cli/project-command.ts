import type { Budget } from '../../shared/model/budget.ts';
import { toYearRecord, type Kr } from '../../shared/model/money.ts';
import type { Project } from '../../shared/model/project.ts';
import { readProjectFile } from '../node/project-file.ts';
import { requireBudget, type ParsedArgs } from './args.ts';
import type { CommandIo } from './io.ts';

/**
 * What the commands that work on one project (`cut`, `efficiency`, `target`, `calc`, …) share: opening it and
 * printing their result as text or, with `--json`, as JSON in 1.000 kr.
 */

export interface OpenedProject {
  path: string;
  project: Project;
  /** The project's plan years; every amount in the output is aligned with them. */
  years: readonly number[];
}

/** Reads and validates the project (a damaged file is a ReadError: exit code 2). */
export async function openProject(path: string): Promise<OpenedProject> {
  const project = await readProjectFile(path);
  return { path, project, years: project.settings.years };
}

/** The project and its budget; a project without one is a ReadError telling how to add it. */
export async function openProjectWithBudget(path: string): Promise<OpenedProject & { budget: Budget }> {
  const opened = await openProject(path);
  return { ...opened, budget: requireBudget(opened.project, path) };
}

/** `{"Børne- og Ungeudvalget": {"2026": -1234.5, …}, …}`: amounts per key and year in 1.000 kr. */
export function yearRecords(
  years: readonly number[],
  byKey: Readonly<Record<string, readonly Kr[]>>,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [key, amounts] of Object.entries(byKey)) out[key] = toYearRecord(years, amounts);
  return out;
}

/** With `--json` the JSON (indented), else the text; only the one printed is built. */
export function printOutput(io: CommandIo, args: ParsedArgs, json: () => unknown, text: () => string): void {
  io.out(args.flag('--json') ? JSON.stringify(json(), null, 2) : text());
}
