import type { Draft } from '../model/draft.ts';
import { thousandsToKr, type Kr } from '../model/money.ts';
import { ReadError, type Problem } from '../model/problem.ts';
import { blankProposal, type Kategori, type Proposal, type Status, type Vej } from '../model/proposal.ts';
import type { Project } from '../model/project.ts';
import { parseDanishNumber } from '../numbers/danish.ts';
import { strToU8 } from 'fflate';
import { parseProject } from '../project/index.ts';
import {
  columnLetters as columnLetter,
  openWorkbook,
  type Cell,
  type WorkbookFile,
} from '../workbook/index.ts';
import {
  DATA_FORMAT_VERSION,
  DATA_MARKER,
  DATA_SHEET_NAME,
  type CataloguePayload,
  type ExportSettings,
} from './data-sheet.ts';
import {
  continuationNumber,
  forslagColumns,
  forslagText,
  TOTALS_LABEL,
  type ForslagColumn,
  type ForslagField,
} from './layout.ts';
import { parseKategori, parseStatus, parseVej } from './values.ts';
import { afterLibreOffice, unescapeCellText } from './cell-text.ts';

export type ChangedField = Exclude<ForslagField, 'id'> | 'amount' | 'fte' | 'income';

/** One edit a colleague made in the visible Forslag sheet. Amounts and income are kroner in the stored sign. */
export interface FieldChange {
  field: ChangedField;
  /** The plan year, for amount, fte and income changes. */
  year?: number;
  before: string | number | null;
  after: string | number | null;
  /** Where the new value was read ("H12"). */
  cell: string;
}

export interface ProposalChanges {
  id: string;
  changes: FieldChange[];
}

export interface OpenedCatalogue {
  /** The project as exported, with the edits from the Forslag sheet applied and added rows appended. */
  project: Project;
  /** Per proposal (in sheet order), the fields that differ from the export. */
  changes: ProposalChanges[];
  /** Rows added by hand in the Forslag sheet, as new proposals (also in `project.proposals`). */
  added: Proposal[];
  problems: Problem[];
  /** What the export chose (statuses, catalogue, sign). */
  exportSettings: ExportSettings;
}

function notCatalogue(fileName: string, code: string, message: string): ReadError {
  return new ReadError({ code, severity: 'error', message, file: fileName });
}

/** Reads the very hidden data sheet's payload; throws ReadError when the workbook is no Råderum catalogue. */
async function readPayload(
  file: WorkbookFile,
  fileName: string,
): Promise<{ payload: CataloguePayload; repaired: boolean; sheet: string }> {
  // The data sheet is normally `RaaderumData`; in a workbook exported `--into` another file it may carry a suffix.
  const candidates = [...file.sheets].sort(
    (a, b) => Number(b.name === DATA_SHEET_NAME) - Number(a.name === DATA_SHEET_NAME) || a.index - b.index,
  );
  for (const sheet of candidates) {
    if (sheet.kind !== 'worksheet' || sheet.visibility === 'visible') continue;
    const grid = await file.readSheetGrid(sheet.name, 1);
    const first = grid.rows[0];
    if (first?.[0]?.value !== DATA_MARKER) continue;
    const version = first[1]?.value;
    const count = first[2]?.value;
    if (typeof version !== 'number' || typeof count !== 'number') break;
    if (version > DATA_FORMAT_VERSION)
      throw notCatalogue(
        fileName,
        'catalogue_version_too_new',
        'Kataloget er lavet med en nyere version af Råderum. Opdatér Råderum, og prøv igen.',
      );
    const chunks: string[] = [];
    await file.readRows(sheet.name, (row) => {
      if (row.row < 2) return undefined;
      const cell = row.cells.find((c) => c.col === 1);
      if (typeof cell?.value === 'string') chunks[row.row - 2] = cell.value;
      return row.row - 1 < count ? undefined : false;
    });
    if (chunks.length !== count || chunks.some((c) => c === undefined)) break;
    const parsed = parsePayload(chunks.join(''));
    if (!parsed) break;
    return { ...parsed, sheet: sheet.name };
  }
  if (file.sheets.some((s) => s.name.startsWith(DATA_SHEET_NAME)))
    throw notCatalogue(
      fileName,
      'catalogue_data_damaged',
      'Katalogets skjulte dataark er beskadiget, så kataloget kan ikke åbnes som projekt. Brug en tidligere udgave af filen.',
    );
  throw notCatalogue(
    fileName,
    'not_a_catalogue',
    'Filen er ikke et prioriteringskatalog fra Råderum (det skjulte dataark mangler). Forslag i andre projektmapper indlæses med "Importér forslag".',
  );
}

function parseJsonPayload(json: string): CataloguePayload | null {
  try {
    const payload = JSON.parse(json) as CataloguePayload;
    return payload.format === DATA_FORMAT_VERSION && typeof payload.project === 'string' ? payload : null;
  } catch {
    return null;
  }
}

/**
 * The payload, or null when it is damaged. Catalogues written before the payload was escaped (`encodePayload`) could
 * hold a text like `_x000D_` that Excel or LibreOffice decoded into a control character when saving; JSON never
 * holds one raw, so each is put back as the `_xHHHH_` it was.
 */
function parsePayload(json: string): { payload: CataloguePayload; repaired: boolean } | null {
  const payload = parseJsonPayload(json);
  if (payload) return { payload, repaired: false };
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f]/g;
  if (!controls.test(json)) return null;
  const repaired = parseJsonPayload(
    json.replace(controls, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`),
  );
  return repaired ? { payload: repaired, repaired: true } : null;
}

/**
 * Re-opens an exported catalogue as a project. The hidden data sheet restores the project exactly;
 * edits in the visible Forslag sheet are applied and listed per proposal; rows added by hand become proposals.
 */
export async function openCatalogue(bytes: Uint8Array, fileName: string): Promise<OpenedCatalogue> {
  const file = await openWorkbook(bytes, fileName);
  const { payload, repaired } = await readPayload(file, fileName);
  const project = parseProject(strToU8(payload.project), fileName);
  const settings = payload.export;
  const problems: Problem[] = [];
  if (repaired)
    problems.push({
      code: 'catalogue_data_repaired',
      severity: 'warning',
      message:
        'Et andet program havde ændret tegn som _x000D_ i katalogets skjulte data, da filen blev gemt. Råderum har sat dem tilbage; kontrollér tekster med den slags tegn.',
      file: fileName,
    });
  const changes: ProposalChanges[] = [];
  const added: Proposal[] = [];
  const sheetName = settings.forslagSheet;
  const sheetInfo = file.sheets.find((s) => s.name === sheetName);
  if (!sheetInfo) {
    problems.push({
      code: 'forslag_sheet_missing',
      severity: 'warning',
      message: `Arket '${sheetName}' findes ikke længere i kataloget, så ændringer i forslagene kan ikke læses. Projektet åbnes, som det blev eksporteret.`,
      file: fileName,
    });
    return { project, changes, added, problems, exportSettings: settings };
  }
  const grid = await file.readSheetGrid(sheetName);
  // A catalogue written before the income split has no Indtægter columns; that is no missing column.
  const expected = forslagColumns(project.settings.years, settings.savingsPositive).filter(
    (c) => c.field !== 'income' || settings.incomeColumns === true,
  );
  const headerCells = grid.rows[0] ?? [];
  const located = new Map<ForslagColumn, number>();
  for (const column of expected) {
    const col = headerCells.findIndex((c) => c !== undefined && cellText(c).trim() === column.header);
    if (col >= 0) located.set(column, col + 1);
    else
      problems.push({
        code: 'forslag_column_missing',
        severity: 'warning',
        message: `Kolonnen '${column.header}' mangler i arket '${sheetName}', så ændringer i den kan ikke læses.`,
        file: fileName,
        sheet: sheetName,
      });
  }
  // Texts longer than a cell holds continue in "… (fortsat)" columns, joined in their order.
  const continuations = new Map<ForslagColumn, number[]>();
  for (const column of expected) {
    if (isYearColumn(column)) continue;
    const found = headerCells
      .map((c, i) => ({
        n: c === undefined ? null : continuationNumber(cellText(c).trim(), column.header),
        col: i + 1,
      }))
      .filter((x): x is { n: number; col: number } => x.n !== null)
      .sort((a, b) => a.n - b.n)
      .map((x) => x.col);
    if (found.length > 0) continuations.set(column, found);
  }
  /** A text column's whole text in one row: its cell and the cells continuing it. */
  const textIn = (cells: readonly (Cell | undefined)[], column: ForslagColumn, col: number): string =>
    [col, ...(continuations.get(column) ?? [])].map((c) => cellText(cells[c - 1])).join('');
  const idColumn = expected.find((c) => c.field === 'id');
  const idCol = idColumn ? located.get(idColumn) : undefined;
  if (idCol === undefined) return { project, changes, added, problems, exportSettings: settings };

  // The proposals as the sheet leaves them: a new list, so the parsed project is never edited in place.
  const proposals = [...project.proposals];
  const byId = new Map(proposals.map((p, i) => [p.id, i]));
  // The number as the sheet shows it (trimmed, without characters a cell cannot hold, as LibreOffice saves it).
  const byWritten = new Map<string, number>();
  proposals.forEach((p, i) => {
    const written = forslagText(p, 'id');
    for (const key of [written, afterLibreOffice(written)]) if (!byWritten.has(key)) byWritten.set(key, i);
  });
  const seen = new Set<string>();
  const groupRows = new Set(settings.groupRows ?? []);
  const sign = settings.savingsPositive ? -1 : 1;
  const years = project.settings.years;
  for (let r = 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    const rowNumber = r + 1;
    if (cells.every((c) => c === undefined || cellText(c).trim() === '')) continue;
    const shown = idColumn ? textIn(cells, idColumn, idCol).trim() : '';
    if (shown === TOTALS_LABEL) continue;
    if (groupRows.has(shown) && !byId.has(shown) && !byWritten.has(shown)) continue;
    const read = (column: ForslagColumn): Cell | undefined => {
      const col = located.get(column);
      return col === undefined ? undefined : cells[col - 1];
    };
    const existingIndex = shown === '' ? undefined : (byId.get(shown) ?? byWritten.get(shown));
    const id = existingIndex === undefined ? shown : (proposals[existingIndex]?.id ?? shown);
    if (id !== '' && seen.has(id)) {
      problems.push({
        code: 'forslag_duplicate_id',
        severity: 'warning',
        message: `Forslag nr. '${id}' står flere gange i arket '${sheetName}'; kun den første række er læst.`,
        file: fileName,
        sheet: sheetName,
        cell: `A${rowNumber}`,
      });
      continue;
    }
    if (id !== '') seen.add(id);
    const base = existingIndex !== undefined ? proposals[existingIndex] : undefined;
    const start = base ?? newProposal(id, project, settings, fileName, sheetName, rowNumber);
    const amounts = [...start.amounts];
    const income = [...start.income];
    const fte = [...start.fte];
    const proposal: Draft<Proposal> = { ...start, amounts, income, fte };
    const list: FieldChange[] = [];
    for (const column of expected) {
      if (column.field === 'id' || !located.has(column)) continue;
      const cell = read(column);
      const where = cell?.address ?? `${columnLetter(located.get(column) ?? 1)}${rowNumber}`;
      const fail = (what: string): void => {
        problems.push({
          code: 'forslag_value_not_understood',
          severity: 'warning',
          message: `${what} i arket '${sheetName}', celle ${where}, er ikke forstået og er ikke ændret.`,
          file: fileName,
          sheet: sheetName,
          cell: where,
        });
      };
      if (column.field === 'amount' || column.field === 'income' || column.field === 'fte') {
        const i = column.yearIndex ?? 0;
        const value = cellNumber(cell);
        if (value === undefined) {
          fail(`${column.field === 'income' ? 'Indtægten' : 'Beløbet'} for ${years[i]}`);
          continue;
        }
        if (column.field === 'amount' || column.field === 'income') {
          const field = column.field;
          const stored = field === 'amount' ? amounts : income;
          const kr: Kr = thousandsToKr(value * sign) || 0;
          const before = stored[i] ?? 0;
          if (kr !== before) {
            list.push({ field, year: years[i], before, after: kr, cell: where });
            stored[i] = kr;
          }
        } else {
          const before = fte[i] ?? 0;
          if (Math.abs(value - before) > 1e-9) {
            list.push({ field: 'fte', year: years[i], before, after: value, cell: where });
            fte[i] = value;
          }
        }
        continue;
      }
      const text = textIn(cells, column, located.get(column) ?? 1).trim();
      const written = base ? forslagText(base, column.field).trim() : '';
      // XML turns a written "\r" (or "\r\n") into "\n" on reading, and LibreOffice changes a few literal `_xHHHH_`
      // texts when it saves: only a change in the words is an edit.
      if (
        lineEndingsAsLf(text) === lineEndingsAsLf(written) ||
        lineEndingsAsLf(text) === lineEndingsAsLf(afterLibreOffice(written))
      )
        continue;
      const field = column.field;
      if (field === 'vej' || field === 'kategori' || field === 'status') {
        const parsed =
          field === 'vej' ? parseVej(text) : field === 'kategori' ? parseKategori(text) : parseStatus(text);
        if (parsed === undefined || (field === 'status' && parsed === null)) {
          fail(`${column.header} '${text}'`);
          continue;
        }
        const before = proposal[field];
        if (parsed === before) continue;
        list.push({ field, before, after: parsed, cell: where });
        if (field === 'vej') proposal.vej = parsed as Vej | null;
        else if (field === 'kategori') proposal.kategori = parsed as Kategori | null;
        else proposal.status = parsed as Status;
        continue;
      }
      const before = proposal[field];
      list.push({ field, before, after: text, cell: where });
      proposal[field] = text;
    }
    if (base && existingIndex !== undefined) {
      if (list.length > 0) {
        changes.push({ id, changes: list });
        proposals[existingIndex] = proposal;
      }
    } else {
      if (proposal.id === '') proposal.id = freeId(byId);
      byId.set(proposal.id, proposals.length);
      seen.add(proposal.id);
      proposals.push(proposal);
      added.push(proposal);
    }
  }
  for (const id of settings.forslagIds) {
    if (!seen.has(id))
      problems.push({
        code: 'forslag_row_removed',
        severity: 'warning',
        message: `Forslag ${id} er fjernet fra arket '${sheetName}'. Det er beholdt uændret i projektet; slet det i Råderum, hvis det skal udgå.`,
        file: fileName,
        sheet: sheetName,
      });
  }
  return { project: { ...project, proposals }, changes, added, problems, exportSettings: settings };
}

function isYearColumn(column: ForslagColumn): boolean {
  return column.field === 'amount' || column.field === 'income' || column.field === 'fte';
}

function newProposal(
  id: string,
  project: Project,
  settings: ExportSettings,
  fileName: string,
  sheet: string,
  row: number,
): Proposal {
  return blankProposal(id, project.settings.years.length, {
    catalogue: settings.catalogue ?? '',
    source: { file: fileName, sheet, row },
  });
}

function freeId(taken: ReadonlyMap<string, number>): string {
  for (let n = 1; ; n++) {
    const id = `NY-${String(n).padStart(2, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** The text a cell shows (`_xHHHH_` decoded, as Excel and LibreOffice decode it). */
function cellText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return '';
  return typeof cell.value === 'string' ? unescapeCellText(cell.value) : cell.text;
}

/** A number cell, a Danish number typed as text, or empty (0); undefined when it is neither. */
function cellNumber(cell: Cell | undefined): number | undefined {
  if (!cell) return 0;
  if (cell.kind === 'number') return typeof cell.value === 'number' ? cell.value : undefined;
  if (cell.kind === 'text') {
    const text = String(cell.value ?? '').trim();
    if (text === '') return 0;
    return parseDanishNumber(text) ?? undefined;
  }
  return undefined;
}

function lineEndingsAsLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
