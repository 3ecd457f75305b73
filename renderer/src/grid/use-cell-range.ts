import { useCallback, useRef, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import { cellId, type CellPos, type CellRange } from './cell-range.ts';
import { chosenBlock, type GridSelection } from './grid-targets.ts';

/** Keys that move the focus and, with Shift, extend a block of cells. */
const EXTENDING_KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End|PageUp|PageDown)$/;

export interface CellRangeState<F extends { id: string }> {
  /** The cells of the chosen block, by `cellId`, for the grid's cell style. */
  inRange: RefObject<ReadonlySet<string>>;
  /** What the grid shows and where the user is, read now. */
  selection: () => GridSelection<F>;
  /** Sets (or with null ends) the chosen block and restyles the cells. */
  setRange: (next: CellRange | null) => void;
  /** Follows a click or key press inside `box`, after the grid has moved its focus. */
  follow: (e: KeyboardEvent | MouseEvent, box: HTMLElement) => void;
}

/**
 * A block of cells chosen with Shift+click or Shift+arrow keys, as in Excel; AG Grid Community has no range
 * selection, so the view keeps it: where it began, the block, and the cells in it for their style.
 */
export function useCellRange<T extends { key: number }, F extends { id: string }>(
  apiRef: RefObject<GridApi<T> | null>,
  fieldById: ReadonlyMap<string, F>,
): CellRangeState<F> {
  const anchor = useRef<CellPos | null>(null);
  const range = useRef<CellRange | null>(null);
  const inRange = useRef<ReadonlySet<string>>(new Set());

  const selection = useCallback((): GridSelection<F> => {
    const api = apiRef.current;
    const keys: number[] = [];
    api?.forEachNodeAfterFilterAndSort((n) => {
      if (n.data) keys.push(n.data.key);
    });
    const fields = (api?.getAllDisplayedColumns() ?? [])
      .map((c) => fieldById.get(c.getColId()))
      .filter((f): f is F => f !== undefined);
    // The pinned totals row is no proposal: a focus there is on no row (nothing to paste into or copy).
    const found = api?.getFocusedCell();
    const cell = found && !found.rowPinned ? found : null;
    const key = cell ? api?.getDisplayedRowAtIndex(cell.rowIndex)?.data?.key : undefined;
    const focus = cell && key !== undefined ? { key, colId: cell.column.getColId() } : null;
    const selected = new Set<number>();
    for (const n of api?.getSelectedNodes() ?? []) if (n.data) selected.add(n.data.key);
    return { keys, fields, focus, range: range.current, selected };
  }, [apiRef, fieldById]);

  const setRange = useCallback(
    (next: CellRange | null) => {
      if (next === null && range.current === null) return;
      range.current = next;
      const block = chosenBlock(selection());
      inRange.current = new Set(block?.keys.flatMap((k) => block.fields.map((f) => cellId(k, f.id))) ?? []);
      apiRef.current?.refreshCells();
    },
    [apiRef, selection],
  );

  // The block follows the clicks and moving keys in the grid, read after the grid has moved its focus (its
  // focus events come later and without the input): Shift+click and Shift with an arrow, Home, End or Page key
  // extend it, as in Excel; another click or move starts over from the new cell. Other keys (Delete, Ctrl+C,
  // Ctrl+D, typing) act on the block and leave it.
  const follow = useCallback(
    (e: KeyboardEvent | MouseEvent, box: HTMLElement) => {
      const moving =
        e instanceof MouseEvent || EXTENDING_KEYS.test(e.key) || e.key === 'Tab' || e.key === 'Enter';
      if (!moving || !(e.target instanceof Node) || !box.contains(e.target)) return;
      const api = apiRef.current;
      const focus = api?.getFocusedCell();
      if (focus?.rowPinned) {
        anchor.current = null;
        setRange(null);
        return;
      }
      const key = focus ? api?.getDisplayedRowAtIndex(focus.rowIndex)?.data?.key : undefined;
      if (!focus || key === undefined) return;
      const at = { key, colId: focus.column.getColId() };
      const extend = e.shiftKey && (e instanceof MouseEvent || EXTENDING_KEYS.test(e.key));
      if (extend && anchor.current) setRange({ anchor: anchor.current, end: at });
      else {
        anchor.current = at;
        setRange(null);
      }
    },
    [apiRef, setRange],
  );

  return { inRange, selection, setRange, follow };
}
