import { useMemo, useState } from 'react';
import { cachedBudgetSummary } from '../../../shared/budget/summary.ts';
import {
  calculateProject,
  nameKey,
  UNKNOWN_KEY,
  VEJ_KEYS,
  type KategoriKey,
  type ProjectCalculation,
  type VejKey,
} from '../../../shared/calc/index.ts';
import { STATUSES, STATUS_LABEL, type Kr, type Proposal, type Status } from '../../../shared/model/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { VejTag } from '../components/VejTag.tsx';
import { rowsOf, type WorkbenchState } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';
import { showAmount } from './display.ts';
import { RaaderumChart } from './RaaderumChart.tsx';
import { YearTable, type YearTableRow } from '../components/YearTable.tsx';
import { FteTable, kategoriName, TargetsTable, VejKategoriTable, vejName } from './OversigtTables.tsx';
import { SeasonBar } from '../season/SeasonBar.tsx';
import { tracedProposalCells, type TracedRow } from '../trace/traced-cells.tsx';

/** The statuses the scenario counts: its own choice, else the project's. */
export function scenarioStatuses(s: Pick<WorkbenchState, 'history' | 'scenario'>): readonly Status[] {
  return s.scenario.statuses ?? s.history.present.project.countedStatuses;
}

/** The proposals of the scenario: all but those left out one by one (the statuses are the calculation's). */
export function scenarioProposals(s: Pick<WorkbenchState, 'history' | 'scenario'>): readonly Proposal[] {
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
