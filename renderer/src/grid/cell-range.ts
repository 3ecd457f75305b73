/** A cell of the Forslag grid: its row's key (stable across sorting and edits) and its column. */
export interface CellPos {
  key: number;
  colId: string;
}

/** A block of cells chosen with Shift (click or arrow keys): from the cell it began at to the cell at its end. */
export interface CellRange {
  anchor: CellPos;
  end: CellPos;
}

/**
 * The rows and columns a range covers, in the order they are displayed (after sorting and filtering), as Excel
 * reads a block whichever corner it was started from. Null for a single cell, or when either end is no longer
 * displayed (deleted or filtered away): then the focused cell is what counts.
 */
export function rangeBlock(
  range: CellRange,
  keys: readonly number[],
  colIds: readonly string[],
): { keys: number[]; colIds: string[] } | null {
  const r1 = keys.indexOf(range.anchor.key);
  const r2 = keys.indexOf(range.end.key);
  const c1 = colIds.indexOf(range.anchor.colId);
  const c2 = colIds.indexOf(range.end.colId);
  if (r1 < 0 || r2 < 0 || c1 < 0 || c2 < 0 || (r1 === r2 && c1 === c2)) return null;
  return {
    keys: keys.slice(Math.min(r1, r2), Math.max(r1, r2) + 1),
    colIds: colIds.slice(Math.min(c1, c2), Math.max(c1, c2) + 1),
  };
}

/** One string per cell, for a set of the cells in a range that the grid's cell styles can look up. */
export function cellId(key: number, colId: string): string {
  return `${key}|${colId}`;
}
