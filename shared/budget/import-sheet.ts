import type { BudgetLine, FieldName, SkipReason } from '../model/budget.ts';
import type { Draft } from '../model/draft.ts';
import type { Problem } from '../model/problem.ts';
import { parseDanishNumber } from '../numbers/danish.ts';
import { columnNumber } from '../workbook/cells.ts';
import { ReadAborted } from '../workbook/errors.ts';
import type { AbortSignalLike, Cell, WorkbookFile } from '../workbook/types.ts';
import { readDranst, readFunction, readMainAccount, type ReadFunction } from './kontoplan/account.ts';
import { codePart } from './headers.ts';
import {
  accountCode,
  cellText,
  classifyRow,
  RowMemo,
  type LabelField,
  type RowContext,
} from './row-labels.ts';
import { unreadNotes, type SheetPlan, type SheetRead, type Unread } from './sheet-plan.ts';
import { KR_PER_UNIT } from './unit.ts';

export { planSheet, type SheetPlan, type SheetRead } from './sheet-plan.ts';

export interface SheetReadOptions {
  file: WorkbookFile;
  plan: SheetPlan;
  years: readonly number[];
  signal?: AbortSignalLike;
  onProgress?: (fraction: number) => void;
  /** Stop after this many rows below the header (the preview's rows); the read is then `complete: false`. */
  maxRows?: number;
}

/** A placeholder for `BudgetLine.amounts` of a line as read: the amounts depend on the unit (see reapply.ts). */
const NOT_YET: BudgetLine['amounts'] = [];

/**
 * The largest raw amount that is within `AMOUNT_LIMIT_KR` under every unit; the text of a larger cell is kept for
 * the out-of-range warning it may get (below this no unit makes it one).
 */
const SAFE_UNDER_EVERY_UNIT = 1e12 / Math.max(...Object.values(KR_PER_UNIT)) / 2;

/** `read` remembering its last text and answer (`read` must be pure). */
function lastMemo<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T | undefined;
  return (text) => {
    if (text !== lastText || last === undefined) {
      last = read(text);
      lastText = text;
    }
    return last;
  };
}

/** Reads one budget sheet's rows below its header: the one pass over its cells (see `SheetRead`). */
export async function readSheet(options: SheetReadOptions): Promise<SheetRead> {
  const { file, plan, years, signal, maxRows } = options;
  const { mapping: m, cols, yearCols, yearOf } = plan;
  const sheet = m.sheet;
  const fileName = file.fileName;
  const serviceColumn = cols.service?.[0];
  const K = yearCols.length;
  let raw = new Float64Array(Math.max(1, K) * 1024);
  const result: SheetRead = {
    sheet,
    yearCols,
    yearOf,
    lines: [],
    raw,
    cellProblems: new Map(),
    cellTexts: new Map(),
    firstCells: new Map(),
    serviceColumn,
    serviceTexts: [],
    rowProblems: [],
    rowProblemAt: [],
    skippedRows: [],
    textNumberCells: [],
    functionNames: {},
    accountNotes: [],
    complete: true,
  };
  const { cellProblems, cellTexts, serviceTexts, rowProblems, rowProblemAt } = result;
  const unreadFunctions = new Map<string, Unread>();
  const unreadDranst = new Map<string, Unread>();
  const unread = (seen: Map<string, Unread>, cell: Cell | undefined, text: string): void => {
    const u = seen.get(text);
    if (u) u.count++;
    else seen.set(text, { text, cell: cell?.address ?? '', count: 1 });
  };
  const { lines, skippedRows, textNumberCells: textCells } = result;
  const rowProblem = (p: Problem): void => {
    rowProblems.push(p);
    rowProblemAt.push(lines.length);
  };
  // By column number (an array: looked up for every text cell of every row).
  const headerTexts: (string | undefined)[] = [];
  for (const [letter, text] of Object.entries(m.headers ?? {}))
    headerTexts[columnNumber(letter)] = text.trim().toLowerCase();
  const rowMemo = new RowMemo();
  const rowContext: RowContext = { sheet, hasCommitteeColumn: cols.committee !== undefined, memo: rowMemo };
  const mappedCols = new Set<number>([...Object.values(cols).flat(), ...yearCols.filter((c) => c > 0)]);
  const maxCol = Math.max(0, ...mappedCols);
  const byCol: (Cell | undefined)[] = Array.from({ length: maxCol + 1 }, () => undefined);
  let previousCells: readonly Cell[] = [];
  let previousRow = m.headerRow;
  let seenData = false;
  let lastCommittee = '';
  let sectionCommittee: string | undefined;
  let lastArea = '';
  const lastRow = maxRows === undefined ? Infinity : m.headerRow + maxRows;

  const warn = (at: number, code: string, cell: Cell, message: string): void => {
    cellProblems.set(at, { code, severity: 'warning', message, file: fileName, sheet, cell: cell.address });
  };

  // The first column of each field (0: none; byCol[0] is never a cell), resolved once: this runs for every row.
  const colOf = (field: FieldName): number => cols[field]?.[0] ?? 0;
  const committeeCol = colOf('committee');
  const areaCol = colOf('area');
  const functionCol = colOf('function');
  const dranstCol = colOf('dranst');
  const textCol = colOf('text');
  const serviceCol = colOf('service');
  // A label field's text: a code reading (`accountCode`) of its one column, remembering the column's last text (a
  // budget repeats a column's value row after row), or the texts of its several columns joined.
  const labelOf = (field: LabelField): (() => string) => {
    const c = cols[field];
    if (!c) return () => '';
    if (c.length === 1) {
      const col = c[0] ?? 0;
      const code = lastMemo(codePart);
      return () => accountCode(byCol[col], field, code);
    }
    return () =>
      c
        .map((col) => cellText(byCol[col]))
        .filter((t) => t !== '')
        .join(' - ');
  };
  const mainAccountText = labelOf('mainAccount');
  const functionText = labelOf('function');
  const dranstText = labelOf('dranst');
  const artText = labelOf('art');
  const costCentreText = labelOf('costCentre');
  const joinedText = labelOf('text');
  const functionOf = lastMemo(readFunction);
  const mainAccountOf = lastMemo(readMainAccount);
  const dranstOf = lastMemo(readDranst);

  const multiColumnText = (cols.text?.length ?? 0) > 1;
  // The current row's amount cells, one per entry of yearCols (reused from row to row).
  const amountCells: (Cell | undefined)[] = new Array<Cell | undefined>(yearCols.length);
  // The current row's labels: one record, overwritten row by row (the classification only reads it).
  const labels: Record<LabelField, string> = {
    committee: '',
    area: '',
    mainAccount: '',
    function: '',
    dranst: '',
    art: '',
    costCentre: '',
    text: '',
  };
  // The last line's account: lines come in runs of one account, and an Account is read-only, so a run shares one.
  let lastAccount: Draft<BudgetLine['account']> | undefined;

  const details = await file.readRows(
    sheet,
    (row) => {
      if (row.row <= m.headerRow) return;
      if (row.row > lastRow) return false;
      // Only the previous row's cells are cleared (every row comes here, a heading's too).
      for (const cell of previousCells) if (cell.col <= maxCol) byCol[cell.col] = undefined;
      const cells = row.cells;
      previousCells = cells;
      // One pass over the row's cells: byCol, and for the classification its first text cell and how many text
      // cells repeat their column's header.
      let firstText: Cell | undefined;
      let headerMatches = 0;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i] as Cell;
        const col = cell.col;
        if (col <= maxCol) byCol[col] = cell;
        if (cell.kind === 'text') {
          firstText ??= cell;
          const h = headerTexts[col];
          if (h !== undefined && rowMemo.isHeader(col, String(cell.value), h)) headerMatches++;
        }
      }
      let hasAmount = false;
      for (let k = 0; k < yearCols.length; k++) {
        const col = yearCols[k] ?? 0;
        const c = col > 0 ? byCol[col] : undefined;
        amountCells[k] = c;
        if (c !== undefined && !(c.kind === 'text' && String(c.value).trim() === '')) hasAmount = true;
      }
      // The text counts by its first column even when several are joined.
      const firstTextColumn = cellText(byCol[textCol]);
      labels.committee = cellText(byCol[committeeCol]);
      labels.area = cellText(byCol[areaCol]);
      labels.mainAccount = mainAccountText();
      labels.function = functionText();
      labels.dranst = dranstText();
      labels.art = artText();
      labels.costCentre = costCentreText();
      labels.text = multiColumnText ? joinedText() : firstTextColumn;
      const labelCount =
        (labels.committee !== '' ? 1 : 0) +
        (labels.area !== '' ? 1 : 0) +
        (labels.mainAccount !== '' ? 1 : 0) +
        (labels.function !== '' ? 1 : 0) +
        (labels.dranst !== '' ? 1 : 0) +
        (labels.art !== '' ? 1 : 0) +
        (labels.costCentre !== '' ? 1 : 0) +
        (firstTextColumn !== '' ? 1 : 0);
      const anyMapped =
        hasAmount || labelCount > 0 || (cols.service ? cellText(byCol[serviceCol]) !== '' : false);
      if (!anyMapped) return;

      // Rows missing between the previous row and this one are blank separators inside the data.
      if (seenData && row.row > previousRow + 1) {
        for (let r = previousRow + 1; r < row.row && r < previousRow + 50; r++) {
          skippedRows.push({ sheet, row: r, reason: 'blank' satisfies SkipReason });
          rowProblem({
            code: 'blank_row_skipped',
            severity: 'info',
            message: `Række ${r} på arket '${sheet}' er tom og er sprunget over.`,
            file: fileName,
            sheet,
          });
        }
      }
      previousRow = row.row;

      const left = classifyRow(
        row,
        labels,
        labelCount,
        amountCells,
        hasAmount,
        firstText,
        headerMatches,
        rowContext,
      );
      if (left) {
        skippedRows.push({ sheet, row: row.row, reason: left.reason });
        const p: Problem = {
          code: left.code,
          severity: left.severity,
          message: left.message,
          file: fileName,
          sheet,
        };
        if (left.cell !== undefined) p.cell = left.cell;
        rowProblem(p);
        if (left.committee !== undefined) sectionCommittee = left.committee;
        return;
      }
      seenData = true;

      const index = lines.length;
      if ((index + 1) * K > raw.length) {
        const grown = new Float64Array(raw.length * 2);
        grown.set(raw);
        raw = grown;
      }
      const base = index * K;
      let firstCell = -1;
      let firstSaid = -1;
      for (let k = 0; k < K; k++) {
        const cell = amountCells[k];
        let value = NaN;
        if (cell) {
          if (firstCell < 0) firstCell = k;
          const i = yearOf[k] ?? 0;
          switch (cell.kind) {
            case 'number':
            case 'date':
              value = cell.value as number;
              break;
            case 'text': {
              const text = String(cell.value);
              if (text.trim() === '') break;
              const v = parseDanishNumber(text);
              if (v === null) {
                warn(
                  base + k,
                  'amount_not_a_number',
                  cell,
                  `Cellen ${cell.address} på arket '${sheet}' indeholder '${text.trim()}', som ikke er et beløb. Beløbet for ${years[i]} er sat til 0.`,
                );
                break;
              }
              // In a CSV every cell is text, so only workbooks report amounts stored as text.
              if (file.format !== 'csv') textCells.push({ sheet, cell: cell.address, text, value: v });
              value = v;
              break;
            }
            case 'error':
              warn(
                base + k,
                'error_values_in_cells',
                cell,
                `Cellen ${cell.address} på arket '${sheet}' indeholder fejlværdien ${String(cell.value)}. Beløbet for ${years[i]} er sat til 0 - ret fejlen i Excel og indlæs filen igen.`,
              );
              break;
            case 'formula':
              warn(
                base + k,
                'formulas_without_cached_values',
                cell,
                `Cellen ${cell.address} på arket '${sheet}' har en formel uden beregnet værdi (${cell.text}). Beløbet for ${years[i]} er sat til 0 - åbn filen i Excel, gem den, og prøv igen.`,
              );
              break;
            case 'boolean':
              warn(
                base + k,
                'amount_not_a_number',
                cell,
                `Cellen ${cell.address} på arket '${sheet}' indeholder en sandhedsværdi, ikke et beløb. Beløbet for ${years[i]} er sat til 0.`,
              );
              break;
          }
          if (!Number.isNaN(value) && !(Math.abs(value) < SAFE_UNDER_EVERY_UNIT)) {
            const shown = cell.text.trim() || String(cell.value);
            if (shown !== String(value)) cellTexts.set(base + k, shown);
          }
        }
        raw[base + k] = value;
        if (firstSaid < 0 && cell && (!Number.isNaN(value) || cellProblems.has(base + k))) firstSaid = k;
      }
      if (firstCell !== firstSaid) result.firstCells.set(index, firstCell);

      if (serviceColumn !== undefined) {
        const flagCell = byCol[serviceColumn];
        serviceTexts.push(flagCell ? cellText(flagCell) : undefined);
      }

      let committee = cols.committee
        ? (labels.committee ?? '')
        : (sectionCommittee ?? m.committeeFromSheet ?? '');
      if (committee === '' && cols.committee) committee = lastCommittee;
      lastCommittee = committee;
      let area = labels.area ?? '';
      if (area === '' && cols.area) area = lastArea;
      lastArea = area;

      // The account's parts, set in this order (undefined: absent).
      let accFunction: string | undefined;
      let accMain: string | undefined;
      let accDranst: string | undefined;
      let accArt: string | undefined;
      const fnText = labels.function ?? '';
      let fnRead: ReadFunction | null = null;
      if (fnText !== '') {
        // The code as the kontoplan writes it ("32201" → "3.22.01"); a cell that does not read keeps its text.
        const fnCell = byCol[functionCol];
        fnRead = functionOf(cellText(fnCell));
        if (fnRead) {
          accFunction = fnRead.function;
          if (fnRead.name !== undefined) result.functionNames[fnRead.function] ??= fnRead.name;
        } else {
          accFunction = fnText;
          unread(unreadFunctions, fnCell, cellText(fnCell));
        }
      }
      const main = labels.mainAccount ?? '';
      if (main !== '') accMain = mainAccountOf(main) ?? main;
      else if (fnRead) accMain = fnRead.mainAccount;
      if (labels.dranst) {
        const dranstCell = byCol[dranstCol];
        const dranst = dranstOf(cellText(dranstCell));
        if (dranst !== null) accDranst = dranst;
        else {
          accDranst = labels.dranst;
          unread(unreadDranst, dranstCell, cellText(dranstCell));
        }
      } else if (fnRead?.dranst !== undefined && !cols.dranst) accDranst = fnRead.dranst;
      if (labels.art) accArt = labels.art;
      let account = lastAccount;
      if (
        account === undefined ||
        account.function !== accFunction ||
        account.mainAccount !== accMain ||
        account.dranst !== accDranst ||
        account.art !== accArt
      ) {
        account = {};
        if (accFunction !== undefined) account.function = accFunction;
        if (accMain !== undefined) account.mainAccount = accMain;
        if (accDranst !== undefined) account.dranst = accDranst;
        if (accArt !== undefined) account.art = accArt;
        lastAccount = account;
      }
      const source = { file: fileName, sheet, row: row.row };
      // One literal per shape, the keys in the model's order (a cost centre last).
      const line: Draft<BudgetLine> = labels.costCentre
        ? {
            committee,
            area,
            account,
            text: labels.text ?? '',
            amounts: NOT_YET,
            isService: null,
            source,
            costCentre: labels.costCentre,
          }
        : {
            committee,
            area,
            account,
            text: labels.text ?? '',
            amounts: NOT_YET,
            isService: null,
            source,
          };
      lines.push(line);
    },
    {
      ...(signal ? { signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  if (signal?.aborted) throw new ReadAborted();
  result.raw = raw.subarray(0, lines.length * K);
  result.complete = details.complete;
  result.accountNotes.push(
    ...unreadNotes(
      unreadFunctions,
      sheet,
      fileName,
      'function_not_read',
      'en funktion i kontoplanen (fx 3.22.01)',
    ),
    ...unreadNotes(unreadDranst, sheet, fileName, 'dranst_not_read', 'en dranst (1-7, fx 1 Drift)'),
  );
  return result;
}
