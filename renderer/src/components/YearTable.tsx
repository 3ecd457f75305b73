import type { ReactNode } from 'react';
import type { Kr } from '../../../shared/model/index.ts';
import { TEXT } from '../text.ts';

/**
 * The head of a summary table: what the rows are (with unit and price level), then one column per year. Without
 * a label the first head cell stays empty (the table's caption states the unit).
 */
export function YearHead({
  label,
  unit,
  years,
}: { years: readonly number[] } & (
  { label: string; unit: string } | { label?: undefined; unit?: undefined }
)) {
  return (
    <thead>
      <tr>
        <th scope="col">
          {label !== undefined && (
            <>
              {label} <span className="unit">({unit})</span>
            </>
          )}
        </th>
        <YearHeadCells years={years} />
      </tr>
    </thead>
  );
}

/** One right-aligned column head per plan year, for a table whose first head cells are the caller's. */
export function YearHeadCells({ years }: { years: readonly number[] }) {
  return (
    <>
      {years.map((y) => (
        <th key={y} scope="col" className="amount">
          {y}
        </th>
      ))}
    </>
  );
}

/**
 * What goes in an amount cell instead of the plain text: e.g. a button that asks "Hvad består tallet af?".
 * `index` is the year's index.
 */
export type AmountCellRender = (text: string, index: number) => ReactNode;

/** One right-aligned cell per amount; given `years`, one per year, a year without an amount showing 0. */
export function AmountCells({
  amounts,
  show,
  years,
  render,
}: {
  amounts: readonly Kr[];
  show: (kr: Kr) => string;
  years?: readonly number[] | undefined;
  render?: AmountCellRender | undefined;
}) {
  const shown = years ? years.map((_, i) => amounts[i] ?? 0) : amounts;
  return (
    <>
      {shown.map((kr, i) => (
        <td key={i} className="amount">
          {render ? render(show(kr), i) : show(kr)}
        </td>
      ))}
    </>
  );
}

/** A table row: what it is, then its amounts (see `AmountCells`). */
export function AmountRow({
  label,
  amounts,
  show,
  years,
  className,
  render,
}: {
  label: ReactNode;
  amounts: readonly Kr[];
  show: (kr: Kr) => string;
  years?: readonly number[] | undefined;
  className?: string | undefined;
  render?: AmountCellRender | undefined;
}) {
  return (
    <tr className={className}>
      <th scope="row">{label}</th>
      <AmountCells amounts={amounts} show={show} years={years} render={render} />
    </tr>
  );
}

export interface YearTableRow {
  key: string;
  label: ReactNode;
  amounts: readonly Kr[];
  className?: string;
}

/** A summary table on screen: caption, head, a row per entry and, when given, the total ("I alt"). */
export function YearTable({
  caption,
  label,
  unit,
  years,
  rows,
  total,
  show,
  render,
}: {
  caption: string;
  label: string;
  unit: string;
  years: readonly number[];
  rows: readonly YearTableRow[];
  total?: readonly Kr[] | undefined;
  show: (kr: Kr) => string;
  /** Amount cells of a row (null: the total row) drawn by the caller, e.g. as "Hvad består tallet af?" buttons. */
  render?: ((row: YearTableRow | null) => AmountCellRender | undefined) | undefined;
}) {
  return (
    <table className="totals">
      <caption>{caption}</caption>
      <YearHead label={label} unit={unit} years={years} />
      <tbody>
        {rows.map((r) => (
          <AmountRow
            key={r.key}
            label={r.label}
            amounts={r.amounts}
            show={show}
            className={r.className}
            render={render?.(r)}
          />
        ))}
        {total && (
          <AmountRow
            className="sum"
            label={TEXT.oversigt.total}
            amounts={total}
            show={show}
            render={render?.(null)}
          />
        )}
      </tbody>
    </table>
  );
}
