import type { Kr } from '../../../shared/model/index.ts';

/** The head of a summary table: what the rows are (with unit and price level), then one column per year. */
export function YearHead({ label, unit, years }: { label: string; unit: string; years: readonly number[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">
          {label} <span className="unit">({unit})</span>
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

/** One right-aligned cell per year. */
export function AmountCells({ amounts, show }: { amounts: readonly Kr[]; show: (kr: Kr) => string }) {
  return (
    <>
      {amounts.map((kr, i) => (
        <td key={i} className="amount">
          {show(kr)}
        </td>
      ))}
    </>
  );
}
