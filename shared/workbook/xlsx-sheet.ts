/**
 * Reading one worksheet part: the scanner's events (sheet-scanner.ts) become rows of `Cell`s, with hidden columns,
 * merges and the extent of the sheet.
 */
import { columnLetters, parseAddress, plainDecimal, serialToIso } from './cells.ts';
import { ColumnRanges } from './column-ranges.ts';
import { tooManyRows, WORKBOOK_LIMITS } from './limits.ts';
import { ReadAborted } from './errors.ts';
import { El, type CellAttributes } from './sheet-scanner.ts';
import type { Cell, CellRange, ReadRowsOptions, RowHandler, SheetDetails } from './types.ts';
import { scanSheetPart } from './xml.ts';
import type { ZipArchive, ZipEntry } from './zip.ts';

/** What a sheet needs from its workbook. */
export interface SheetContext {
  zip: ZipArchive;
  fileName: string;
  sharedStrings: readonly string[];
  /** Per cell style index: does its number format show a date? */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Thrown inside the SAX callbacks to stop reading a sheet early; never leaves this module. */
class StopReading extends Error {}

const YIELD_EVERY_CHUNKS = 4;
const ROW_ATTRIBUTES = ['r', 'hidden'] as const;
/** Excel's limits; addresses beyond them come only from broken or hostile files. */
const MAX_COLUMNS = WORKBOOK_LIMITS.maxColumns;
const MAX_ROWS = WORKBOOK_LIMITS.maxRows;

function yieldToEventLoop(): Promise<void> {
  // shared/ has no DOM or Node typings; every runtime it runs in has setTimeout.
  const timer: unknown = Reflect.get(globalThis, 'setTimeout');
  return new Promise((resolve) => {
    if (typeof timer === 'function') Reflect.apply(timer, globalThis, [resolve, 0]);
    else resolve();
  });
}

function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(':');
  const start = parseAddress(a ?? '');
  const end = b === undefined ? start : parseAddress(b);
  if (!start || !end) return null;
  return { ref, startRow: start.row, startCol: start.col, endRow: end.row, endCol: end.col };
}

function isoToSerial(iso: string, date1904: boolean): number | null {
  const ms = Date.parse(
    iso.length === 10 ? `${iso}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`,
  );
  if (!Number.isFinite(ms)) return null;
  const days = (ms - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / 86_400_000;
  return !date1904 && days < 61 ? days - 1 : days;
}

/** Streams the rows of one worksheet part to `onRow`; see `WorkbookFile.readRows`. */
export async function readSheetRows(
  sheet: SheetContext,
  sheetName: string,
  entry: ZipEntry,
  onRow: RowHandler,
  options: ReadRowsOptions = {},
): Promise<SheetDetails> {
  const details: SheetDetails = { hiddenColumns: [], merges: [], lastRow: 0, lastCol: 0, complete: true };
  const { signal, onProgress } = options;
  if (signal?.aborted) throw new ReadAborted();
  const strings = sheet.sharedStrings;
  const dateStyles = sheet.dateStyles;
  const date1904 = sheet.date1904;
  const hidden = new ColumnRanges();
  const sharedFormulas = new Map<string, string>();

  let inSheetData = false;
  let rowNum = 0;
  /** Rows seen, whatever their numbers say (a hostile sheet can repeat r="1" forever). */
  let rowCount = 0;
  /** String(rowNum), made once per row rather than once per cell address. */
  let rowText = '0';
  let rowHidden = false;
  let cells: Cell[] = [];
  let stopped = false;
  // The cell being read.
  let inCell = false;
  let cellCol = 0;
  let cellType = '';
  let cellStyle = -1;
  let value: string | null = null;
  /** A shared-string cell's `<v>` given as a number by the scanner (-1: none; `value` is '' then). */
  let valueDigits = -1;
  let formula: string | null = null;
  let formulaSi: string | undefined;
  let inline: string | null = null;
  let capture = 0; // 0 none, 1 <v>, 2 <f>, 3 <t> of an inline string
  let inInline = false;
  let phonetic = 0;

  const make = (kind: Cell['kind'], v: Cell['value'], text: string): Cell => {
    const column = columnLetters(cellCol);
    return { col: cellCol, column, address: column + rowText, kind, value: v, text };
  };

  const addCell = (cell: Cell): void => {
    cells.push(cell);
    if (cellCol > details.lastCol) details.lastCol = cellCol;
  };

  /** A cell of type '' or 'n' with a value written: a number, a date by its style, or text when it is no number. */
  const numberCell = (v: string): Cell => {
    const d = plainDecimal(v);
    const n = Number.isNaN(d) ? Number(v) : d;
    // Number('') and Number('  ') are 0, so only a 0 needs the look at whether the text is just space.
    if (!Number.isFinite(n) || (n === 0 && v.trim() === '')) return make('text', v, v);
    if (cellStyle >= 0 && dateStyles[cellStyle] === true) {
      const iso = serialToIso(n, date1904);
      const cell = make(iso === null ? 'number' : 'date', n, v);
      if (iso !== null) cell.dateIso = iso;
      return cell;
    }
    return make('number', n, v);
  };

  const finishCell = (): void => {
    let f: string | undefined = formula ?? undefined;
    if (formulaSi !== undefined) {
      if (formula !== null && formula !== '') sharedFormulas.set(formulaSi, formula);
      else f = sharedFormulas.get(formulaSi) ?? '';
    }
    const noCache = value === null || value === '';
    let cell: Cell | null = null;
    if (cellType === '' || cellType === 'n') {
      if (noCache) {
        if (f !== undefined) cell = make('formula', null, `=${f}`);
        else if (inline !== null) cell = make('text', inline, inline);
      } else cell = numberCell(value as string);
    } else if (cellType === 's') {
      if (valueDigits >= 0) {
        const str = strings[valueDigits] ?? '';
        cell = make('text', str, str);
      } else if (!noCache) {
        const str = strings[Number(value)] ?? '';
        cell = make('text', str, str);
      }
    } else if (cellType === 'inlineStr') {
      const str = inline ?? value ?? '';
      cell = make('text', str, str);
    } else if (cellType === 'str') {
      if (value === null && f !== undefined) cell = make('formula', null, `=${f}`);
      else cell = make('text', value ?? '', value ?? '');
    } else if (noCache) {
      if (f !== undefined) cell = make('formula', null, `=${f}`);
    } else if (cellType === 'b') {
      const t = (value as string).trim().toLowerCase();
      const b = t === '1' || t === 'true';
      cell = make('boolean', b, b ? 'TRUE' : 'FALSE');
    } else if (cellType === 'e') {
      const e = (value as string).trim();
      cell = make('error', e, e);
    } else if (cellType === 'd') {
      const iso = (value as string).trim();
      const serial = isoToSerial(iso, date1904);
      if (serial === null) cell = make('text', iso, iso);
      else {
        cell = make('date', serial, iso);
        cell.dateIso = iso;
      }
    } else {
      const v = value as string;
      cell = make('text', v, v);
    }
    if (cell) {
      if (f !== undefined) cell.formula = f;
      addCell(cell);
    }
  };

  /** A cell's column from its address; beyond Excel's last column (XFD) the address is nonsense: count on. */
  const columnOf = (c: number): number =>
    c > 0 && c <= MAX_COLUMNS ? c : Math.min(cellCol + 1, MAX_COLUMNS);

  /** The state a `<c>` starts with, before its value, formula or inline string is read. */
  const startCell = (a: CellAttributes): void => {
    cellType = a.type;
    cellStyle = a.style;
    value = null;
    valueDigits = -1;
    formula = null;
    formulaSi = undefined;
    inline = null;
    inInline = false;
    phonetic = 0;
    capture = 0;
  };

  const cellAttrs: CellAttributes = { column: 0, type: '', style: -1 };
  /** A `<row>`'s `r` and `hidden`, read in one pass over its attributes. */
  const rowAttrs: (string | undefined)[] = [undefined, undefined];
  let chunks = 0;
  try {
    await scanSheetPart(
      sheet.zip,
      entry,
      {
        wantText: () => (capture === 0 ? 0 : capture === 1 && cellType === 's' ? 2 : 1),
        digits(n) {
          if (capture === 1 && value === '' && valueDigits < 0) valueDigits = n;
          else this.text(String(n));
        },
        // The usual whole cell in one call: a shared string or a number directly, else the state its events would
        // leave and the same finishCell. (Outside a cell no event reads the state a cell leaves: `<c>` resets it.)
        cell(a, digits, text, inlineString) {
          if (stopped || inCell || !inSheetData) return false;
          cellCol = columnOf(a.column);
          if (digits >= 0) {
            // Only for t="s" (see SheetScanHandlers.cell).
            const str = strings[digits] ?? '';
            addCell(make('text', str, str));
            return true;
          }
          cellStyle = a.style;
          if (!inlineString && text !== '' && (a.type === 'n' || a.type === '')) {
            addCell(numberCell(text));
            return true;
          }
          startCell(a);
          if (inlineString) inline = text;
          else value = text;
          finishCell();
          return true;
        },
        open(name, attrs) {
          if (stopped) return;
          if (inCell) {
            if (name === El.v) {
              capture = 1;
              value = '';
              valueDigits = -1;
            } else if (name === El.f) {
              capture = 2;
              formula = '';
              if (attrs.get('t') === 'shared') formulaSi = attrs.get('si');
            } else if (name === El.is) {
              inInline = true;
              inline = '';
            } else if (name === El.rPh) phonetic++;
            else if (name === El.t && inInline && phonetic === 0) capture = 3;
            return;
          }
          if (name === El.c) {
            if (!inSheetData) return;
            inCell = true;
            attrs.cell(cellAttrs);
            cellCol = columnOf(cellAttrs.column);
            startCell(cellAttrs);
          } else if (name === El.row) {
            if (!inSheetData) return;
            attrs.read(ROW_ATTRIBUTES, rowAttrs);
            const r = Number(rowAttrs[0]);
            rowNum = Number.isInteger(r) && r > 0 && r <= MAX_ROWS ? r : rowNum + 1;
            if (++rowCount > MAX_ROWS || rowNum > MAX_ROWS) throw tooManyRows(sheet.fileName, sheetName);
            rowText = String(rowNum);
            const h = rowAttrs[1];
            rowHidden = h === '1' || h === 'true';
            cells = [];
            cellCol = 0;
          } else if (name === El.sheetData) inSheetData = true;
          else if (name === El.col) {
            const a = attrs.all();
            if (a.hidden === '1' || a.hidden === 'true')
              hidden.add(Number(a.min), Number(a.max), MAX_COLUMNS);
          } else if (name === El.mergeCell) {
            const range = parseRange(attrs.get('ref') ?? '');
            if (range) details.merges.push(range);
          }
        },
        close(name) {
          if (stopped) return;
          if (inCell) {
            if (name === El.c) {
              inCell = false;
              capture = 0;
              finishCell();
            } else if (name === El.v || name === El.f || name === El.t) capture = 0;
            else if (name === El.is) inInline = false;
            else if (name === El.rPh) phonetic--;
            return;
          }
          if (name === El.row && inSheetData) {
            if (cells.length > 0 && rowNum > details.lastRow) details.lastRow = rowNum;
            if (onRow({ row: rowNum, cells, hidden: rowHidden }, hidden) === false) {
              stopped = true;
              details.complete = false;
              throw new StopReading();
            }
          } else if (name === El.sheetData) inSheetData = false;
        },
        text(t) {
          if (capture === 1) {
            if (valueDigits >= 0) {
              value = String(valueDigits);
              valueDigits = -1;
            }
            value += t;
          } else if (capture === 2) formula += t;
          else if (capture === 3) inline += t;
        },
      },
      sheet.fileName,
      async (fraction) => {
        if (signal?.aborted) throw new ReadAborted();
        onProgress?.(fraction);
        chunks++;
        if (chunks % YIELD_EVERY_CHUNKS === 0) {
          await yieldToEventLoop();
          if (signal?.aborted) throw new ReadAborted();
        }
      },
      sheetName,
    );
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
  }
  details.hiddenColumns = [...hidden];
  return details;
}
