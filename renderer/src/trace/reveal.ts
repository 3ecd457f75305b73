import { useEffect, useRef, type RefObject } from 'react';
import type { GridApi, IRowNode } from 'ag-grid-community';
import type { BudgetLine } from '../../../shared/model/index.ts';
import { useWorkbench } from '../app-context.ts';
import type { WorkbenchStore } from '../store/workbench-store.ts';

/**
 * A row to bring into view in its grid: a proposal in Forslag (by row key) or a budget line in Budget (by index
 * into the budget's lines, with the year whose cell gets the focus). `seq` makes asking twice for the same row
 * scroll again.
 */
export type Reveal =
  | { kind: 'proposal'; key: number; seq: number }
  | { kind: 'budgetLine'; index: number; year: number | null; seq: number };

let lastSeq = 0;

/** Closes any dialog, shows the row's tab and asks its grid to select the row and scroll it into view. */
export function revealRow(
  store: WorkbenchStore,
  target: { kind: 'proposal'; key: number } | { kind: 'budgetLine'; index: number; year: number | null },
): void {
  const reveal: Reveal = { ...target, seq: ++lastSeq };
  store.setState(
    target.kind === 'proposal'
      ? { dialog: null, tab: 'forslag', selectedKey: target.key, reveal }
      : { dialog: null, tab: 'budget', reveal },
  );
}

/** Frames to wait for a grid to take new rows (filters cleared, a large budget still arriving in parts). */
const MAX_FRAMES = 120;

/**
 * Waits until `find` gives a displayed node (clearing the view's filters once if the row is hidden by them), then
 * scrolls it to the middle and focuses `colId` in it.
 */
function revealWhenReady<T>(
  apiRef: RefObject<GridApi<T> | null>,
  find: (api: GridApi<T>) => IRowNode<T> | undefined,
  colId: (api: GridApi<T>) => string | undefined,
  clearFilters: () => void,
  /** A column to bring into view beside the focused one (which may be pinned and so never scrolls the others). */
  beside?: string,
): () => void {
  let frame = 0;
  let cleared = false;
  let handle = 0;
  const attempt = (): void => {
    const api = apiRef.current;
    if (api && !api.isDestroyed()) {
      const node = find(api);
      if (node && node.displayed && node.rowIndex !== null) {
        api.ensureNodeVisible(node, 'middle');
        const col = colId(api);
        if (col) {
          if (beside && api.getColumn(beside)) api.ensureColumnVisible(beside, 'start');
          api.ensureColumnVisible(col, 'middle');
          focusCell(api, node.rowIndex, col);
        }
        return;
      }
      if (node && !cleared) {
        // The row is there but the view's search or filters hide it.
        cleared = true;
        clearFilters();
        api.setFilterModel(null);
      }
    }
    if (++frame < MAX_FRAMES) handle = requestAnimationFrame(attempt);
  };
  handle = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(handle);
}

/** The latest value in a ref: the view's filter-clearing callback may change each render; only a new request scrolls. */
function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * Focuses the cell in the browser too. A row just scrolled into view is drawn a frame later, and a dialog that closed
 * gives the focus back to the button that opened it, so the focus is set again until the cell really has it.
 */
function focusCell<T>(api: GridApi<T>, rowIndex: number, colId: string, tries = 4): void {
  api.setFocusedCell(rowIndex, colId);
  const active = document.activeElement;
  const focused = active instanceof HTMLElement && active.matches(`.ag-cell[col-id="${CSS.escape(colId)}"]`);
  if (!focused && tries > 0)
    requestAnimationFrame(() => {
      if (!api.isDestroyed()) focusCell(api, rowIndex, colId, tries - 1);
    });
}

/** In the Forslag grid (row ids are the row keys): brings the revealed proposal into view. */
export function useRevealProposal<T>(apiRef: RefObject<GridApi<T> | null>, clearFilters: () => void): void {
  const reveal = useWorkbench((s) => s.reveal);
  const clear = useLatest(clearFilters);
  useEffect(() => {
    if (reveal?.kind !== 'proposal') return;
    const key = String(reveal.key);
    return revealWhenReady(
      apiRef,
      (api) => api.getRowNode(key),
      () => 'title',
      () => clear.current(),
    );
  }, [reveal, apiRef, clear]);
}

/** In the Budget grid (rows are the budget's line objects): brings the revealed line into view, on its year's cell. */
export function useRevealBudgetLine<T>(
  apiRef: RefObject<GridApi<T> | null>,
  lines: readonly BudgetLine[] | undefined,
  clearFilters: () => void,
): void {
  const reveal = useWorkbench((s) => s.reveal);
  const clear = useLatest(clearFilters);
  useEffect(() => {
    if (reveal?.kind !== 'budgetLine' || !lines) return;
    const line = lines[reveal.index];
    if (!line) return;
    return revealWhenReady(
      apiRef,
      (api) => {
        let found: IRowNode<T> | undefined;
        api.forEachNode((node) => {
          if (!found && (node.data as unknown) === line) found = node;
        });
        return found;
      },
      (api) =>
        reveal.year !== null && api.getColumn(`year-${reveal.year}`) ? `year-${reveal.year}` : undefined,
      () => clear.current(),
      // The years are pinned at the grid's right edge: the line's text is scrolled in beside them.
      'text',
    );
  }, [reveal, apiRef, lines, clear]);
}
