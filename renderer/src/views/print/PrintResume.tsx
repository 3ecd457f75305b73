import {
  KATEGORI_LABEL,
  VEJ_LABEL,
  type Kr,
  type Project,
  type Proposal,
} from '../../../../shared/model/index.ts';
import { gapSentence, targetSummaries, vejKategoriCounts } from '../../../../shared/catalogue/summary.ts';
import { CountTable } from './CountTable.tsx';
import { AmountRow, YearHead } from '../../components/YearTable.tsx';
import { TEXT } from '../../text.ts';

const P = TEXT.print;

/**
 * The Resumé page, as the workbook's Resumé sheet: per target the target, what the catalogue holds in its scope
 * (every status) and the gap, the gap in words per plan year, and the number of proposals per vej and kategori.
 */
export function PrintResume({
  project,
  selected,
  savingsPositive,
  money,
}: {
  project: Project;
  selected: readonly Proposal[];
  savingsPositive: boolean;
  money: (kr: Kr) => string;
}) {
  const years = project.settings.years;
  const summaries = targetSummaries(project, selected);
  const counts = vejKategoriCounts(selected);
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  const lists = [
    {
      caption: P.countPerVej,
      label: P.vej,
      rows: counts.veje.map((v, i) => ({
        key: v ?? 'none',
        label: v === null ? P.unknownVej : VEJ_LABEL[v],
        count: sum(counts.counts[i] ?? []),
      })),
    },
    {
      caption: P.countPerKategori,
      label: P.kategori,
      rows: counts.kategorier.map((k, j) => ({
        key: k ?? 'none',
        label: k === null ? P.unknownKategori : KATEGORI_LABEL[k],
        count: sum(counts.counts.map((row) => row[j] ?? 0)),
      })),
    },
  ];
  return (
    <section className="print-page print-resume" aria-label={P.resume}>
      <h2>{P.resume}</h2>
      {summaries.length === 0 && <p>{P.noTargetsResume}</p>}
      {summaries.map((s, k) => (
        <div key={k} className="print-target">
          <table className="print-table" aria-label={`${P.resume}: ${s.target.name}`}>
            <caption>{s.target.name}</caption>
            <YearHead label={P.targetAmount} unit={P.unit} years={years} />
            <tbody>
              <AmountRow label={P.targetAmount} amounts={s.amounts} show={money} />
              <AmountRow label={P.inCatalogue} amounts={s.found} show={money} />
              <AmountRow className="total" label={P.gap(savingsPositive)} amounts={s.gap} show={money} />
            </tbody>
          </table>
          <ul className="print-sentences">
            {years.map((year, i) => (
              <li key={year}>{gapSentence(s.gap[i] ?? 0, year)}</li>
            ))}
          </ul>
        </div>
      ))}
      <div className="print-counts-pair">
        {lists.map((list) => (
          <CountTable
            key={list.caption}
            ariaLabel={list.caption}
            caption={list.caption}
            label={list.label}
            rows={list.rows}
            total={selected.length}
          />
        ))}
      </div>
    </section>
  );
}
