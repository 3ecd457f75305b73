import { useCallback, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent, ColDef, GridApi, RowClassParams, RowClickedEvent } from 'ag-grid-community';
import { STATUS_LABEL, type Kr } from '../../../shared/model/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { DialogButtons } from '../components/DialogButtons.tsx';
import { Modal } from '../components/Modal.tsx';
import { useGridBase } from '../components/use-grid.ts';
import { READ_GRID_MODULES } from '../grid/ag-setup.ts';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { TEXT } from '../text.ts';
import { showAmount } from '../views/display.ts';
import { revealRow } from './reveal.ts';
import { runTrace, type BudgetTraceRow, type ProposalTraceRow, type TraceRequest } from './trace-request.ts';
import './trace.css';

const T = TEXT.trace;

type Row = ProposalTraceRow | BudgetTraceRow;
interface TotalRow {
  total: Kr;
}
type GridRow = Row | TotalRow;
const isTotal = (r: GridRow | undefined): r is TotalRow => r !== undefined && !('amount' in r);

/** Up to this many rows the list takes the height it needs; more scroll inside a fixed height. */
const AUTO_HEIGHT_ROWS = 14;
const DEFAULT_COL_DEF: ColDef<GridRow> = { sortable: true, resizable: true };
const rowClass = (p: RowClassParams<GridRow>): string | undefined =>
  p.node.rowPinned ? undefined : 'trace-row';

/**
 * "Hvad består tallet af?": the proposals or budget lines that make up one number on screen, summing to exactly that
 * number, each one click (or Enter) from its row in Forslag or Budget.
 */
export function TraceDialog({ request }: { request: TraceRequest }) {
  const { store } = useApp();
  const history = useWorkbench((s) => s.history);
  const scenario = useWorkbench((s) => s.scenario);
  const project = history.present.project;
  const sign = project.settings.signDisplay;
  const result = useMemo(() => runTrace({ history, scenario }, request), [history, scenario, request]);
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const gridBase = useGridBase(apiRef);
  const close = useCallback((): void => store.actions.openDialog(null), [store]);

  const show = useCallback(
    (kr: Kr): string => (result.kind === 'proposals' ? showAmount(kr, sign) : formatAmount(kr)),
    [result.kind, sign],
  );
  const yearText =
    request.filter.year === null ? T.period(project.settings.years) : String(request.filter.year);
  const unit = TEXT.unitHeader(project.settings.priceYear);

  const columnDefs = useMemo((): ColDef<GridRow>[] => {
    const amount: ColDef<GridRow> = {
      colId: 'amount',
      headerName: `${T.amountIn(yearText)} (${unit})`,
      type: 'rightAligned',
      width: 190,
      wrapHeaderText: true,
      autoHeaderHeight: true,
      valueGetter: (p) => (!p.data ? 0 : isTotal(p.data) ? p.data.total : p.data.amount),
      valueFormatter: (p) => show(typeof p.value === 'number' ? p.value : 0),
    };
    const text = (colId: string, headerName: string, get: (r: Row) => string, extra: ColDef<GridRow>) => ({
      colId,
      headerName,
      valueGetter: (p: { data: GridRow | undefined }) =>
        !p.data ? '' : isTotal(p.data) ? (colId === 'first' ? T.total : '') : get(p.data),
      ...extra,
    });
    if (result.kind === 'proposals')
      return [
        text('first', T.id, (r) => ('id' in r ? r.id : ''), { width: 100 }),
        text('title', T.proposalTitle, (r) => ('title' in r ? r.title : ''), { flex: 1, minWidth: 220 }),
        amount,
      ];
    return [
      text('first', B_COMMITTEE, (r) => ('committee' in r ? r.committee : ''), { width: 190 }),
      text('area', B_AREA, (r) => ('area' in r ? r.area : ''), { width: 170 }),
      text('text', B_TEXT, (r) => ('text' in r ? r.text : ''), { flex: 1, minWidth: 180 }),
      amount,
      text(
        'source',
        T.source,
        (r) => ('source' in r ? `${r.source.file} · ${r.source.sheet} · ${r.source.cell}` : ''),
        { width: 250 },
      ),
    ];
  }, [result.kind, show, yearText, unit]);

  const rows: Row[] = result.rows;
  const pinned = useMemo((): TotalRow[] => [{ total: result.total }], [result.total]);

  const go = useCallback(
    (row: GridRow | undefined): void => {
      if (!row || isTotal(row)) return;
      if ('key' in row) revealRow(store, { kind: 'proposal', key: row.key });
      else revealRow(store, { kind: 'budgetLine', index: row.index, year: request.filter.year });
    },
    [store, request.filter.year],
  );
  const onRowClicked = useCallback((e: RowClickedEvent<GridRow>) => go(e.data), [go]);
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<GridRow>) => {
      const key = (e.event as KeyboardEvent | null)?.key;
      if (key === 'Enter' || key === ' ') go(e.data);
    },
    [go],
  );

  const matches = result.total === request.shown;
  const many = rows.length > AUTO_HEIGHT_ROWS;
  return (
    <Modal title={T.title} onClose={close} wide>
      <div className="trace">
        <p className="trace-what">{request.title}</p>
        <p className="trace-sum">
          <strong className="amount">{show(request.shown)}</strong> <span className="unit">({unit})</span>{' '}
          {rows.length === 0
            ? T.nothing
            : result.kind === 'proposals'
              ? T.proposalsSum(rows.length)
              : T.linesSum(rows.length)}
          {rows.length > 0 && ':'}
        </p>
        {!matches && (
          <p className="trace-mismatch" role="alert">
            {T.mismatch(show(request.shown), show(result.total))}
          </p>
        )}
        {result.kind === 'proposals' && (
          <p className="muted">
            {result.statuses.length === 0
              ? T.noStatuses
              : T.statuses(result.statuses.map((s) => STATUS_LABEL[s]).join(', '))}{' '}
            {result.zeroCount > 0 && T.zeroProposals(result.zeroCount, yearText)}
          </p>
        )}
        {result.kind === 'budget' && result.zeroCount > 0 && (
          <p className="muted">{T.zeroLines(result.zeroCount, yearText)}</p>
        )}
        {rows.length > 0 && (
          <>
            <div
              className={many ? 'trace-grid trace-grid-scroll' : 'trace-grid'}
              aria-label={result.kind === 'proposals' ? T.gridProposals : T.gridLines}
            >
              <AgGridReact<GridRow>
                {...gridBase}
                modules={READ_GRID_MODULES}
                rowData={rows}
                columnDefs={columnDefs}
                defaultColDef={DEFAULT_COL_DEF}
                pinnedBottomRowData={pinned}
                domLayout={many ? 'normal' : 'autoHeight'}
                getRowClass={rowClass}
                onRowClicked={onRowClicked}
                onCellKeyDown={onCellKeyDown}
              />
            </div>
            <p className="muted">{result.kind === 'proposals' ? T.hintProposals : T.hintLines}</p>
          </>
        )}
      </div>
      <DialogButtons onClose={close} />
    </Modal>
  );
}

const B_COMMITTEE = TEXT.budget.committee;
const B_AREA = TEXT.budget.area;
const B_TEXT = TEXT.budget.text;
