import { columnLetters, openWorkbook } from '../../shared/workbook/index.ts';

/**
 * Where the exported Forslag sheet puts things, found as a colleague would find them (by the proposal number in column
 * A and the header text), so edit tests do not depend on the sheet's layout.
 */
export interface ForslagSheet {
  /** The address of a proposal's cell in the column with this header, e.g. "F5". */
  cell(id: string, header: string): string;
  /** The 1-based row of a proposal. */
  row(id: string): number;
  /** The 1-based column of a header. */
  column(header: string): number;
  /** A row's values in column order, from header → value (other columns empty). */
  values(byHeader: Record<string, string | number>): (string | number | null)[];
}

export async function forslagSheet(bytes: Uint8Array, sheet = 'Forslag'): Promise<ForslagSheet> {
  const file = await openWorkbook(bytes, 'katalog.xlsx');
  const grid = await file.readSheetGrid(sheet);
  const headers = (grid.rows[0] ?? []).map((c) =>
    c?.value === null || c === undefined ? '' : String(c.value),
  );
  const column = (header: string): number => {
    const i = headers.indexOf(header);
    if (i < 0) throw new Error(`Ingen kolonne '${header}' i ${sheet}`);
    return i + 1;
  };
  const row = (id: string): number => {
    const i = grid.rows.findIndex((r) => r[0]?.value === id);
    if (i < 0) throw new Error(`Intet forslag '${id}' i ${sheet}`);
    return i + 1;
  };
  return {
    column,
    row,
    cell: (id, header) => `${columnLetters(column(header))}${row(id)}`,
    values: (byHeader) => {
      const out: (string | number | null)[] = headers.map(() => null);
      for (const [header, value] of Object.entries(byHeader)) out[column(header) - 1] = value;
      return out;
    },
  };
}
