import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ColGroupDef, GridApi, IRowNode } from 'ag-grid-community';
import { summarizeBudget, type BudgetSummary } from '../../../shared/budget/index.ts';
import type { Budget, BudgetLine, Kr } from '../../../shared/model/index.ts';
import { gridTheme } from '../grid/ag-setup.ts';
import { formatAmount } from '../grid/amounts.ts';
import { useWorkbench } from '../app-context.ts';
import { CommandButton } from '../components/CommandButton.tsx';
import { TEXT } from '../text.ts';
import { AmountCells, YearHead } from '../components/YearTable.tsx';

const B = TEXT.budget;

interface TotalsRow {
  totalsLabel: string;
  amounts: Kr[];
}

type Row = BudgetLine | TotalsRow;
const isTotals = (r: Row | undefined): r is TotalsRow => r !== undefined && 'totalsLabel' in r;

// Imported budgets are immutable, so their summary is computed once, not on every visit to the tab.
const summaries = new WeakMap<Budget, BudgetSummary>();
function summaryOf(budget: Budget): BudgetSummary {
  let summary = summaries.get(budget);
  if (!summary) {
    summary = summarizeBudget(budget);
    summaries.set(budget, summary);
  }
  return summary;
}

export function BudgetView() {
  const project = useWorkbench((s) => s.history.present.project);
  const budget = project.budget;
  const years = project.settings.years;
  const apiRef = useRef<GridApi<Row> | null>(null);
  const [search, setSearch] = useState('');
  const [committee, setCommittee] = useState('');
  const [shownTotals, setShownTotals] = useState<{ count: number; amounts: Kr[] } | null>(null);
  const summary = useMemo(() => (budget ? summaryOf(budget) : null), [budget]);
  const committees = useMemo(() => (summary ? Object.keys(summary.byCommittee) : []), [summary]);

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
      text(B.committee, (l) => l.committee, 200),
      text(B.area, (l) => l.area, 190),
      text(B.function, (l) => l.account.function ?? '', 90),
      text(B.dranst, (l) => l.account.dranst ?? '', 70),
      text(B.art, (l) => l.account.art ?? '', 70),
      text(B.costCentre, (l) => l.costCentre ?? '', 110),
      text(B.text, (l) => l.text, 260),
      text(B.service, (l) => (l.isService === null ? '' : l.isService ? 'Ja' : 'Nej'), 80),
      {
        headerName: TEXT.unitHeader(project.settings.priceYear),
        marryChildren: true,
        children: years.map((year, i): ColDef<Row> => ({
          headerName: String(year),
          colId: `year-${year}`,
          width: 120,
          type: 'rightAligned',
          valueGetter: (p) => (p.data ? (p.data.amounts[i] ?? 0) : 0),
          valueFormatter: (p) => formatAmount(typeof p.value === 'number' ? p.value : 0),
          filter: 'agNumberColumnFilter',
        })),
      },
    ];
  }, [years, project.settings.priceYear]);

  // The pinned totals row sums what the filters leave, computed from the displayed lines.
  const recomputeTotals = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const amounts = years.map(() => 0);
    let count = 0;
    api.forEachNodeAfterFilter((node: IRowNode<Row>) => {
      const d = node.data;
      if (!d || isTotals(d)) return;
      count++;
      for (let i = 0; i < amounts.length; i++) amounts[i] = (amounts[i] ?? 0) + (d.amounts[i] ?? 0);
    });
    setShownTotals({ count, amounts });
  }, [years]);

  useEffect(() => {
    apiRef.current?.onFilterChanged();
  }, [committee]);

  const pinned = useMemo(
    (): TotalsRow[] =>
      shownTotals ? [{ totalsLabel: B.totalsRow(shownTotals.count), amounts: shownTotals.amounts }] : [],
    [shownTotals],
  );

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
        <label>
          <span className="visually-hidden">{B.filterCommittee}</span>
          <select
            aria-label={B.filterCommittee}
            value={committee}
            onChange={(e) => setCommittee(e.target.value)}
          >
            <option value="">{B.allCommittees}</option>
            {committees.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <span className="count">
          {B.lines(shownTotals?.count ?? budget.lines.length, budget.lines.length)}
        </span>
      </div>
      <div className="budget-body">
        <div className="grid-box" aria-label={B.gridLabel}>
          <AgGridReact<Row>
            theme={gridTheme}
            rowData={budget.lines}
            columnDefs={columnDefs}
            quickFilterText={search}
            isExternalFilterPresent={() => committee !== ''}
            doesExternalFilterPass={(node) =>
              !node.data || isTotals(node.data) || node.data.committee === committee
            }
            pinnedBottomRowData={pinned}
            animateRows={false}
            suppressColumnVirtualisation={false}
            defaultColDef={{ sortable: true, resizable: true }}
            headerHeight={40}
            onGridReady={(e) => {
              apiRef.current = e.api;
            }}
            onModelUpdated={recomputeTotals}
          />
        </div>
        <CommitteeSummary summary={summary} years={years} priceYear={project.settings.priceYear} />
      </div>
    </div>
  );
}

function CommitteeSummary({
  summary,
  years,
  priceYear,
}: {
  summary: ReturnType<typeof summarizeBudget>;
  years: readonly number[];
  priceYear: number;
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
            />
          ))}
          <tr className="sum">
            <th scope="row">{TEXT.oversigt.total}</th>
            <AmountCells amounts={summary.totals} show={formatAmount} />
          </tr>
          {summary.serviceTotals && (
            <tr>
              <th scope="row">{B.serviceTotal}</th>
              <AmountCells amounts={summary.serviceTotals} show={formatAmount} />
            </tr>
          )}
        </tbody>
      </table>
    </aside>
  );
}

function CommitteeRows({
  committee,
  amounts,
  areas,
}: {
  committee: string;
  amounts: readonly Kr[];
  areas: Record<string, readonly Kr[]>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <tr className="committee-row">
        <th scope="row">
          <button type="button" className="linklike" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '▾' : '▸'} {committee}
          </button>
        </th>
        <AmountCells amounts={amounts} show={formatAmount} />
      </tr>
      {open &&
        Object.entries(areas).map(([area, a]) => (
          <tr key={area} className="area-row">
            <th scope="row">{area}</th>
            <AmountCells amounts={a} show={formatAmount} />
          </tr>
        ))}
    </>
  );
}
