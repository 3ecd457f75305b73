/**
 * `export --into`: the catalogue's sheets are added to a copy of the source workbook. openpyxl reads the source and
 * the copy; every original sheet must be as it was (values, formulas, number formats, styles, merged cells, column
 * widths, hidden columns, panes, filters, sheet states) and the defined names must keep their scope.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeBreakdown } from '../shared/calc/index.ts';
import { buildCatalogueInto, detectLoss, openCatalogue } from '../shared/catalogue/index.ts';
import { isReadError } from '../shared/model/problem.ts';
import { fixtureProject } from './helpers/catalogue-project.ts';
import { FIXTURES, readExpected } from './helpers/fixtures.ts';
import { libreOfficeRecalc, openpyxlDump, type SheetDump } from './helpers/openpyxl.ts';

const WILD = new URL('../../shared/fixtures/wild/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'raaderum-into-'));

function read(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

function openpyxlDumpBytes(bytes: Uint8Array): ReturnType<typeof openpyxlDump> {
  const path = join(dir, `dump-${sha(bytes).slice(0, 12)}.xlsx`);
  writeFileSync(path, bytes);
  return openpyxlDump(path);
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** fitToWidth/fitToHeight only mean something when fit-to-page is on; exceljs writes them as 1 regardless. */
function comparable(s: SheetDump): Record<string, unknown> {
  const { fitToWidth, fitToHeight, maxRow: _r, maxColumn: _c, ...rest } = s;
  return { ...rest, fit: s.fitToPage ? [fitToWidth, fitToHeight] : null };
}

describe.each([
  ['budget-multi-sheet.xlsx', FIXTURES],
  ['proposal-forms.xlsx', FIXTURES],
  ['proposals-list.xlsx', FIXTURES],
  ['internal_link.xlsx', WILD],
  ['defined_names_simple.xlsx', WILD],
])('--into %s', (name, folder) => {
  it('bevarer hvert oprindeligt ark og de definerede navne, tilføjer katalogets ark og kan genåbnes', async () => {
    const sourcePath = join(folder, name);
    const source = read(sourcePath);
    const before = sha(source);
    const project = fixtureProject();
    const out = await buildCatalogueInto(source, project, { sourceName: name, proposalSheets: false });
    expect(sha(source)).toBe(before);
    const outPath = join(dir, `into-${name}`);
    writeFileSync(outPath, out);
    const original = openpyxlDump(sourcePath, true);
    const copy = openpyxlDump(outPath, true);
    const n = original.sheets.length;
    expect(copy.sheets.slice(0, n).map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    for (let i = 0; i < n; i++) {
      const a = original.sheets[i] as SheetDump;
      const b = copy.sheets[i] as SheetDump;
      expect(comparable(b), a.name).toEqual(comparable(a));
    }
    // The copy adds Forslag's print titles; every name the source had is there with the same scope and target.
    const key = (d: [string, string, number | null]): string => `${d[0]}|${d[1].replace(/'/g, '')}|${d[2]}`;
    expect(copy.definedNames.map(key)).toEqual(expect.arrayContaining(original.definedNames.map(key)));
    const added = copy.sheets.slice(n).map((s) => s.name);
    expect(added).toHaveLength(8);
    expect(added.at(-1)).toBe('RaaderumData');
    const opened = await openCatalogue(out, `into-${name}`);
    expect(opened.project).toEqual(project);
    expect(opened.problems).toEqual([]);
  });
});

describe('--into et tidligere katalog', () => {
  it('det gamle skjulte dataark erstattes, så genåbning giver det nye projekt', async () => {
    const old = fixtureProject();
    const first = await buildCatalogueInto(read(join(FIXTURES, 'proposals-list.xlsx')), old, {
      proposalSheets: false,
    });
    const full = fixtureProject();
    const changed = { ...full, proposals: full.proposals.slice(0, 10) };
    const second = await buildCatalogueInto(first, changed, { proposalSheets: false });
    const opened = await openCatalogue(second, 'katalog.xlsx');
    expect(opened.project).toEqual(changed);
    const dataSheets = (await openpyxlDumpBytes(second)).sheets.filter((s) => s.state === 'veryHidden');
    expect(dataSheets.map((s) => s.name)).toEqual(['RaaderumData']);
  });
});

describe('--into regner stadig', () => {
  it('LibreOffice genberegner kildens formler på tværs af ark og katalogets formler i samme kopi', async () => {
    const source = read(join(FIXTURES, 'budget-multi-sheet.xlsx'));
    const project = fixtureProject();
    const out = await buildCatalogueInto(source, project, {
      sourceName: 'budget-multi-sheet.xlsx',
      proposalSheets: false,
    });
    const outPath = join(dir, 'recalc.xlsx');
    writeFileSync(outPath, out);
    const lo = libreOfficeRecalc(outPath, ['Oversigt', 'Oversigt (2)']);
    const expected = readExpected<{ grand_total: Record<string, number> }>('budget-multi-sheet.xlsx');
    const years = project.settings.years;
    const row = (sheet: string): number[] => {
      const found = lo.get(sheet)?.find((r) => r[0] === 'I alt');
      return years.map((_, i) => Math.round(Number(found?.[i + 1]) * 1000));
    };
    expect(row('Oversigt')).toEqual(
      years.map((y) => Math.round((expected.grand_total[String(y)] ?? NaN) * 1000)),
    );
    expect(row('Oversigt (2)')).toEqual(computeBreakdown(project.proposals, years.length).total);
  });
});

describe('--into afviser det, der ville gå tabt', () => {
  it('pivottabeller nævnes, og intet skrives uden accept', async () => {
    const source = read(join(WILD, 'pivot_table_named_range.xlsx'));
    const error = await buildCatalogueInto(source, fixtureProject(), { sourceName: 'pivot.xlsx' }).catch(
      (e: unknown) => e,
    );
    expect(isReadError(error) && error.problem.code).toBe('into_would_lose_content');
    expect(isReadError(error) && error.problem.message).toContain('pivottabeller');
  });

  it('diagrammer og makroer i en .xlsm nævnes begge', async () => {
    const source = read(join(WILD, 'BlankSheetTypes.xlsm'));
    const report = await detectLoss(source, 'BlankSheetTypes.xlsm');
    expect(report.features).toMatchObject({ charts: expect.any(Number), vba: 1 });
    const error = await buildCatalogueInto(source, fixtureProject(), {
      sourceName: 'BlankSheetTypes.xlsm',
    }).catch((e: unknown) => e);
    expect(isReadError(error) && error.problem.message).toMatch(/diagrammer.*makroer \(VBA\)/);
  });

  it('med accept bliver makroerne væk, og arkenes celler er bevaret', async () => {
    const path = join(FIXTURES, 'bad-macro-enabled.xlsm');
    const source = read(path);
    const out = await buildCatalogueInto(source, fixtureProject(), {
      sourceName: 'bad-macro-enabled.xlsm',
      allowLoss: true,
      proposalSheets: false,
    });
    expect(Object.keys(unzipSync(out)).some((p) => /vbaProject/i.test(p))).toBe(false);
    const outPath = join(dir, 'macro-free.xlsx');
    writeFileSync(outPath, out);
    const original = openpyxlDump(path, true).sheets[0];
    const copy = openpyxlDump(outPath, true).sheets.find((s) => s.name === original?.name);
    expect(copy?.cells).toEqual(original?.cells);
  });

  it('en gammel .xls-fil afvises med den sædvanlige besked', async () => {
    const source = read(join(FIXTURES, 'bad-legacy-format.xls'));
    const error = await buildCatalogueInto(source, fixtureProject()).catch((e: unknown) => e);
    expect(isReadError(error) && error.problem.code).toBe('legacy_xls_format');
  });
});
