import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  ColDef,
  ColGroupDef,
  FirstDataRenderedEvent,
  GridApi,
  IRowNode,
  ModelUpdatedEvent,
} from 'ag-grid-community';
import { cachedBudgetSummary, type BudgetSummary } from '../../../shared/budget/summary.ts';
import {
  STYRINGSOMRAADE_NAMES,
  STYRINGSOMRAADER,
  styringLookup,
} from '../../../shared/budget/kontoplan/index.ts';
import type { Account, BudgetLine, Kr, Styringsomraade } from '../../../shared/model/index.ts';
import { READ_GRID_MODULES } from '../grid/ag-setup.ts';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { CommandButton } from '../components/CommandButton.tsx';
import { FilterSelect } from '../components/FilterSelect.tsx';
import { useKeptValue } from '../components/KeptView.tsx';
import { useGridBase } from '../components/use-grid.ts';
import { TEXT } from '../text.ts';
import { AmountRow, YearHead } from '../components/YearTable.tsx';
import { tracedBudgetCells } from '../trace/traced-cells.tsx';
import { useRevealBudgetLine } from '../trace/reveal.ts';
import { AccountSummary } from './AccountSummary.tsx';

const B = TEXT.budget;
const K = TEXT.kontoplan;

interface TotalsRow {
  totalsLabel: string;
  amounts: Kr[];
}

type Row = BudgetLine | TotalsRow;
const isTotals = (r: Row | undefined): r is TotalsRow => r !== undefined && 'totalsLabel' in r;

// Grid options are compared by identity on every render: a new object or function makes AG Grid redo work
// (a changed filter callback re-filters all 200,000 lines), so everything handed to it stays the same.
const DEFAULT_COL_DEF: ColDef<Row> = { sortable: true, resizable: true };

// A large budget reaches the grid in parts: the first lines at once, so rows show as soon as the grid is built,
// and the rest in later tasks after that first paint, so building 200,000 row nodes neither holds up the
// first rows nor freezes the window in one long task. Until the last part is in (well under a second), sorting
// and filters see the lines so far; the totals row and the line count come from the whole budget's summary.
const FIRST_LINES = 5_000;
const MORE_LINES = 25_000;

interface ShownTotals {
  count: number;
  amounts: Kr[];
}

/** The lines the filters leave and their sum, or null when nothing is filtered (the summary has the sum). */
function filteredTotals(api: GridApi<Row>, yearCount: number): ShownTotals | null {
  if (!api.isAnyFilterPresent()) return null;
  const amounts: Kr[] = new Array<Kr>(yearCount).fill(0);
  let count = 0;
  api.forEachNodeAfterFilter((node: IRowNode<Row>) => {
    const d = node.data;
    if (!d || isTotals(d)) return;
    count++;
    const a = d.amounts;
    for (let i = 0; i < yearCount; i++) amounts[i] = (amounts[i] ?? 0) + (a[i] ?? 0);
  });
  return { count, amounts };
}

export function BudgetView() {
  // Between visits the view stays mounted but hidden (KeptView) and keeps the project it last showed, so
  // opening another project builds no grid for its budget until the Budget tab is shown.
  const project = useKeptValue('budget', (s) => s.history.present.project);
  const budget = project.budget;
  const years = project.settings.years;
  const priceYear = project.settings.priceYear;
  const apiRef = useRef<GridApi<Row> | null>(null);
  const gridBase = useGridBase(apiRef);
  const [search, setSearch] = useState('');
  const [committee, setCommittee] = useState('');
  const [styring, setStyring] = useState<Styringsomraade | ''>('');
  const [shownTotals, setShownTotals] = useState<ShownTotals | null>(null);
  // The view stays mounted between visits (KeptView): another budget starts without the old one's search.
  const [searchedBudget, setSearchedBudget] = useState(budget);
  if (searchedBudget !== budget) {
    setSearchedBudget(budget);
    setSearch('');
    setCommittee('');
    setStyring('');
  }
  const summary = useMemo(() => (budget ? cachedBudgetSummary(budget) : null), [budget]);
  const committees = useMemo(() => (summary ? Object.keys(summary.byCommittee) : []), [summary]);
  // The external filter reads the chosen committee and styringsområde through refs, so its callbacks never change.
  const committeeRef = useRef('');
  const styringRef = useRef<Styringsomraade | ''>('');
  const hasKontoplan = budget?.report.kontoplan !== undefined;
  // Each funktion × dranst text classified once (the user's corrections included), for the filter and the column.
  const styringOfLine = useMemo(() => styringLookup(budget?.mapping.styringCorrections), [budget]);
  const styringOfRef = useRef<(account: Readonly<Account>) => Styringsomraade>(styringOfLine);
  styringOfRef.current = styringOfLine;
  const columnDefs = useMemo((): (ColDef<Row> | ColGroupDef<Row>)[] => {
    const text = (headerName: string, get: (l: BudgetLine) => string, width: number): ColDef<Row> => ({
      headerName,
      width,
      valueGetter: (p) =>
        p.data && !isTotals(p.data)
          ? get(p.data)
          : p.data && isTotals(p.data) && headerName === B.committee
            ? p.data.totalsLabel
            : '',
      filter: true,
    });
    return [
      text(B.committee, (l) => l.committee, 190),
      text(B.area, (l) => l.area, 170),
      text(B.function, (l) => l.account.function ?? '', 90),
      text(B.dranst, (l) => l.account.dranst ?? '', 70),
      text(B.art, (l) => l.account.art ?? '', 70),
      text(B.costCentre, (l) => l.costCentre ?? '', 110),
      { ...text(B.text, (l) => l.text, 260), colId: 'text' },
      text(B.service, (l) => (l.isService === null ? '' : l.isService ? 'Ja' : 'Nej'), 80),
      ...(hasKontoplan ? [text(K.styring, (l) => K.short[styringOfRef.current(l.account)], 130)] : []),
      // The plan years are pinned at the right edge, so every year is in view at 1280 px whatever the window
      // leaves for the account columns, which scroll beside them (a budget line is read by its amounts; its
      // account columns are for finding it, and are many: putting them after the amounts would still leave the
      // amounts to scroll away once the user looks at the text).
      {
        headerName: TEXT.unitHeader(priceYear),
        marryChildren: true,
        children: years.map((year, i): ColDef<Row> => ({
          headerName: String(year),
          colId: `year-${year}`,
          // The last year keeps room for a scrollbar drawn over the grid's edge (overlay scrollbars).
          width: i === years.length - 1 ? 122 : 106,
          cellClass: i === years.length - 1 ? 'scrollbar-room' : undefined,
          headerClass: i === years.length - 1 ? 'scrollbar-room' : undefined,
          pinned: 'right',
          type: 'rightAligned',
          valueGetter: (p) => (p.data ? (p.data.amounts[i] ?? 0) : 0),
          valueFormatter: (p) => formatAmount(typeof p.value === 'number' ? p.value : 0),
          filter: 'agNumberColumnFilter',
        })),
      },
    ];
    // The column reads the look-up through its ref: a correction gives a new budget, whose new rows read it again.
  }, [years, priceYear, hasKontoplan]);

  // The pinned totals row sums what the filters leave. Unfiltered, that is the budget's summary, so the
  // 200,000 lines are only walked once a filter is set.
  const yearCount = years.length;
  const onModelUpdated = useCallback(
    (e: ModelUpdatedEvent<Row>) => setShownTotals(filteredTotals(e.api, yearCount)),
    [yearCount],
  );
  const isExternalFilterPresent = useCallback(
    () => committeeRef.current !== '' || styringRef.current !== '',
    [],
  );
  const doesExternalFilterPass = useCallback((node: IRowNode<Row>) => {
    const d = node.data;
    if (!d || isTotals(d)) return true;
    if (committeeRef.current !== '' && d.committee !== committeeRef.current) return false;
    return styringRef.current === '' || styringOfRef.current(d.account) === styringRef.current;
  }, []);
  const firstLines = useMemo(() => (budget ? budget.lines.slice(0, FIRST_LINES) : []), [budget]);
  const [painted, setPainted] = useState<GridApi<Row> | null>(null);
  const onFirstDataRendered = useCallback((e: FirstDataRenderedEvent<Row>) => setPainted(e.api), []);
  useEffect(() => {
    const lines = budget?.lines;
    // A grid taken down with its view (no budget) is a stale handle until the next grid's first rows.
    if (!painted || painted.isDestroyed() || !lines || lines.length <= FIRST_LINES) return;
    let at = FIRST_LINES;
    let timer = 0;
    const more = (): void => {
      if (painted.isDestroyed()) return;
      painted.applyTransaction({ add: lines.slice(at, at + MORE_LINES) });
      at += MORE_LINES;
      if (at < lines.length) timer = window.setTimeout(more, 0);
    };
    // After the frame that shows the first rows.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(more, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [painted, budget]);

  useRevealBudgetLine(apiRef, budget?.lines, () => {
    setSearch('');
    setCommittee('');
    setStyring('');
  });

  useEffect(() => {
    if (committeeRef.current === committee && styringRef.current === styring) return;
    committeeRef.current = committee;
    styringRef.current = styring;
    apiRef.current?.onFilterChanged();
  }, [committee, styring]);

  const pinned = useMemo((): TotalsRow[] => {
    const shown = shownTotals ?? (summary ? { count: summary.lineCount, amounts: summary.totals } : null);
    if (!shown) return [];
    const label = styring === '' ? B.totalsRow(shown.count) : B.totalsRowOf(K.short[styring], shown.count);
    return [{ totalsLabel: label, amounts: shown.amounts }];
  }, [shownTotals, summary, styring]);

  if (!budget || !summary) {
    return (
      <div className="start-screen">
        <p>{B.none}</p>
        <div className="start-buttons">
          <CommandButton id="file.new-from-budget" primary />
        </div>
      </div>
    );
  }

  return (
    <div className="budget-view">
      <div className="view-toolbar">
        <label>
          <span className="visually-hidden">{B.search}</span>
          <input
            type="search"
            placeholder={B.search}
            aria-label={B.search}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <FilterSelect
          label={B.filterCommittee}
          allText={B.allCommittees}
          value={committee}
          options={committees.map((c) => ({ value: c, label: c }))}
          onChange={setCommittee}
        />
        {hasKontoplan && (
          <label className="styring-filter">
            {K.styring}{' '}
            <select
              aria-label={K.filter}
              value={styring}
              onChange={(e) => setStyring(e.target.value as Styringsomraade | '')}
            >
              <option value="">{K.allStyring}</option>
              {STYRINGSOMRAADER.map((s) => (
                <option key={s} value={s}>
                  {STYRINGSOMRAADE_NAMES[s]}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="count">
          {B.lines(shownTotals?.count ?? budget.lines.length, budget.lines.length)}
        </span>
      </div>
      <div className="budget-body">
        <div className="grid-box" aria-label={B.gridLabel}>
          <AgGridReact<Row>
            {...gridBase}
            modules={READ_GRID_MODULES}
            rowData={firstLines}
            columnDefs={columnDefs}
            quickFilterText={search}
            isExternalFilterPresent={isExternalFilterPresent}
            doesExternalFilterPass={doesExternalFilterPass}
            pinnedBottomRowData={pinned}
            suppressColumnVirtualisation={false}
            defaultColDef={DEFAULT_COL_DEF}
            headerHeight={40}
            onFirstDataRendered={onFirstDataRendered}
            onModelUpdated={onModelUpdated}
          />
        </div>
        <CommitteeSummary summary={summary} years={years} priceYear={priceYear} budgetYears={budget.years}>
          <AccountSummary budget={budget} years={years} priceYear={priceYear} styring={styring} />
        </CommitteeSummary>
      </div>
    </div>
  );
}

function CommitteeSummary({
  summary,
  years,
  priceYear,
  budgetYears,
  children,
}: {
  summary: BudgetSummary;
  years: readonly number[];
  priceYear: number;
  budgetYears: readonly number[];
  /** Summaries shown below this one (the kontoplan's). */
  children?: ReactNode;
}) {
  return (
    <aside className="committee-summary" aria-label={B.summary}>
      <table className="totals">
        <caption>{B.summary}</caption>
        <YearHead label={`${B.committee} / ${B.area}`} unit={TEXT.unitHeader(priceYear)} years={years} />
        <tbody>
          {Object.entries(summary.byCommittee).map(([committee, amounts]) => (
            <CommitteeRows
              key={committee}
              committee={committee}
              amounts={amounts}
              areas={summary.byCommitteeArea[committee] ?? {}}
              budgetYears={budgetYears}
            />
          ))}
          <AmountRow
            className="sum"
            label={TEXT.oversigt.total}
            amounts={summary.totals}
            show={formatAmount}
            render={tracedBudgetCells(TEXT.trace.budgetTotal, {}, budgetYears, summary.totals)}
          />
          {summary.serviceTotals && (
            <AmountRow
              label={B.serviceTotal}
              amounts={summary.serviceTotals}
              show={formatAmount}
              render={tracedBudgetCells(
                TEXT.trace.budgetService,
                { service: true },
                budgetYears,
                summary.serviceTotals,
              )}
            />
          )}
        </tbody>
      </table>
      {children}
    </aside>
  );
}

function CommitteeRows({
  committee,
  amounts,
  areas,
  budgetYears,
}: {
  committee: string;
  amounts: readonly Kr[];
  areas: Record<string, readonly Kr[]>;
  budgetYears: readonly number[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <AmountRow
        className="committee-row"
        label={
          <button type="button" className="linklike" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '▾' : '▸'} {committee}
          </button>
        }
        amounts={amounts}
        show={formatAmount}
        render={tracedBudgetCells(committee, { committee }, budgetYears, amounts)}
      />
      {open &&
        Object.entries(areas).map(([area, a]) => (
          <AmountRow
            key={area}
            className="area-row"
            label={area}
            amounts={a}
            show={formatAmount}
            render={tracedBudgetCells(
              TEXT.trace.committeeArea(committee, area),
              { committee, area },
              budgetYears,
              a,
            )}
          />
        ))}
    </>
  );
}
