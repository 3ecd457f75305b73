import { UNKNOWN_KEY } from '../../../../shared/calc/index.ts';
import type { Proposal } from '../../../../shared/model/index.ts';
import { fteByCommittee, roundFte, staffProposals } from '../../../../shared/catalogue/summary.ts';
import { formatDanish } from '../../../../shared/numbers/index.ts';
import { TEXT } from '../../text.ts';
import { YearHeadCells } from '../../components/YearTable.tsx';

const P = TEXT.print;

/**
 * The Årsværk page, as the workbook's Årsværk sheet (the one for MED-høring): the change in årsværk per udvalg and
 * plan year, and the proposals with a staff impact with their årsværk and "Konsekvenser for medarbejdere".
 */
export function PrintStaff({ selected, years }: { selected: readonly Proposal[]; years: readonly number[] }) {
  const n = years.length;
  const fte = (v: number): string => formatDanish(roundFte(v), 1);
  const staff = staffProposals(selected);
  const total = years.map((_, i) => selected.reduce((s, p) => s + (p.fte[i] ?? 0), 0));
  return (
    <section className="print-page print-staff" aria-label={P.fte}>
      <h2>{P.fte}</h2>
      <p className="muted">{P.fteNote}</p>
      <table className="print-table" aria-label={P.ftePerCommittee}>
        <caption>{P.ftePerCommittee}</caption>
        <thead>
          <tr>
            <th scope="col">{P.committee}</th>
            <YearHeadCells years={years} />
          </tr>
        </thead>
        <tbody>
          {fteByCommittee(selected, n).map((g) => (
            <tr key={g.committee}>
              <th scope="row">{g.committee === UNKNOWN_KEY ? P.unknownCommittee : g.committee}</th>
              {g.fte.map((v, i) => (
                <td key={i} className="amount">
                  {fte(v)}
                </td>
              ))}
            </tr>
          ))}
          <tr className="total">
            <th scope="row">{P.total}</th>
            {total.map((v, i) => (
              <td key={i} className="amount">
                {fte(v)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <table className="print-table print-staff-list" aria-label={P.staffList}>
        <caption>{P.staffList}</caption>
        <thead>
          <tr>
            <th scope="col">{P.number}</th>
            <th scope="col">{P.title}</th>
            <YearHeadCells years={years} />
            <th scope="col">{P.staffImpact}</th>
          </tr>
        </thead>
        <tbody>
          {staff.length === 0 && (
            <tr>
              <td colSpan={3 + n}>{P.noStaffImpact}</td>
            </tr>
          )}
          {staff.map((p, i) => (
            <tr key={`${p.id}-${i}`}>
              <td>{p.id}</td>
              <td>{p.title}</td>
              {years.map((y, k) => (
                <td key={y} className="amount">
                  {fte(p.fte[k] ?? 0)}
                </td>
              ))}
              <td className="print-text">{p.staffImpact}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
