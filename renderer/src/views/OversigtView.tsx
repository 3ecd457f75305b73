import { useMemo, useState } from 'react';
import { cachedBudgetSummary } from '../../../shared/budget/summary.ts';
import {
  calculateProject,
  nameKey,
  KATEGORI_KEYS,
  UNKNOWN_KEY,
  VEJ_KEYS,
  type KategoriKey,
  type ProjectCalculation,
  type VejKey,
} from '../../../shared/calc/index.ts';
import {
  KATEGORI_LABEL,
  STATUSES,
  STATUS_LABEL,
  VEJ_LABEL,
  type Kr,
  type Proposal,
  type SignDisplay,
  type Status,
} from '../../../shared/model/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { VejTag, VEJ_COLOUR } from '../components/VejTag.tsx';
import { rowsOf, type WorkbenchState } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';
import { showAmount } from './display.ts';
import { RaaderumChart } from './RaaderumChart.tsx';
import { YearTable, type YearTableRow } from '../components/YearTable.tsx';
import { SeasonBar } from '../season/SeasonBar.tsx';
import { formatDanish } from '../../../shared/numbers/index.ts';
import { tracedProposalAmount, tracedProposalCells, type TracedRow } from '../trace/traced-cells.tsx';

const vejName = (k: VejKey): string => (k === UNKNOWN_KEY ? TEXT.oversigt.unknownVej : VEJ_LABEL[k]);
const kategoriName = (k: KategoriKey): string =>
  k === UNKNOWN_KEY ? TEXT.oversigt.unknownKategori : KATEGORI_LABEL[k];

/** The statuses the scenario counts: its own choice, else the project's. */
export function scenarioStatuses(s: Pick<WorkbenchState, 'history' | 'scenario'>): Status[] {
  return s.scenario.statuses ?? s.history.present.project.countedStatuses;
}

/** The proposals of the scenario: all but those left out one by one (the statuses are the calculation's). */
export function scenarioProposals(s: Pick<WorkbenchState, 'history' | 'scenario'>): Proposal[] {
  const doc = s.history.present;
  const excluded = new Set(s.scenario.excludedKeys);
  return excluded.size === 0
    ? doc.project.proposals
    : doc.project.proposals.filter((_, i) => !excluded.has(doc.keys[i] ?? -1));
}

/** Oversigt's figures for the scenario: chosen statuses, single proposals left out. */
export function scenarioCalculation(s: Pick<WorkbenchState, 'history' | 'scenario'>): ProjectCalculation {
  const doc = s.history.present;
  return calculateProject({ ...doc.project, proposals: scenarioProposals(s) }, scenarioStatuses(s));
}

export function OversigtView() {
  const { store } = useApp();
  // Only the document and the scenario: progress, notices and selection do not recalculate Oversigt.
  const history = useWorkbench((s) => s.history);
  const scenario = useWorkbench((s) => s.scenario);
  const state = useMemo(() => ({ history, scenario }), [history, scenario]);
  const [listOpen, setListOpen] = useState(false);
  const calc = useMemo(() => scenarioCalculation(state), [state]);
  const scenarioRows = useMemo(() => scenarioProposals(state), [state]);
  const project = state.history.present.project;
  const sign = project.settings.signDisplay;
  const years = calc.years;
  const unit = TEXT.unitHeader(project.settings.priceYear);
  const counted = scenarioStatuses(state);
  const b = calc.breakdown;
  const nonZero = (a: readonly Kr[]): boolean => a.some((x) => x !== 0);

  const vejRows = VEJ_KEYS.filter((k) => k !== UNKNOWN_KEY || nonZero(b.byVej[k])).map((k) => ({
    key: k,
    label: k === UNKNOWN_KEY ? vejName(k) : <VejTag vej={k} />,
    amounts: b.byVej[k],
  }));
  const serviceCut = years.map(
    (_, i) => (b.byKategori.servicereduktion[i] ?? 0) + (b.byKategori.opgavebortfald[i] ?? 0),
  );
  const kategoriRows = [
    { key: 'effektivisering', label: kategoriName('effektivisering'), amounts: b.byKategori.effektivisering },
    {
      key: 'servicereduktion',
      label: kategoriName('servicereduktion'),
      amounts: b.byKategori.servicereduktion,
    },
    { key: 'opgavebortfald', label: kategoriName('opgavebortfald'), amounts: b.byKategori.opgavebortfald },
    {
      key: 'service-i-alt',
      label: TEXT.oversigt.serviceCutTotal,
      amounts: serviceCut,
      className: 'section-label',
    },
    ...(nonZero(b.byKategori[UNKNOWN_KEY])
      ? [{ key: UNKNOWN_KEY, label: kategoriName(UNKNOWN_KEY), amounts: b.byKategori[UNKNOWN_KEY] }]
      : []),
  ];
  // Udvalg in the budget's order (as Budget's udvalg summary); udvalg only proposals name follow
  // alphabetically, and proposals without udvalg come last.
  const budgetRank = new Map(
    (project.budget ? Object.keys(cachedBudgetSummary(project.budget).byCommittee) : []).map((c, i) => [
      nameKey(c),
      i,
    ]),
  );
  const rankOf = (name: string): number =>
    name === UNKNOWN_KEY ? Infinity : (budgetRank.get(name) ?? budgetRank.size);
  const committeeRows = Object.entries(b.byCommittee)
    .sort(([a], [c]) => rankOf(a) - rankOf(c) || a.localeCompare(c, 'da'))
    .map(([name, amounts]) => ({
      key: name,
      label: name === UNKNOWN_KEY ? TEXT.oversigt.unknownCommittee : name,
      amounts,
    }));
  // Every status, Fravalgt too: one the scenario does not count shows 0,0 and says so.
  const statusRows = STATUSES.map((s) => ({
    key: s,
    label: counted.includes(s) ? STATUS_LABEL[s] : TEXT.oversigt.notCounted(STATUS_LABEL[s]),
    amounts: b.byStatus[s],
  }));
  const countedSet = new Set(counted);
  const fteTotals = years.map((_, i) =>
    scenarioRows.reduce((sum, p) => (countedSet.has(p.status) ? sum + (p.fte[i] ?? 0) : sum), 0),
  );

  // Every per-year table of Oversigt: the plan years, the unit, the sign and the total row are the same.
  const show = (kr: Kr): string => showAmount(kr, sign);
  // Every number asks "Hvad består tallet af?": `traced` names what a row's proposals have in common.
  const allCounted: TracedRow = { title: TEXT.oversigt.total, filter: {} };
  const yearTable = (
    caption: string,
    label: string,
    tableRows: YearTableRow[],
    traced: (key: string) => TracedRow,
  ) => (
    <YearTable
      caption={caption}
      label={label}
      unit={unit}
      years={years}
      rows={tableRows}
      total={b.total}
      show={show}
      render={(r) => tracedProposalCells(r ? traced(r.key) : allCounted, years, r ? r.amounts : b.total)}
    />
  );

  const proposalCount = state.history.present.project.proposals.length;
  const excluded = new Set(state.scenario.excludedKeys);
  const setStatus = (s: Status, on: boolean): void => {
    const next = on ? [...new Set([...counted, s])] : counted.filter((x) => x !== s);
    store.actions.setScenario({ ...state.scenario, statuses: STATUSES.filter((x) => next.includes(x)) });
  };
  const setProposal = (key: number, on: boolean): void => {
    const keys = on
      ? state.scenario.excludedKeys.filter((k) => k !== key)
      : [...state.scenario.excludedKeys, key];
    store.actions.setScenario({ ...state.scenario, excludedKeys: keys });
  };

  return (
    <div className="oversigt">
      <SeasonBar />
      <section aria-label={TEXT.oversigt.scenario}>
        <h2>{TEXT.oversigt.scenario}</h2>
        <div className="scenario" role="group" aria-label={TEXT.oversigt.countedStatuses}>
          <span>{TEXT.oversigt.countedStatuses}:</span>
          {STATUSES.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={counted.includes(s)}
                onChange={(e) => setStatus(s, e.target.checked)}
              />{' '}
              {STATUS_LABEL[s]}
            </label>
          ))}
          <span className="muted">{TEXT.oversigt.countedProposals(b.count)}</span>
        </div>
        {proposalCount > 0 && (
          <details
            className="scenario-proposals"
            open={listOpen}
            onToggle={(e) => setListOpen(e.currentTarget.open)}
          >
            <summary>{TEXT.oversigt.singleProposals(excluded.size)}</summary>
            <div className="summary-box">
              {/* Rendered only when open: thousands of checkboxes would slow every update of Oversigt. */}
              {listOpen &&
                rowsOf(state.history.present).map((r) => (
                  <label key={r.key} className="proposal-toggle">
                    <input
                      type="checkbox"
                      checked={!excluded.has(r.key)}
                      onChange={(e) => setProposal(r.key, e.target.checked)}
                    />{' '}
                    {r.proposal.id} {r.proposal.title}
                  </label>
                ))}
            </div>
          </details>
        )}
      </section>

      <h2>{TEXT.oversigt.heading}</h2>
      <p className="muted">
        {sign === 'negativeIsSaving' ? TEXT.status.negativeIsSaving : TEXT.status.positiveIsSaving}
      </p>
      <div className="oversigt-tables">
        {yearTable(TEXT.oversigt.totalPerYear, TEXT.oversigt.vej, vejRows, (k) => ({
          title: vejName(k as VejKey),
          filter: { veje: [k as VejKey] },
        }))}
        {yearTable(TEXT.oversigt.perKategori, TEXT.oversigt.kategori, kategoriRows, (k) =>
          k === 'service-i-alt'
            ? { title: TEXT.trace.serviceCut, filter: { kategorier: ['servicereduktion', 'opgavebortfald'] } }
            : { title: kategoriName(k as KategoriKey), filter: { kategorier: [k as KategoriKey] } },
        )}

        {calc.targets.length > 0 && <TargetsTable calc={calc} sign={sign} unit={unit} />}
        <div className="oversigt-wide">
          <RaaderumChart calc={calc} proposals={scenarioRows} sign={sign} />
        </div>

        {yearTable(TEXT.oversigt.perCommittee, TEXT.oversigt.committee, committeeRows, (k) => ({
          title: k === UNKNOWN_KEY ? TEXT.oversigt.unknownCommittee : k,
          filter: { committees: [k] },
        }))}
        {yearTable(TEXT.oversigt.perStatus, TEXT.oversigt.status, statusRows, (k) => ({
          title: STATUS_LABEL[k as Status],
          filter: { statuses: [k as Status] },
        }))}
        <VejKategoriTable calc={calc} sign={sign} unit={unit} />
        <FteTable years={years} totals={fteTotals} />
      </div>
    </div>
  );
}

/** The counted proposals' årsværk per plan year (a saving of staff is negative, as typed). */
function FteTable({ years, totals }: { years: readonly number[]; totals: readonly number[] }) {
  return (
    <table className="totals fte-totals">
      <caption>{TEXT.oversigt.fteCaption}</caption>
      <thead>
        <tr>
          <th scope="col" />
          {years.map((y) => (
            <th key={y} scope="col" className="amount">
              {y}
            </th>
          ))}
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

function TargetsTable({ calc, sign, unit }: { calc: ProjectCalculation; sign: SignDisplay; unit: string }) {
  const targets = useWorkbench((s) => s.history.present.project.targets);
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
    </table>
  );
}

function VejKategoriTable({
  calc,
  sign,
  unit,
}: {
  calc: ProjectCalculation;
  sign: SignDisplay;
  unit: string;
}) {
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
