import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const WORKBOOK_PART = 'xl/workbook.xml';
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
export function restoreDefinedNames(output: Uint8Array, source: Uint8Array): Uint8Array {
  const sourceParts = unzipSync(source, { filter: (f) => f.name === WORKBOOK_PART });
  const sourceXml = sourceParts[WORKBOOK_PART];
  if (!sourceXml) return output;
  const ownNames = (strFromU8(sourceXml).match(DEFINED_NAME) ?? []).filter((e) => !isBuiltIn(e));
  if (ownNames.length === 0) return output;
  const parts = unzipSync(output);
  const outXml = parts[WORKBOOK_PART];
  if (!outXml) return output;
  let xml = strFromU8(outXml);
  const builtIn = (xml.match(DEFINED_NAMES_BLOCK)?.[0].match(DEFINED_NAME) ?? []).filter(isBuiltIn);
  const block = `<definedNames>${[...ownNames, ...builtIn].join('')}</definedNames>`;
  xml = DEFINED_NAMES_BLOCK.test(xml)
    ? xml.replace(DEFINED_NAMES_BLOCK, () => block)
    : xml.replace('</sheets>', () => `</sheets>${block}`);
  parts[WORKBOOK_PART] = strToU8(xml);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = [data, { level: 6 }];
  return zipSync(zippable);
}
