import { Fragment } from 'react';
import { KATEGORI_LABEL, VEJ_LABEL, type Kr, type Proposal } from '../../../../shared/model/index.ts';
import { groupByCommittee, roundFte } from '../../../../shared/catalogue/summary.ts';
import { formatDanish } from '../../../../shared/numbers/index.ts';
import { TEXT } from '../../text.ts';

const P = TEXT.print;

function sums(proposals: readonly Proposal[], pick: (p: Proposal) => readonly number[], n: number): number[] {
  return Array.from({ length: n }, (_, i) => proposals.reduce((s, p) => s + (pick(p)[i] ?? 0), 0));
}

/**
 * The list a politician reads, as the workbook's Forslag sheet prints it: grouped by udvalg with a subtotal per udvalg
 * and a grand total; nr, titel, vej, kategori, the plan years and årsværk, on A4 landscape with the header on every
 * page.
 */
export function PrintList({
  selected,
  years,
  money,
}: {
  selected: readonly Proposal[];
  years: readonly number[];
  money: (kr: Kr) => string;
}) {
  const n = years.length;
  const fte = (values: readonly number[]): string[] => values.map((v) => formatDanish(roundFte(v), 1));
  const totalRow = (key: string, label: string, proposals: readonly Proposal[], className: string) => (
    <tr key={key} className={className}>
      <th scope="row" colSpan={4}>
        {label}
      </th>
      {sums(proposals, (p) => p.amounts, n).map((kr, i) => (
        <td key={`a${i}`} className="amount">
          {money(kr as Kr)}
        </td>
      ))}
      {fte(sums(proposals, (p) => p.fte, n)).map((text, i) => (
        <td key={`f${i}`} className="amount">
          {text}
        </td>
      ))}
    </tr>
  );
  return (
    <section className="print-page print-list" aria-label={P.proposals}>
      <h2>{P.proposals}</h2>
      <table className="print-table print-list-table" aria-label={P.proposalList}>
        <thead>
          <tr>
            <th scope="col">{P.number}</th>
            <th scope="col">{P.title}</th>
            <th scope="col">{P.vej}</th>
            <th scope="col">{P.kategori}</th>
            {years.map((y) => (
              <th key={`a${y}`} scope="col" className="amount">
                {y}
              </th>
            ))}
            {years.map((y) => (
              <th key={`f${y}`} scope="col" className="amount">
                {P.fte} {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groupByCommittee(selected).map((g) => (
            <Fragment key={g.committee}>
              <tr className="print-group">
                <th scope="colgroup" colSpan={4 + 2 * n}>
                  {g.label}
                </th>
              </tr>
              {g.proposals.map((p, i) => (
                <tr key={`${p.id}-${i}`}>
                  <td>{p.id}</td>
                  <td>{p.title}</td>
                  <td>{p.vej === null ? P.unknownVej : VEJ_LABEL[p.vej]}</td>
                  <td>{p.kategori === null ? P.unknownKategori : KATEGORI_LABEL[p.kategori]}</td>
                  {years.map((y, k) => (
                    <td key={`a${y}`} className="amount">
                      {money(p.amounts[k] ?? 0)}
                    </td>
                  ))}
                  {fte(years.map((_, k) => p.fte[k] ?? 0)).map((text, k) => (
                    <td key={`f${k}`} className="amount">
                      {text}
                    </td>
                  ))}
                </tr>
              ))}
              {totalRow('subtotal', `${P.total} ${g.label}`, g.proposals, 'subtotal')}
            </Fragment>
          ))}
          {totalRow('total', P.total, selected, 'total')}
        </tbody>
      </table>
    </section>
  );
}
