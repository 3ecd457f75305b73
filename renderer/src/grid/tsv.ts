/**
 * Tab-separated text as Excel puts it on the clipboard: rows end with CRLF (or LF), a cell holding a tab,
 * a line break or a quote is wrapped in quotes with inner quotes doubled. The final line break is not a row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  const n = text.length;
  while (i < n) {
    const ch = text.charAt(i);
    if (atCellStart && ch === '"') {
      // A quoted cell: read until the closing quote that is not doubled.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < n) {
        const c = text.charAt(j);
        if (c === '"') {
          if (text.charAt(j + 1) === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += c;
        j++;
      }
      const next = text.charAt(j);
      if (closed && (j >= n || next === '\t' || next === '\r' || next === '\n')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
      // Not a well-formed quoted cell (e.g. `"5" inches`): take the text literally.
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function quoteCell(value: string): string {
  return /[\t\r\n"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The inverse of `parseTsv`, in Excel's own clipboard form (CRLF after every row). */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join('\t') + '\r\n').join('');
}
