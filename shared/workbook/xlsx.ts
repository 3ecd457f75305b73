import type { Problem } from '../model/problem.ts';
import { columnLetters, isDateFormat, parseAddress, serialToIso } from './cells.ts';
import { fileError, ReadAborted } from './errors.ts';
import type {
  Cell,
  CellRange,
  ReadRowsOptions,
  RowHandler,
  SheetDetails,
  SheetGrid,
  SheetInfo,
  SheetVisibility,
  WorkbookFile,
} from './types.ts';
import { El, type CellAttributes } from './sheet-scanner.ts';
import { attr, parseXmlPart, scanSheetPart } from './xml.ts';
import type { ZipArchive, ZipEntry } from './zip.ts';

interface SheetPart extends SheetInfo {
  entry: ZipEntry | undefined;
}

interface Relationship {
  type: string;
  target: string;
}

/** Thrown inside the SAX callbacks to stop reading a sheet early; never leaves this module. */
class StopReading extends Error {}

const YIELD_EVERY_CHUNKS = 4;
/** Excel's limits; addresses beyond them come only from broken or hostile files. */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

function yieldToEventLoop(): Promise<void> {
  const timer = (globalThis as unknown as { setTimeout?: (cb: () => void, ms: number) => unknown })
    .setTimeout;
  return new Promise((resolve) => {
    if (timer) timer(resolve, 0);
    else resolve();
  });
}

function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir ? `${baseDir}/${target}` : target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

async function readRelationships(
  zip: ZipArchive,
  partPath: string,
  fileName: string,
): Promise<Map<string, Relationship>> {
  const relsPath = `${dirOf(partPath) ? `${dirOf(partPath)}/` : ''}_rels/${partPath.slice(partPath.lastIndexOf('/') + 1)}.rels`;
  const entry = zip.find(relsPath);
  const rels = new Map<string, Relationship>();
  if (!entry) return rels;
  await parseXmlPart(
    zip,
    entry,
    {
      open(name, a) {
        if (name !== 'Relationship') return;
        const id = attr(a, 'Id');
        const target = attr(a, 'Target');
        if (!id || target === undefined || attr(a, 'TargetMode') === 'External') return;
        rels.set(id, { type: attr(a, 'Type') ?? '', target: resolveTarget(dirOf(partPath), target) });
      },
      close() {},
      text() {},
    },
    fileName,
  );
  return rels;
}

function relOfType(rels: Map<string, Relationship>, suffix: string): Relationship | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(`/${suffix}`)) return rel;
  return undefined;
}

async function readContentTypes(zip: ZipArchive, fileName: string): Promise<string[]> {
  const entry = zip.find('[Content_Types].xml');
  const types: string[] = [];
  if (!entry) return types;
  await parseXmlPart(
    zip,
    entry,
    {
      open(_name, a) {
        const ct = attr(a, 'ContentType');
        if (ct) types.push(ct);
      },
      close() {},
      text() {},
    },
    fileName,
  );
  return types;
}

async function readSharedStrings(
  zip: ZipArchive,
  entry: ZipEntry | undefined,
  fileName: string,
): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let current = '';
  await parseXmlPart(
    zip,
    entry,
    {
      open(name) {
        if (name === 'si') {
          inSi = true;
          current = '';
        } else if (name === 't' && inSi && phonetic === 0) inT = true;
        else if (name === 'rPh') phonetic++;
      },
      close(name) {
        if (name === 'si') {
          strings.push(current);
          inSi = false;
        } else if (name === 't') inT = false;
        else if (name === 'rPh') phonetic--;
      },
      text(t) {
        if (inT) current += t;
      },
    },
    fileName,
  );
  return strings;
}

/** Per cell style index (`s`): does its number format show a date? */
async function readDateStyles(
  zip: ZipArchive,
  entry: ZipEntry | undefined,
  fileName: string,
): Promise<boolean[]> {
  const isDate: boolean[] = [];
  if (!entry) return isDate;
  const codes = new Map<number, string>();
  let inCellXfs = false;
  const xfFormats: number[] = [];
  await parseXmlPart(
    zip,
    entry,
    {
      open(name, a) {
        if (name === 'numFmt') {
          const id = Number(attr(a, 'numFmtId'));
          const code = attr(a, 'formatCode');
          if (Number.isFinite(id) && code !== undefined) codes.set(id, code);
        } else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) xfFormats.push(Number(attr(a, 'numFmtId') ?? 0) || 0);
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    fileName,
  );
  for (const id of xfFormats) isDate.push(isDateFormat(id, codes.get(id)));
  return isDate;
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

class XlsxWorkbook implements WorkbookFile {
  constructor(
    readonly fileName: string,
    readonly format: 'xlsx' | 'xlsm',
    private readonly zip: ZipArchive,
    private readonly parts: SheetPart[],
    readonly date1904: boolean,
    readonly problems: Problem[],
    private readonly sharedStrings: string[],
    private readonly dateStyles: boolean[],
  ) {}

  get sheets(): SheetInfo[] {
    return this.parts.map(({ name, index, visibility, kind }) => ({ name, index, visibility, kind }));
  }

  private part(sheetName: string): SheetPart {
    const part = this.parts.find((p) => p.name === sheetName);
    if (!part) {
      throw fileError('sheet_not_found', this.fileName, `Arket '${sheetName}' findes ikke i projektmappen.`);
    }
    return part;
  }

  async readRows(sheetName: string, onRow: RowHandler, options: ReadRowsOptions = {}): Promise<SheetDetails> {
    const part = this.part(sheetName);
    const details: SheetDetails = { hiddenColumns: [], merges: [], lastRow: 0, lastCol: 0, complete: true };
    if (!part.entry || part.kind !== 'worksheet') return details;
    const { signal, onProgress } = options;
    if (signal?.aborted) throw new ReadAborted();
    const strings = this.sharedStrings;
    const dateStyles = this.dateStyles;
    const date1904 = this.date1904;
    const hidden = new Set<number>();
    const sharedFormulas = new Map<string, string>();

    let inSheetData = false;
    let rowNum = 0;
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

    const make = (kind: Cell['kind'], v: Cell['value'], text: string): Cell => ({
      col: cellCol,
      column: columnLetters(cellCol),
      address: columnLetters(cellCol) + rowText,
      kind,
      value: v,
      text,
    });

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
        } else {
          const v = value as string;
          const n = Number(v);
          if (v.trim() === '' || !Number.isFinite(n)) cell = make('text', v, v);
          else if (cellStyle >= 0 && dateStyles[cellStyle] === true) {
            const iso = serialToIso(n, date1904);
            cell = make(iso === null ? 'number' : 'date', n, v);
            if (iso !== null) cell.dateIso = iso;
          } else cell = make('number', n, v);
        }
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
        cells.push(cell);
        if (cellCol > details.lastCol) details.lastCol = cellCol;
      }
    };

    const cellAttrs: CellAttributes = { column: 0, type: '', style: -1 };
    let chunks = 0;
    try {
      await scanSheetPart(
        this.zip,
        part.entry,
        {
          wantText: () => (capture === 0 ? 0 : capture === 1 && cellType === 's' ? 2 : 1),
          digits(n) {
            if (capture === 1 && value === '' && valueDigits < 0) valueDigits = n;
            else this.text(String(n));
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
              const c = cellAttrs.column;
              // Beyond Excel's last column (XFD) the address is nonsense; count on from the previous cell.
              cellCol = c > 0 && c <= MAX_COLUMNS ? c : Math.min(cellCol + 1, MAX_COLUMNS);
              cellType = cellAttrs.type;
              cellStyle = cellAttrs.style;
              value = null;
              valueDigits = -1;
              formula = null;
              formulaSi = undefined;
              inline = null;
              inInline = false;
              phonetic = 0;
              capture = 0;
            } else if (name === El.row) {
              if (!inSheetData) return;
              const r = Number(attrs.get('r'));
              rowNum = Number.isInteger(r) && r > 0 && r <= MAX_ROWS ? r : rowNum + 1;
              rowText = String(rowNum);
              const h = attrs.get('hidden');
              rowHidden = h === '1' || h === 'true';
              cells = [];
              cellCol = 0;
            } else if (name === El.sheetData) inSheetData = true;
            else if (name === El.col) {
              const a = attrs.all();
              if (a.hidden === '1' || a.hidden === 'true') {
                const min = Number(a.min);
                const max = Math.min(Number(a.max), min + 16384);
                if (Number.isFinite(min) && Number.isFinite(max))
                  for (let c = min; c <= max; c++) hidden.add(c);
              }
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
        this.fileName,
        async (fraction) => {
          if (signal?.aborted) throw new ReadAborted();
          onProgress?.(fraction);
          chunks++;
          if (chunks % YIELD_EVERY_CHUNKS === 0) {
            await yieldToEventLoop();
            if (signal?.aborted) throw new ReadAborted();
          }
        },
      );
    } catch (error) {
      if (!(error instanceof StopReading)) throw error;
    }
    details.hiddenColumns = [...hidden].sort((x, y) => x - y);
    return details;
  }

  async readSheetGrid(sheetName: string, maxRows?: number, options?: ReadRowsOptions): Promise<SheetGrid> {
    return readGrid(this, sheetName, maxRows, options);
  }
}

const EMPTY_ROW: (Cell | undefined)[] = Object.freeze([]) as unknown as (Cell | undefined)[];

/** Shared by the xlsx and CSV readers: collect rows into a sparse grid. */
export async function readGrid(
  file: WorkbookFile,
  sheetName: string,
  maxRows: number | undefined,
  options?: ReadRowsOptions,
): Promise<SheetGrid> {
  const rows: (Cell | undefined)[][] = [];
  const limit = maxRows ?? Number.POSITIVE_INFINITY;
  const details = await file.readRows(
    sheetName,
    (row) => {
      if (row.row > limit) return false;
      const line: (Cell | undefined)[] = [];
      for (const cell of row.cells) line[cell.col - 1] = cell;
      // Missing rows share one empty array, so a lone cell far down costs pointers, not arrays.
      while (rows.length < row.row - 1) rows.push(EMPTY_ROW);
      rows[row.row - 1] = line;
      return row.row < limit;
    },
    options,
  );
  return { name: sheetName, rows, details };
}

function visibilityOf(state: string | undefined): SheetVisibility {
  if (state === 'hidden') return 'hidden';
  if (state === 'veryHidden') return 'veryHidden';
  return 'visible';
}

/** Opens an OOXML spreadsheet package (already known to be a zip). Refuses other zip-based formats by name. */
export async function openXlsx(zip: ZipArchive, fileName: string): Promise<WorkbookFile> {
  const names = zip.entries.map((e) => e.name.toLowerCase());
  if (zip.has('mimetype') && (zip.has('content.xml') || names.some((n) => n.includes('opendocument')))) {
    throw fileError('ods_format', fileName);
  }
  if (
    names.some(
      (n) =>
        n.endsWith('index.zip') || (n.startsWith('index/') && n.endsWith('.iwa')) || n.includes('.numbers/'),
    )
  ) {
    throw fileError('numbers_format', fileName);
  }
  if (zip.has('content.xml') && zip.has('meta-inf/manifest.xml')) throw fileError('ods_format', fileName);

  const contentTypes = await readContentTypes(zip, fileName);
  const rootRels = await readRelationships(zip, '', fileName).catch(() => new Map<string, Relationship>());
  const officeRel = relOfType(rootRels, 'officeDocument');
  let workbookPath = officeRel?.target ?? 'xl/workbook.xml';
  if (!zip.has(workbookPath) && zip.has('xl/workbook.xml')) workbookPath = 'xl/workbook.xml';
  if (workbookPath.toLowerCase().endsWith('.bin') || zip.has('xl/workbook.bin')) {
    throw fileError('xlsb_format', fileName);
  }
  const workbookEntry = zip.find(workbookPath);
  if (!workbookEntry) {
    throw fileError(
      'not_an_xlsx',
      fileName,
      'Filen er en zip-fil, men ikke en Excel-projektmappe (.xlsx), og kan ikke indlæses.',
    );
  }

  const problems: Problem[] = [];
  const macro =
    contentTypes.some((t) => /macroEnabled/i.test(t)) || names.some((n) => n.endsWith('vbaproject.bin'));
  if (macro) {
    problems.push({
      code: 'macro_enabled_workbook',
      severity: 'warning',
      message: 'Projektmappen indeholder makroer. Makroerne bliver ikke kørt; kun data indlæses.',
      file: fileName,
    });
  }

  const sheetsRaw: { name: string; state?: string; rid?: string }[] = [];
  let date1904 = false;
  await parseXmlPart(
    zip,
    workbookEntry,
    {
      open(name, a) {
        if (name === 'sheet') {
          sheetsRaw.push({
            name: attr(a, 'name') ?? `Ark${sheetsRaw.length + 1}`,
            state: attr(a, 'state'),
            rid: attr(a, 'id'),
          });
        } else if (name === 'workbookPr') {
          const d = attr(a, 'date1904');
          date1904 = d === '1' || d === 'true';
        }
      },
      close() {},
      text() {},
    },
    fileName,
  );
  const rels = await readRelationships(zip, workbookPath, fileName);
  const parts: SheetPart[] = sheetsRaw.map((s, index) => {
    const rel = s.rid ? rels.get(s.rid) : undefined;
    const type = rel?.type ?? '';
    const kind: SheetInfo['kind'] = type.endsWith('/worksheet')
      ? 'worksheet'
      : type.endsWith('/chartsheet')
        ? 'chartsheet'
        : rel
          ? 'other'
          : 'worksheet';
    const entry = rel ? zip.find(rel.target) : zip.find(`xl/worksheets/sheet${index + 1}.xml`);
    return { name: s.name, index, visibility: visibilityOf(s.state), kind, entry };
  });
  if (parts.length === 0) throw fileError('empty_workbook', fileName);

  const sst = relOfType(rels, 'sharedStrings');
  const sharedStrings = await readSharedStrings(
    zip,
    zip.find(sst?.target ?? 'xl/sharedStrings.xml'),
    fileName,
  );
  const styles = relOfType(rels, 'styles');
  const dateStyles = await readDateStyles(zip, zip.find(styles?.target ?? 'xl/styles.xml'), fileName);
  return new XlsxWorkbook(
    fileName,
    macro ? 'xlsm' : 'xlsx',
    zip,
    parts,
    date1904,
    problems,
    sharedStrings,
    dateStyles,
  );
}
