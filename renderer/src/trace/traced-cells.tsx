import type { BudgetTraceFilter } from '../../../shared/budget/trace.ts';
import type { ProposalTraceFilter } from '../../../shared/calc/trace.ts';
import type { Kr } from '../../../shared/model/index.ts';
import type { AmountCellRender } from '../components/YearTable.tsx';
import { TEXT } from '../text.ts';
import { TracedAmount } from './TracedAmount.tsx';
import type { TraceRequest } from './trace-request.ts';

/** What a row of an Oversigt table counts: its name in words and the keys its proposals have. */
export interface TracedRow {
  title: string;
  filter: Omit<ProposalTraceFilter, 'year'>;
}

/** One number of Oversigt (a year, or the plan period with `year` null) as a "Hvad består tallet af?" button. */
export function tracedProposalAmount(
  row: TracedRow,
  year: number | null,
  yearText: string,
  shown: Kr,
  text: string,
) {
  const what = TEXT.trace.totalOf(row.title, yearText);
  const request = (): TraceRequest => ({
    kind: 'proposals',
    title: what,
    shown,
    filter: { ...row.filter, year },
    among: { kind: 'scenario' },
  });
  return (
    <TracedAmount what={what} request={request}>
      {text}
    </TracedAmount>
  );
}

/** The amount cells of one row of an Oversigt year table, each asking what it is made of. */
export function tracedProposalCells(
  row: TracedRow,
  years: readonly number[],
  amounts: readonly Kr[],
): AmountCellRender {
  return (text, i) => {
    const year = years[i] ?? 0;
    return tracedProposalAmount(row, year, String(year), amounts[i] ?? 0, text);
  };
}

/**
 * The amount cells of a row of the Budget summary, each asking what it is made of. The summary is summed by the
 * budget's own years (`budgetYears`, by index), so the trace reads the same column.
 */
export function tracedBudgetCells(
  title: string,
  filter: Omit<BudgetTraceFilter, 'year'>,
  budgetYears: readonly number[],
  amounts: readonly Kr[],
): AmountCellRender {
  return (text, i) => {
    const year = budgetYears[i] ?? 0;
    const what = TEXT.trace.totalOf(title, String(year));
    const request = (): TraceRequest => ({
      kind: 'budget',
      title: what,
      shown: amounts[i] ?? 0,
      filter: { ...filter, year },
    });
    return (
      <TracedAmount what={what} request={request}>
        {text}
      </TracedAmount>
    );
  };
}
