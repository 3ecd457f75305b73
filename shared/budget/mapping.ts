import type { ColumnMapping, FieldName, SheetMapping, Styringsomraade } from '../model/budget.ts';
import { classifyYearHeader, normaliseHeader, relativeOutYear } from './headers.ts';
import { yearColumnLetters } from './columns.ts';
import type { BudgetPreview } from './preview.ts';
import { serviceValueKey } from './service-flag.ts';

/**
 * A confirmed mapping is saved as plain JSON and reused for the next workbook of the same layout: same budget
 * sheets (by name, or the only budget sheet), the same header texts in the mapped columns. Years in headers are
 * compared as "####", so next year's file ("Budget 2027") still matches and its years shift with it.
 */
function layoutText(text: string): string {
  return normaliseHeader(text).replace(/(?<!\d)(19|20|21)\d\d(?!\d)/g, '####');
}

function sheetSignature(s: SheetMapping): string {
  const headers = s.headers ?? {};
  const fields = (Object.entries(s.columns) as [FieldName, string[]][])
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([f, letters]) => `${f}=${letters.map((l) => `${l}:${layoutText(headers[l] ?? '')}`).join('+')}`);
  const years = Object.entries(s.years)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, ref]) =>
      yearColumnLetters(ref)
        .map((letter) => `${letter}:${layoutText(headers[letter] ?? '')}`)
        .join('+'),
    );
  return `${s.headerRow}|${fields.join(',')}|${years.join(',')}`;
}

/**
 * A stable text that is equal for two mappings of the same layout (sheet names of budget sheets included). The
 * reading of service values is not part of the layout: it is carried by `reuseMapping`, not matched.
 */
export function mappingSignature(mapping: ColumnMapping): string {
  return mapping.sheets
    .filter((s) => s.role === 'budget')
    .map((s) => `${s.sheet}#${sheetSignature(s)}`)
    .sort()
    .join('\n');
}

function sameLayout(saved: SheetMapping, found: SheetMapping): boolean {
  if (saved.headerRow !== found.headerRow) return false;
  const headers = found.headers ?? {};
  const savedHeaders = saved.headers ?? {};
  const letters = [
    ...Object.values(saved.columns).flat(),
    ...Object.values(saved.years).flatMap(yearColumnLetters),
  ];
  return letters.every((l) => layoutText(savedHeaders[l] ?? '') === layoutText(headers[l] ?? ''));
}

/**
 * Applies a saved mapping to a new workbook's preview. Returns the adapted mapping (years re-read from the new
 * headers in the same columns), or null when the layout differs and the user must map again.
 */
export function reuseMapping(saved: ColumnMapping, preview: BudgetPreview): ColumnMapping | null {
  const found = new Map(preview.mapping.sheets.map((s) => [s.sheet, s]));
  const sheets: SheetMapping[] = [];
  const savedBudget = saved.sheets.filter((s) => s.role === 'budget');
  if (savedBudget.length === 0) return null;
  for (const s of saved.sheets) {
    let now = found.get(s.sheet);
    // A single-sheet budget whose sheet was renamed ("Budget 2026" → "Budget 2027").
    if (!now && savedBudget.length === 1 && preview.mapping.sheets.length === 1)
      now = preview.mapping.sheets[0];
    if (!now) {
      if (s.role === 'budget') return null;
      continue;
    }
    if (s.role === 'budget' && !sameLayout(s, now)) return null;
    sheets.push({ ...s, sheet: now.sheet, headers: now.headers ?? {}, years: {} });
  }
  // Re-read the plan years from the new headers in the saved year columns, in the saved order.
  const savedYears = [...saved.years];
  let years: number[] | null = null;
  for (const [i, s] of sheets.entries()) {
    const original = saved.sheets.find((x) => x.sheet === s.sheet) ?? savedBudget[0];
    if (!original || s.role !== 'budget') continue;
    const cols = savedYears.map((y) => original.years[String(y)] ?? '');
    const heads = cols.map((letter) =>
      normaliseHeader(s.headers?.[yearColumnLetters(letter)[0] ?? ''] ?? ''),
    );
    const dated = heads.map((h) => classifyYearHeader(h));
    // "BO1".."BO3" count from the new budget year column (the plan's first).
    const first = dated[0];
    const budgetYear = first && first.kind !== 'none' ? first.year : undefined;
    const sheetYears = heads.map((h, k) => {
      const d = dated[k];
      if (d && d.kind !== 'none') return d.year;
      const offset = relativeOutYear(h);
      return offset !== null && budgetYear !== undefined ? budgetYear + offset : (savedYears[k] ?? 0);
    });
    years ??= sheetYears;
    const mapped: Record<string, string> = {};
    sheetYears.forEach((y, k) => {
      const letter = cols[k];
      if (letter) mapped[String(y)] = letter;
    });
    sheets[i] = { ...s, years: mapped };
  }
  const reused: ColumnMapping = { version: 1, years: years ?? savedYears, sheets };
  // The reading of the service column's values belongs to the layout's code list, so it comes along.
  if (saved.serviceValues) reused.serviceValues = { ...saved.serviceValues };
  // So does the finance team's correction of the kontoplan's rules: a funktion's frame is the same next year.
  if (saved.styringCorrections) reused.styringCorrections = { ...saved.styringCorrections };
  return reused;
}

/*
 * The import wizard's edits of a mapping, as pure functions: each returns a new mapping and leaves the one it was
 * given as it was (the wizard keeps the previous one for its preview and its remembered layout).
 */

/**
 * Moves the plan to start at `budgetYear`. The year columns keep their order: the column of the old budget year
 * becomes the new budget year's, and so on.
 */
export function withBudgetYear(mapping: ColumnMapping, budgetYear: number): ColumnMapping {
  const years = [0, 1, 2, 3].map((i) => budgetYear + i);
  const shift = (rec: Record<string, string>): Record<string, string> => {
    const letters = mapping.years.map((y) => rec[String(y)]);
    const out: Record<string, string> = {};
    years.forEach((y, i) => {
      const l = letters[i];
      if (l) out[String(y)] = l;
    });
    return out;
  };
  return { ...mapping, years, sheets: mapping.sheets.map((s) => ({ ...s, years: shift(s.years) })) };
}

/** The user's reading of one service column value; null forgets it (the built-in reading applies again). */
export function withServiceValue(
  mapping: ColumnMapping,
  text: string,
  isService: boolean | null,
): ColumnMapping {
  const values = { ...mapping.serviceValues };
  if (isService === null) delete values[serviceValueKey(text)];
  else values[serviceValueKey(text)] = isService;
  const next: ColumnMapping = { ...mapping, serviceValues: values };
  if (Object.keys(values).length === 0) delete next.serviceValues;
  return next;
}

/** Changes one sheet's mapping (header row, unit, columns, years, committee); other sheets stay as they were. */
export function withSheet(
  mapping: ColumnMapping,
  sheet: string,
  patch: Partial<SheetMapping>,
): ColumnMapping {
  return { ...mapping, sheets: mapping.sheets.map((s) => (s.sheet === sheet ? { ...s, ...patch } : s)) };
}

/** Sets the column of one field on a sheet; an empty letter removes the field. */
export function withFieldColumn(
  mapping: ColumnMapping,
  sheet: string,
  field: FieldName,
  letter: string,
): ColumnMapping {
  const current = mapping.sheets.find((s) => s.sheet === sheet);
  if (!current) return mapping;
  const columns = { ...current.columns };
  if (letter === '') delete columns[field];
  else columns[field] = [letter];
  return withSheet(mapping, sheet, { columns });
}

/**
 * Sets the column reference of one plan year on a sheet ("E", or "E+F" for two columns added up); an empty
 * reference removes the year's column.
 */
export function withYearColumn(
  mapping: ColumnMapping,
  sheet: string,
  year: number,
  ref: string,
): ColumnMapping {
  const current = mapping.sheets.find((s) => s.sheet === sheet);
  if (!current) return mapping;
  const years = { ...current.years };
  if (ref === '') delete years[String(year)];
  else years[String(year)] = ref;
  return withSheet(mapping, sheet, { years });
}

/**
 * The user's styringsområde for a funktion ("5.57.72" → service), overriding the kontoplan's rules for its
 * operating lines; null removes the correction (the rules apply again).
 */
export function withStyringCorrection(
  mapping: ColumnMapping,
  fn: string,
  styring: Styringsomraade | null,
): ColumnMapping {
  const corrections = { ...mapping.styringCorrections };
  if (styring === null) delete corrections[fn];
  else corrections[fn] = styring;
  const next: ColumnMapping = { ...mapping, styringCorrections: corrections };
  if (Object.keys(corrections).length === 0) delete next.styringCorrections;
  return next;
}
