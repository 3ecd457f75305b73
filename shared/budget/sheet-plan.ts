import type { BudgetLine, FieldName, ImportReport, SheetMapping } from '../model/budget.ts';
import type { Draft } from '../model/draft.ts';
import type { Problem } from '../model/problem.ts';
import { formatDanish } from '../numbers/danish.ts';
import { columnNumber } from '../workbook/cells.ts';
import { yearColumnLetters } from './columns.ts';
import { KR_PER_UNIT } from './unit.ts';

/**
 * What a budget sheet's read starts from (`SheetPlan`, its mapping as column numbers) and what it gives
 * (`SheetRead`); the pass itself is import-sheet.ts.
 */

/** A budget sheet's mapping turned into column numbers, once before its rows are read. */
export interface SheetPlan {
  mapping: SheetMapping;
  cols: Partial<Record<FieldName, number[]>>;
  /** The amount columns; a year split into Udgift and Indtægt has two, added up. */
  yearCols: number[];
  /** Index into the plan years of each amount column. */
  yearOf: number[];
  /** What an amount as written is multiplied by to give kroner (1.000 for 1.000 kr.). */
  krPerUnit: number;
}

export function planSheet(m: SheetMapping, years: readonly number[]): SheetPlan {
  const cols: Partial<Record<FieldName, number[]>> = {};
  for (const [field, letters] of Object.entries(m.columns) as [FieldName, string[]][]) {
    const nums = letters.map(columnNumber).filter((n) => n > 0);
    if (nums.length > 0) cols[field] = nums;
  }
  const yearCols: number[] = [];
  const yearOf: number[] = [];
  years.forEach((y, i) => {
    for (const col of yearColumnLetters(m.years[String(y)] ?? '').map(columnNumber)) {
      if (col > 0) {
        yearCols.push(col);
        yearOf.push(i);
      }
    }
  });
  return { mapping: m, cols, yearCols, yearOf, krPerUnit: KR_PER_UNIT[m.unit ?? 'thousands'] };
}

/**
 * What one pass over a budget sheet read: its lines with everything that does not depend on the unit or on the
 * reading of the service column, and the amounts and service cells as written. `reapply.ts` makes budget lines of
 * it under a mapping, so a change of unit, service value meaning or styring correction needs no second pass.
 */
export interface SheetRead {
  sheet: string;
  /** The amount columns (column numbers) and the plan year of each, as `SheetPlan`. */
  yearCols: number[];
  yearOf: number[];
  /** The budget lines in row order; their `amounts` and `isService` are placeholders until reapplied. */
  lines: Draft<BudgetLine>[];
  /**
   * Per line and amount column (`line * yearCols.length + k`), the number as written, before the unit; NaN where
   * the cell adds nothing (empty, missing, or not an amount: see `cellProblems`).
   */
  raw: Float64Array;
  /** The warning of an amount cell that is not a number (text, error, formula, boolean), by the index of `raw`. */
  cellProblems: Map<number, Problem>;
  /**
   * The text of an amount cell large enough to be out of range under some unit, where it is not `String(value)`
   * (the out-of-range warning quotes it), by the index of `raw`.
   */
  cellTexts: Map<number, string>;
  /**
   * Per line (by index), the first amount column (k) that has a cell, where that cell holds only spaces and so is
   * neither a value nor a warning (the warning of a total out of range names it).
   */
  firstCells: Map<number, number>;
  /** The service column (its number), or undefined when the sheet has none. */
  serviceColumn: number | undefined;
  /** Per line, the service cell's text (`cellText`), undefined where the row has no such cell. */
  serviceTexts: (string | undefined)[];
  /** Problems about rows that are not lines (skipped and blank rows), each said before line `rowProblemAt[i]`. */
  rowProblems: Problem[];
  rowProblemAt: number[];
  skippedRows: ImportReport['skippedRows'];
  textNumberCells: NonNullable<ImportReport['textNumberCells']>;
  /** Names the sheet wrote beside funktion codes ("3.22.01 Folkeskoler"): code → name, the first seen. */
  functionNames: Record<string, string>;
  /** The notes said after the sheet's rows: account texts that did not read as the kontoplan's codes. */
  accountNotes: Problem[];
  /** False when `maxRows` stopped the read before the sheet's end. */
  complete: boolean;
}

/** An account cell that did not read as a code of the kontoplan, counted per distinct text. */
export interface Unread {
  text: string;
  cell: string;
  count: number;
}

/** One warning per account text that did not read, naming its first cell and how many lines have it. */
export function unreadNotes(
  seen: ReadonlyMap<string, Unread>,
  sheet: string,
  fileName: string,
  code: string,
  what: string,
): Problem[] {
  return [...seen.values()].map(({ text, cell, count }) => ({
    code,
    severity: 'warning',
    message:
      count === 1
        ? `Cellen ${cell} på arket '${sheet}' siger '${text}', som ikke kan læses som ${what}. Linjen er talt med, men kontoplanen giver den intet styringsområde.`
        : `${formatDanish(count)} linjer på arket '${sheet}' siger '${text}' (første i celle ${cell}), som ikke kan læses som ${what}. Linjerne er talt med, men kontoplanen giver dem intet styringsområde.`,
    file: fileName,
    sheet,
    cell,
  }));
}
