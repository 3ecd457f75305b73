import type { Cell, SheetGrid } from '../workbook/types.ts';
import { cellText, headerYear } from './cells.ts';
import {
  economyRowOfLabel,
  fieldOfLabel,
  isFteLabel,
  isWeakTitleLabel,
  type EconomyRow,
  type ProposalField,
} from './labels.ts';

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
  /** Year → column number of the net amount. */
  amountColumns: Map<number, number>;
  /** Year → columns of Udgifter and Indtægter, used (summed) for years without a net amount column. */
  expenseColumns: Map<number, number>;
  incomeColumns: Map<number, number>;
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
    const columns = classifyYearColumns(grid, years, yearRow === r ? r - 1 : r);
    if (
      columns.amountColumns.size === 0 &&
      columns.expenseColumns.size === 0 &&
      columns.incomeColumns.size === 0
    ) {
      continue;
    }
    best = {
      kind: 'list',
      headerRows: yearRow === r ? [r] : [r, yearRow],
      dataStart: yearRow + 1,
      fields,
      ...columns,
      score,
    };
  }
  return best;
}

/**
 * Which year columns are money and which are årsværk. A column is årsværk when its own header or the group cell
 * above it says so ("Årsværk"); Udgifter / Indtægter / I alt groups are recognised the same way. Without any such
 * word, a year's first column is money and its second is årsværk.
 */
function classifyYearColumns(
  grid: SheetGrid,
  years: readonly { col: number; year: number; text: string }[],
  groupRow: number,
): Pick<ListLayout, 'amountColumns' | 'expenseColumns' | 'incomeColumns' | 'fteColumns'> {
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
  const kindOf = (text: string): EconomyRow | 'plain' =>
    economyRowOfLabel(text) ?? (isFteLabel(text) ? 'fte' : 'plain');
  const byKind = new Map<EconomyRow | 'plain', Map<number, number>>();
  const unlabelled: { col: number; year: number }[] = [];
  for (const { col, year, text } of years) {
    const own = kindOf(text.replace(/\d{4}/, ''));
    const kind = own !== 'plain' ? own : kindOf(groupText(col));
    if (kind === 'plain') {
      unlabelled.push({ col, year });
      continue;
    }
    const map = byKind.get(kind) ?? new Map<number, number>();
    if (!map.has(year)) map.set(year, col);
    byKind.set(kind, map);
  }
  const fteColumns = byKind.get('fte') ?? new Map<number, number>();
  const amountColumns = new Map<number, number>([
    ...(byKind.get('net') ?? []),
    ...(byKind.get('total') ?? []),
  ]);
  for (const { col, year } of unlabelled) {
    if (!amountColumns.has(year)) amountColumns.set(year, col);
    else if (!fteColumns.has(year)) fteColumns.set(year, col);
  }
  return {
    amountColumns,
    expenseColumns: byKind.get('expenses') ?? new Map<number, number>(),
    incomeColumns: byKind.get('income') ?? new Map<number, number>(),
    fteColumns,
  };
}
