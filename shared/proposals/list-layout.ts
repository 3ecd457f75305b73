import type { Cell, SheetGrid } from '../workbook/types.ts';
import { cellText, headerYear } from './cells.ts';
import { fieldOfLabel, isFteLabel, isWeakTitleLabel, type ProposalField } from './labels.ts';

/**
 * The list layout: one row per proposal under a header row found by scoring known words. The header may have two
 * levels: group cells such as "Økonomi (1.000 kr.)" and "Årsværk" (merged or not) over repeated year columns.
 */
export interface ListLayout {
  kind: 'list';
  /** The header rows (1-based); data starts on the row after the last. */
  headerRows: number[];
  dataStart: number;
  fields: Map<ProposalField, number>;
  /** Year → column number. */
  amountColumns: Map<number, number>;
  fteColumns: Map<number, number>;
  score: number;
}

const SCAN_ROWS = 40;

function rowAt(grid: SheetGrid, row: number): (Cell | undefined)[] {
  return grid.rows[row - 1] ?? [];
}

function fieldsOfRow(cells: readonly (Cell | undefined)[], into: Map<ProposalField, number>): void {
  let weakTitle: number | null = null;
  for (const cell of cells) {
    if (!cell || cell.kind !== 'text') continue;
    const text = cellText(cell);
    if (isWeakTitleLabel(text)) {
      weakTitle ??= cell.col;
      continue;
    }
    const field = fieldOfLabel(text);
    if (field && !into.has(field)) into.set(field, cell.col);
  }
  if (weakTitle === null) return;
  if (!into.has('title')) into.set('title', weakTitle);
  else if (!into.has('id')) into.set('id', weakTitle);
}

function yearsOfRow(cells: readonly (Cell | undefined)[]): { col: number; year: number; text: string }[] {
  const out: { col: number; year: number; text: string }[] = [];
  for (const cell of cells) {
    const year = headerYear(cell);
    if (cell && year !== null) out.push({ col: cell.col, year, text: cellText(cell) });
  }
  return out;
}

export function detectListLayout(grid: SheetGrid): ListLayout | null {
  let best: ListLayout | null = null;
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const fields = new Map<ProposalField, number>();
    fieldsOfRow(rowAt(grid, r), fields);
    if (!fields.has('id') && !fields.has('title')) continue;
    let yearRow = r;
    let years = yearsOfRow(rowAt(grid, r));
    if (years.length === 0) {
      // Field names on top, years on the row below (under "Økonomi" group cells).
      yearRow = r + 1;
      years = yearsOfRow(rowAt(grid, r + 1));
      fieldsOfRow(rowAt(grid, r + 1), fields);
    }
    if (years.length === 0 || fields.size < 2) continue;
    const score = fields.size + 2;
    if (best && best.score >= score) continue;
    const { amountColumns, fteColumns } = classifyYearColumns(grid, years, yearRow === r ? r - 1 : r);
    if (amountColumns.size === 0) continue;
    best = {
      kind: 'list',
      headerRows: yearRow === r ? [r] : [r, yearRow],
      dataStart: yearRow + 1,
      fields,
      amountColumns,
      fteColumns,
      score,
    };
  }
  return best;
}

/**
 * Which year columns are money and which are årsværk. A column is årsværk when its own header or the group cell
 * above it says so ("Årsværk"); without any such word, a year's first column is money and its second is årsværk.
 */
function classifyYearColumns(
  grid: SheetGrid,
  years: readonly { col: number; year: number; text: string }[],
  groupRow: number,
): { amountColumns: Map<number, number>; fteColumns: Map<number, number> } {
  const yearCols = new Set(years.map((y) => y.col));
  const group = groupRow >= 1 ? rowAt(grid, groupRow) : [];
  const merges = grid.details.merges.filter((m) => m.startRow <= groupRow && m.endRow >= groupRow);
  const groupText = (col: number): string => {
    const merged = merges.find((m) => m.startCol <= col && m.endCol >= col);
    if (merged) return cellText(group[merged.startCol - 1]);
    // Not merged (or merges unknown in a preview): the nearest text to the left within the run of year columns.
    for (let c = col; c >= 1 && (c === col || yearCols.has(c)); c--) {
      const text = cellText(group[c - 1]);
      if (text !== '') return text;
    }
    return '';
  };
  const amountColumns = new Map<number, number>();
  const fteColumns = new Map<number, number>();
  const unlabelled: { col: number; year: number }[] = [];
  for (const { col, year, text } of years) {
    if (isFteLabel(text) || isFteLabel(groupText(col))) {
      if (!fteColumns.has(year)) fteColumns.set(year, col);
    } else {
      unlabelled.push({ col, year });
    }
  }
  for (const { col, year } of unlabelled) {
    if (!amountColumns.has(year)) amountColumns.set(year, col);
    else if (!fteColumns.has(year)) fteColumns.set(year, col);
  }
  return { amountColumns, fteColumns };
}
