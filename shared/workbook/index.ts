/**
 * Reading workbooks (.xlsx, .xlsm read-only, Danish CSV) in Node and in a Web Worker alike.
 *
 *   const file = await openWorkbook(bytes, 'budget.xlsx');      // throws ReadError (see FileErrorCode) if unusable
 *   file.sheets                   // [{ name, index, visibility: 'visible'|'hidden'|'veryHidden', kind }]
 *   file.problems                 // file-level warnings, e.g. macro_enabled_workbook
 *   await file.readRows('Budget', (row, hiddenColumns) => {
 *     for (const cell of row.cells) cell.address, cell.kind, cell.value, cell.text, cell.formula;
 *     return row.row < 30 ? undefined : false;                    // return false to stop early
 *   }, { signal, onProgress });                                   // → SheetDetails { hiddenColumns, merges, lastRow, lastCol, complete }
 *   const grid = await file.readSheetGrid('BU-21');               // small sheets: grid.rows[r-1][c-1] is the Cell at (r, c)
 *
 * Cells keep what the file stores: a formula with a cached value has that value's kind and `formula` set; a formula
 * WITHOUT a cached value is kind 'formula' (value null); error cells are kind 'error' ("#REF!"); rich text and inline
 * strings are concatenated; numbers formatted as dates are kind 'date' with `dateIso`. CSV cells are all text.
 * Format is sniffed from the bytes, never the file name. Refusals are `ReadError`s whose `problem.code` is one of
 * `FileErrorCode` (not_an_xlsx, corrupt_or_truncated, legacy_xls_format, encrypted_password_protected, xlsb_format,
 * ods_format, numbers_format, decompression_bomb, empty_workbook, sheet_not_found, limit_exceeded). Cancelling through `signal`
 * rejects with an error named 'AbortError' (`isAbortError`).
 */
import { openCsv } from './csv.ts';
import { fileError } from './errors.ts';
import { refuseOle2, refuseXml, sniffBytes } from './sniff.ts';
import type { WorkbookFile } from './types.ts';
import { openXlsx } from './xlsx.ts';
import { ZipArchive } from './zip.ts';

export type * from './types.ts';
export { fileError, isAbortError, ReadAborted, type FileErrorCode } from './errors.ts';
export { cellAddress, columnLetters, columnNumber, parseAddress, serialToIso } from './cells.ts';
export { csvRecords, decodeText } from './csv.ts';
export { setPlatformInflater, ZIP_LIMITS, type NativeInflater } from './zip.ts';

export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkbookFile> {
  if (bytes.length === 0)
    throw fileError('not_an_xlsx', fileName, 'Filen er tom (0 byte) og kan ikke indlæses.');
  const kind = sniffBytes(bytes);
  switch (kind) {
    case 'zip':
      return openXlsx(new ZipArchive(bytes, fileName), fileName);
    case 'ole2':
      return refuseOle2(bytes, fileName);
    case 'xml':
      return refuseXml(bytes, fileName);
    case 'text':
      if (looksLikeHtml(bytes)) {
        throw fileError(
          'not_an_xlsx',
          fileName,
          'Filen er en webside (HTML), selv om den hedder noget med Excel. Åbn den i Excel, gem den som Excel-projektmappe (.xlsx), og prøv igen.',
        );
      }
      if (/\.(xlsx|xlsm|xlsb|xls|ods|numbers)$/i.test(fileName)) throw fileError('not_an_xlsx', fileName);
      return openCsv(bytes, fileName);
    default:
      throw fileError('not_an_xlsx', fileName);
  }
}

/** ERP systems often export an HTML table with an .xls name. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i] ?? 0);
  return /^(\ufeff|\xef\xbb\xbf)?\s*(<!doctype html|<html|<table|<meta)/i.test(head);
}
