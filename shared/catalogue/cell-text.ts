/**
 * Text in a cell as spreadsheet programs rewrite it. A cell holds at most 32,767 characters (Excel cuts the rest,
 * LibreOffice cuts too when it saves .xlsx), and in the file format `_xHHHH_` means the character HHHH: Excel and
 * LibreOffice decode it when they open a file and escape a literal one as `_x005F_xHHHH_` when they save. exceljs and
 * Råderum's reader do neither, so the catalogue escapes what it writes and decodes what it reads here, and splits
 * longer texts itself.
 */

/** Most characters a cell holds. */
export const CELL_TEXT_MAX = 32_767;

/** A literal `_xHHHH_` in `text` as the file format spells it (the underscore escaped), so readers show it as is. */
export function escapeCellText(text: string): string {
  return text.includes('_x') ? text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_') : text;
}

/** The text a cell shows: every `_xHHHH_` in the file's text decoded, left to right. */
export function unescapeCellText(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Splits `text` into parts of at most `max` characters that join back to exactly `text`: never between the halves of a
 * surrogate pair, and where it can, after a space or line break rather than inside a word (a part is shown on its own).
 */
export function splitCellText(text: string, max = CELL_TEXT_MAX): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + max, text.length);
    if (end < text.length) {
      // Prefer a break after whitespace in the last tenth of the part.
      const floor = start + Math.floor(max * 0.9);
      let at = end;
      while (at > floor && !/\s/.test(text.charAt(at - 1))) at--;
      if (at > floor) end = at;
      if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    }
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

/**
 * What a text becomes after LibreOffice has saved it (and it is read again): LibreOffice leaves a literal
 * `_x005F_xHHHH_` unescaped, taking it for an escape already, so such a text comes back one level decoded.
 */
export function afterLibreOffice(text: string): string {
  if (!text.includes('_x')) return text;
  return unescapeCellText(
    text.replace(
      /(_x005[Ff]_x[0-9A-Fa-f]{4}_)|_(?=x[0-9A-Fa-f]{4}_)/g,
      (_, kept: string | undefined) => kept ?? '_x005F_',
    ),
  );
}
