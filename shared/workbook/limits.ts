/**
 * Limits that hold before the work is done: a hostile or broken file is refused as soon as it passes one, with a
 * Danish sentence naming it, rather than after minutes of reading. Excel's own limits where Excel has one.
 */
import { formatDanish } from '../numbers/danish.ts';
import { fileError } from './errors.ts';
import type { ReadError } from '../model/problem.ts';

export const WORKBOOK_LIMITS = {
  /** Excel's last row. */
  maxRows: 1_048_576,
  /** Excel's last column (XFD). */
  maxColumns: 16_384,
  /**
   * Excel has no fixed limit on sheets; a workbook of one form per proposal has a few hundred. More than this is
   * a generated or hostile file, and every sheet costs a pass in the budget preview.
   */
  maxSheets: 1_000,
} as const;

export function tooManyRows(fileName: string, sheet: string): ReadError {
  return fileError(
    'limit_exceeded',
    fileName,
    `Arket '${sheet}' har flere end ${formatDanish(WORKBOOK_LIMITS.maxRows)} rækker, som er det største antal, Excel tillader. Filen er beskadiget eller ikke lavet i Excel og bliver ikke indlæst.`,
  );
}

export function tooManySheets(fileName: string): ReadError {
  return fileError(
    'limit_exceeded',
    fileName,
    `Projektmappen har flere end ${formatDanish(WORKBOOK_LIMITS.maxSheets)} ark. Så mange kan Råderum ikke indlæse; gem de ark, der skal bruges, i en ny projektmappe, og prøv igen.`,
  );
}

export function tooManyColumns(fileName: string, row: number): ReadError {
  return fileError(
    'limit_exceeded',
    fileName,
    `Linje ${formatDanish(row)} i filen har flere end ${formatDanish(WORKBOOK_LIMITS.maxColumns)} kolonner, som er det største antal, Excel tillader. Filen er beskadiget eller ikke en budgetfil og bliver ikke indlæst.`,
  );
}
