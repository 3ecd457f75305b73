import type { Problem } from './problem.ts';
import type { Kr } from './money.ts';

/** Where a number came from, so every figure traces back to a cell. */
export interface SourceRef {
  readonly file?: string;
  readonly sheet: string;
  /** 1-based row number as Excel shows it. */
  readonly row: number;
}

/** The statutory chart of accounts parts, as text ("3.22.01", "1", "1.0"); absent where the file has none. */
export interface Account {
  readonly mainAccount?: string;
  readonly function?: string;
  readonly dranst?: string;
  readonly art?: string;
}

export interface BudgetLine {
  readonly committee: string;
  readonly area: string;
  readonly account: Account;
  readonly costCentre?: string;
  readonly text: string;
  /** Net amount per plan year in kroner (expenditure positive, income negative). */
  readonly amounts: readonly Kr[];
  /** Service expenditure (inside servicerammen); null where the workbook does not say. */
  readonly isService: boolean | null;
  readonly source: SourceRef;
}

/** What each field was read from: column letters per sheet, editable by the user and reusable. */
export type FieldName =
  'committee' | 'area' | 'mainAccount' | 'function' | 'dranst' | 'art' | 'costCentre' | 'text' | 'service';

export interface SheetMapping {
  sheet: string;
  role: 'budget' | 'summary' | 'ignored';
  /** 1-based header row; 0 when no header was found. */
  headerRow: number;
  /** Field → column letter ("A"). Columns may be composed (e.g. text from several) by listing several letters. */
  columns: Partial<Record<FieldName, string[]>>;
  /** Plan year → column letter, or letters joined by "+" whose amounts are added ("E+F": Udgift + Indtægt). */
  years: Record<string, string>;
  /** The committee for every line on a sheet without a committee column (usually the sheet's name). */
  committeeFromSheet?: string;
  /** Column letter → header text as read, so a saved mapping can be matched against the next workbook. */
  headers?: Record<string, string>;
  /** The unit the sheet's amounts are written in; absent means 1.000 kr. (Råderum's own unit). */
  unit?: AmountUnit;
}

/** Whole kroner, 1.000 kr. or mio. kr.: what a sheet's amounts are written in. */
export type AmountUnit = 'kr' | 'thousands' | 'millions';

/**
 * The frame a budget line is governed by (shared/budget/kontoplan/rules.ts): service (servicerammen), overførsler,
 * aktivitetsbestemt medfinansiering, forsyning, anlæg, finansiering, other operating lines outside the service frame,
 * or unknown (no funktion read).
 */
export const STYRINGSOMRAADER = [
  'service',
  'overfoersler',
  'medfinansiering',
  'forsyning',
  'anlaeg',
  'finansiering',
  'udenfor',
  'ukendt',
] as const;

export type Styringsomraade = (typeof STYRINGSOMRAADER)[number];

export interface ColumnMapping {
  version: 1;
  years: number[];
  sheets: SheetMapping[];
  /**
   * The user's reading of the values in the service columns, for every budget sheet of the workbook (one code
   * list per workbook, so "S" means the same on each committee's sheet): value key (`serviceValueKey`: lower case,
   * single spaces) → service expenditure or not. Consulted before the built-in words (ja/nej, service/overførsel).
   */
  serviceValues?: Record<string, boolean>;
  /**
   * The user's corrections of the kontoplan's rules: funktion ("5.57.72") → styringsområde for its drift lines
   * (dranst 1). Kept with the mapping, so next year's import uses them.
   */
  styringCorrections?: Record<string, Styringsomraade>;
}

/** One distinct value of the service columns, as the import wizard lists it. */
export interface ServiceValueCount {
  /** The text as first seen in the workbook ("S", "Drift - service"); '' for an empty cell. */
  text: string;
  /** Its key in `ColumnMapping.serviceValues`. */
  key: string;
  /** Budget lines with this value. */
  count: number;
  /** How the import reads it: the mapping's choice, else the built-in words; null = unknown. */
  isService: boolean | null;
  /** True when the reading comes from `ColumnMapping.serviceValues`. */
  mapped: boolean;
}

/** Why the importer left a row out (stored as text in project files). */
export type SkipReason = 'blank' | 'repeated_header' | 'totals' | 'heading' | 'no_labels';

/** Where the service split came from: a service column, the kontoplan's rules (funktion and dranst), or nowhere. */
export type ServiceSource = 'column' | 'kontoplan' | 'unknown';

/** One funktion as the kontoplan's rules classified it, with its lines' total per plan year (kroner). */
export interface FunctionStyring {
  function: string;
  /** The kontoplan's name, else the name the file wrote beside the code; '' when neither says one. */
  name: string;
  styring: Styringsomraade;
  /** The rule that decided (`StyringRule.id`), or "rettelse" for the user's correction. */
  rule: string;
  lines: number;
  amounts: Kr[];
}

/** What the import learned from the kontoplan (present when lines have a funktion column). */
export interface KontoplanReport {
  /** Every funktion of the budget, classified by the rules (and the user's corrections), in code order. */
  byFunction: FunctionStyring[];
  /** Funktioner the shipped names table does not know: their own text from the file, if any. */
  unknownFunctions: { function: string; name: string; lines: number }[];
  /**
   * With a service column: the funktioner where the column and the rules disagree (the column wins); `service` is
   * what the column said.
   */
  disagreements: {
    function: string;
    name: string;
    service: boolean;
    styring: Styringsomraade;
    lines: number;
    amounts: Kr[];
  }[];
}

export interface ImportReport {
  file: string;
  problems: Problem[];
  /** Rows left out on purpose: totals, blank separators, repeated headers. `reason` is a `SkipReason`. */
  skippedRows: { sheet: string; row: number; reason: string }[];
  /** False when no column says which lines are service expenditure. */
  serviceKnown: boolean;
  /** Amount cells stored as Danish text and read as numbers ("1.234,5", "(852,3)", "-"). */
  textNumberCells?: { sheet: string; cell: string; text: string; value: number }[];
  /** The distinct values of the service columns, most frequent first (at most `MAX_SERVICE_VALUES`); absent without a service column. */
  serviceValues?: ServiceValueCount[];
  /** Absent in files saved before the kontoplan was read (read as 'column' when `serviceKnown`, else 'unknown'). */
  serviceSource?: ServiceSource;
  kontoplan?: KontoplanReport;
}

export interface Budget {
  readonly sourceName: string;
  readonly years: readonly number[];
  readonly lines: readonly BudgetLine[];
  readonly mapping: ColumnMapping;
  readonly report: ImportReport;
}

export type { Kr };
