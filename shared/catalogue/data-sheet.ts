import type { Status } from '../model/proposal.ts';

/**
 * The very hidden data sheet that lets Råderum re-open a catalogue as a project without loss.
 *
 * Layout (sheet `DATA_SHEET_NAME`, state veryHidden so Excel's "Vis" menu cannot show it):
 *   A1 = DATA_MARKER, B1 = format version, C1 = number of chunks;
 *   A2.. = the payload JSON split into chunks of at most CHUNK_CHARS characters
 *   (a cell holds at most 32,767 characters; a large project easily exceeds that).
 */
export const DATA_SHEET_NAME = 'RaaderumData';
export const DATA_MARKER = 'Råderum katalogdata';
export const DATA_FORMAT_VERSION = 1;
/** Below Excel's 32,767-character cell limit with room to spare. */
export const CHUNK_CHARS = 30_000;

/** What the export chose, needed to read the visible Forslag sheet back the way it was written. */
export interface ExportSettings {
  statuses: Status[] | null;
  catalogue: string | null;
  savingsPositive: boolean;
  proposalSheets: boolean;
  /** ISO time of the export. */
  exportedAt: string;
  /** The proposals written to the Forslag sheet, in the project's order. */
  forslagIds: string[];
  /**
   * Column A of the Forslag sheet's udvalg heading and subtotal rows, which are no proposals (absent in catalogues from
   * before the list was grouped).
   */
  groupRows?: string[];
  /** The Forslag sheet's name (another name when exported into a workbook that already had one). */
  forslagSheet: string;
  /** Decimals of the amount columns' number format (0 for `#,##0`, 1 for `#,##0.0`). */
  amountDecimals: number;
  /** True when the Forslag sheet has the Indtægter columns (absent in catalogues from before the income split). */
  incomeColumns?: boolean;
}

export interface CataloguePayload {
  format: typeof DATA_FORMAT_VERSION;
  export: ExportSettings;
  /** The project as `serializeProject` writes it (its own versioning and migrations apply). */
  project: string;
}

/** Splits text into cell-sized chunks, never between the halves of a surrogate pair. */
export function chunkText(text: string, size = CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The payload as JSON that spreadsheet programs cannot change when they save the workbook: no underscore (so no
 * `_xHHHH_` that Excel or LibreOffice would decode), no character XML may not hold or a program may normalise
 * (JSON.stringify already escapes control characters and lone surrogates; U+007F–U+009F, U+FFFE, U+FFFF and every
 * whitespace but the plain space are escaped here), and no chunk that begins or ends with a space. All of these
 * characters stand inside JSON strings, where `\\uXXXX` means the same, so `JSON.parse` reads the chunks joined
 * unchanged; catalogues written before this escaping read the same way.
 */
export function encodePayload(payload: CataloguePayload): string[] {
  const json = JSON.stringify(payload).replace(/[_\u007f-\u009f\ufffe\uffff]|(?! )\s/g, unicodeEscape);
  // Room for the two edge escapes, so a chunk stays within CHUNK_CHARS.
  return chunkText(json, CHUNK_CHARS - 10).map((chunk) => chunk.replace(/^ | $/g, unicodeEscape));
}
