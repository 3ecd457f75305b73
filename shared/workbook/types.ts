import type { Problem } from '../model/problem.ts';

/** What a cell holds, as the file stores it (not as Excel would display it). */
export type CellKind = 'number' | 'text' | 'boolean' | 'error' | 'date' | 'formula';

export interface Cell {
  /** 1-based column number (A = 1). */
  col: number;
  /** Column letters ("A", "AB"). */
  column: string;
  /** A1 address ("H12"). */
  address: string;
  /**
   * number: a number (a formula's cached number too); date: a number cell whose format is a date;
   * text, boolean, error ("#REF!"); formula: a formula WITHOUT a cached value (value is null).
   */
  kind: CellKind;
  /** number → number; date → the Excel serial (see `dateIso`); text → string; boolean; error → "#REF!"; formula → null. */
  value: number | string | boolean | null;
  /** The text as stored: numbers as written in the file ("1234.5"), booleans "TRUE"/"FALSE", errors, formulas "=…". */
  text: string;
  /** Date cells: "2026-03-01" or "2026-03-01T12:30:00" (1900 or 1904 system already applied). */
  dateIso?: string;
  /** The formula text (without "="), when the cell has a formula, cached value or not. Shared formulas give the master's text. */
  formula?: string;
}

export interface Row {
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Only the cells present in the file, in column order. */
  cells: Cell[];
  hidden: boolean;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInfo {
  name: string;
  /** 0-based position in the workbook's tab order. */
  index: number;
  visibility: SheetVisibility;
  /** Chart sheets and dialog/macro sheets have no cell rows. */
  kind: 'worksheet' | 'chartsheet' | 'other';
}

export interface CellRange {
  /** "A1:N1" */
  ref: string;
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

/** What is known about a sheet after reading its rows. */
export interface SheetDetails {
  /** 1-based column numbers hidden by `<cols hidden>`. Known before the first row is delivered. */
  hiddenColumns: number[];
  /** Merged ranges (they sit after the rows in the file, so they are empty when reading stopped early). */
  merges: CellRange[];
  /** Highest row and column seen (0 when the sheet is empty). */
  lastRow: number;
  lastCol: number;
  /** True when every row was read (false after `onRow` returned false or `maxRows` stopped the read). */
  complete: boolean;
}

/** Minimal AbortSignal shape, so shared/ needs no DOM typings; a real AbortSignal fits. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

export interface ReadRowsOptions {
  signal?: AbortSignalLike;
  /** Called with 0..1 as the sheet is read (by compressed bytes consumed). */
  onProgress?: (fraction: number) => void;
}

/**
 * `onRow` may return `false` to stop reading (for previews); anything else continues.
 * The hidden columns are passed with every row so header detection can skip them without a second pass.
 */
export type RowHandler = (row: Row, hiddenColumns: ReadonlySet<number>) => boolean | void;

export interface SheetGrid {
  name: string;
  /**
   * rows[i] is the row with number i + 1; a missing row is an empty (frozen, shared) array.
   * cells[c] is column c + 1 (sparse).
   */
  rows: (Cell | undefined)[][];
  details: SheetDetails;
}

export type WorkbookFormat = 'xlsx' | 'xlsm' | 'csv';

export interface WorkbookFile {
  fileName: string;
  format: WorkbookFormat;
  /** Sheets in tab order. CSV: one sheet named after the file. */
  sheets: SheetInfo[];
  /** 1904 date system (old Mac Excel). */
  date1904: boolean;
  /** Warnings about the whole file, e.g. `macro_enabled_workbook`. */
  problems: Problem[];
  /** Streams a sheet's rows in order; resolves when done (or stopped) with what else was learnt. */
  readRows(sheetName: string, onRow: RowHandler, options?: ReadRowsOptions): Promise<SheetDetails>;
  /** The first `maxRows` rows (all when omitted) as a grid: for forms, previews and small sheets. */
  readSheetGrid(sheetName: string, maxRows?: number, options?: ReadRowsOptions): Promise<SheetGrid>;
}
