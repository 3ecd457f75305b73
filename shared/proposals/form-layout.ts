import { cellAddress } from '../workbook/cells.ts';
import type { Cell, SheetGrid } from '../workbook/types.ts';
import type { FieldValue, FieldValues, RawProposal } from './build.ts';
import { cellNumber, cellText, headerYear, isBlank, roundFte, type SheetContext } from './cells.ts';
import {
  economyRowOfLabel,
  fieldOfLabel,
  splitLabelValue,
  type EconomyRow,
  type ProposalField,
} from './labels.ts';

/**
 * The form layout: one sheet per proposal, labels in one column ("Forslag nr.", "Forslagets titel:", "Udvalg", …) with
 * the values beside them, and an economy table found by its year header, with rows Udgifter / Indtægter / I alt /
 * Årsværk. Rows are found by their labels, never by position.
 */
export interface FormLayout {
  kind: 'form';
  labelColumn: number;
  score: number;
}

export interface TextAt {
  text: string;
  cell: string;
  /** Set for text from another sheet (an instruction sheet). */
  sheet?: string;
}

export function detectFormLayout(grid: SheetGrid): FormLayout | null {
  const perColumn = new Map<number, Set<ProposalField>>();
  for (const row of grid.rows) {
    for (const cell of row) {
      if (!cell || cell.kind !== 'text') continue;
      const text = cellText(cell);
      const field = fieldOfLabel(text) ?? splitLabelValue(text)?.field;
      if (!field) continue;
      const set = perColumn.get(cell.col) ?? new Set<ProposalField>();
      set.add(field);
      perColumn.set(cell.col, set);
    }
  }
  let best: FormLayout | null = null;
  for (const [col, fields] of perColumn) {
    if (fields.size < 3 || (!fields.has('id') && !fields.has('title'))) continue;
    if (!best || fields.size > best.score) best = { kind: 'form', labelColumn: col, score: fields.size };
  }
  return best;
}

export interface FormResult {
  /** null for an empty form (a template nobody filled in). */
  raw: RawProposal | null;
  /** Text cells that are not field values: notes and headers, searched for sign statements. */
  notes: TextAt[];
}

export function readForm(
  grid: SheetGrid,
  layout: FormLayout,
  years: readonly number[],
  ctx: SheetContext,
): FormResult {
  const labelCol = layout.labelColumn;
  const fields: FieldValues = {};
  const valueCells = new Set<string>();
  let firstLabelRow = 0;
  let idRow = 0;

  grid.rows.forEach((cells, i) => {
    const row = i + 1;
    const labelCell = cells[labelCol - 1];
    const labelText = cellText(labelCell);
    const valueCell = cells.find((c, ci) => ci + 1 > labelCol && c !== undefined && !isBlank(c));
    // "Vej: Bred" in one cell, with nothing beside it.
    const inline = valueCell ? null : splitLabelValue(labelText);
    const field = inline?.field ?? fieldOfLabel(labelText);
    if (!field || fields[field]) return;
    if (firstLabelRow === 0) firstLabelRow = row;
    if (field === 'id') idRow = row;
    if (inline && labelCell) {
      fields[field] = { text: inline.value, cell: labelCell.address };
      // A "Bemærkning: …" cell may be where the sign convention is stated, so it stays searchable.
      if (field !== 'notes') valueCells.add(labelCell.address);
      return;
    }
    if (valueCell) {
      fields[field] = valueOf(valueCell);
      valueCells.add(valueCell.address);
    } else {
      fields[field] = { text: '', cell: cellAddress(labelCol + 1, row) };
    }
  });

  const economy = readEconomy(grid, labelCol, years, ctx);
  const notes: TextAt[] = [];
  for (const cells of grid.rows) {
    for (const cell of cells) {
      if (!cell || cell.kind !== 'text' || valueCells.has(cell.address)) continue;
      notes.push({ text: cellText(cell), cell: cell.address });
    }
  }

  const filled =
    (fields.id?.text ?? '') !== '' ||
    (fields.title?.text ?? '') !== '' ||
    economy.amounts.some((a) => a !== 0) ||
    economy.fte.some((a) => a !== 0);
  if (!filled) return { raw: null, notes };

  return {
    raw: {
      fields,
      amountsThousands: economy.amounts,
      incomeThousands: economy.income,
      fte: economy.fte,
      source: { file: ctx.file, sheet: ctx.sheet, row: idRow || firstLabelRow || 1 },
      fallbackId: ctx.sheet,
    },
    notes,
  };
}

function valueOf(cell: Cell): FieldValue {
  const value: FieldValue = { text: cellText(cell), cell: cell.address };
  if (cell.kind === 'number' && typeof cell.value === 'number') value.number = cell.value;
  return value;
}

interface Economy {
  amounts: number[];
  /** The Indtægter row (zeros without one); the expenditure is what remains of `amounts`. */
  income: number[];
  fte: number[];
}

/** An economy table, either with years across (the usual form) or years down (rows per year). */
interface EconomyTable {
  /** Economy row/column kind → the address of its label cell. */
  labels: Map<EconomyRow, string>;
  years: number[];
  /** The cell holding the year headers' first cell, for messages. */
  anchor: string;
  cell(kind: EconomyRow, year: number): Cell | undefined;
}

const TABLE_SPAN = 12;

function labelsIn(
  grid: SheetGrid,
  rows: readonly number[],
  cols: readonly number[],
): { kind: EconomyRow; row: number; col: number }[] {
  const out: { kind: EconomyRow; row: number; col: number }[] = [];
  for (const row of rows) {
    for (const col of cols) {
      const kind = economyRowOfLabel(cellText(grid.rows[row - 1]?.[col - 1]));
      if (kind) out.push({ kind, row, col });
    }
  }
  return out;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Years across a header row, economy labels down a column to their left. */
function findAcross(grid: SheetGrid, labelCol: number): EconomyTable | null {
  for (let r = 1; r <= grid.rows.length; r++) {
    const found = (grid.rows[r - 1] ?? []).filter(
      (c): c is Cell => c !== undefined && c.col > labelCol && headerYear(c) !== null,
    );
    if (found.length < 2) continue;
    const yearCols = new Map<number, number>();
    for (const cell of found) {
      const year = headerYear(cell);
      if (year !== null && !yearCols.has(year)) yearCols.set(year, cell.col);
    }
    const firstYearCol = Math.min(...yearCols.values());
    const hits = labelsIn(
      grid,
      range(r + 1, Math.min(grid.rows.length, r + TABLE_SPAN)),
      range(1, firstYearCol - 1),
    );
    if (hits.length === 0) continue;
    // The column with most economy labels is the table's label column.
    const perCol = new Map<number, number>();
    for (const h of hits) perCol.set(h.col, (perCol.get(h.col) ?? 0) + 1);
    const col = [...perCol.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? labelCol;
    const rows = new Map<EconomyRow, number>();
    for (const h of hits) if (h.col === col && !rows.has(h.kind)) rows.set(h.kind, h.row);
    return {
      labels: new Map([...rows].map(([k, row]) => [k, cellAddress(col, row)])),
      years: [...yearCols.keys()],
      anchor: cellAddress(firstYearCol, r),
      cell: (kind, year) => {
        const row = rows.get(kind);
        const yc = yearCols.get(year);
        return row === undefined || yc === undefined ? undefined : grid.rows[row - 1]?.[yc - 1];
      },
    };
  }
  return null;
}

/** Economy labels across a header row ("Udgifter | Indtægter | I alt"), one row per year below. */
function findDown(grid: SheetGrid): EconomyTable | null {
  for (let r = 1; r <= grid.rows.length; r++) {
    const cells = (grid.rows[r - 1] ?? []).filter((c): c is Cell => c !== undefined);
    const cols = new Map<EconomyRow, number>();
    for (const cell of cells) {
      const kind = economyRowOfLabel(cellText(cell));
      if (kind && !cols.has(kind)) cols.set(kind, cell.col);
    }
    if (cols.size < 2) continue;
    const firstCol = Math.min(...cols.values());
    const yearRows = new Map<number, number>();
    let anchor = '';
    for (let rr = r + 1; rr <= Math.min(grid.rows.length, r + TABLE_SPAN); rr++) {
      const yearCell = (grid.rows[rr - 1] ?? []).find(
        (c): c is Cell => c !== undefined && c.col < firstCol && headerYear(c) !== null,
      );
      const year = headerYear(yearCell);
      if (!yearCell || year === null || yearRows.has(year)) continue;
      yearRows.set(year, rr);
      anchor ||= yearCell.address;
    }
    if (yearRows.size < 2) continue;
    return {
      labels: new Map([...cols].map(([k, col]) => [k, cellAddress(col, r)])),
      years: [...yearRows.keys()],
      anchor,
      cell: (kind, year) => {
        const col = cols.get(kind);
        const row = yearRows.get(year);
        return col === undefined || row === undefined ? undefined : grid.rows[row - 1]?.[col - 1];
      },
    };
  }
  return null;
}

function readEconomy(
  grid: SheetGrid,
  labelCol: number,
  years: readonly number[],
  ctx: SheetContext,
): Economy {
  const zero = (): number[] => years.map(() => 0);
  const at = { file: ctx.file, sheet: ctx.sheet };
  const table = findAcross(grid, labelCol) ?? findDown(grid);
  if (!table) {
    ctx.problems.push({
      code: 'proposal_economy_missing',
      severity: 'warning',
      message: `Arket '${ctx.sheet}' har ingen økonomitabel med årstal og rækkerne Udgifter, Indtægter eller I alt. Forslagets beløb er sat til 0.`,
      ...at,
    });
    return { amounts: zero(), income: zero(), fte: zero() };
  }
  reportYears(years, table.years, ctx, table.anchor);

  const read = (kind: EconomyRow, what: string): number[] | null => {
    if (!table.labels.has(kind)) return null;
    return years.map((y) => cellNumber(table.cell(kind, y), ctx, what, kind === 'fte' ? 'fte' : 'amount'));
  };
  const fte = (read('fte', 'Årsværk') ?? zero()).map(roundFte);
  const totalLabel = table.labels.get('total');
  const uncomputed =
    totalLabel !== undefined && years.some((y) => table.cell('total', y)?.kind === 'formula');
  const expenses = read('expenses', 'Udgifter');
  const income = read('income', 'Indtægter');
  const parts = expenses || income ? years.map((_, i) => (expenses?.[i] ?? 0) + (income?.[i] ?? 0)) : null;
  const split = { income: income ?? zero(), fte };

  if (totalLabel !== undefined && !(uncomputed && parts)) {
    const total = read('total', 'I alt') ?? zero();
    const equal = (a: readonly number[], b: readonly number[]): boolean =>
      a.every((v, i) => Math.round(v * 1000) === Math.round((b[i] ?? 0) * 1000));
    // A form that writes merindtægter as positive numbers and subtracts them: its own arithmetic says so.
    if (
      expenses &&
      income?.some((v) => v !== 0) &&
      parts &&
      !equal(parts, total) &&
      equal(
        expenses.map((e, i) => e - (income[i] ?? 0)),
        total,
      )
    ) {
      ctx.problems.push({
        code: 'proposal_income_sign_turned',
        severity: 'info',
        message: `'I alt' i arket '${ctx.sheet}' er Udgifter minus Indtægter, så indtægterne er skrevet med modsat fortegn. De er gemt med merindtægter negative.`,
        ...at,
        cell: table.labels.get('income') ?? totalLabel,
      });
      return { amounts: total, income: income.map((v) => (v === 0 ? 0 : -v)), fte };
    }
    if (parts && !equal(parts, total)) {
      ctx.problems.push({
        code: 'proposal_total_mismatch',
        severity: 'warning',
        message: `'I alt' i arket '${ctx.sheet}' (celle ${totalLabel}) er ikke Udgifter + Indtægter. Beløbene i 'I alt' er brugt; kontrollér skemaet.`,
        ...at,
        cell: totalLabel,
      });
    }
    return { amounts: total, ...split };
  }
  if (totalLabel !== undefined && parts) {
    ctx.problems.push({
      code: 'proposal_total_computed',
      severity: 'info',
      message: `'I alt' i arket '${ctx.sheet}' er formler uden beregnet værdi; beløbet er regnet som Udgifter + Indtægter.`,
      ...at,
      cell: totalLabel,
    });
    return { amounts: parts, ...split };
  }
  const net = read('net', 'Beløb');
  if (net) return { amounts: net, ...split };
  if (parts) return { amounts: parts, ...split };
  ctx.problems.push({
    code: 'proposal_economy_missing',
    severity: 'warning',
    message: `Økonomitabellen i arket '${ctx.sheet}' har hverken en række 'I alt' eller 'Udgifter'/'Indtægter'. Forslagets beløb er sat til 0.`,
    ...at,
    cell: table.anchor,
  });
  return { amounts: zero(), income: zero(), fte };
}

/** Project years the sheet lacks are 0 (a warning); years the sheet has beyond the project are left out (info). */
export function reportYears(
  years: readonly number[],
  found: readonly number[],
  ctx: SheetContext,
  cell: string,
): void {
  const missing = years.filter((y) => !found.includes(y));
  const extra = found.filter((y) => !years.includes(y));
  if (missing.length > 0) {
    ctx.problems.push({
      code: 'proposal_year_missing',
      severity: 'warning',
      message: `Arket '${ctx.sheet}' har ingen beløb for ${missing.join(', ')}. De er sat til 0.`,
      file: ctx.file,
      sheet: ctx.sheet,
      cell,
    });
  }
  if (extra.length > 0) {
    ctx.problems.push({
      code: 'proposal_year_ignored',
      severity: 'info',
      message: `Arket '${ctx.sheet}' har beløb for ${extra.join(', ')}, som ikke er år i projektet. De er ikke indlæst.`,
      file: ctx.file,
      sheet: ctx.sheet,
      cell,
    });
  }
}
