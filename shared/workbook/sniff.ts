import { fileError } from './errors.ts';

/**
 * What the bytes are, whatever the file is called. Zip containers are told apart later by their parts
 * (see `classifyZip`); here: zip, OLE2 compound file (legacy .xls or an encrypted OOXML package), flat XML
 * (.fods / SpreadsheetML 2003), text (CSV) or something else.
 */
export type SniffedKind = 'zip' | 'ole2' | 'xml' | 'text' | 'unknown';

export function sniffBytes(bytes: Uint8Array): SniffedKind {
  const b = bytes;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7))
    return 'zip';
  if (
    b.length >= 8 &&
    b[0] === 0xd0 &&
    b[1] === 0xcf &&
    b[2] === 0x11 &&
    b[3] === 0xe0 &&
    b[4] === 0xa1 &&
    b[5] === 0xb1 &&
    b[6] === 0x1a &&
    b[7] === 0xe1
  ) {
    return 'ole2';
  }
  const head = asciiHead(b, 512);
  if (/^\s*<\?xml|^\s*<office:document|^\s*<Workbook/i.test(head)) return 'xml';
  if (looksLikeText(b)) return 'text';
  return 'unknown';
}

function asciiHead(b: Uint8Array, n: number): string {
  let start = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) start = 3;
  let s = '';
  for (let i = start; i < Math.min(b.length, start + n); i++) s += String.fromCharCode(b[i] ?? 0);
  return s;
}

/** No NUL bytes and few control characters in the first 64 KiB: a text file (UTF-8 or Windows-1252). */
function looksLikeText(b: Uint8Array): boolean {
  if (b.length === 0) return false;
  const n = Math.min(b.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) return false;
    if (c < 9 || (c > 13 && c < 32) || c === 127) control++;
  }
  return control <= n / 100;
}

/** Finds a UTF-16LE name in the bytes (OLE2 directory entries store stream names that way). */
function containsUtf16(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** OLE2: an encrypted OOXML package (password) or a legacy .xls (BIFF); always refused with a ReadError. */
export function refuseOle2(bytes: Uint8Array, fileName: string): never {
  if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
    throw fileError('encrypted_password_protected', fileName);
  }
  throw fileError('legacy_xls_format', fileName);
}

/** Flat XML: OpenDocument (.fods) or the Excel 2003 XML format. */
export function refuseXml(bytes: Uint8Array, fileName: string): never {
  const head = asciiHead(bytes, 4096);
  if (/office:document|opendocument/i.test(head)) throw fileError('ods_format', fileName);
  if (/urn:schemas-microsoft-com:office:spreadsheet/i.test(head)) {
    throw fileError(
      'not_an_xlsx',
      fileName,
      'Filen er i det gamle Excel 2003 XML-format. Åbn den i Excel og gem den som Excel-projektmappe (.xlsx), og prøv igen.',
    );
  }
  throw fileError('not_an_xlsx', fileName);
}
