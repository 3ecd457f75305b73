import type { ICellRendererParams } from 'ag-grid-community';
import { blankProposal, type Kr, type SignDisplay } from '../../../shared/model/index.ts';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { TEXT } from '../text.ts';
import { TracedAmount } from '../trace/TracedAmount.tsx';
import type { GridRow } from './grid-rows.ts';
import { displayedAmount } from './proposal-fields.ts';
import { fteText } from './amounts.ts';

/** The key of the totals row (no proposal has a negative key). */
export const TOTALS_KEY = -1;

/**
 * The Forslag grid's totals row, pinned at the bottom as in an Excel table: per plan year the sum of the rows the
 * filters show, amounts and årsværk (the årsværk sums ride in `proposal.fte`, where their columns read them). It is no proposal: not editable, not selectable, never a paste, fill or copy target.
 */
export interface TotalsRow extends GridRow {
  totals: {
    /** The shown rows' keys, in the grid's order before sorting (what the totals sum). */
    keys: readonly number[];
    years: readonly number[];
    /** Per plan year, in stored kroner (negative = saving). */
    amounts: readonly Kr[];
    sign: SignDisplay;
  };
}

export const isTotalsRow = (row: GridRow | undefined): row is TotalsRow =>
  row !== undefined && 'totals' in row;

/** The totals row of the rows shown. */
export function totalsRowOf(
  rows: readonly GridRow[],
  years: readonly number[],
  sign: SignDisplay,
): TotalsRow {
  const amounts = years.map((_, i) => rows.reduce((sum, r) => sum + (r.proposal.amounts[i] ?? 0), 0));
  const fte = years.map((_, i) => rows.reduce((sum, r) => sum + (r.proposal.fte[i] ?? 0), 0));
  return {
    key: TOTALS_KEY,
    proposal: { ...blankProposal('', years.length), fte },
    issues: [],
    totals: { keys: rows.map((r) => r.key), years, amounts, sign },
  };
}

/** The year index of an amount column (`amount:<i>`), else null. */
export function yearIndexOf(colId: string): number | null {
  const m = /^amount:(\d+)$/.exec(colId);
  return m ? Number(m[1]) : null;
}

/** What a cell of the totals row shows: the label under the title, the sum under each plan year and årsværk. */
export function totalsText(row: TotalsRow, colId: string): string {
  if (colId === 'title') return TEXT.forslag.totalsLabel(row.totals.keys.length);
  const fte = /^fte:(\d+)$/.exec(colId);
  if (fte) return fteText(row.proposal.fte[Number(fte[1])] ?? 0);
  const i = yearIndexOf(colId);
  const amount = i === null ? undefined : row.totals.amounts[i];
  return amount === undefined ? '' : formatAmount(displayedAmount(amount, row.totals.sign));
}

/** A cell of the totals row; a year's total opens "Hvad består tallet af?" with exactly the shown rows. */
export function TotalsCell(p: ICellRendererParams<GridRow>) {
  const row = p.data;
  const colId = p.column?.getColId() ?? '';
  if (!isTotalsRow(row)) return null;
  const text = totalsText(row, colId);
  const i = yearIndexOf(colId);
  const year = i === null ? undefined : row.totals.years[i];
  const shown = i === null ? undefined : row.totals.amounts[i];
  if (year === undefined || shown === undefined) return <span>{text}</span>;
  const what = TEXT.forslag.totalsWhat(year);
  return (
    <TracedAmount
      what={what}
      request={() => ({
        kind: 'proposals',
        title: what,
        shown,
        filter: { year },
        among: { kind: 'rows', keys: row.totals.keys },
      })}
    >
      {text}
    </TracedAmount>
  );
}
