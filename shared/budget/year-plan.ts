import type { FieldName } from '../model/budget.ts';
import { columnLetters } from '../workbook/cells.ts';
import type { HeaderCandidate } from './header-search.ts';
import {
  classifyYearHeader,
  fieldForHeader,
  normaliseHeader,
  relativeOutYear,
  type YearPart,
} from './headers.ts';

/**
 * The second stage of the preview: what each column of the header row is (a field, a plan year, a year outside the
 * plan), and which four years are the plan.
 */

/** The columns of a header row as read. */
export interface HeaderColumns {
  /** Column letter → header text. */
  headers: Record<string, string>;
  columns: Partial<Record<FieldName, string[]>>;
  /** Plan year → column reference ("E", or "E+F" for Udgift + Indtægt added up). */
  years: Record<string, string>;
  /** Year-like columns that are not the plan, letter → header. */
  notPlanColumns: Record<string, string>;
  /** The Indtægt columns of years read from two columns (the sign check looks at them). */
  incomeCols: ReadonlySet<number>;
}

/**
 * Reads the header row's columns: the preferred column for each field, the plan years (forced to start at
 * `budgetYear` when given) and the year columns left out of the plan. Hidden year columns are never the plan.
 */
export function readHeaderColumns(
  header: HeaderCandidate,
  hidden: ReadonlySet<number>,
  budgetYear: number | undefined,
): HeaderColumns {
  const headers: Record<string, string> = {};
  const columns: Partial<Record<FieldName, string[]>> = {};
  const years: Record<string, string> = {};
  const notPlanColumns: Record<string, string> = {};
  const fieldRank = new Map<FieldName, number>();
  const yearColumns: YearColumn[] = [];
  const relativeColumns: { col: number; offset: number; header: string }[] = [];
  for (const cell of header.cells) {
    const text = cell.text;
    if (text === '') continue;
    const letter = columnLetters(cell.col);
    headers[letter] = text;
    const n = normaliseHeader(text);
    const field = fieldForHeader(n);
    if (field) {
      const rank = fieldRank.get(field.field);
      if (rank === undefined || field.rank < rank) {
        fieldRank.set(field.field, field.rank);
        columns[field.field] = [letter];
      }
      continue;
    }
    const year = classifyYearHeader(n);
    if (year.kind === 'plan') {
      if (hidden.has(cell.col)) notPlanColumns[letter] = text;
      else
        yearColumns.push({
          year: year.year,
          col: cell.col,
          part: year.part,
          budgetMarker: year.budgetMarker,
          outYearMarker: year.outYearMarker,
          header: text,
        });
    } else if (year.kind === 'notPlan') notPlanColumns[letter] = text;
    else {
      const offset = relativeOutYear(n);
      if (offset !== null && !hidden.has(cell.col))
        relativeColumns.push({ col: cell.col, offset, header: text });
    }
  }
  yearColumns.push(...datedOutYears(yearColumns, relativeColumns));
  const plan = choosePlan(yearColumns, budgetYear);
  const used = new Set<number>();
  const incomeCols = new Set<number>();
  for (const year of plan) {
    const parts = yearParts(yearColumns.filter((y) => y.year === year));
    for (const p of parts) used.add(p.col);
    if (parts.length > 1) for (const p of parts) if (p.part === 'income') incomeCols.add(p.col);
    if (parts.length > 0) years[String(year)] = parts.map((p) => columnLetters(p.col)).join('+');
  }
  for (const y of yearColumns) if (!used.has(y.col)) notPlanColumns[columnLetters(y.col)] = y.header;
  return { headers, columns, years, notPlanColumns, incomeCols };
}

interface YearColumn {
  year: number;
  col: number;
  part: YearPart;
  budgetMarker: boolean;
  outYearMarker: boolean;
  header: string;
}

/**
 * The columns that make up one plan year: its net column; else its Udgift and Indtægt columns, added up. Further
 * columns of the same year are not the plan (a second "2026" is left out, as it always was).
 */
function yearParts(columns: readonly YearColumn[]): YearColumn[] {
  const net = columns.find((c) => c.part === 'net');
  if (net) return [net];
  const expense = columns.find((c) => c.part === 'expense');
  const income = columns.find((c) => c.part === 'income');
  return [expense, income].filter((c): c is YearColumn => c !== undefined).sort((a, b) => a.col - b.col);
}

/**
 * "BO1", "BO2", "BO3" beside "Budget 2026" are 2027-2029: overslagsår named by their place get the budget year's
 * column's year plus their number. Without a year column before them to count from they stay unread (the user maps
 * them in the wizard).
 */
function datedOutYears(
  yearColumns: readonly YearColumn[],
  relative: readonly { col: number; offset: number; header: string }[],
): YearColumn[] {
  if (relative.length === 0) return [];
  const firstRelative = Math.min(...relative.map((r) => r.col));
  // The budget year column they follow: the nearest one to their left ("Budget 2025 | Budget 2026 | BO1 …").
  const before = yearColumns.filter((y) => y.col < firstRelative && !y.outYearMarker);
  const marked = before.filter((y) => y.budgetMarker);
  const base = (marked.length > 0 ? marked : before).reduce<YearColumn | undefined>(
    (nearest, y) => (nearest === undefined || y.col > nearest.col ? y : nearest),
    undefined,
  );
  if (base === undefined) return [];
  const budgetYear = base.year;
  return relative.map((r) => ({
    year: budgetYear + r.offset,
    col: r.col,
    part: 'net',
    budgetMarker: false,
    outYearMarker: true,
    header: r.header,
  }));
}

/**
 * Picks the plan years: a run of four consecutive years. The latest run wins (last year's budget, "Budget 2025",
 * sits before the plan), unless it starts with an overslagsår column and an earlier run starts with a budget column
 * ("Budget 2026, Overslag 2027..2030").
 */
function choosePlan(
  yearColumns: { year: number; col: number; budgetMarker: boolean; outYearMarker: boolean }[],
  budgetYear: number | undefined,
): number[] {
  const present = new Set(yearColumns.map((y) => y.year));
  if (budgetYear !== undefined) return [0, 1, 2, 3].map((i) => budgetYear + i).filter((y) => present.has(y));
  const starts = [...present].filter((y) => [1, 2, 3].every((i) => present.has(y + i))).sort((a, b) => a - b);
  if (starts.length > 0) {
    let start = starts[starts.length - 1] ?? 0;
    const startsWithOutYear = yearColumns.some((c) => c.year === start && c.outYearMarker);
    const marked = starts.filter((y) => yearColumns.some((c) => c.year === y && c.budgetMarker));
    if (startsWithOutYear && marked.length > 0) start = marked[marked.length - 1] ?? start;
    return [start, start + 1, start + 2, start + 3];
  }
  // No full plan: the longest consecutive run (the importer warns that years are missing).
  const sorted = [...present].sort((a, b) => a - b);
  let best: number[] = [];
  let run: number[] = [];
  for (const y of sorted) {
    run = run.length > 0 && run[run.length - 1] === y - 1 ? [...run, y] : [y];
    if (run.length > best.length) best = run;
  }
  return best;
}
