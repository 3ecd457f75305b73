import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const WORKBOOK_PART = 'xl/workbook.xml';
const STYLES_PART = 'xl/styles.xml';
const DEFINED_NAME = /<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g;
const DEFINED_NAMES_BLOCK = /<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/;

function isBuiltIn(element: string): boolean {
  return /\bname="_xlnm\./.test(element);
}

/**
 * exceljs keeps a workbook's defined names but drops their sheet scope (`localSheetId`), so a name defined on one
 * sheet would become global (and two sheets' names of the same name would collide). The source's own names are put
 * back verbatim; the source's sheets keep their positions at the front, so their `localSheetId`s still hold. Names
 * Excel builds itself (_xlnm.Print_Titles, Print_Area …) stay as exceljs wrote them.
 */
function restoreDefinedNames(outXml: string, sourceXml: string): string {
  const ownNames = (sourceXml.match(DEFINED_NAME) ?? []).filter((e) => !isBuiltIn(e));
  if (ownNames.length === 0) return outXml;
  const builtIn = (outXml.match(DEFINED_NAMES_BLOCK)?.[0].match(DEFINED_NAME) ?? []).filter(isBuiltIn);
  const block = `<definedNames>${[...ownNames, ...builtIn].join('')}</definedNames>`;
  return DEFINED_NAMES_BLOCK.test(outXml)
    ? outXml.replace(DEFINED_NAMES_BLOCK, () => block)
    : outXml.replace('</sheets>', () => `</sheets>${block}`);
}

/** The first `<tag …>` element inside `<container …>…</container>`, with where it sits in `xml`. */
function firstIn(
  xml: string,
  container: string,
  tag: string,
): { start: number; end: number; text: string } | null {
  const open = new RegExp(`<${container}\\b[^>]*>`).exec(xml);
  if (!open) return null;
  const from = open.index + open[0].length;
  const element = new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`).exec(xml.slice(from));
  if (!element) return null;
  const start = from + element.index;
  return { start, end: start + element[0].length, text: element[0] };
}

function replaceFirst(xml: string, container: string, tag: string, replacement: string): string {
  const found = firstIn(xml, container, tag);
  return found ? xml.slice(0, found.start) + replacement + xml.slice(found.end) : xml;
}

/**
 * exceljs reads cells in the workbook's default style (cell format 0) as unstyled and writes its own default
 * (Calibri 11), so a workbook whose default is, say, Cambria 12 or black bottom-aligned text would change look.
 * The source's default font, border and cell formats are put back as format 0. Only when the source's default
 * format points at font 0, fill 0, border 0 and number format 0 (as every writer we know does); otherwise the
 * indexes would not line up and the styles are left as exceljs wrote them.
 */
function restoreDefaultStyle(outXml: string, sourceXml: string): string {
  const xf = firstIn(sourceXml, 'cellXfs', 'xf');
  const styleXf = firstIn(sourceXml, 'cellStyleXfs', 'xf');
  const font = firstIn(sourceXml, 'fonts', 'font');
  const border = firstIn(sourceXml, 'borders', 'border');
  if (!xf || !font || !border) return outXml;
  // LibreOffice gives its default a custom number format whose code is "General": the same as built-in format 0.
  const general = (element: string): string =>
    element.replace(/\bnumFmtId="(\d+)"/, (whole, id: string) =>
      new RegExp(`<numFmt\\b[^>]*numFmtId="${id}"[^>]*formatCode="General"`, 'i').test(sourceXml)
        ? 'numFmtId="0"'
        : whole,
    );
  const defaultXf = general(xf.text);
  const defaultStyleXf = styleXf ? general(styleXf.text) : null;
  const indexesAreZero = (element: string): boolean =>
    ['fontId', 'fillId', 'borderId', 'numFmtId', 'xfId'].every((a) => {
      const m = new RegExp(`\\b${a}="(\\d+)"`).exec(element);
      return !m || m[1] === '0';
    });
  if (!indexesAreZero(defaultXf) || (defaultStyleXf !== null && !indexesAreZero(defaultStyleXf)))
    return outXml;
  let xml = replaceFirst(outXml, 'fonts', 'font', font.text);
  xml = replaceFirst(xml, 'borders', 'border', border.text);
  xml = replaceFirst(xml, 'cellXfs', 'xf', defaultXf);
  if (defaultStyleXf !== null) xml = replaceFirst(xml, 'cellStyleXfs', 'xf', defaultStyleXf);
  return xml;
}

/** Puts back what exceljs loses of a source workbook when the catalogue is written into a copy of it. */
export function restoreFromSource(output: Uint8Array, source: Uint8Array): Uint8Array {
  const sourceParts = unzipSync(source, {
    filter: (f) => f.name === WORKBOOK_PART || f.name === STYLES_PART,
  });
  const parts = unzipSync(output);
  let changed = false;
  const patch = (name: string, fix: (out: string, src: string) => string): void => {
    const src = sourceParts[name];
    const out = parts[name];
    if (!src || !out) return;
    const before = strFromU8(out);
    const after = fix(before, strFromU8(src));
    if (after !== before) {
      parts[name] = strToU8(after);
      changed = true;
    }
  };
  patch(WORKBOOK_PART, restoreDefinedNames);
  patch(STYLES_PART, restoreDefaultStyle);
  if (!changed) return output;
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = [data, { level: 6 }];
  return zipSync(zippable);
}
