/** The package parts around the sheets: relationships, content types, shared strings and date styles. */
import { isDateFormat } from './cells.ts';
import { attr, parseXmlPart } from './xml.ts';
import type { ZipArchive, ZipEntry } from './zip.ts';

export interface Relationship {
  type: string;
  target: string;
}

export function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir ? `${baseDir}/${target}` : target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export async function readRelationships(
  zip: ZipArchive,
  partPath: string,
  fileName: string,
): Promise<Map<string, Relationship>> {
  const relsPath = `${dirOf(partPath) ? `${dirOf(partPath)}/` : ''}_rels/${partPath.slice(partPath.lastIndexOf('/') + 1)}.rels`;
  const entry = zip.find(relsPath);
  const rels = new Map<string, Relationship>();
  if (!entry) return rels;
  await parseXmlPart(
    zip,
    entry,
    {
      open(name, a) {
        if (name !== 'Relationship') return;
        const id = attr(a, 'Id');
        const target = attr(a, 'Target');
        if (!id || target === undefined || attr(a, 'TargetMode') === 'External') return;
        rels.set(id, { type: attr(a, 'Type') ?? '', target: resolveTarget(dirOf(partPath), target) });
      },
      close() {},
      text() {},
    },
    fileName,
  );
  return rels;
}

export function relOfType(rels: Map<string, Relationship>, suffix: string): Relationship | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(`/${suffix}`)) return rel;
  return undefined;
}

export async function readContentTypes(zip: ZipArchive, fileName: string): Promise<string[]> {
  const entry = zip.find('[Content_Types].xml');
  const types: string[] = [];
  if (!entry) return types;
  await parseXmlPart(
    zip,
    entry,
    {
      open(_name, a) {
        const ct = attr(a, 'ContentType');
        if (ct) types.push(ct);
      },
      close() {},
      text() {},
    },
    fileName,
  );
  return types;
}

export async function readSharedStrings(
  zip: ZipArchive,
  entry: ZipEntry | undefined,
  fileName: string,
): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let current = '';
  await parseXmlPart(
    zip,
    entry,
    {
      open(name) {
        if (name === 'si') {
          inSi = true;
          current = '';
        } else if (name === 't' && inSi && phonetic === 0) inT = true;
        else if (name === 'rPh') phonetic++;
      },
      close(name) {
        if (name === 'si') {
          strings.push(current);
          inSi = false;
        } else if (name === 't') inT = false;
        else if (name === 'rPh') phonetic--;
      },
      text(t) {
        if (inT) current += t;
      },
    },
    fileName,
  );
  return strings;
}

/** Per cell style index (`s`): does its number format show a date? */
export async function readDateStyles(
  zip: ZipArchive,
  entry: ZipEntry | undefined,
  fileName: string,
): Promise<boolean[]> {
  const isDate: boolean[] = [];
  if (!entry) return isDate;
  const codes = new Map<number, string>();
  let inCellXfs = false;
  const xfFormats: number[] = [];
  await parseXmlPart(
    zip,
    entry,
    {
      open(name, a) {
        if (name === 'numFmt') {
          const id = Number(attr(a, 'numFmtId'));
          const code = attr(a, 'formatCode');
          if (Number.isFinite(id) && code !== undefined) codes.set(id, code);
        } else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) xfFormats.push(Number(attr(a, 'numFmtId') ?? 0) || 0);
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    fileName,
  );
  for (const id of xfFormats) isDate.push(isDateFormat(id, codes.get(id)));
  return isDate;
}
