/**
 * One fuzz case, in-process: open the bytes as Råderum does, stream every sheet, import a budget and proposals from
 * them, and save and re-open a project made of what was imported. The outcome is `ok`, `refused` (a ReadError with
 * a Danish sentence) or a finding: a crash (any other error), a message that is not Danish or shows a bug, a number
 * that is not finite or not an exact integer, or a project that does not open again.
 */
import { importBudget, summarizeBudget } from '../../shared/budget/index.ts';
import type { Budget } from '../../shared/model/budget.ts';
import { isReadError, type Problem } from '../../shared/model/problem.ts';
import { createProject, parseProject, serializeProject } from '../../shared/project/index.ts';
import { importProposals } from '../../shared/proposals/index.ts';
import { openWorkbook, type WorkbookFile } from '../../shared/workbook/index.ts';

export type Finding = 'crash' | 'non-danish' | 'bad-message' | 'non-finite' | 'unsaveable';

export interface Outcome {
  kind: 'ok' | 'refused' | Finding;
  /** The ReadError's code (refused), or what was found. */
  detail: string;
}

const YEARS = [2026, 2027, 2028, 2029];
/** At most this many sheets are streamed per case (a hostile file may have a thousand). */
const MAX_SHEETS_READ = 40;

/** One Danish sentence for a user: Danish words, none of the marks of an internal error. */
export function isDanishMessage(message: string): boolean {
  if (
    /\n|\bat \S+ \(|(Type|Range|Syntax|Reference)Error|Invalid |Cannot |undefined|NaN|\[object /.test(message)
  )
    return false;
  return /[æøåÆØÅ]|\b(ikke|filen|arket|kan|er|og)\b/i.test(message) && message.length >= 20;
}

/**
 * A warning's own words must not show a bug (`undefined`, `NaN`, `[object Object]`); what it quotes from the file
 * ('NaN' typed in a cell, a formula in parentheses) may be anything.
 */
function badProblem(problems: readonly Problem[]): Problem | undefined {
  return problems.find((p) =>
    /\bundefined\b|\bNaN\b|\[object |\bInfinity\b/.test(p.message.replace(/'[^']*'|"[^"]*"|\([^)]*\)/g, '')),
  );
}

class Found extends Error {
  constructor(
    readonly kind: Finding,
    detail: string,
  ) {
    super(detail);
  }
}

function exactAmounts(what: string, amounts: readonly number[]): void {
  for (const a of amounts) if (!Number.isSafeInteger(a)) throw new Found('non-finite', `${what}: ${a}`);
}

async function readAllSheets(file: WorkbookFile): Promise<void> {
  for (const sheet of file.sheets.slice(0, MAX_SHEETS_READ)) {
    await file.readRows(sheet.name, (row) => {
      for (const cell of row.cells) {
        if (cell.kind === 'number' || cell.kind === 'date') {
          if (typeof cell.value !== 'number' || !Number.isFinite(cell.value))
            throw new Found('non-finite', `${sheet.name}!${cell.address}: ${String(cell.value)}`);
        }
      }
    });
  }
}

function checkBudget(budget: Budget): void {
  for (const line of budget.lines) exactAmounts(`budgetlinje ${line.source.row}`, line.amounts);
  exactAmounts('budgettotal', summarizeBudget(budget).totals);
  const bad = badProblem(budget.report.problems);
  if (bad) throw new Found('bad-message', `${bad.code}: ${bad.message}`);
}

async function steps(bytes: Uint8Array, name: string): Promise<void> {
  const file = await openWorkbook(bytes, name);
  await readAllSheets(file);
  let budget: Budget | null = null;
  try {
    budget = await importBudget(file);
    checkBudget(budget);
  } catch (error) {
    // No budget in the file is a refusal of that step only; the proposals are still read.
    if (!isReadError(error)) throw error;
    if (!isDanishMessage(error.problem.message)) throw new Found('non-danish', error.problem.message);
  }
  const proposals = await importProposals([{ file, name }], { years: YEARS });
  for (const p of proposals.proposals) {
    exactAmounts(`forslag ${p.id}`, p.amounts);
    exactAmounts(`forslag ${p.id} indtægt`, p.income);
    for (const f of p.fte)
      if (!Number.isFinite(f)) throw new Found('non-finite', `forslag ${p.id} årsværk: ${f}`);
  }
  const bad = badProblem(proposals.problems);
  if (bad) throw new Found('bad-message', `${bad.code}: ${bad.message}`);
  // What `new` and `add-proposals` would save must open again.
  const project = { ...createProject({ years: YEARS }, budget), proposals: proposals.proposals };
  let saved: Uint8Array;
  try {
    saved = serializeProject(project);
  } catch (error) {
    throw new Found('unsaveable', `gem: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    parseProject(saved, 'fuzz.raaderum');
  } catch (error) {
    throw new Found('unsaveable', `åbn: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function runCase(bytes: Uint8Array, name: string): Promise<Outcome> {
  try {
    await steps(bytes, name);
    return { kind: 'ok', detail: '' };
  } catch (error) {
    if (error instanceof Found) return { kind: error.kind, detail: error.message };
    if (isReadError(error)) {
      if (!isDanishMessage(error.problem.message))
        return { kind: 'non-danish', detail: error.problem.message };
      return { kind: 'refused', detail: error.problem.code };
    }
    const e = error instanceof Error ? error : new Error(String(error));
    return {
      kind: 'crash',
      detail: `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}`,
    };
  }
}
