/** Oversigt's own tables: targets per year, vej × kategori with its totals, and årsværk per plan year. */
import {
  KATEGORI_KEYS,
  UNKNOWN_KEY,
  VEJ_KEYS,
  type KategoriKey,
  type ProjectCalculation,
  type VejKey,
} from '../../../shared/calc/index.ts';
import { KATEGORI_LABEL, VEJ_LABEL, type Kr, type SignDisplay } from '../../../shared/model/index.ts';
import { formatDanish } from '../../../shared/numbers/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { VEJ_COLOUR } from '../components/VejTag.tsx';
import { YearHeadCells } from '../components/YearTable.tsx';
import { TEXT } from '../text.ts';
import { tracedProposalAmount, type TracedRow } from '../trace/traced-cells.tsx';
import { showAmount } from './display.ts';
import { serviceFrameSource } from './ServiceFrameSource.tsx';

export const vejName = (k: VejKey): string => (k === UNKNOWN_KEY ? TEXT.oversigt.unknownVej : VEJ_LABEL[k]);
export const kategoriName = (k: KategoriKey): string =>
  k === UNKNOWN_KEY ? TEXT.oversigt.unknownKategori : KATEGORI_LABEL[k];

/** What Oversigt's amount tables are drawn from: the scenario's calculation, the sign shown and the unit. */
interface OversigtTableProps {
  calc: ProjectCalculation;
  sign: SignDisplay;
  unit: string;
}

export function TargetsTable({ calc, sign, unit }: OversigtTableProps) {
  const targets = useWorkbench((s) => s.history.present.project.targets);
  const budget = useWorkbench((s) => s.history.present.project.budget);
  return (
    <table className="totals">
      <caption>{TEXT.oversigt.targets}</caption>
      <thead>
        <tr>
          <th scope="col">
            {TEXT.oversigt.target} <span className="unit">({unit})</span>
          </th>
          <th scope="col">{TEXT.oversigt.year}</th>
          <th scope="col" className="amount">
            {TEXT.oversigt.targetAmount}
          </th>
          <th scope="col" className="amount">
            {TEXT.oversigt.achieved}
          </th>
          <th scope="col" className="amount">
            {TEXT.oversigt.gap}
          </th>
          <th scope="col">{TEXT.oversigt.attainment}</th>
        </tr>
      </thead>
      <tbody>
        {calc.targets.flatMap((t, ti) =>
          calc.years.map((year, i) => {
            const a = t.attainment[i] ?? null;
            const pct = a === null ? null : Math.round(a * 100);
            const gap = t.gap[i] ?? 0;
            return (
              <tr key={`${t.name}-${year}`}>
                <th scope="row">{i === 0 ? t.name : ''}</th>
                <td>{year}</td>
                <td className="amount">{showAmount(t.target[i] ?? 0, sign)}</td>
                <td className="amount">
                  {tracedProposalAmount(
                    { title: TEXT.trace.achievedOf(t.name), filter: { scope: targets[ti]?.scope } },
                    year,
                    String(year),
                    t.achieved[i] ?? 0,
                    showAmount(t.achieved[i] ?? 0, sign),
                  )}
                </td>
                <td className="amount">
                  {showAmount(gap, sign)}{' '}
                  {gap < 0 ? TEXT.oversigt.missing : gap > 0 ? TEXT.oversigt.spare : ''}
                </td>
                <td>
                  {pct === null ? (
                    '–'
                  ) : (
                    <span className="attain">
                      <span className="bar" role="img" aria-label={TEXT.oversigt.attainmentOf(pct)}>
                        <span style={{ width: `${Math.min(100, Math.max(0, pct))}%` }} />
                      </span>{' '}
                      {pct} %
                    </span>
                  )}
                </td>
              </tr>
            );
          }),
        )}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={6} className="service-frame-source">
            {serviceFrameSource(budget)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

export function VejKategoriTable({ calc, sign, unit }: OversigtTableProps) {
  const b = calc.breakdown;
  // -1: the sum over the plan period; otherwise the index of one plan year.
  const { store } = useApp();
  const yearIndex = useWorkbench((s) => s.oversigtYear);
  const year = calc.years[yearIndex];
  const chosen = year === undefined ? -1 : yearIndex;
  const kats = KATEGORI_KEYS.filter(
    (k) => k !== UNKNOWN_KEY || VEJ_KEYS.some((v) => b.byVejKategori[v][k].some((x) => x !== 0)),
  );
  const amountOf = (a: readonly Kr[]): Kr => (chosen < 0 ? a.reduce((x, y) => x + y, 0) : (a[chosen] ?? 0));
  const veje = VEJ_KEYS.filter((v) => v !== UNKNOWN_KEY || b.byVej[v].some((x) => x !== 0));
  // Row and column totals of the cells shown (a hidden empty "uden vej" adds nothing).
  const rowTotal = (v: VejKey): Kr => kats.reduce((sum, k) => sum + amountOf(b.byVejKategori[v][k]), 0);
  const columnTotal = (k: KategoriKey): Kr =>
    veje.reduce((sum, v) => sum + amountOf(b.byVejKategori[v][k]), 0);
  const cell = (traced: TracedRow, amount: Kr) =>
    tracedProposalAmount(
      traced,
      year ?? null,
      year === undefined ? TEXT.trace.period(calc.years) : String(year),
      amount,
      showAmount(amount, sign),
    );
  return (
    <section className="vej-kategori">
      <label className="year-choice">
        {TEXT.oversigt.vejKategoriYear}{' '}
        <select value={chosen} onChange={(e) => store.actions.setOversigtYear(Number(e.target.value))}>
          <option value={-1}>{TEXT.oversigt.wholePeriod}</option>
          {calc.years.map((y, i) => (
            <option key={y} value={i}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <table className="totals">
        <caption>
          {year === undefined ? TEXT.oversigt.vejKategori(calc.years) : TEXT.oversigt.vejKategoriIn(year)}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {TEXT.oversigt.vej} <span className="unit">({unit})</span>
            </th>
            {kats.map((k) => (
              <th key={k} scope="col" className="amount">
                {kategoriName(k)}
              </th>
            ))}
            <th scope="col" className="amount">
              {TEXT.oversigt.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {veje.map((v) => (
            <tr key={v}>
              <th scope="row">
                {v === UNKNOWN_KEY ? (
                  vejName(v)
                ) : (
                  <span className="vej-tag">
                    <span className="swatch" style={{ background: VEJ_COLOUR[v] }} aria-hidden="true" />
                    {vejName(v)}
                  </span>
                )}
              </th>
              {kats.map((k) => (
                <td key={k} className="amount">
                  {tracedProposalAmount(
                    {
                      title: `${vejName(v)} · ${kategoriName(k)}`,
                      filter: { veje: [v], kategorier: [k] },
                    },
                    year ?? null,
                    year === undefined ? TEXT.trace.period(calc.years) : String(year),
                    amountOf(b.byVejKategori[v][k]),
                    showAmount(amountOf(b.byVejKategori[v][k]), sign),
                  )}
                </td>
              ))}
              <td className="amount">{cell({ title: vejName(v), filter: { veje: [v] } }, rowTotal(v))}</td>
            </tr>
          ))}
          <tr className="sum">
            <th scope="row">{TEXT.oversigt.total}</th>
            {kats.map((k) => (
              <td key={k} className="amount">
                {cell({ title: kategoriName(k), filter: { kategorier: [k] } }, columnTotal(k))}
              </td>
            ))}
            <td className="amount">
              {cell(
                { title: TEXT.oversigt.total, filter: {} },
                kats.reduce((sum, k) => sum + columnTotal(k), 0),
              )}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** The counted proposals' årsværk per plan year (a saving of staff is negative, as typed). */
export function FteTable({ years, totals }: { years: readonly number[]; totals: readonly number[] }) {
  return (
    <table className="totals fte-totals">
      <caption>{TEXT.oversigt.fteCaption}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <YearHeadCells years={years} />
        </tr>
      </thead>
      <tbody>
        <tr className="sum">
          <th scope="row">{TEXT.oversigt.fteTotal}</th>
          {years.map((y, i) => (
            <td key={y} className="amount">
              {formatDanish(totals[i] ?? 0, 1)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
