import { useSyncExternalStore } from 'react';
import type { Kr } from '../../../shared/model/index.ts';
import { chosenBlock, selectedTopDown, type GridSelection } from './grid-targets.ts';

/** What Excel's status bar says of a selection: the sum, average and count of its numeric cells. */
export interface SelectionStats {
  sum: Kr;
  average: Kr;
  count: number;
}

/**
 * The numbers of the selected cells, as Excel's status bar reads them: a Shift-chosen block, else the selected
 * rows' displayed columns (when more than one). Only amount cells count (`amountOf` gives a cell's amount as the grid shows it, or
 * undefined for a text cell). Null when one cell or none is selected, or nothing selected is a number.
 */
export function selectionStats<F extends { id: string }>(
  sel: GridSelection<F>,
  amountOf: (key: number, field: F) => Kr | undefined,
): SelectionStats | null {
  const block = chosenBlock(sel);
  const rows = selectedTopDown(sel);
  // A click selects its row; only several selected rows are a selection of cells (as `copyTargets` reads it).
  const keys = block ? block.keys : rows.length > 1 ? rows : [];
  const fields = block ? block.fields : sel.fields;
  if (keys.length * fields.length < 2) return null;
  let sum = 0;
  let count = 0;
  for (const key of keys) {
    for (const field of fields) {
      const amount = amountOf(key, field);
      if (amount === undefined) continue;
      sum += amount;
      count += 1;
    }
  }
  return count === 0 ? null : { sum, average: sum / count, count };
}

/**
 * The selection's numbers where the status line (outside the grid's view) can read them. One workbench runs per
 * window, so one value is shared; the grid sets it as its selection changes and clears it when it goes away.
 */
let current: SelectionStats | null = null;
const listeners = new Set<() => void>();

const same = (a: SelectionStats | null, b: SelectionStats | null): boolean =>
  a === b || (a !== null && b !== null && a.sum === b.sum && a.count === b.count);

export function publishSelectionStats(next: SelectionStats | null): void {
  if (same(current, next)) return;
  current = next;
  for (const l of listeners) l();
}

export function useSelectionStats(): SelectionStats | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
