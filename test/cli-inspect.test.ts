/**
 * `raaderum inspect`: the JSON shape from the issue, exit codes 0/1/2, --sheet and --mapping. Expected totals come
 * from the fixtures' `.expected.json`. Mostly in-process through `main`; once as a real subprocess.
 */
import { execFile } from 'node:child_process';
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.ts';
import { fixturePath, readExpected } from './helpers/fixtures.ts';

const CLI = fileURLToPath(new URL('../electron/cli/raaderum.mjs', import.meta.url));

interface InspectJson {
  years: number[];
  lineCount: number;
  totals: Record<string, number>;
  serviceTotals: Record<string, number> | null;
  byCommittee: Record<string, Record<string, number>>;
  sheets: { name: string; role: string; headerRow: number; columns: Record<string, string> }[];
  warnings: { sheet: string | null; cell: string | null; code: string; message: string }[];
  mapping: unknown;
  serviceSource: 'column' | 'kontoplan' | 'unknown';
  byStyringsomraade: Record<string, Record<string, number>>;
  byHovedkonto: Record<string, Record<string, number>>;
  kontoplan?: {
    byFunction: { function: string; styring: string; rule: string; amounts: Record<string, number> }[];
    disagreements: {
      function: string;
      name: string;
      service: boolean;
      styring: string;
      lines: number;
      amounts: Record<string, number>;
    }[];
  };
}

function expected(name: string): {
  row_count: number;
  grand_total: Record<string, number>;
  service_total: Record<string, number>;
  per_hovedkonto: Record<string, Record<string, number>>;
  per_udvalg: Record<string, Record<string, number>>;
  row_count_per_udvalg: Record<string, number>;
} {
  return readExpected(name);
}

function near(actual: Record<string, number> | null | undefined, wanted: Record<string, number>): void {
  expect(actual).not.toBeNull();
  expect(Object.keys(actual ?? {})).toEqual(Object.keys(wanted));
  for (const [y, v] of Object.entries(wanted))
    expect(Math.abs((actual?.[y] ?? NaN) - v)).toBeLessThanOrEqual(0.01);
}

describe('raaderum inspect --json', () => {
  it('flere ark: år, linjer, totaler, service, udvalg og arkenes roller', async () => {
    const name = 'budget-multi-sheet.xlsx';
    const exp = expected(name);
    const { code, out, err } = await cli('inspect', fixturePath(name), '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as InspectJson;
    expect(json.years).toEqual([2026, 2027, 2028, 2029]);
    expect(json.lineCount).toBe(exp.row_count);
    near(json.totals, exp.grand_total);
    near(json.serviceTotals, exp.service_total);
    for (const [c, years] of Object.entries(exp.per_udvalg)) near(json.byCommittee[c], years);
    expect(json.sheets.find((s) => s.name === 'Oversigt')?.role).toBe('summary');
    expect(json.sheets.filter((s) => s.role === 'budget')).toHaveLength(6);
    expect(json.sheets[1]?.headerRow).toBe(1);
    expect(json.sheets[1]?.columns.service).toBe('H');
    expect(json.warnings.some((w) => w.code === 'summary_sheet_left_out' && w.sheet === 'Oversigt')).toBe(
      true,
    );
  });

  it('--sheet vælger arkene selv', async () => {
    const name = 'budget-multi-sheet.xlsx';
    const exp = expected(name);
    const { code, out } = await cli('inspect', fixturePath(name), '--sheet', 'Økonomiudvalget', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as InspectJson;
    expect(Object.keys(json.byCommittee)).toEqual(['Økonomiudvalget']);
    expect(json.lineCount).toBe(exp.row_count_per_udvalg['Økonomiudvalget']);
  });

  it('--mapping genbruger en gemt kortlægning; uden servicekolonne og funktion er serviceTotals null', async () => {
    const first = JSON.parse((await cli('inspect', fixturePath('budget-clean.xlsx'), '--json')).out) as {
      mapping: { sheets: { columns: Record<string, unknown> }[] };
    };
    for (const s of first.mapping.sheets) {
      delete s.columns.service;
      delete s.columns.function;
    }
    const dir = mkdtempSync(join(tmpdir(), 'raaderum-inspect-'));
    const file = join(dir, 'mapping.json');
    writeFileSync(file, JSON.stringify(first.mapping));
    const { code, out } = await cli('inspect', fixturePath('budget-clean.xlsx'), '--mapping', file, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as InspectJson;
    expect(json.serviceTotals).toBeNull();
    near(json.totals, expected('budget-clean.xlsx').grand_total);
    expect(json.warnings.some((w) => w.code === 'service_split_unknown')).toBe(true);
  });

  it('uden servicekolonne fyldes serviceTotals ud fra kontoplanen, og kilden og funktionerne står i svaret', async () => {
    const name = 'budget-clean.xlsx';
    const first = JSON.parse((await cli('inspect', fixturePath(name), '--json')).out) as InspectJson & {
      mapping: { sheets: { columns: Record<string, unknown> }[] };
    };
    expect(first.serviceSource).toBe('column');
    for (const s of first.mapping.sheets) delete s.columns.service;
    const dir = mkdtempSync(join(tmpdir(), 'raaderum-inspect-'));
    const file = join(dir, 'mapping.json');
    writeFileSync(file, JSON.stringify(first.mapping));
    const { code, out } = await cli('inspect', fixturePath(name), '--mapping', file, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as InspectJson;
    expect(json.serviceSource).toBe('kontoplan');
    for (const [y, v] of Object.entries(expected(name).service_total))
      expect(Math.abs((json.serviceTotals?.[y] ?? NaN) - v)).toBeLessThanOrEqual(0.5);
    near(json.byStyringsomraade.service, json.serviceTotals ?? {});
    for (const [main, years] of Object.entries(expected(name).per_hovedkonto))
      near(json.byHovedkonto[main], years);
    expect(json.kontoplan?.byFunction.find((f) => f.function === '5.57.71')).toMatchObject({
      styring: 'overfoersler',
      rule: 'overfoersler-hovedkonto-5',
    });
  });

  it('fejlceller rapporteres med ark, celle, kode og dansk tekst', async () => {
    const { code, out } = await cli('inspect', fixturePath('bad-error-cells.xlsx'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as InspectJson;
    const w = json.warnings.find((x) => x.cell === 'N40');
    expect(w).toMatchObject({ sheet: 'Budget', code: 'error_values_in_cells' });
    expect(w?.message).toContain('#REF!');
  });
});

/**
 * A small export with a service column that disagrees with the kontoplan's rules on one funktion: 5.57.72 (overførsler
 * by the rules) is marked service; 3.22.01 and the statsrefusion agree. In 1.000 kr.
 */
async function disagreeingWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.addRow(['Udvalg', 'Funktion', 'Dranst', 'Service', 'Tekst', '2026', '2027', '2028', '2029']);
  ws.addRow(['Børneudvalget', '3.22.01', 1, 'Ja', 'Skoler', 400, 400, 400, 400]);
  ws.addRow(['Socialudvalget', '5.57.72', 1, 'Ja', 'Sociale formål', 20, 21, 22, 23]);
  ws.addRow(['Socialudvalget', '5.57.72', 1, 'Ja', 'Sociale formål', 5, 5, 5, 5]);
  ws.addRow(['Socialudvalget', '5.57.71', 2, 'Nej', 'Refusion', -30, -30, -30, -30]);
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-inspect-'));
  const file = join(dir, 'uenig.xlsx');
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

describe('raaderum inspect: servicekolonnen og kontoplanens regler', () => {
  it('--json: kolonnen gælder, og funktionerne, hvor reglerne er uenige, står med linjer og beløb', async () => {
    const { code, out } = await cli('inspect', await disagreeingWorkbook(), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as InspectJson;
    expect(json.serviceSource).toBe('column');
    expect(json.serviceTotals).toEqual({ '2026': 425, '2027': 426, '2028': 427, '2029': 428 });
    // By the rules, 5.57.72 is overførsler: the rules' service is 3.22.01 alone.
    expect(json.byStyringsomraade.service).toEqual({ '2026': 400, '2027': 400, '2028': 400, '2029': 400 });
    expect(json.kontoplan?.disagreements).toEqual([
      {
        function: '5.57.72',
        name: 'Sociale formål',
        service: true,
        styring: 'overfoersler',
        lines: 2,
        amounts: { '2026': 25, '2027': 26, '2028': 27, '2029': 28 },
      },
    ]);
    expect(json.warnings.some((w) => w.code === 'service_column_disagrees')).toBe(true);
  });

  it('uden --json: uenighederne står som en tabel med beløb', async () => {
    const { code, out } = await cli('inspect', await disagreeingWorkbook());
    expect(code).toBe(0);
    expect(out).toContain('Servicekolonnen og kontoplanens regler er uenige om 1 funktion(er)');
    expect(out).toMatch(
      /5\.57\.72 Sociale formål \(kolonnen: service, reglerne: Overførsler.*\)\s+25,0\s+26,0\s+27,0\s+28,0/,
    );
  });

  it('uden servicekolonne og uden --json: funktionerne efter reglerne står med styringsområde og beløb', async () => {
    const first = JSON.parse((await cli('inspect', fixturePath('budget-clean.xlsx'), '--json')).out) as {
      mapping: { sheets: { columns: Record<string, unknown> }[] };
    };
    for (const s of first.mapping.sheets) delete s.columns.service;
    const dir = mkdtempSync(join(tmpdir(), 'raaderum-inspect-'));
    const file = join(dir, 'mapping.json');
    writeFileSync(file, JSON.stringify(first.mapping));
    const { code, out } = await cli('inspect', fixturePath('budget-clean.xlsx'), '--mapping', file);
    expect(code).toBe(0);
    expect(out).toContain('Servicefordelingen er fundet ud fra kontoplanen');
    expect(out).toMatch(/3\.22\.01 Folkeskoler \(Service\)\s+[\d.]+,\d/);
    expect(out).toMatch(/5\.57\.71 Sygedagpenge \(Overførsler/);
  });
});

describe('raaderum inspect: udskrift og exitkoder', () => {
  it('uden --json: en læsbar oversigt med totaler i 1.000 kr.', async () => {
    const { code, out } = await cli('inspect', fixturePath('budget-clean.csv'));
    expect(code).toBe(0);
    expect(out).toContain('2000 budgetlinjer');
    expect(out).toContain('3.220.674,1');
  });

  it.each([
    ['bad-random-bytes.xlsx', 'not_an_xlsx'],
    ['bad-truncated.xlsx', 'corrupt'],
    ['bad-legacy-format.xls', '.xls'],
    ['bad-only-text.xlsx', 'budgetlinjer'],
  ])('%s: exitkode 2 og én linje på stderr', async (name, hint) => {
    const { code, out, err } = await cli('inspect', fixturePath(name), '--json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
    if (hint !== 'not_an_xlsx' && hint !== 'corrupt') expect(err).toContain(hint);
  });

  it('en fil der ikke findes giver exitkode 2', async () => {
    const { code, err } = await cli('inspect', fixturePath('findes-ikke.xlsx'));
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('en ugyldig kortlægningsfil giver exitkode 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raaderum-inspect-'));
    const file = join(dir, 'mapping.json');
    writeFileSync(file, '{"version": 7}');
    const { code, err } = await cli('inspect', fixturePath('budget-clean.xlsx'), '--mapping', file);
    expect(code).toBe(2);
    expect(err).toMatch(/Kortlægningen/);
  });

  it.each([
    [['inspect']],
    [['inspect', fixturePath('budget-clean.xlsx'), '--ukendt']],
    [['inspect', fixturePath('budget-clean.xlsx'), '--sheet', 'Findes ikke']],
    [['inspect', fixturePath('budget-clean.xlsx'), fixturePath('budget-clean.csv')]],
  ])('forkert brug %j giver exitkode 1', async (args) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(1);
    expect(err).toMatch(/Brug: raaderum inspect/);
  });
});

describe('raaderum inspect som rigtig proces', () => {
  it('node electron/cli/raaderum.mjs inspect … --json', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [CLI, 'inspect', fixturePath('budget-wide-years.xlsx'), '--json'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const json = JSON.parse(stdout) as InspectJson;
    near(json.totals, expected('budget-wide-years.xlsx').grand_total);
  });

  it('exitkode 2 for en krypteret fil, uden stakspor', async () => {
    const result = await promisify(execFile)(process.execPath, [
      CLI,
      'inspect',
      fixturePath('bad-encrypted.xlsx'),
    ]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/adgangskode/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
