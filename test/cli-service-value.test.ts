/**
 * `--service-value TEKST=ja|nej` on `raaderum inspect` and `raaderum new`: the user's reading of a service column
 * whose words Råderum does not know. Expected totals are added up in this file from the lines it writes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.ts';
import { parseProject } from '../shared/project/index.ts';

const LINES: [string, string, string, number[]][] = [
  ['Kultur- og Fritidsudvalget', 'Biblioteker', 'Serviceudgift', [31_250.5, 31_000, 30_750, 30_500]],
  ['Kultur- og Fritidsudvalget', 'Idræt', 'Serviceudgift', [12_000, 12_100, 12_200, 12_300]],
  ['Kultur- og Fritidsudvalget', 'Folkeoplysning', 'Overførselsudgift', [4_400, 4_400, 4_400, 4_400]],
];
const YEARS = ['2026', '2027', '2028', '2029'];
const sumOf = (word: string): Record<string, number> =>
  Object.fromEntries(
    YEARS.map((y, i) => [
      y,
      LINES.filter((l) => l[2] === word).reduce((sum, l) => sum + Math.round((l[3][i] ?? 0) * 10), 0) / 10,
    ]),
  );

let dir: string;
let workbook: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'raaderum-service-value-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.addRow(['Udvalg', 'Politikområde', 'Service', ...YEARS.map((y) => `B${y}`)]);
  for (const [committee, area, service, amounts] of LINES) ws.addRow([committee, area, service, ...amounts]);
  workbook = join(dir, 'kultur.xlsx');
  writeFileSync(workbook, new Uint8Array(await wb.xlsx.writeBuffer()));
});

interface InspectJson {
  serviceTotals: Record<string, number> | null;
  warnings: { code: string }[];
  mapping: { serviceValues?: Record<string, boolean> };
}

const unknownWarnings = (json: InspectJson) => json.warnings.filter((w) => w.code === 'service_flag_unknown');

describe('--service-value', () => {
  it('inspect uden --service-value: "Overførselsudgift" er ukendt', async () => {
    const { code, out } = await cli('inspect', workbook, '--json');
    expect(code).toBe(0);
    expect(unknownWarnings(JSON.parse(out) as InspectJson)).toHaveLength(1);
  });

  it('inspect med --service-value: ingen ukendte, serviceudgifterne er de valgte linjer, kortlægningen har værdien', async () => {
    const { code, out } = await cli(
      'inspect',
      workbook,
      '--json',
      '--service-value',
      'Overførselsudgift=nej',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as InspectJson;
    expect(unknownWarnings(json)).toEqual([]);
    expect(json.serviceTotals).toEqual(sumOf('Serviceudgift'));
    expect(json.mapping.serviceValues).toEqual({ overførselsudgift: false });
  });

  it('new gemmer valget i projektfilen, og en forkert form er en brugsfejl', async () => {
    const project = join(dir, 'kultur.raaderum');
    const made = await cli(
      'new',
      '--budget',
      workbook,
      '--service-value=Serviceudgift=nej',
      '--service-value=Overførselsudgift=ja',
      '-o',
      project,
      '--json',
    );
    expect(made.code).toBe(0);
    const json = JSON.parse(made.out) as {
      serviceFrame: Record<string, number>;
      problems: { code: string }[];
    };
    expect(json.serviceFrame).toEqual(sumOf('Overførselsudgift'));
    expect(json.problems.filter((p) => p.code === 'service_flag_unknown')).toEqual([]);
    const reopened = parseProject(new Uint8Array(readFileSync(project)), 'kultur.raaderum');
    expect(reopened.budget?.mapping.serviceValues).toEqual({ serviceudgift: false, overførselsudgift: true });

    const bad = await cli('inspect', workbook, '--service-value', 'Overførselsudgift');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('TEKST=ja eller TEKST=nej');
  });
});
