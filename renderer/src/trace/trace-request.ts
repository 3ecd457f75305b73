import { traceBudget, type BudgetTraceFilter, type BudgetTraceItem } from '../../../shared/budget/trace.ts';
import { traceProposals, type ProposalTraceFilter } from '../../../shared/calc/trace.ts';
import { STATUSES, type Kr, type Status } from '../../../shared/model/index.ts';
import type { WorkbenchState } from '../store/workbench-store.ts';

/**
 * "Hvad består tallet af?" asked of one number on screen. `shown` is the number as the screen computed it, so the
 * dialog can state that its items sum to exactly that (and say so plainly if they ever did not).
 */
export type TraceRequest = ProposalTraceRequest | BudgetTraceRequest;

export interface ProposalTraceRequest {
  kind: 'proposals';
  /** What the number is, in words: "Den brede vej, 2026". */
  title: string;
  shown: Kr;
  /** `statuses` narrows the statuses that count where the proposals are (a row of Oversigt's "Pr. status"). */
  filter: ProposalTraceFilter;
  /**
   * Whose proposals: Oversigt's scenario (its counted statuses, single proposals left out), or given rows of the
   * Forslag grid (e.g. those its filters show) with the statuses that count there (absent: every status).
   */
  among: { kind: 'scenario' } | { kind: 'rows'; keys: readonly number[]; statuses?: readonly Status[] };
}

export interface BudgetTraceRequest {
  kind: 'budget';
  title: string;
  shown: Kr;
  filter: BudgetTraceFilter;
}

export interface ProposalTraceRow {
  /** The grid's row key: the proposal's row in Forslag. */
  key: number;
  id: string;
  title: string;
  amount: Kr;
}

/** A budget line behind the number: the shared trace's item as is (`index` is the line's row in Budget). */
export type BudgetTraceRow = BudgetTraceItem;

export type TraceResult =
  | { kind: 'proposals'; total: Kr; rows: ProposalTraceRow[]; zeroCount: number; statuses: readonly Status[] }
  | { kind: 'budget'; total: Kr; rows: BudgetTraceRow[]; zeroCount: number };

/**
 * The statuses Oversigt counts, resolved as `calculateProject` resolves them: the scenario's choice (none ticked
 * counts nothing), else the project's, and every status when the project names none.
 */
function scenarioStatuses(s: Pick<WorkbenchState, 'history' | 'scenario'>): readonly Status[] {
  const project = s.history.present.project.countedStatuses;
  return s.scenario.statuses ?? (project.length > 0 ? project : STATUSES);
}

/** The items behind the request's number, from the document as it is now. */
export function runTrace(
  s: Pick<WorkbenchState, 'history' | 'scenario'>,
  request: TraceRequest,
): TraceResult {
  const doc = s.history.present;
  const project = doc.project;
  if (request.kind === 'budget') {
    if (!project.budget) return { kind: 'budget', total: 0, rows: [], zeroCount: 0 };
    const trace = traceBudget(project.budget, request.filter);
    return { kind: 'budget', total: trace.total, rows: trace.items, zeroCount: trace.zeroCount };
  }
  const among = request.among;
  const chosen = among.kind === 'rows' ? new Set(among.keys) : null;
  const excluded = among.kind === 'scenario' ? new Set(s.scenario.excludedKeys) : null;
  const keys: number[] = [];
  const proposals = project.proposals.filter((_, i) => {
    const key = doc.keys[i] ?? -1;
    const keep = chosen ? chosen.has(key) : !excluded?.has(key);
    if (keep) keys.push(key);
    return keep;
  });
  const counted = among.kind === 'rows' ? (among.statuses ?? STATUSES) : scenarioStatuses(s);
  const only = request.filter.statuses;
  const statuses = only ? counted.filter((x) => only.includes(x)) : counted;
  const trace = traceProposals(proposals, project.settings.years, { ...request.filter, statuses });
  return {
    kind: 'proposals',
    total: trace.total,
    zeroCount: trace.zeroCount,
    statuses,
    rows: trace.items.map((item) => ({
      key: keys[item.index] ?? -1,
      id: item.id,
      title: item.title,
      amount: item.amount,
    })),
  };
}
