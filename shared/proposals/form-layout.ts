import { cellAddress } from '../workbook/cells.ts';
import type { Cell, SheetGrid } from '../workbook/types.ts';
import type { FieldValue, FieldValues, RawProposal } from './build.ts';
import { cellNumber, cellText, headerYear, isBlank, roundFte, type SheetContext } from './cells.ts';
import { economyRowOfLabel, fieldOfLabel, type EconomyRow, type ProposalField } from './labels.ts';

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
}

export function detectFormLayout(grid: SheetGrid): FormLayout | null {
  const perColumn = new Map<number, Set<ProposalField>>();
  for (const row of grid.rows) {
    for (const cell of row) {
      if (!cell || cell.kind !== 'text') continue;
      const field = fieldOfLabel(cellText(cell));
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
    const field = fieldOfLabel(cellText(cells[labelCol - 1]));
    if (!field || fields[field]) return;
    if (firstLabelRow === 0) firstLabelRow = row;
    if (field === 'id') idRow = row;
    const valueCell = cells.find((c, ci) => ci + 1 > labelCol && c !== undefined && !isBlank(c));
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
  fte: number[];
}

function readEconomy(
  grid: SheetGrid,
  labelCol: number,
  years: readonly number[],
  ctx: SheetContext,
): Economy {
  const zero = (): number[] => years.map(() => 0);
  const at = { file: ctx.file, sheet: ctx.sheet };
  let headerRow = 0;
  const yearColumns = new Map<number, number>();
  for (let i = 0; i < grid.rows.length && headerRow === 0; i++) {
    const cells = grid.rows[i] ?? [];
    const found = cells.filter((c) => c !== undefined && c.col > labelCol && headerYear(c) !== null);
    if (found.length < 2) continue;
    headerRow = i + 1;
    for (const cell of found) {
      const year = headerYear(cell);
      if (cell && year !== null && !yearColumns.has(year)) yearColumns.set(year, cell.col);
    }
  }
  if (headerRow === 0) {
    ctx.problems.push({
      code: 'proposal_economy_missing',
      severity: 'warning',
      message: `Arket '${ctx.sheet}' har ingen økonomitabel med årstal (fx 2026, 2027, …). Forslagets beløb er sat til 0.`,
      ...at,
    });
    return { amounts: zero(), fte: zero() };
  }
  reportYears(years, [...yearColumns.keys()], ctx, cellAddress(labelCol, headerRow));

  const rows = new Map<EconomyRow, number>();
  for (let r = headerRow + 1; r <= Math.min(grid.rows.length, headerRow + 12); r++) {
    const kind = economyRowOfLabel(cellText(grid.rows[r - 1]?.[labelCol - 1]));
    if (kind && !rows.has(kind)) rows.set(kind, r);
  }
  const cellOf = (row: number, year: number): Cell | undefined => {
    const col = yearColumns.get(year);
    return col === undefined ? undefined : grid.rows[row - 1]?.[col - 1];
  };
  const read = (kind: EconomyRow, what: string): number[] | null => {
    const row = rows.get(kind);
    if (row === undefined) return null;
    return years.map((y) => cellNumber(cellOf(row, y), ctx, what));
  };

  const fte = (read('fte', 'Årsværk') ?? zero()).map(roundFte);
  const totalRow = rows.get('total');
  const uncomputed = totalRow !== undefined && years.some((y) => cellOf(totalRow, y)?.kind === 'formula');
  const expenses = rows.has('expenses') ? read('expenses', 'Udgifter') : null;
  const income = rows.has('income') ? read('income', 'Indtægter') : null;
  const parts = expenses || income ? years.map((_, i) => (expenses?.[i] ?? 0) + (income?.[i] ?? 0)) : null;

  if (totalRow !== undefined && !(uncomputed && parts)) {
    const total = read('total', 'I alt') ?? zero();
    if (parts && parts.some((p, i) => Math.round(p * 1000) !== Math.round((total[i] ?? 0) * 1000))) {
      ctx.problems.push({
        code: 'proposal_total_mismatch',
        severity: 'warning',
        message: `'I alt' i arket '${ctx.sheet}' (række ${totalRow}) er ikke Udgifter + Indtægter. Beløbene i 'I alt' er brugt; kontrollér skemaet.`,
        ...at,
        cell: cellAddress(labelCol, totalRow),
      });
    }
    return { amounts: total, fte };
  }
  if (totalRow !== undefined && parts) {
    ctx.problems.push({
      code: 'proposal_total_computed',
      severity: 'info',
      message: `'I alt' i arket '${ctx.sheet}' er formler uden beregnet værdi; beløbet er regnet som Udgifter + Indtægter.`,
      ...at,
      cell: cellAddress(labelCol, totalRow),
    });
    return { amounts: parts, fte };
  }
  const net = read('net', 'Beløb');
  if (net) return { amounts: net, fte };
  if (parts) return { amounts: parts, fte };
  ctx.problems.push({
    code: 'proposal_economy_missing',
    severity: 'warning',
    message: `Økonomitabellen i arket '${ctx.sheet}' har hverken en række 'I alt' eller 'Udgifter'/'Indtægter'. Forslagets beløb er sat til 0.`,
    ...at,
    cell: cellAddress(labelCol, headerRow),
  });
  return { amounts: zero(), fte };
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
