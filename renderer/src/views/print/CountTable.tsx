import { formatDanish } from '../../../../shared/numbers/index.ts';
import { TEXT } from '../../text.ts';

const P = TEXT.print;

/** A count of proposals per group (status, vej, kategori) with the total of the selection below. */
export function CountTable({
  ariaLabel,
  caption,
  label,
  rows,
  total,
}: {
  ariaLabel: string;
  caption?: string;
  label: string;
  rows: readonly { key: string; label: string; count: number }[];
  total: number;
}) {
  return (
    <table className="print-table print-counts" aria-label={ariaLabel}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" className="amount">
            {P.proposalCount}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="amount">{formatDanish(r.count)}</td>
          </tr>
        ))}
        <tr className="total">
          <th scope="row">{P.total}</th>
          <td className="amount">{formatDanish(total)}</td>
        </tr>
      </tbody>
    </table>
  );
}
