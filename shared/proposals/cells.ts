import { isPlausibleFte } from '../model/bounds.ts';
import { isPlausibleKr, thousandsToKr } from '../model/money.ts';
import type { Problem } from '../model/problem.ts';
import { parseDanishNumber } from '../numbers/danish.ts';
import type { Cell } from '../workbook/types.ts';

/** Where a sheet's problems are reported. */
export interface SheetContext {
  file: string;
  sheet: string;
  problems: Problem[];
}

/** Adds a warning about the sheet being read, naming `cell` when there is one. */
export function warnAt(ctx: SheetContext, code: string, message: string, cell?: string): void {
  ctx.problems.push({
    code,
    severity: 'warning',
    message,
    file: ctx.file,
    sheet: ctx.sheet,
    ...(cell ? { cell } : {}),
  });
}

/** The text a user sees in a cell (numbers as written, dates as ISO), trimmed; "" for empty cells. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.kind === 'text' && typeof cell.value === 'string') return cell.value.trim();
  if (cell.kind === 'date') return cell.dateIso ?? cell.text.trim();
  if (cell.kind === 'number' && typeof cell.value === 'number') return String(cell.value);
  if (cell.kind === 'boolean') return cell.value === true ? 'Ja' : 'Nej';
  if (cell.kind === 'formula') return '';
  return cell.text.trim();
}

export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.kind === 'text') return cellText(cell) === '';
  return false;
}

/**
 * A number from a cell for an amount or fte: empty → 0 (departments leave zero years blank); Danish number text is
 * parsed; error values, formulas without a computed value and unreadable text are problems (and count as 0, said so).
 */
export function cellNumber(
  cell: Cell | undefined,
  ctx: SheetContext,
  what: string,
  kind: 'amount' | 'fte' = 'amount',
): number {
  if (!cell) return 0;
  const at = { file: ctx.file, sheet: ctx.sheet, cell: cell.address };
  // Amounts are checked as 1.000 kr. here; a sheet stating mio. kr. is checked again once scaled (import.ts).
  const bounded = (value: number): number => {
    if (kind === 'fte' ? isPlausibleFte(value) : isPlausibleKr(thousandsToKr(value))) return value;
    ctx.problems.push({
      code: 'proposal_number_out_of_range',
      severity: 'warning',
      message: `${what} i celle ${cell.address} ('${cellText(cell)}') er urimeligt stort for ${kind === 'fte' ? 'et antal årsværk' : 'et forslag'}. Det er ikke talt med; ret cellen og indlæs igen.`,
      ...at,
    });
    return 0;
  };
  switch (cell.kind) {
    case 'number':
      return typeof cell.value === 'number' ? bounded(cell.value) : 0;
    case 'text': {
      const text = cellText(cell);
      if (text === '') return 0;
      const parsed = parseDanishNumber(text);
      if (parsed !== null) return bounded(parsed);
      ctx.problems.push({
        code: 'proposal_number_unreadable',
        severity: 'warning',
        message: `${what} i celle ${cell.address} ('${text}') er ikke et tal. Den er regnet som 0; ret cellen og indlæs igen.`,
        ...at,
      });
      return 0;
    }
    case 'error':
      ctx.problems.push({
        code: 'proposal_error_value',
        severity: 'warning',
        message: `${what} i celle ${cell.address} indeholder fejlværdien ${cell.text}. Den er regnet som 0; ret fejlen i Excel og indlæs igen.`,
        ...at,
      });
      return 0;
    case 'formula':
      ctx.problems.push({
        code: 'proposal_formula_without_value',
        severity: 'warning',
        message: `${what} i celle ${cell.address} er en formel uden beregnet værdi. Den er regnet som 0; åbn filen i Excel, gem den, og indlæs igen.`,
        ...at,
      });
      return 0;
    case 'date':
    case 'boolean':
      ctx.problems.push({
        code: 'proposal_number_unreadable',
        severity: 'warning',
        message: `${what} i celle ${cell.address} ('${cellText(cell)}') er ikke et beløb. Den er regnet som 0.`,
        ...at,
      });
      return 0;
  }
}

/** A plan year written in a header cell: 2026, "2026", "B2026", "Budget 2026", "Årsværk 2026"; null otherwise. */
export function headerYear(cell: Cell | undefined): number | null {
  if (!cell) return null;
  if (cell.kind === 'number' && typeof cell.value === 'number') {
    return Number.isInteger(cell.value) && cell.value >= 1990 && cell.value <= 2200 ? cell.value : null;
  }
  const text = cellText(cell).toLowerCase();
  // "Økonomi (1.000 kr., 2026-priser)" names a price level, not a year column.
  if (text === '' || /pris|p\/l|niveau/.test(text)) return null;
  const years = text.match(/(?<!\d)(19\d\d|2[01]\d\d)(?!\d)/g);
  if (!years || years.length !== 1) return null;
  const year = Number(years[0]);
  return year >= 1990 && year <= 2200 ? year : null;
}

/** Fte changes are kept with one decimal, as departments write them; halves round away from zero, as Excel does. */
export function roundFte(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9)) / 10;
  return rounded === 0 ? 0 : rounded;
}
