import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellEditRequestEvent,
  CellFocusedEvent,
  CellKeyDownEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  GridSizeChangedEvent,
  RowSelectionOptions,
} from 'ag-grid-community';
import type { Proposal } from '../../../shared/model/index.ts';
import { EDIT_GRID_MODULES } from '../grid/ag-setup.ts';
import { cachedBudgetSummary } from '../../../shared/budget/summary.ts';
import { forslagColumns } from '../grid/forslag-columns.tsx';
import { fteColumnsShown, rememberFteColumns } from '../grid/view-choices.ts';
import { useCellRange } from '../grid/use-cell-range.ts';
import { totalsRowOf } from '../grid/forslag-totals.tsx';
import { publishSelectionStats, selectionStats } from '../grid/selection-stats.ts';
import { proposalFields } from '../grid/proposal-fields.ts';
import { gridRowsOf, type GridRow } from '../grid/grid-rows.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { dispatch, gridCommandForKey } from '../commands.ts';
import { copiedText, editCell, pasteCells, type GridView } from '../grid/grid-commands.ts';
import { rowsOf } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';
import { CommandButton } from '../components/CommandButton.tsx';
import { GridContextMenu } from '../components/GridContextMenu.tsx';
import {
  NO_FILTER,
  passesFilter,
  ProposalFilters,
  type ProposalFilter,
} from '../components/ProposalFilters.tsx';
import { useKeptValue } from '../components/KeptView.tsx';
import { useRevealProposal } from '../trace/reveal.ts';
import { changeMark, useChangeMarksRef } from '../season/change-marks.ts';
import { useGridBase } from '../components/use-grid.ts';
import { DetailPanel } from './DetailPanel.tsx';

// Grid options are compared by identity on every render; new objects make AG Grid redo work on each edit.
const ROW_SELECTION: RowSelectionOptions<GridRow> = {
  mode: 'multiRow',
  checkboxes: false,
  headerCheckbox: false,
  enableClickSelection: true,
};
// The store's row keys are stable across edits, so AG Grid updates only the rows that changed.
const rowId = (p: GetRowIdParams<GridRow>): string => String(p.data.key);

const isEditingKey = (e: KeyboardEvent): boolean =>
  e.key === 'Delete' ||
  ((e.ctrlKey || e.metaKey) && ['d', 'z', 'y', 'c', 'v', 'x', '-'].includes(e.key.toLowerCase()));

const DEFAULT_COL_DEF: ColDef<GridRow> = {
  // The grid's own handling of these keys is replaced by the store's commands (undo, paste, fill…).
  suppressKeyboardEvent: (p) => !p.editing && isEditingKey(p.event),
  sortable: true,
  resizable: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
};

export function ForslagView() {
  const ctx = useApp();
  const { store } = ctx;
  // While another tab is shown this view stays mounted but hidden (KeptView); it keeps the document it last
  // showed, so edits made elsewhere cost the hidden grid nothing until Forslag is shown again.
  const doc = useKeptValue('forslag', (s) => s.history.present);
  const detailOpen = useWorkbench((s) => s.detailOpen);
  const selectedKey = useWorkbench((s) => s.selectedKey);
  const years = doc.project.settings.years;
  const priceYear = doc.project.settings.priceYear;
  const sign = doc.project.settings.signDisplay;
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const gridBase = useGridBase(apiRef);
  const [filters, setFilters] = useState<ProposalFilter>(NO_FILTER);
  useRevealProposal(apiRef, () => setFilters(NO_FILTER));
  const marks = useChangeMarksRef(apiRef, doc);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [showFte, setShowFte] = useState(fteColumnsShown);

  const allRows = useMemo((): GridRow[] => gridRowsOf(rowsOf(doc), sign), [doc, sign]);

  const rows = useMemo(
    () => allRows.filter(({ proposal }) => passesFilter(proposal, filters)),
    [allRows, filters],
  );

  // As one string, so an edit that leaves the list as it was keeps the column definitions (AG Grid would
  // rebuild every column on a new array), and the budget's committees come from its cached summary.
  const committeeList = useMemo(() => {
    const set = new Set<string>(doc.project.proposals.map((p) => p.committee).filter((c) => c !== ''));
    const budget = doc.project.budget;
    if (budget) for (const c of Object.keys(cachedBudgetSummary(budget).byCommittee)) set.add(c);
    return [...set].sort((a, b) => a.localeCompare(b, 'da')).join('\n');
  }, [doc.project]);
  const committees = useMemo(() => (committeeList === '' ? [] : committeeList.split('\n')), [committeeList]);
  const fields = useMemo(() => proposalFields(years, sign, committees), [years, sign, committees]);
  const fieldById = useMemo(() => new Map(fields.map((f) => [f.id as string, f])), [fields]);
  const { inRange, selection, setRange, follow } = useCellRange(apiRef, fieldById);

  const columnDefs = useMemo(
    () =>
      forslagColumns({
        fields,
        committees,
        yearCount: years.length,
        priceYear,
        sign,
        showFte,
        inRange,
        changeOf: (key, colId) => changeMark(marks, key, colId),
      }),
    [fields, committees, priceYear, sign, years.length, showFte, inRange, marks],
  );

  // Amounts first: when the grid gets narrower (the detail panel opens, the window shrinks) and the plan years
  // no longer fit in view, it scrolls sideways just enough to show them beside the pinned number and title. A
  // tab switch (same width) leaves the user's scroll alone.
  const gridWidth = useRef(0);
  const onGridSizeChanged = useCallback(
    (e: GridSizeChangedEvent<GridRow>) => {
      if (e.clientWidth === 0 || e.clientWidth === gridWidth.current) return;
      const narrower = e.clientWidth < gridWidth.current;
      gridWidth.current = e.clientWidth;
      const last = e.api.getColumn(`amount:${years.length - 1}`);
      if (!narrower || !last) return;
      // The column after the years first: AG Grid's 'auto' puts a column's edge at the viewport's, under the
      // vertical scrollbar, so the last year would lose its last digits.
      const after = e.api.getDisplayedColAfter(last);
      if (after) e.api.ensureColumnVisible(after, 'auto');
      e.api.ensureColumnVisible(last, 'auto');
      e.api.ensureColumnVisible('amount:0', 'auto');
    },
    [years.length],
  );

  // The totals row under the rows the filters show, as in an Excel table.
  const pinnedBottom = useMemo(() => [totalsRowOf(rows, years, sign)], [rows, years, sign]);

  // Excel's status bar: the sum, average and count of the selected amount cells, kept as the selection, the
  // filters or the amounts change.
  const rowByKey = useMemo(() => new Map(allRows.map((r) => [r.key, r])), [allRows]);
  const showStats = useCallback(() => {
    const row = (key: number) => rowByKey.get(key)?.proposal;
    publishSelectionStats(
      selectionStats(selection(), (key, field) => {
        const p = row(key);
        return p && field.amount ? field.amount(p) : undefined;
      }),
    );
  }, [rowByKey, selection]);
  useEffect(() => () => publishSelectionStats(null), []);

  // The grid commands (grid/grid-commands.ts) read what the grid shows from here and change the store.
  const view = useMemo(
    (): GridView => ({ selection, newRowCommittee: () => filters.committee }),
    [selection, filters.committee],
  );
  useEffect(() => {
    ctx.grid.current = view;
    return () => {
      if (ctx.grid.current === view) ctx.grid.current = null;
    };
  }, [ctx, view]);

  // A new filter shows other rows, so a block chosen among the old ones ends.
  useEffect(() => setRange(null), [filters, setRange]);
  useEffect(() => {
    showStats();
  }, [showStats, rows]);

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<GridRow>) => {
      const field = fieldById.get(e.column.getColId());
      const key = e.data?.key;
      if (!field || key === undefined) return;
      const text = e.newValue === null || e.newValue === undefined ? '' : String(e.newValue);
      editCell(store, key, field, text);
    },
    [fieldById, store],
  );

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<GridRow>) => {
      if (e.rowIndex === null || e.rowIndex === undefined || e.rowPinned) return;
      const key = apiRef.current?.getDisplayedRowAtIndex(e.rowIndex)?.data?.key;
      if (key !== undefined) store.actions.select(key);
    },
    [store],
  );

  // Grid commands by their own key tests (Delete, Ctrl+D, Ctrl+-), here because the grid keeps these keys while it
  // has focus; not while a cell is being edited, where the keys belong to the editor.
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<GridRow>) => {
      const ev = e.event;
      if (!(ev instanceof KeyboardEvent) || apiRef.current?.getEditingCells().length) return;
      // Enter on a year's total asks what it is made of, as a click does.
      if (e.rowPinned) {
        if (ev.key === 'Enter' && ev.target instanceof HTMLElement) {
          ev.target.querySelector<HTMLButtonElement>('button.traced')?.click();
        }
        return;
      }
      const command = gridCommandForKey(ev);
      if (!command) return;
      ev.preventDefault();
      void dispatch(ctx, command.id);
    },
    [ctx],
  );

  const gridBox = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const box = gridBox.current;
    if (!box) return;
    // Clipboard events carry Excel's text without any permission prompt.
    const onPaste = (e: ClipboardEvent): void => {
      if (apiRef.current?.getEditingCells().length) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text === '') return;
      e.preventDefault();
      pasteCells(store, view, text);
    };
    const onCopy = (e: ClipboardEvent): void => {
      if (apiRef.current?.getEditingCells().length) return;
      const text = copiedText(store, view);
      if (text === '' || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', text);
    };
    const onInput = (e: KeyboardEvent | MouseEvent): void => {
      follow(e, box);
      showStats();
    };
    box.addEventListener('paste', onPaste);
    box.addEventListener('copy', onCopy);
    box.addEventListener('keydown', onInput);
    box.addEventListener('click', onInput);
    return () => {
      box.removeEventListener('paste', onPaste);
      box.removeEventListener('copy', onCopy);
      box.removeEventListener('keydown', onInput);
      box.removeEventListener('click', onInput);
    };
  }, [store, view, follow, showStats]);

  const selected = allRows.find((r) => r.key === selectedKey) ?? null;
  return (
    <div className="forslag-view">
      <div className="view-toolbar">
        <CommandButton id="proposals.add" />
        <CommandButton id="proposals.duplicate" />
        <CommandButton id="proposals.delete" />
        <CommandButton id="grid.fillDown" />
        <button
          type="button"
          className="btn"
          aria-pressed={detailOpen}
          disabled={selected === null}
          onClick={() => store.actions.setDetailOpen(!detailOpen)}
        >
          {TEXT.commands.showDetail}
        </button>
        <ProposalFilters value={filters} committees={committees} onChange={setFilters} />
        <label className="toolbar-check">
          <input
            type="checkbox"
            checked={showFte}
            onChange={(e) => {
              setShowFte(e.target.checked);
              rememberFteColumns(e.target.checked);
            }}
          />{' '}
          {TEXT.forslag.showFte}
        </label>
        <span className="count">{TEXT.forslag.rowsCount(rows.length, allRows.length)}</span>
      </div>
      <div className="forslag-body">
        <div
          className="grid-box"
          ref={gridBox}
          onContextMenu={(e) => {
            e.preventDefault();
            setMenu({ x: e.clientX, y: e.clientY });
          }}
        >
          <AgGridReact<GridRow>
            {...gridBase}
            modules={EDIT_GRID_MODULES}
            rowData={rows}
            pinnedBottomRowData={pinnedBottom}
            columnDefs={columnDefs}
            getRowId={rowId}
            readOnlyEdit
            undoRedoCellEditing={false}
            enterNavigatesVertically
            enterNavigatesVerticallyAfterEdit
            stopEditingWhenCellsLoseFocus
            singleClickEdit={false}
            enableBrowserTooltips
            rowSelection={ROW_SELECTION}
            defaultColDef={DEFAULT_COL_DEF}
            onCellEditRequest={onCellEditRequest}
            onCellKeyDown={onCellKeyDown}
            onCellFocused={onCellFocused}
            onSortChanged={() => setRange(null)}
            onSelectionChanged={showStats}
            onGridSizeChanged={onGridSizeChanged}
            overlayNoRowsTemplate={`<span>${TEXT.forslag.empty}</span>`}
          />
        </div>
        {detailOpen && selected && (
          <DetailPanel
            proposal={selected.proposal}
            issues={selected.issues}
            onChange={(next: Proposal, step?: string) =>
              store.actions.changeRows(
                (current) =>
                  current.map((r) => (r.key === selected.key ? { key: r.key, proposal: next } : r)),
                step ?? TEXT.history.detail(next.id),
              )
            }
            onClose={() => store.actions.setDetailOpen(false)}
          />
        )}
      </div>
      {menu && <GridContextMenu x={menu.x} y={menu.y} onClose={() => setMenu(null)} />}
    </div>
  );
}
