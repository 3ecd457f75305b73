import type { Problem } from '../model/problem.ts';
import { formatDanish } from '../numbers/danish.ts';
import { fileError } from './errors.ts';
import { tooManySheets, WORKBOOK_LIMITS } from './limits.ts';
import type {
  Cell,
  ReadRowsOptions,
  RowHandler,
  SheetDetails,
  SheetGrid,
  SheetInfo,
  SheetVisibility,
  WorkbookFile,
} from './types.ts';
import {
  readContentTypes,
  readDateStyles,
  readRelationships,
  readSharedStrings,
  relOfType,
  type Relationship,
} from './xlsx-parts.ts';
import { readSheetRows, type SheetContext } from './xlsx-sheet.ts';
import { attr, parseXmlPart } from './xml.ts';
import type { ZipArchive, ZipEntry } from './zip.ts';

interface SheetPart extends SheetInfo {
  entry: ZipEntry | undefined;
}

class XlsxWorkbook implements WorkbookFile, SheetContext {
  constructor(
    readonly fileName: string,
    readonly format: 'xlsx' | 'xlsm',
    readonly zip: ZipArchive,
    private readonly parts: SheetPart[],
    readonly date1904: boolean,
    readonly problems: Problem[],
    readonly sharedStrings: string[],
    readonly dateStyles: boolean[],
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
    if (!part.entry || part.kind !== 'worksheet')
      return { hiddenColumns: [], merges: [], lastRow: 0, lastCol: 0, complete: true };
    return readSheetRows(this, part.name, part.entry, onRow, options);
  }

  async readSheetGrid(sheetName: string, maxRows?: number, options?: ReadRowsOptions): Promise<SheetGrid> {
    return readGrid(this, sheetName, maxRows, options);
  }
}

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
      while (rows.length < row.row - 1) rows.push([]);
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
  const firstByName = new Map<string, string>();
  const firstByRid = new Map<string, string>();
  /** Sheets listed more than once (by name, or by the part they point to), with how often. */
  const repeated = new Map<string, number>();
  let date1904 = false;
  await parseXmlPart(
    zip,
    workbookEntry,
    {
      open(name, a) {
        if (name === 'sheet') {
          const sheetName = attr(a, 'name') ?? `Ark${sheetsRaw.length + 1}`;
          // Sheet names are unique in Excel (case-insensitively); a repeat would be read, and counted, again.
          const key = sheetName.toLowerCase();
          const rid = attr(a, 'id');
          const first = firstByName.get(key) ?? (rid === undefined ? undefined : firstByRid.get(rid));
          if (first !== undefined) {
            repeated.set(first, (repeated.get(first) ?? 1) + 1);
            return;
          }
          firstByName.set(key, sheetName);
          if (rid !== undefined) firstByRid.set(rid, sheetName);
          if (sheetsRaw.length >= WORKBOOK_LIMITS.maxSheets) throw tooManySheets(fileName);
          sheetsRaw.push({ name: sheetName, state: attr(a, 'state'), rid });
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
  const usedEntries = new Map<ZipEntry, string>();
  const parts: SheetPart[] = [];
  sheetsRaw.forEach((s, index) => {
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
    // Parts are read once: a second sheet pointing at the same part would double its totals.
    const first = entry ? usedEntries.get(entry) : undefined;
    if (first !== undefined) {
      repeated.set(first, (repeated.get(first) ?? 1) + 1);
      return;
    }
    if (entry) usedEntries.set(entry, s.name);
    parts.push({ name: s.name, index: parts.length, visibility: visibilityOf(s.state), kind, entry });
  });
  if (parts.length === 0) throw fileError('empty_workbook', fileName);
  for (const [name, times] of repeated) {
    problems.push({
      code: 'sheet_listed_twice',
      severity: 'warning',
      message: `Arket '${name}' står ${formatDanish(times)} gange i projektmappens liste over ark. Det er kun læst én gang.`,
      file: fileName,
      sheet: name,
    });
  }

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
