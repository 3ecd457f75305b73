import { rangeBlock, type CellPos, type CellRange } from './cell-range.ts';

/**
 * Which cells a paste, fill, clear, copy, duplicate or delete in the Forslag grid acts on, as Excel decides it:
 * from what the grid shows and where the user is. Pure, so every rule is tested without a grid; the view reads a
 * `GridSelection` from AG Grid when a command runs and hands the answer to the store's edits.
 */
export interface GridSelection<F extends { id: string }> {
  /** The rows' keys as displayed (after filtering and sorting). */
  keys: readonly number[];
  /** The editable columns as displayed. */
  fields: readonly F[];
  /** The focused cell, when it is on a displayed row. */
  focus: CellPos | null;
  /** The block chosen with Shift (click or moving keys), if any. */
  range: CellRange | null;
  /** The selected rows' keys, in any order. */
  selected: ReadonlySet<number>;
}

/** A set of rows and columns, each in displayed order. */
export interface CellBlock<F> {
  keys: number[];
  fields: F[];
}

/** The focused cell as its row key and the index of its column among the displayed fields. */
export function focusedCell<F extends { id: string }>(
  sel: GridSelection<F>,
): { key: number; fieldIndex: number } | null {
  if (!sel.focus) return null;
  const colId = sel.focus.colId;
  const fieldIndex = sel.fields.findIndex((f) => f.id === colId);
  return fieldIndex < 0 ? null : { key: sel.focus.key, fieldIndex };
}

/** The Shift-chosen block in displayed order; null when one cell is chosen or a corner is no longer shown. */
export function chosenBlock<F extends { id: string }>(sel: GridSelection<F>): CellBlock<F> | null {
  if (!sel.range) return null;
  const block = rangeBlock(
    sel.range,
    sel.keys,
    sel.fields.map((f) => f.id),
  );
  if (!block) return null;
  return { keys: block.keys, fields: sel.fields.filter((f) => block.colIds.includes(f.id)) };
}

/** The selected rows from the top of the grid down. */
export function selectedTopDown<F extends { id: string }>(sel: GridSelection<F>): number[] {
  return sel.keys.filter((k) => sel.selected.has(k));
}

/** The focused cell, its column and the selected rows from the top down; null when no cell is focused. */
function focusedColumn<F extends { id: string }>(
  sel: GridSelection<F>,
): { at: { key: number; fieldIndex: number }; field: F; selected: number[] } | null {
  const at = focusedCell(sel);
  const field = at ? sel.fields[at.fieldIndex] : undefined;
  return at && field ? { at, field, selected: selectedTopDown(sel) } : null;
}

/** The rows "Dupliker" and "Slet" act on: the selected rows, else the proposal the detail panel shows. */
export function rowTargets<F extends { id: string }>(
  sel: GridSelection<F>,
  current: number | null,
): number[] {
  const keys = selectedTopDown(sel);
  return keys.length > 0 ? keys : [current ?? -1];
}

/**
 * Where pasted text goes, as in Excel: one value fills a chosen block (or the selected rows); a block is pasted
 * from the chosen block's top left cell, else from the focused cell, and may run past the last row (the rows to
 * add are for the caller to make). Null when nothing is focused or the text is empty.
 */
export function pasteTargets<F extends { id: string }>(
  sel: GridSelection<F>,
  block: readonly (readonly string[])[],
): { keys: number[]; fields: F[]; cells: readonly (readonly string[])[] } | null {
  const at = focusedCell(sel);
  if (!at || block.length === 0) return null;
  const value = block.length === 1 && block[0]?.length === 1 ? (block[0][0] ?? '') : null;
  const chosen = chosenBlock(sel);
  const selected = selectedTopDown(sel);
  if (chosen && value !== null) {
    return {
      keys: chosen.keys,
      fields: chosen.fields,
      cells: chosen.keys.map(() => chosen.fields.map(() => value)),
    };
  }
  if (value !== null && selected.length > 1) {
    return { keys: selected, fields: sel.fields.slice(at.fieldIndex), cells: selected.map(() => [value]) };
  }
  const fromKey = chosen ? (chosen.keys[0] ?? at.key) : at.key;
  const fromField = chosen?.fields[0];
  return {
    keys: sel.keys.slice(sel.keys.indexOf(fromKey)),
    fields: sel.fields.slice(fromField ? sel.fields.indexOf(fromField) : at.fieldIndex),
    cells: block,
  };
}

/**
 * What Ctrl+D fills: a chosen block's top row into the rows below it; else the top of several selected rows into
 * the rest; else the focused cell takes the value above it. The first key is the row copied from.
 */
export function fillTargets<F extends { id: string }>(sel: GridSelection<F>): CellBlock<F> | null {
  const chosen = chosenBlock(sel);
  if (chosen) return chosen;
  const column = focusedColumn(sel);
  if (!column) return null;
  const { at, field, selected } = column;
  const span = selected.length > 1 ? selected : [sel.keys[sel.keys.indexOf(at.key) - 1] ?? at.key, at.key];
  if (span.length < 2 || span[0] === span[1]) return null;
  return { keys: span, fields: [field] };
}

/** What Delete empties: a chosen block, else the focused column of the selected rows, else the focused cell. */
export function clearTargets<F extends { id: string }>(sel: GridSelection<F>): CellBlock<F> | null {
  const chosen = chosenBlock(sel);
  if (chosen) return chosen;
  const column = focusedColumn(sel);
  if (!column) return null;
  const { at, field, selected } = column;
  return { keys: selected.length > 1 ? selected : [at.key], fields: [field] };
}

/** What Ctrl+C copies: a chosen block, else the selected rows' displayed columns, else the focused cell. */
export function copyTargets<F extends { id: string }>(sel: GridSelection<F>): CellBlock<F> | null {
  const at = focusedCell(sel);
  if (!at) return null;
  const chosen = chosenBlock(sel);
  if (chosen) return chosen;
  const selected = selectedTopDown(sel);
  if (selected.length > 1) return { keys: selected, fields: [...sel.fields] };
  const field = sel.fields[at.fieldIndex];
  return field ? { keys: [at.key], fields: [field] } : null;
}
