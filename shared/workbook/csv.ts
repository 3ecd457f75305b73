import { cellAddress, columnLetters } from './cells.ts';
import { fileError, ReadAborted } from './errors.ts';
import { tooManyColumns, tooManyRows, WORKBOOK_LIMITS } from './limits.ts';
import type { Cell, ReadRowsOptions, RowHandler, SheetDetails, SheetGrid, WorkbookFile } from './types.ts';
import { readGrid } from './xlsx.ts';
import { createTextDecoder } from './zip.ts';

/**
 * Danish CSV through the same sheet/row API as a workbook: one sheet named after the file.
 * Every cell is text, exactly as written ("3.22.01", "1.0", "-1234,5"): the budget importer decides what is a number.
 * Encoding: UTF-8 (with or without BOM); when the bytes are not valid UTF-8, Windows-1252 (what Danish Excel writes).
 * Separator: ";" unless the first line has tabs or only commas.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  try {
    return {
      text: createTextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let k = i; k < end; k++) {
      const b = bytes[k] ?? 0;
      codes.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** How many lines (outside quotes) the separator is judged on. */
const SEPARATOR_SAMPLE_LINES = 30;

/**
 * The field separator: `;` (Danish), tab or `,`, judged on the first lines, not the first alone, because an export
 * may start with a title ("Fjordby Kommune, budget 2026") whose comma says nothing. The first candidate found on at
 * least half of the lines wins, in that order: a Danish file has commas too, in its decimals.
 */
function detectSeparator(text: string): string {
  const lines: string[] = [];
  let line = '';
  let inQuotes = false;
  for (let i = 0; i < text.length && i < 1 << 20 && lines.length < SEPARATOR_SAMPLE_LINES; i++) {
    const ch = text[i] ?? '';
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (line.trim() !== '') lines.push(line);
      line = '';
    } else if (!inQuotes) line += ch;
  }
  if (line.trim() !== '') lines.push(line);
  for (const separator of [';', '\t', ',']) {
    const found = lines.filter((l) => l.includes(separator)).length;
    if (found > 0 && found * 2 >= lines.length) return separator;
  }
  return ';';
}

/** Splits CSV text into records of fields (RFC 4180 quoting, CRLF/LF/CR line ends). */
export function* csvRecords(text: string, separator: string): Generator<string[]> {
  let field = '';
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  let inQuotes = false;
  let sawAny = false;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (inQuotes) {
      if (ch === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      const next = text.indexOf('"', i);
      const stop = next < 0 ? n : next;
      field += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === 34 && field === '') {
      inQuotes = true;
      sawAny = true;
      i++;
      continue;
    }
    if (text[i] === separator) {
      record.push(field);
      field = '';
      sawAny = true;
      i++;
      continue;
    }
    if (ch === 10 || ch === 13) {
      record.push(field);
      yield record;
      record = [];
      field = '';
      sawAny = false;
      i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    field += text[i];
    sawAny = true;
    i++;
  }
  if (sawAny || field !== '' || record.length > 0) {
    record.push(field);
    yield record;
  }
}

class CsvWorkbook implements WorkbookFile {
  readonly format = 'csv' as const;
  readonly date1904 = false;
  readonly problems = [];
  readonly sheets;
  private readonly separator: string;

  constructor(
    readonly fileName: string,
    private readonly text: string,
  ) {
    const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'CSV';
    this.sheets = [{ name: base, index: 0, visibility: 'visible' as const, kind: 'worksheet' as const }];
    this.separator = detectSeparator(text);
  }

  async readRows(sheetName: string, onRow: RowHandler, options: ReadRowsOptions = {}): Promise<SheetDetails> {
    if (sheetName !== this.sheets[0]?.name) {
      throw fileError('sheet_not_found', this.fileName, `Arket '${sheetName}' findes ikke i filen.`);
    }
    const details: SheetDetails = { hiddenColumns: [], merges: [], lastRow: 0, lastCol: 0, complete: true };
    const noHidden: ReadonlySet<number> = new Set<number>();
    let rowNum = 0;
    for (const record of csvRecords(this.text, this.separator)) {
      rowNum++;
      if (rowNum > WORKBOOK_LIMITS.maxRows) throw tooManyRows(this.fileName, sheetName);
      if (record.length > WORKBOOK_LIMITS.maxColumns) throw tooManyColumns(this.fileName, rowNum);
      if (rowNum % 5000 === 0) {
        if (options.signal?.aborted) throw new ReadAborted();
        options.onProgress?.(Math.min(1, rowNum / Math.max(1, this.text.length / 80)));
      }
      const cells: Cell[] = [];
      record.forEach((raw, i) => {
        if (raw === '') return;
        const col = i + 1;
        cells.push({
          col,
          column: columnLetters(col),
          address: cellAddress(col, rowNum),
          kind: 'text',
          value: raw,
          text: raw,
        });
        if (col > details.lastCol) details.lastCol = col;
      });
      if (cells.length > 0) details.lastRow = rowNum;
      if (onRow({ row: rowNum, cells, hidden: false }, noHidden) === false) {
        details.complete = false;
        break;
      }
    }
    options.onProgress?.(1);
    return details;
  }

  readSheetGrid(sheetName: string, maxRows?: number, options?: ReadRowsOptions): Promise<SheetGrid> {
    return readGrid(this, sheetName, maxRows, options);
  }
}

export function openCsv(bytes: Uint8Array, fileName: string): WorkbookFile {
  return new CsvWorkbook(fileName, decodeText(bytes).text);
}
