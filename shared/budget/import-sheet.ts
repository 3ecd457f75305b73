import type { BudgetLine, FieldName, ImportReport, SheetMapping, SkipReason } from '../model/budget.ts';
import { MAX_FILE_TOTAL_KR, type FileTotals } from '../model/bounds.ts';
import { AMOUNT_LIMIT_KR, isPlausibleKr, type Kr } from '../model/money.ts';
import type { Problem } from '../model/problem.ts';
import { formatDanish, parseDanishNumber } from '../numbers/danish.ts';
import { columnNumber } from '../workbook/cells.ts';
import { ReadAborted } from '../workbook/errors.ts';
import type { AbortSignalLike, Cell, WorkbookFile } from '../workbook/types.ts';
import { yearColumnLetters } from './columns.ts';
import { readDranst, readFunction, readMainAccount, type ReadFunction } from './kontoplan/account.ts';
import { accountCode, cellText, classifyRow, type LabelField, type RowContext } from './row-labels.ts';
import type { ServiceValueTally } from './service-flag.ts';
import { KR_PER_UNIT } from './unit.ts';

/** A budget sheet's mapping turned into column numbers, once before its rows are read. */
export interface SheetPlan {
  mapping: SheetMapping;
  cols: Partial<Record<FieldName, number[]>>;
  /** The amount columns; a year split into Udgift and Indtægt has two, added up. */
  yearCols: number[];
  /** Index into the plan years of each amount column. */
  yearOf: number[];
  /** What an amount as written is multiplied by to give kroner (1.000 for 1.000 kr.). */
  krPerUnit: number;
}

export function planSheet(m: SheetMapping, years: readonly number[]): SheetPlan {
  const cols: Partial<Record<FieldName, number[]>> = {};
  for (const [field, letters] of Object.entries(m.columns) as [FieldName, string[]][]) {
    const nums = letters.map(columnNumber).filter((n) => n > 0);
    if (nums.length > 0) cols[field] = nums;
  }
  const yearCols: number[] = [];
  const yearOf: number[] = [];
  years.forEach((y, i) => {
    for (const col of yearColumnLetters(m.years[String(y)] ?? '').map(columnNumber)) {
      if (col > 0) {
        yearCols.push(col);
        yearOf.push(i);
      }
    }
  });
  return { mapping: m, cols, yearCols, yearOf, krPerUnit: KR_PER_UNIT[m.unit ?? 'thousands'] };
}

export interface SheetImportOptions {
  file: WorkbookFile;
  plan: SheetPlan;
  years: readonly number[];
  /** Counts the service column's values over every sheet (one code list per workbook). */
  serviceTally: ServiceValueTally;
  signal?: AbortSignalLike;
  onProgress?: (fraction: number) => void;
  /** The sum of |amounts| per year over the whole import (every sheet), kept within its bound. */
  totals?: FileTotals;
}

/** What one sheet gave: its lines and what the import report says about it. */
export interface SheetImport {
  lines: BudgetLine[];
  problems: Problem[];
  skippedRows: ImportReport['skippedRows'];
  textNumberCells: NonNullable<ImportReport['textNumberCells']>;
  /** Names the sheet wrote beside funktion codes ("3.22.01 Folkeskoler"): code → name, the first seen. */
  functionNames: Record<string, string>;
}

/** An account cell that did not read as a code of the kontoplan, counted per distinct text. */
interface Unread {
  text: string;
  cell: string;
  count: number;
}

/** Reads one budget sheet's rows below its header into budget lines. */
export async function importSheet(options: SheetImportOptions): Promise<SheetImport> {
  const { file, plan, years, serviceTally, signal, totals } = options;
  const { mapping: m, cols, yearCols, yearOf, krPerUnit } = plan;
  const sheet = m.sheet;
  const fileName = file.fileName;
  const result: SheetImport = {
    lines: [],
    problems: [],
    skippedRows: [],
    textNumberCells: [],
    functionNames: {},
  };
  const unreadFunctions = new Map<string, Unread>();
  const unreadDranst = new Map<string, Unread>();
  const unread = (seen: Map<string, Unread>, cell: Cell | undefined, text: string): void => {
    const u = seen.get(text);
    if (u) u.count++;
    else seen.set(text, { text, cell: cell?.address ?? '', count: 1 });
  };
  const { lines, problems, skippedRows, textNumberCells: textCells } = result;
  // By column number (an array: looked up for every text cell of every row).
  const headerTexts: (string | undefined)[] = [];
  for (const [letter, text] of Object.entries(m.headers ?? {}))
    headerTexts[columnNumber(letter)] = text.trim().toLowerCase();
  const rowContext: RowContext = { sheet, headerTexts, hasCommitteeColumn: cols.committee !== undefined };
  const mappedCols = new Set<number>([...Object.values(cols).flat(), ...yearCols.filter((c) => c > 0)]);
  const maxCol = Math.max(0, ...mappedCols);
  const byCol: (Cell | undefined)[] = new Array<Cell | undefined>(maxCol + 1);
  let previousRow = m.headerRow;
  let seenData = false;
  let lastCommittee = '';
  let sectionCommittee: string | undefined;
  let lastArea = '';
  const unknownServiceValues = new Map<string, { text: string; cell: string; count: number }>();

  const warn = (code: string, cell: Cell, message: string): void => {
    problems.push({ code, severity: 'warning', message, file: fileName, sheet, cell: cell.address });
  };

  // Read the current row's cells from byCol (defined once: this runs for every row of a large budget).
  const get = (field: FieldName): Cell | undefined => {
    const c = cols[field];
    return c && c[0] !== undefined ? byCol[c[0]] : undefined;
  };
  const text = (field: FieldName): string => {
    const c = cols[field];
    if (!c) return '';
    if (c.length === 1) return accountCode(byCol[c[0] ?? 0], field);
    return c
      .map((col) => cellText(byCol[col]))
      .filter((t) => t !== '')
      .join(' - ');
  };

  const multiColumnText = (cols.text?.length ?? 0) > 1;
  // The current row's amount cells, one per entry of yearCols (reused from row to row).
  const amountCells: (Cell | undefined)[] = new Array<Cell | undefined>(yearCols.length);

  await file.readRows(
    sheet,
    (row) => {
      if (row.row <= m.headerRow) return;
      byCol.fill(undefined);
      for (const cell of row.cells) if (cell.col <= maxCol) byCol[cell.col] = cell;
      let hasAmount = false;
      for (let k = 0; k < yearCols.length; k++) {
        const col = yearCols[k] ?? 0;
        const c = col > 0 ? byCol[col] : undefined;
        amountCells[k] = c;
        if (c !== undefined && !(c.kind === 'text' && String(c.value).trim() === '')) hasAmount = true;
      }
      // One object literal (one shape) per row; the text counts by its first column even when several are joined.
      const firstTextColumn = cellText(get('text'));
      const labels: Record<LabelField, string> = {
        committee: cellText(get('committee')),
        area: cellText(get('area')),
        mainAccount: text('mainAccount'),
        function: text('function'),
        dranst: text('dranst'),
        art: text('art'),
        costCentre: text('costCentre'),
        text: multiColumnText ? text('text') : firstTextColumn,
      };
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
        hasAmount || labelCount > 0 || (cols.service ? cellText(get('service')) !== '' : false);
      if (!anyMapped) return;

      // Rows missing between the previous row and this one are blank separators inside the data.
      if (seenData && row.row > previousRow + 1) {
        for (let r = previousRow + 1; r < row.row && r < previousRow + 50; r++) {
          skippedRows.push({ sheet, row: r, reason: 'blank' satisfies SkipReason });
          problems.push({
            code: 'blank_row_skipped',
            severity: 'info',
            message: `Række ${r} på arket '${sheet}' er tom og er sprunget over.`,
            file: fileName,
            sheet,
          });
        }
      }
      previousRow = row.row;

      const left = classifyRow(row, labels, labelCount, amountCells, hasAmount, rowContext);
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
        problems.push(p);
        if (left.committee !== undefined) sectionCommittee = left.committee;
        return;
      }
      seenData = true;

      const amounts: Kr[] = new Array<Kr>(years.length).fill(0);
      const addAmount = (i: number, cell: Cell, kr: Kr): void => {
        if (isPlausibleKr(kr)) amounts[i] = (amounts[i] ?? 0) + kr;
        else warn('amount_out_of_range', cell, outOfRange(cell, sheet, years[i]));
      };
      amountCells.forEach((cell, k) => {
        if (!cell) return;
        const i = yearOf[k] ?? 0;
        switch (cell.kind) {
          case 'number':
          case 'date':
            addAmount(i, cell, Math.round((cell.value as number) * krPerUnit));
            return;
          case 'text': {
            const raw = String(cell.value);
            if (raw.trim() === '') return;
            const v = parseDanishNumber(raw);
            if (v === null) {
              warn(
                'amount_not_a_number',
                cell,
                `Cellen ${cell.address} på arket '${sheet}' indeholder '${raw.trim()}', som ikke er et beløb. Beløbet for ${years[i]} er sat til 0.`,
              );
              return;
            }
            // In a CSV every cell is text, so only workbooks report amounts stored as text.
            if (file.format !== 'csv') textCells.push({ sheet, cell: cell.address, text: raw, value: v });
            addAmount(i, cell, Math.round(v * krPerUnit));
            return;
          }
          case 'error':
            warn(
              'error_values_in_cells',
              cell,
              `Cellen ${cell.address} på arket '${sheet}' indeholder fejlværdien ${String(cell.value)}. Beløbet for ${years[i]} er sat til 0 - ret fejlen i Excel og indlæs filen igen.`,
            );
            return;
          case 'formula':
            warn(
              'formulas_without_cached_values',
              cell,
              `Cellen ${cell.address} på arket '${sheet}' har en formel uden beregnet værdi (${cell.text}). Beløbet for ${years[i]} er sat til 0 - åbn filen i Excel, gem den, og prøv igen.`,
            );
            return;
          case 'boolean':
            warn(
              'amount_not_a_number',
              cell,
              `Cellen ${cell.address} på arket '${sheet}' indeholder en sandhedsværdi, ikke et beløb. Beløbet for ${years[i]} er sat til 0.`,
            );
            return;
        }
      });

      if (totals && !totals.add(amounts)) {
        const first = amountCells.find((c) => c !== undefined);
        if (first) warn('amounts_total_out_of_range', first, totalOutOfRange(row.row, sheet));
        amounts.fill(0);
      }

      let isService: boolean | null = null;
      if (cols.service) {
        const flagCell = get('service');
        const raw = cellText(flagCell);
        const value = serviceTally.add(raw);
        isService = value.isService;
        if (isService === null && flagCell) {
          const seen = unknownServiceValues.get(value.key);
          if (seen) seen.count++;
          else unknownServiceValues.set(value.key, { text: raw, cell: flagCell.address, count: 1 });
        }
      }

      let committee = cols.committee
        ? (labels.committee ?? '')
        : (sectionCommittee ?? m.committeeFromSheet ?? '');
      if (committee === '' && cols.committee) committee = lastCommittee;
      lastCommittee = committee;
      let area = labels.area ?? '';
      if (area === '' && cols.area) area = lastArea;
      lastArea = area;

      const account: BudgetLine['account'] = {};
      const fnText = labels.function ?? '';
      let fnRead: ReadFunction | null = null;
      if (fnText !== '') {
        // The code as the kontoplan writes it ("32201" → "3.22.01"); a cell that does not read keeps its text.
        const fnCell = get('function');
        fnRead = readFunction(cellText(fnCell));
        if (fnRead) {
          account.function = fnRead.function;
          if (fnRead.name !== undefined) result.functionNames[fnRead.function] ??= fnRead.name;
        } else {
          account.function = fnText;
          unread(unreadFunctions, fnCell, cellText(fnCell));
        }
      }
      const main = labels.mainAccount ?? '';
      if (main !== '') account.mainAccount = readMainAccount(main) ?? main;
      else if (fnRead) account.mainAccount = fnRead.mainAccount;
      if (labels.dranst) {
        const dranstCell = get('dranst');
        const dranst = readDranst(cellText(dranstCell));
        if (dranst !== null) account.dranst = dranst;
        else {
          account.dranst = labels.dranst;
          unread(unreadDranst, dranstCell, cellText(dranstCell));
        }
      } else if (fnRead?.dranst !== undefined && !cols.dranst) account.dranst = fnRead.dranst;
      if (labels.art) account.art = labels.art;
      const line: BudgetLine = {
        committee,
        area,
        account,
        text: labels.text ?? '',
        amounts,
        isService,
        source: { file: fileName, sheet, row: row.row },
      };
      if (labels.costCentre) line.costCentre = labels.costCentre;
      lines.push(line);
    },
    {
      ...(signal ? { signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  if (signal?.aborted) throw new ReadAborted();
  // One warning per unknown value, not per line: a budget repeats a handful of values over thousands of lines.
  for (const { text: raw, cell, count } of unknownServiceValues.values()) {
    problems.push({
      code: 'service_flag_unknown',
      severity: 'warning',
      message:
        count === 1
          ? `Cellen ${cell} på arket '${sheet}' siger '${raw}' om serviceudgift, og det forstår Råderum ikke. Linjen står som ukendt, til du angiver, hvad '${raw}' betyder.`
          : `${formatDanish(count)} linjer på arket '${sheet}' siger '${raw}' om serviceudgift (første i celle ${cell}), og det forstår Råderum ikke. Linjerne står som ukendte, til du angiver, hvad '${raw}' betyder.`,
      file: fileName,
      sheet,
      cell,
    });
  }
  result.problems.push(
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

/** One warning per account text that did not read, naming its first cell and how many lines have it. */
function unreadNotes(
  seen: ReadonlyMap<string, Unread>,
  sheet: string,
  fileName: string,
  code: string,
  what: string,
): Problem[] {
  return [...seen.values()].map(({ text, cell, count }) => ({
    code,
    severity: 'warning',
    message:
      count === 1
        ? `Cellen ${cell} på arket '${sheet}' siger '${text}', som ikke kan læses som ${what}. Linjen er talt med, men kontoplanen giver den intet styringsområde.`
        : `${formatDanish(count)} linjer på arket '${sheet}' siger '${text}' (første i celle ${cell}), som ikke kan læses som ${what}. Linjerne er talt med, men kontoplanen giver dem intet styringsområde.`,
    file: fileName,
    sheet,
    cell,
  }));
}

/** A cell beyond `AMOUNT_LIMIT_KR` (shared/model/money.ts): not counted, said with its address. */
function outOfRange(cell: Cell, sheet: string, year: number | undefined): string {
  return `Cellen ${cell.address} på arket '${sheet}' indeholder ${cell.text.trim() || String(cell.value)}, som er urimeligt stort for en budgetlinje (${formatDanish(AMOUNT_LIMIT_KR / 1e9)} mia. kr. eller mere). Beløbet for ${year ?? ''} er ikke talt med; ret cellen og indlæs filen igen.`;
}

function totalOutOfRange(row: number, sheet: string): string {
  return `Række ${row} på arket '${sheet}' er ikke talt med: sammen med linjerne før den når summen af beløbene for et år ${formatDanish(MAX_FILE_TOTAL_KR / 1e9)} mia. kr., og det er ikke et kommunalt budget. Kontrollér filens enhed og beløb.`;
}
