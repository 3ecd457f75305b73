import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TOOL = join(here, 'openpyxl_tool.py');
const PYTHON = '/usr/bin/python3';
export const LO_RECALC = join(here, '..', '..', '..', 'shared', 'tools', 'lo-recalc');

export interface SheetDump {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  freezePanes: string | null;
  autoFilter: string | null;
  printTitleRows: string | null;
  orientation: string | null;
  paperSize: number | null;
  fitToPage: boolean;
  fitToWidth: number | null;
  fitToHeight: number | null;
  footerLeft: string | null;
  footerCenter: string | null;
  footerRight: string | null;
  maxRow: number;
  maxColumn: number;
  merged: string[];
  columnWidths: Record<string, number>;
  hiddenColumns: string[];
  /** Data validations: [range, type, formula1]. */
  validations: [string, string, string | null][];
  /** Address → [value (formulas as "=…"), number format, style signature]; only with `cells`. */
  cells?: Record<string, [string | number | boolean, string, string]>;
}

export interface WorkbookDump {
  sheets: SheetDump[];
  fullCalcOnLoad: boolean;
  definedNames: [string, string, number | null][];
}

/** The workbook as openpyxl (Debian's python3-openpyxl) reads it. */
export function openpyxlDump(path: string, cells = false): WorkbookDump {
  const out = execFileSync(PYTHON, [TOOL, 'dump', path, ...(cells ? ['--cells'] : [])], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as WorkbookDump;
}

export interface OpenpyxlEdits {
  set?: { sheet: string; cell: string; value: string | number | null }[];
  append?: { sheet: string; values: (string | number | null)[] }[];
}

/** Edits a workbook with openpyxl, as a colleague's script (or another program) would, and saves it as `dst`. */
export function openpyxlEdit(src: string, dst: string, edits: OpenpyxlEdits): void {
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-edit-'));
  const editsPath = join(dir, 'edits.json');
  writeFileSync(editsPath, JSON.stringify(edits));
  execFileSync(PYTHON, [TOOL, 'edit', src, dst, editsPath]);
}

/** Parses LibreOffice's CSV (comma, double quotes, UTF-8). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Opens the workbook in LibreOffice with every formula recalculated (../shared/tools/lo-recalc) and returns each
 * sheet's values as a grid of strings: grid[row - 1][col - 1].
 */
export function libreOfficeRecalc(path: string, sheetNames: readonly string[]): Map<string, string[][]> {
  const out = mkdtempSync(join(tmpdir(), 'raaderum-lo-'));
  execFileSync(LO_RECALC, [path, out], { stdio: 'pipe', timeout: 300_000 });
  const stem = basename(path).replace(/\.[^.]+$/, '');
  const files = readdirSync(out);
  const result = new Map<string, string[][]>();
  for (const name of sheetNames) {
    const file = files.find((f) => f === `${stem}-${name}.csv`);
    if (file) result.set(name, parseCsv(readFileSync(join(out, file), 'utf8')));
  }
  return result;
}
