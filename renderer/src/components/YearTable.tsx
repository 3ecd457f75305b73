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
        {years.map((y) => (
          <th key={y} scope="col" className="amount">
            {y}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One right-aligned cell per amount; given `years`, one per year, a year without an amount showing 0. */
export function AmountCells({
  amounts,
  show,
  years,
}: {
  amounts: readonly Kr[];
  show: (kr: Kr) => string;
  years?: readonly number[] | undefined;
}) {
  const shown = years ? years.map((_, i) => amounts[i] ?? 0) : amounts;
  return (
    <>
      {shown.map((kr, i) => (
        <td key={i} className="amount">
          {show(kr)}
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
}: {
  label: ReactNode;
  amounts: readonly Kr[];
  show: (kr: Kr) => string;
  years?: readonly number[] | undefined;
  className?: string | undefined;
}) {
  return (
    <tr className={className}>
      <th scope="row">{label}</th>
      <AmountCells amounts={amounts} show={show} years={years} />
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
}: {
  caption: string;
  label: string;
  unit: string;
  years: readonly number[];
  rows: readonly YearTableRow[];
  total?: readonly Kr[] | undefined;
  show: (kr: Kr) => string;
}) {
  return (
    <table className="totals">
      <caption>{caption}</caption>
      <YearHead label={label} unit={unit} years={years} />
      <tbody>
        {rows.map((r) => (
          <AmountRow key={r.key} label={r.label} amounts={r.amounts} show={show} className={r.className} />
        ))}
        {total && <AmountRow className="sum" label={TEXT.oversigt.total} amounts={total} show={show} />}
      </tbody>
    </table>
  );
}
