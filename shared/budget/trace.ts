import type { Budget, BudgetLine } from '../model/budget.ts';
import type { Kr } from '../model/money.ts';
import { yearColumnLetters } from './preview.ts';

/**
 * Which total of the base budget to explain, as the Budget summary sums it (`summarizeBudget`): one year of the
 * budget, optionally one committee and one of its areas (names exactly as the lines have them), and optionally
 * only service expenditure (`true`) or only the rest (`false`).
 */
export interface BudgetTraceFilter {
  year: number;
  committee?: string;
  area?: string;
  service?: boolean;
}

/** Where a line's amount for the year was read: `cell` is e.g. `F12`, or `E12+F12` for Udgift + Indtægt. */
export interface BudgetCellSource {
  file: string;
  sheet: string;
  cell: string;
}

export interface BudgetTraceItem {
  /** Index into `budget.lines`. */
  index: number;
  committee: string;
  area: string;
  text: string;
  /** Kroner, stored sign (expenditure positive, income negative). */
  amount: Kr;
  source: BudgetCellSource;
}

export interface BudgetTrace {
  total: Kr;
  /** Lines with a non-zero amount in the year, in the budget's order. */
  items: BudgetTraceItem[];
  /** Lines inside the filter whose amount in the year is 0 (they are not listed). */
  zeroCount: number;
}

/**
 * The cell (or cells, joined by "+") a line's amount for `year` was read from. The importer reads each budget
 * sheet's year columns from the mapping at the line's row (`planSheet` in import.ts), so the mapping the budget
 * keeps is the record of every amount's cell: nothing extra is stored per line. '' when the sheet had no column
 * for the year (its amount is then 0).
 */
export function amountCell(budget: Pick<Budget, 'mapping'>, line: BudgetLine, year: number): string {
  return cellOf(columnsFinder(budget), line, year);
}

type ColumnsOf = (sheet: string, year: number) => readonly string[];

function columnsFinder(budget: Pick<Budget, 'mapping'>): ColumnsOf {
  const bySheet = new Map<string, Map<number, string[]>>();
  for (const m of budget.mapping.sheets) {
    if (m.role !== 'budget' || bySheet.has(m.sheet)) continue;
    const years = new Map<number, string[]>();
    for (const [year, ref] of Object.entries(m.years)) years.set(Number(year), yearColumnLetters(ref));
    bySheet.set(m.sheet, years);
  }
  return (sheet, year) => bySheet.get(sheet)?.get(year) ?? [];
}

function cellOf(columnsOf: ColumnsOf, line: BudgetLine, year: number): string {
  return columnsOf(line.source.sheet, year)
    .map((letters) => `${letters.toUpperCase()}${line.source.row}`)
    .join('+');
}

/**
 * The budget lines that make up a total of the Budget summary, each with its amount in the year and the cell it
 * came from. The items sum exactly to the summary's figure: lines are matched on the same keys
 * (`line.committee`, `line.area`, `isService === true` / `=== false`) and the year is the budget's own column.
 * A year the budget has no column for gives an empty trace.
 */
export function traceBudget(budget: Budget, filter: BudgetTraceFilter): BudgetTrace {
  const column = budget.years.indexOf(filter.year);
  if (column < 0) return { total: 0, items: [], zeroCount: 0 };
  const columnsOf = columnsFinder(budget);
  const fallbackFile = budget.sourceName;
  const items: BudgetTraceItem[] = [];
  let total = 0;
  let zeroCount = 0;
  const lines = budget.lines;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    if (filter.committee !== undefined && line.committee !== filter.committee) continue;
    if (filter.area !== undefined && line.area !== filter.area) continue;
    if (filter.service !== undefined && line.isService !== filter.service) continue;
    const amount = line.amounts[column] ?? 0;
    if (amount === 0) {
      zeroCount++;
      continue;
    }
    total += amount;
    items.push({
      index,
      committee: line.committee,
      area: line.area,
      text: line.text,
      amount,
      source: {
        file: line.source.file ?? fallbackFile,
        sheet: line.source.sheet,
        cell: cellOf(columnsOf, line, filter.year),
      },
    });
  }
  return { total, items, zeroCount };
}
