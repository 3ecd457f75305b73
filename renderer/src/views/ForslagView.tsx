import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellEditRequestEvent,
  CellFocusedEvent,
  CellKeyDownEvent,
  ColDef,
  ColGroupDef,
  GetRowIdParams,
  GridApi,
  RowSelectionOptions,
} from 'ag-grid-community';
import {
  KATEGORIER,
  KATEGORI_LABEL,
  STATUSES,
  STATUS_LABEL,
  VEJE,
  VEJ_LABEL,
  type Proposal,
} from '../../../shared/model/index.ts';
import { EDIT_GRID_MODULES } from '../grid/ag-setup.ts';
import { cachedBudgetSummary } from '../../../shared/budget/summary.ts';
import { copyBlock, fillDown, pasteBlock, writeCells, type Row } from '../grid/cell-edits.ts';
import { cellId, rangeBlock, type CellPos, type CellRange } from '../grid/cell-range.ts';
import {
  amountGroupHeader,
  blankProposal,
  nextProposalId,
  proposalFields,
  type FieldSpec,
} from '../grid/proposal-fields.ts';
import { formatTsv, parseTsv } from '../grid/tsv.ts';
import type { ProposalIssue } from '../grid/validation.ts';
import { gridRowsOf, type GridRow } from '../grid/grid-rows.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { dispatch, findCommand, type GridOps } from '../commands.ts';
import { newRowKey, rowsOf } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';
import { CommandButton } from '../components/CommandButton.tsx';
import { FilterSelect } from '../components/FilterSelect.tsx';
import { useKeptValue } from '../components/KeptView.tsx';
import { useGridBase } from '../components/use-grid.ts';
import { VejTag } from '../components/VejTag.tsx';
import { DetailPanel } from './DetailPanel.tsx';

interface Filters {
  vej: string;
  kategori: string;
  status: string;
  committee: string;
}

const NO_FILTER: Filters = { vej: '', kategori: '', status: '', committee: '' };

// Grid options are compared by identity on every render; new objects make AG Grid redo work on each edit.
const ROW_SELECTION: RowSelectionOptions<GridRow> = {
  mode: 'multiRow',
  checkboxes: false,
  headerCheckbox: false,
  enableClickSelection: true,
};
// The store's row keys are stable across edits, so AG Grid updates only the rows that changed.
const rowId = (p: GetRowIdParams<GridRow>): string => String(p.data.key);

function issuesFor(row: GridRow, field: FieldSpec): ProposalIssue[] {
  return row.issues.filter((i) =>
    i.field === 'amounts' ? field.kind === 'amount' && field.id !== 'investment' : i.field === field.id,
  );
}

// What the choice columns offer; '' leaves vej or kategori unknown, a status is always set.
const VEJ_CHOICES = ['', ...VEJE.map((v) => VEJ_LABEL[v])];
const KATEGORI_CHOICES = ['', ...KATEGORIER.map((k) => KATEGORI_LABEL[k])];
const STATUS_CHOICES = STATUSES.map((s) => STATUS_LABEL[s]);

/** Keys that move the focus and, with Shift, extend a block of cells. */
const EXTENDING_KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End|PageUp|PageDown)$/;

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
  // A block of cells chosen with Shift+click or Shift+arrow keys, as in Excel; AG Grid Community has no range
  // selection, so the view keeps it: where it began, the block, and the cells in it for their style.
  const anchor = useRef<CellPos | null>(null);
  const range = useRef<CellRange | null>(null);
  const inRange = useRef<ReadonlySet<string>>(new Set());
  const [filters, setFilters] = useState<Filters>(NO_FILTER);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);

  const fields = useMemo(() => proposalFields(years, sign), [years, sign]);
  const fieldById = useMemo(() => new Map(fields.map((f) => [f.id as string, f])), [fields]);

  const allRows = useMemo((): GridRow[] => gridRowsOf(rowsOf(doc), sign), [doc, sign]);

  const rows = useMemo(
    () =>
      allRows.filter(
        ({ proposal: p }) =>
          (filters.vej === '' || (p.vej ?? '') === filters.vej) &&
          (filters.kategori === '' || (p.kategori ?? '') === filters.kategori) &&
          (filters.status === '' || p.status === filters.status) &&
          (filters.committee === '' || p.committee === filters.committee),
      ),
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

  const columnDefs = useMemo((): (ColDef<GridRow> | ColGroupDef<GridRow>)[] => {
    const unit = amountGroupHeader(priceYear, sign);
    const leaves = fields.map((field): ColDef<GridRow> => {
      const base: ColDef<GridRow> = {
        colId: field.id,
        headerName: field.header,
        headerTooltip:
          field.kind === 'amount' ? `${field.header} (${TEXT.unitHeader(priceYear)})` : field.header,
        valueGetter: (p) => (p.data ? field.read(p.data.proposal) : ''),
        editable: true,
        tooltipValueGetter: (p) => {
          const found = p.data ? issuesFor(p.data, field) : [];
          return found.length > 0 ? found.map((i) => i.message).join('\n') : undefined;
        },
        cellClassRules: {
          'cell-issue': (p) => (p.data ? issuesFor(p.data, field).length > 0 : false),
          'cell-in-range': (p) => (p.data ? inRange.current.has(cellId(p.data.key, field.id)) : false),
        },
      };
      if (field.kind === 'amount') {
        return { ...base, type: 'rightAligned', width: 118 };
      }
      // A column edited by picking one of its texts.
      const picked = (width: number, values: readonly string[]): ColDef<GridRow> => ({
        ...base,
        width,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values },
      });
      if (field.id === 'vej') {
        return {
          ...picked(190, VEJ_CHOICES),
          cellRenderer: (p: { data?: GridRow }) => <VejTag vej={p.data?.proposal.vej ?? null} />,
        };
      }
      if (field.id === 'kategori') return picked(150, KATEGORI_CHOICES);
      if (field.id === 'status') return picked(120, STATUS_CHOICES);
      if (field.id === 'committee') {
        return committees.length > 0
          ? picked(190, ['', ...committees])
          : { ...base, width: 190, cellEditor: 'agTextCellEditor', cellEditorParams: {} };
      }
      if (field.id === 'isService') return picked(84, ['Ja', 'Nej']);
      if (field.id === 'title') return { ...base, width: 280 };
      if (field.id === 'id') return { ...base, width: 84, pinned: 'left' };
      return { ...base, width: 150 };
    });
    // The plan years sit under one header that states the unit and price level.
    const firstYear = leaves.findIndex((c) => c.colId === 'amount:0');
    const yearCount = years.length;
    if (firstYear < 0) return leaves;
    return [
      ...leaves.slice(0, firstYear),
      { headerName: unit, marryChildren: true, children: leaves.slice(firstYear, firstYear + yearCount) },
      ...leaves.slice(firstYear + yearCount),
    ];
  }, [fields, committees, priceYear, sign, years.length]);

  // Rows as displayed (after filter and sort) and columns as displayed, for paste and fill.
  const displayedKeys = useCallback((): number[] => {
    const keys: number[] = [];
    apiRef.current?.forEachNodeAfterFilterAndSort((n) => {
      if (n.data) keys.push(n.data.key);
    });
    return keys;
  }, []);

  const displayedFields = useCallback(
    (): FieldSpec[] =>
      (apiRef.current?.getAllDisplayedColumns() ?? [])
        .map((c) => fieldById.get(c.getColId()))
        .filter((f): f is FieldSpec => f !== undefined),
    [fieldById],
  );

  const focusedCell = useCallback((): {
    key: number;
    fieldIndex: number;
    displayedFields: FieldSpec[];
  } | null => {
    const api = apiRef.current;
    const cell = api?.getFocusedCell();
    if (!api || !cell) return null;
    const node = api.getDisplayedRowAtIndex(cell.rowIndex);
    const shown = displayedFields();
    const fieldIndex = shown.findIndex((f) => f.id === cell.column.getColId());
    if (!node?.data || fieldIndex < 0) return null;
    return { key: node.data.key, fieldIndex, displayedFields: shown };
  }, [displayedFields]);

  /** The Shift-chosen block as rows and fields in displayed order; null when one cell is chosen. */
  const chosenBlock = useCallback((): { keys: number[]; fields: FieldSpec[] } | null => {
    if (!range.current) return null;
    const shown = displayedFields();
    const block = rangeBlock(
      range.current,
      displayedKeys(),
      shown.map((f) => f.id),
    );
    if (!block) return null;
    return { keys: block.keys, fields: shown.filter((f) => block.colIds.includes(f.id)) };
  }, [displayedFields, displayedKeys]);

  const setRange = useCallback(
    (next: CellRange | null) => {
      if (next === null && range.current === null) return;
      range.current = next;
      const block = chosenBlock();
      inRange.current = new Set(block?.keys.flatMap((k) => block.fields.map((f) => cellId(k, f.id))) ?? []);
      apiRef.current?.refreshCells();
    },
    [chosenBlock],
  );

  const selectedKeysTopDown = useCallback((): number[] => {
    const api = apiRef.current;
    if (!api) return [];
    const selected = new Set(api.getSelectedNodes().map((n) => n.data?.key));
    return displayedKeys().filter((k) => selected.has(k));
  }, [displayedKeys]);

  const report = useCallback(
    (rejected: number) => store.actions.notify(rejected > 0 ? TEXT.forslag.pasteRejected(rejected) : null),
    [store],
  );

  const newRow = useCallback(
    (existing: readonly Row[]): Row => ({
      key: newRowKey(),
      proposal: blankProposal(
        nextProposalId(existing.map((r) => r.proposal)),
        years.length,
        filters.committee,
      ),
    }),
    [years.length, filters.committee],
  );

  const focusRow = useCallback((key: number, colId?: string) => {
    requestAnimationFrame(() => {
      const api = apiRef.current;
      const node = api?.getRowNode(String(key));
      if (!api || !node || node.rowIndex === null) return;
      api.ensureIndexVisible(node.rowIndex);
      api.setFocusedCell(node.rowIndex, colId ?? api.getFocusedCell()?.column.getColId() ?? 'title');
    });
  }, []);

  const pasteText = useCallback(
    (text: string) => {
      const at = focusedCell();
      if (!at) return;
      const block = parseTsv(text);
      if (block.length === 0) return;
      const value = block.length === 1 && block[0]?.length === 1 ? (block[0][0] ?? '') : null;
      const chosen = chosenBlock();
      const keys = displayedKeys();
      const selected = selectedKeysTopDown();
      const shown = at.displayedFields;
      // As in Excel: one value fills a chosen block (or the selected rows); a block is pasted from the chosen
      // block's top left cell, else from the focused cell, and may run past the last row (new proposals).
      let targets: number[];
      let fields: FieldSpec[];
      let cells: (readonly string[])[];
      if (chosen && value !== null) {
        targets = chosen.keys;
        fields = chosen.fields;
        cells = targets.map(() => fields.map(() => value));
      } else if (value !== null && selected.length > 1) {
        targets = selected;
        fields = shown.slice(at.fieldIndex);
        cells = targets.map(() => [value]);
      } else {
        const from = chosen ? { key: chosen.keys[0] ?? at.key, field: chosen.fields[0] } : null;
        targets = keys.slice(keys.indexOf(from?.key ?? at.key));
        fields = shown.slice(from?.field ? shown.indexOf(from.field) : at.fieldIndex);
        cells = block;
      }
      let rejected = 0;
      store.actions.changeRows((current) => {
        const result = pasteBlock(current, targets, fields, cells, (_, existing) => newRow(existing));
        rejected = result.rejected.length;
        return result.rows;
      });
      report(rejected);
    },
    [focusedCell, chosenBlock, displayedKeys, selectedKeysTopDown, store, newRow, report],
  );

  const copyText = useCallback((): string => {
    const at = focusedCell();
    if (!at) return '';
    const rowsNow = rowsOf(store.getState().history.present);
    const chosen = chosenBlock();
    if (chosen) return formatTsv(copyBlock(rowsNow, chosen.keys, chosen.fields));
    const selected = selectedKeysTopDown();
    if (selected.length > 1) return formatTsv(copyBlock(rowsNow, selected, at.displayedFields));
    const field = at.displayedFields[at.fieldIndex];
    return field ? formatTsv(copyBlock(rowsNow, [at.key], [field])) : '';
  }, [focusedCell, chosenBlock, selectedKeysTopDown, store]);

  // A new filter shows other rows, so a block chosen among the old ones ends.
  useEffect(() => setRange(null), [filters, setRange]);

  const ops = useMemo(
    (): GridOps => ({
      addRow() {
        let key = -1;
        store.actions.changeRows((current) => {
          const row = newRow(current);
          key = row.key;
          return [...current, row];
        });
        store.actions.select(key);
        focusRow(key, 'title');
      },
      duplicateRows() {
        const keys = selectedKeysTopDown();
        const chosen = keys.length > 0 ? keys : [store.getState().selectedKey ?? -1];
        store.actions.changeRows((current) => {
          const out: Row[] = [];
          for (const r of current) {
            out.push(r);
            if (chosen.includes(r.key)) {
              const id = nextProposalId([...current, ...out].map((x) => x.proposal));
              out.push({ key: newRowKey(), proposal: { ...r.proposal, id, source: null } });
            }
          }
          return out;
        });
      },
      deleteRows() {
        const keys = selectedKeysTopDown();
        const chosen = new Set(keys.length > 0 ? keys : [store.getState().selectedKey ?? -1]);
        store.actions.changeRows((current) => current.filter((r) => !chosen.has(r.key)));
        store.actions.select(null);
      },
      fillDown() {
        const chosen = chosenBlock();
        if (chosen) {
          // The block's top row fills the rows below it, column by column.
          store.actions.changeRows((current) => fillDown(current, chosen.keys, chosen.fields).rows);
          return;
        }
        const at = focusedCell();
        if (!at) return;
        const field = at.displayedFields[at.fieldIndex];
        if (!field) return;
        const selected = selectedKeysTopDown();
        const keys = displayedKeys();
        // Several rows selected: the top one fills the rest; one cell: it takes the value above, as in Excel.
        const span = selected.length > 1 ? selected : [keys[keys.indexOf(at.key) - 1] ?? at.key, at.key];
        if (span.length < 2 || span[0] === span[1]) return;
        store.actions.changeRows((current) => fillDown(current, span, [field]).rows);
      },
      async copy() {
        const text = copyText();
        if (text !== '') await navigator.clipboard.writeText(text);
      },
      async paste() {
        pasteText(await navigator.clipboard.readText());
      },
      clearCells() {
        const chosen = chosenBlock();
        if (chosen) {
          const cells = chosen.keys.flatMap((key) =>
            chosen.fields.map((field) => ({ key, field, text: '' })),
          );
          store.actions.changeRows((current) => writeCells(current, cells).rows);
          return;
        }
        const at = focusedCell();
        if (!at) return;
        const field = at.displayedFields[at.fieldIndex];
        if (!field) return;
        const selected = selectedKeysTopDown();
        const keys = selected.length > 1 ? selected : [at.key];
        store.actions.changeRows(
          (current) =>
            writeCells(
              current,
              keys.map((key) => ({ key, field, text: '' })),
            ).rows,
        );
      },
    }),
    [
      store,
      newRow,
      focusRow,
      selectedKeysTopDown,
      focusedCell,
      chosenBlock,
      displayedKeys,
      copyText,
      pasteText,
    ],
  );

  useEffect(() => {
    ctx.grid.current = ops;
    return () => {
      if (ctx.grid.current === ops) ctx.grid.current = null;
    };
  }, [ctx, ops]);

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<GridRow>) => {
      const field = fieldById.get(e.column.getColId());
      const key = e.data?.key;
      if (!field || key === undefined) return;
      const text = e.newValue === null || e.newValue === undefined ? '' : String(e.newValue);
      if (text === field.read(e.data.proposal)) return;
      let rejected = 0;
      store.actions.changeRows((current) => {
        const result = writeCells(current, [{ key, field, text }]);
        rejected = result.rejected.length;
        return result.rows;
      });
      report(rejected);
    },
    [fieldById, store, report],
  );

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<GridRow>) => {
      if (e.rowIndex === null || e.rowIndex === undefined) return;
      const key = apiRef.current?.getDisplayedRowAtIndex(e.rowIndex)?.data?.key;
      if (key !== undefined) store.actions.select(key);
    },
    [store],
  );

  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<GridRow>) => {
      const ev = e.event;
      if (!(ev instanceof KeyboardEvent) || apiRef.current?.getEditingCells().length) return;
      const k = ev.key.toLowerCase();
      const mod = ev.ctrlKey || ev.metaKey;
      if (ev.key === 'Delete') {
        ev.preventDefault();
        void dispatch(ctx, 'grid.clear');
      } else if (mod && k === 'd') {
        ev.preventDefault();
        void dispatch(ctx, 'grid.fillDown');
      } else if (mod && k === '-') {
        ev.preventDefault();
        void dispatch(ctx, 'proposals.delete');
      }
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
      pasteText(text);
    };
    const onCopy = (e: ClipboardEvent): void => {
      if (apiRef.current?.getEditingCells().length) return;
      const text = copyText();
      if (text === '' || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', text);
    };
    // The block follows the clicks and moving keys in the grid, read after the grid has moved its focus (its
    // focus events come later and without the input): Shift+click and Shift with an arrow, Home, End or Page key
    // extend it, as in Excel; another click or move starts over from the new cell. Other keys (Delete, Ctrl+C,
    // Ctrl+D, typing) act on the block and leave it.
    const onInput = (e: KeyboardEvent | MouseEvent): void => {
      const moving =
        e instanceof MouseEvent || EXTENDING_KEYS.test(e.key) || e.key === 'Tab' || e.key === 'Enter';
      if (!moving || !(e.target instanceof Node) || !box.contains(e.target)) return;
      const api = apiRef.current;
      const focus = api?.getFocusedCell();
      const key = focus ? api?.getDisplayedRowAtIndex(focus.rowIndex)?.data?.key : undefined;
      if (!focus || key === undefined) return;
      const at = { key, colId: focus.column.getColId() };
      const extend = e.shiftKey && (e instanceof MouseEvent || EXTENDING_KEYS.test(e.key));
      if (extend && anchor.current) setRange({ anchor: anchor.current, end: at });
      else {
        anchor.current = at;
        setRange(null);
      }
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
  }, [pasteText, copyText, setRange]);

  const selected = allRows.find((r) => r.key === selectedKey) ?? null;
  const filterSelect = (
    name: keyof Filters,
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <FilterSelect
      className="filter"
      label={label}
      allText={`${label.replace('Filtrér på ', '')}: ${TEXT.forslag.all}`}
      value={filters[name]}
      options={options}
      onChange={(value) => setFilters({ ...filters, [name]: value })}
    />
  );

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
        <div className="filters" role="group" aria-label={TEXT.forslag.filters}>
          {filterSelect(
            'vej',
            TEXT.forslag.filterVej,
            VEJE.map((v) => ({ value: v, label: VEJ_LABEL[v] })),
          )}
          {filterSelect(
            'kategori',
            TEXT.forslag.filterKategori,
            KATEGORIER.map((k) => ({ value: k, label: KATEGORI_LABEL[k] })),
          )}
          {filterSelect(
            'status',
            TEXT.forslag.filterStatus,
            STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] })),
          )}
          {filterSelect(
            'committee',
            TEXT.forslag.filterCommittee,
            committees.map((c) => ({ value: c, label: c })),
          )}
        </div>
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
            overlayNoRowsTemplate={`<span>${TEXT.forslag.empty}</span>`}
          />
        </div>
        {detailOpen && selected && (
          <DetailPanel
            proposal={selected.proposal}
            issues={selected.issues}
            onChange={(next: Proposal) =>
              store.actions.changeRows((current) =>
                current.map((r) => (r.key === selected.key ? { key: r.key, proposal: next } : r)),
              )
            }
            onClose={() => store.actions.setDetailOpen(false)}
          />
        )}
      </div>
      {menu && <ContextMenu x={menu.x} y={menu.y} onClose={() => setMenu(null)} />}
    </div>
  );
}

const MENU_IDS = [
  'grid.copy',
  'grid.paste',
  'grid.fillDown',
  'grid.clear',
  'proposals.add',
  'proposals.duplicate',
  'proposals.delete',
  'edit.undo',
  'edit.redo',
];

function ContextMenu({ x, y, onClose }: { x: number; y: number; onClose: () => void }) {
  const ctx = useApp();
  const state = useWorkbench((s) => s);
  const first = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  return (
    <div
      className="context-backdrop"
      onClick={onClose}
      onContextMenu={(e) => (e.preventDefault(), onClose())}
    >
      <div
        className="context-menu"
        role="menu"
        style={{ left: x, top: y }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        {MENU_IDS.map((id, i) => {
          const c = findCommand(id);
          if (!c) return null;
          return (
            <button
              key={id}
              ref={i === 0 ? first : undefined}
              type="button"
              role="menuitem"
              disabled={!c.enabled(state)}
              onClick={() => {
                onClose();
                void dispatch(ctx, id);
              }}
            >
              <span>{c.label}</span>
              {c.shortcut && <kbd>{c.shortcut}</kbd>}
            </button>
          );
        })}
      </div>
    </div>
  );
}
