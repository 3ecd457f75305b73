import { SaxesParser } from 'saxes';
import { fileError } from './errors.ts';
import { SheetScanError, SheetScanner, type SheetScanHandlers } from './sheet-scanner.ts';
import { createTextDecoder, type ZipArchive, type ZipEntry } from './zip.ts';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** "x:c" → "c": transitional, strict and prefixed files all use the same local names. */
export function localName(qualified: string): string {
  const i = qualified.indexOf(':');
  return i < 0 ? qualified : qualified.slice(i + 1);
}

/** Attribute by local name ("r:id" and "id" both answer "id" only when asked for the qualified name first). */
export function attr(attributes: Record<string, string>, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key of Object.keys(attributes)) {
    if (localName(key) === name) return attributes[key];
  }
  return undefined;
}

function makeParser(handlers: XmlHandlers, fileName: string): SaxesParser {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => {
    handlers.open(localName(tag.name), tag.attributes as Record<string, string>);
    if (tag.isSelfClosing) handlers.close(localName(tag.name));
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) handlers.close(localName(tag.name));
  });
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  parser.on('error', () => {
    throw fileError('corrupt_or_truncated', fileName);
  });
  return parser;
}

/**
 * Streams one zip part through the SAX parser: inflate → UTF-8 decode → saxes, chunk by chunk.
 * A malformed part is a `corrupt_or_truncated` ReadError.
 */
export async function parseXmlPart(
  zip: ZipArchive,
  entry: ZipEntry,
  handlers: XmlHandlers,
  fileName: string,
  between?: (fraction: number) => Promise<void> | void,
): Promise<void> {
  const parser = makeParser(handlers, fileName);
  const decoder = createTextDecoder('utf-8');
  let first = true;
  await zip.inflate(
    entry,
    (chunk) => {
      let text = decoder.decode(chunk, { stream: true });
      if (first) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        if (text.length > 0) first = false;
      }
      if (text.length > 0) parser.write(text);
    },
    between,
  );
  const rest = decoder.decode();
  if (rest.length > 0) parser.write(rest);
  parser.close();
}

/** What never closed in a sheet's XML, as the Danish sentence says it. */
const UNCLOSED: Record<SheetScanError['unclosed'], string> = {
  comment: 'en kommentar (<!--) bliver aldrig afsluttet',
  cdata: 'en CDATA-sektion bliver aldrig afsluttet',
  declaration: 'en erklæring (<!) bliver aldrig afsluttet',
  instruction: 'en behandlingsinstruktion (<?) bliver aldrig afsluttet',
  tag: 'et XML-mærke bliver aldrig afsluttet (måske mangler et anførselstegn)',
  text: 'står der over 16 MB tekst uden et eneste XML-mærke',
};

/**
 * Streams a worksheet part through the byte-level sheet scanner (see sheet-scanner.ts): inflate → scanner, chunk
 * by chunk, with no UTF-8 decoding of the part as a whole. A malformed part is a `corrupt_or_truncated` ReadError
 * naming what never closed, as soon as that is known (the scanner keeps at most `MAX_PENDING_BYTES` waiting).
 */
export async function scanSheetPart(
  zip: ZipArchive,
  entry: ZipEntry,
  handlers: SheetScanHandlers,
  fileName: string,
  between?: (fraction: number) => Promise<void> | void,
  sheetName = entry.name,
): Promise<SheetScanner> {
  const scanner = new SheetScanner(handlers);
  try {
    await zip.inflate(entry, (chunk) => scanner.write(chunk), between);
    scanner.end();
  } catch (error) {
    if (!(error instanceof SheetScanError)) throw error;
    throw fileError(
      'corrupt_or_truncated',
      fileName,
      `Filen er beskadiget: i arket '${sheetName}' ${UNCLOSED[error.unclosed]}, så arket kan ikke læses. Åbn filen i Excel, gem den, og prøv igen.`,
    );
  }
  return scanner;
}
