import type { AmountUnit, FieldName } from '../model/budget.ts';
import type { Problem } from '../model/problem.ts';
import { columnLetters, columnNumber } from '../workbook/cells.ts';
import type { Row } from '../workbook/types.ts';
import { yearColumnLetters } from './columns.ts';
import { sheetUnit, UNIT_NAMES } from './unit.ts';

/**
 * The third stage of the preview: what the sheet says about itself beyond its columns, each a note for the import
 * report (the unit of its amounts, years read from two columns added up, numbers in columns nothing reads).
 */

/** The sheet as far as the notes need it. */
export interface SheetContext {
  fileName: string;
  name: string;
  /** The last header row (1-based). */
  headerRow: number;
  headers: Readonly<Record<string, string>>;
  columns: Readonly<Partial<Record<FieldName, string[]>>>;
  years: Readonly<Record<string, string>>;
}

/**
 * Notes on a sheet whose years are Udgift + Indtægt columns added up: which columns, and a warning when the income
 * columns hold mostly positive amounts in the first rows (the sum assumes income is negative, as municipal budgets
 * write it).
 */
export function addedYearNotes(
  sheet: SheetContext,
  rows: readonly Row[],
  incomeCols: ReadonlySet<number>,
): Problem[] {
  const { fileName, name, headerRow } = sheet;
  const added = Object.entries(sheet.years).filter(([, ref]) => ref.includes('+'));
  if (added.length === 0) return [];
  const at = `${yearColumnLetters(added[0]?.[1] ?? '')[0] ?? 'A'}${headerRow}`;
  const notes: Problem[] = [
    {
      code: 'year_columns_added',
      severity: 'info',
      message: `På arket '${name}' er hvert års beløb udgift og indtægt lagt sammen (${added.map(([y, ref]) => `${y}: ${ref}`).join(', ')}). Indtægter skal stå med minus.`,
      file: fileName,
      sheet: name,
      cell: at,
    },
  ];
  let positive = 0;
  let negative = 0;
  for (const row of rows) {
    if (row.row <= headerRow) continue;
    for (const cell of row.cells) {
      if (!incomeCols.has(cell.col) || cell.kind !== 'number' || typeof cell.value !== 'number') continue;
      if (cell.value > 0) positive++;
      else if (cell.value < 0) negative++;
    }
  }
  if (positive > negative) {
    notes.push({
      code: 'income_columns_positive',
      severity: 'warning',
      message: `Indtægtskolonnerne på arket '${name}' har mest positive beløb i de første rækker. Råderum lægger udgift og indtægt sammen og regner med, at indtægter står med minus; står de med plus, bliver nettobeløbene for høje. Kontrollér fortegnet i filen.`,
      file: fileName,
      sheet: name,
      cell: at,
    });
  }
  return notes;
}

/**
 * Numbers in a column with no header that nothing reads: a year split into two columns under one merged "Budget
 * 2026" cell with no sub-headers looks like this, and its second column would be left out without a word. Judged
 * on the data rows the preview read; a column counts when at least half of them (and three, if there are) hold a
 * number there.
 */
export function unlabelledNumberNotes(sheet: SheetContext, rows: readonly Row[]): Problem[] {
  const { fileName, name, headerRow } = sheet;
  const mapped = new Set(
    [...Object.values(sheet.columns).flat(), ...Object.values(sheet.years).flatMap(yearColumnLetters)].map(
      columnNumber,
    ),
  );
  const dataRows = rows.filter((r) => r.row > headerRow);
  const numbers = new Map<number, { count: number; first: string }>();
  for (const row of dataRows) {
    for (const cell of row.cells) {
      if (cell.kind !== 'number' || mapped.has(cell.col) || sheet.headers[columnLetters(cell.col)]) continue;
      const seen = numbers.get(cell.col) ?? { count: 0, first: cell.address };
      seen.count++;
      numbers.set(cell.col, seen);
    }
  }
  const unread = [...numbers]
    .filter(([, seen]) => seen.count >= Math.min(3, dataRows.length) && seen.count * 2 >= dataRows.length)
    .sort(([a], [b]) => a - b);
  const first = unread[0];
  if (!first) return [];
  const letters = unread.map(([col]) => columnLetters(col));
  const named =
    letters.length === 1
      ? `Kolonne ${letters[0]}`
      : `Kolonnerne ${letters.slice(0, -1).join(', ')} og ${letters[letters.length - 1]}`;
  return [
    {
      code: 'unlabelled_numbers',
      severity: 'warning',
      message: `${named} på arket '${name}' har tal, men ingen overskrift, og læses ikke. Hører en af dem til et budgetår (fx indtægterne under en flettet årscelle), så læg den til årets kolonne i guiden ('Læg til' ved året).`,
      file: fileName,
      sheet: name,
      cell: first[1].first,
    },
  ];
}

/**
 * The unit stated in the title rows or the year headers ("Beløb i kr."), and a note telling it (or that the sheet
 * states two units, in which case none is taken).
 */
export function readUnit(
  sheet: SheetContext,
  rows: readonly Row[],
  yearCols: ReadonlySet<number>,
): { unit?: AmountUnit; notes: Problem[] } {
  const { fileName, headerRow } = sheet;
  // The title rows say it for the sheet; in the header only the plan year columns count ("Budget 2026 (kr.)"),
  // since another column may state its own unit ("Udgift pr. borger (kr.)").
  const cells = rows
    .filter((r) => r.row <= headerRow)
    .flatMap((r) =>
      r.cells
        .filter((c) => c.kind === 'text' && (r.row < headerRow || yearCols.has(c.col)))
        .map((c) => ({ address: c.address, text: String(c.value) })),
    );
  const stated = sheetUnit(cells);
  if (stated === null) return { notes: [] };
  const name = sheet.name;
  if ('conflict' in stated) {
    const said = stated.conflict.map((s) => `${s.cell}: '${s.text}'`).join(', ');
    const conflict: Problem = {
      code: 'amount_unit_conflict',
      severity: 'warning',
      message: `Arket '${name}' angiver forskellige enheder for beløbene (${said}). Beløbene læses i 1.000 kr.; vælg den rigtige enhed i guiden.`,
      file: fileName,
      sheet: name,
      cell: stated.conflict[0]?.cell ?? '',
    };
    return { notes: [conflict] };
  }
  if (stated.unit === 'thousands') return { unit: stated.unit, notes: [] };
  const note: Problem = {
    code: 'amount_unit_stated',
    severity: 'info',
    message: `Arket '${name}' angiver beløbene i ${UNIT_NAMES[stated.unit]} (celle ${stated.cell}: '${stated.text}'). Råderum regner i 1.000 kr. og omregner dem ved indlæsningen; vælg en anden enhed i guiden, hvis det er forkert.`,
    file: fileName,
    sheet: name,
    cell: stated.cell,
  };
  return { unit: stated.unit, notes: [note] };
}
