import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliJson } from './helpers/cli.ts';
import { readProjectFile, writeProjectFile } from '../electron/node/project-file.ts';
import { FIXTURES, FIXTURE_VEJ_NAME, proposalsFromExpected, readExpected, YEARS } from './calc-fixtures.ts';
import { VEJE } from '../shared/model/proposal.ts';

type YearRecord = Record<string, number>;

function expectYears(actual: YearRecord | undefined, wanted: YearRecord | undefined, digits = 1): void {
  expect(actual).toBeDefined();
  for (const y of YEARS)
    expect(actual?.[String(y)], String(y)).toBeCloseTo(wanted?.[String(y)] ?? NaN, digits);
}

interface BudgetExpected {
  grand_total: YearRecord;
  service_total: YearRecord;
  per_udvalg: Record<string, YearRecord>;
  per_udvalg_service: Record<string, YearRecord>;
}

// Expected numbers: the fixture generator's own sums (budget-clean.xlsx.expected.json, proposals-list.xlsx.expected.json).
describe('raaderum new / target / efficiency / cut / calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-cli-calc-'));
  const project = join(dir, 'fjordby.raaderum');
  const budgetExpected = readExpected<BudgetExpected>('budget-clean.xlsx');
  let created: { lineCount: number; total: YearRecord; serviceFrame: YearRecord };

  beforeAll(async () => {
    created = await cliJson(
      'new',
      '--budget',
      join(FIXTURES, 'budget-clean.xlsx'),
      '--name',
      'Fjordby',
      '-o',
      project,
      '--json',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('new: opretter projektet med budgettets totaler og serviceramme', async () => {
    expect(created.lineCount).toBe(2000);
    expectYears(created.total, budgetExpected.grand_total);
    expectYears(created.serviceFrame, budgetExpected.service_total);
    const p = await readProjectFile(project);
    expect(p.settings.municipality).toBe('Fjordby');
    expect(p.settings.years).toEqual(YEARS);
  });

  it('efficiency: 1 % om året er 1-4 % af hvert udvalgs serviceudgifter, som besparelse', async () => {
    const r = await cliJson<{ total: YearRecord; byCommittee: Record<string, YearRecord> }>(
      'efficiency',
      project,
      '--percent',
      '1',
      '--exempt',
      'Økonomiudvalget',
      '--json',
    );
    for (const [committee, service] of Object.entries(budgetExpected.per_udvalg_service)) {
      const wanted = Object.fromEntries(
        YEARS.map((y, i) => [
          String(y),
          committee === 'Økonomiudvalget' ? 0 : (-(service[String(y)] ?? 0) * (i + 1)) / 100,
        ]),
      );
      expectYears(r.byCommittee[committee], wanted, 2);
    }
    const total = Object.fromEntries(
      YEARS.map((y, i) => [
        String(y),
        (-(
          (budgetExpected.service_total[String(y)] ?? 0) -
          (budgetExpected.per_udvalg_service['Økonomiudvalget']?.[String(y)] ?? 0)
        ) *
          (i + 1)) /
          100,
      ]),
    );
    expectYears(r.total, total, 1);
  });

  it('target og calc: mål, opnået og manko pr. år; totaler som generatorens', async () => {
    const p = await readProjectFile(project);
    await writeProjectFile(project, { ...p, proposals: proposalsFromExpected('proposals-list.xlsx') });
    const pe = readExpected<{
      totals: { amounts: YearRecord };
      per_vej: Record<string, YearRecord>;
      per_udvalg: Record<string, YearRecord>;
    }>('proposals-list.xlsx');

    const t = await cliJson<{ target: YearRecord; gap: YearRecord }>(
      'target',
      project,
      '--name',
      'Handlekatalog',
      '--percent-of-service',
      '0.5',
      '--kategori',
      'servicereduktion',
      '--kategori',
      'opgavebortfald',
      '--json',
    );
    // Calculated targets are whole 1.000 kr.
    const halfPercent = Object.fromEntries(
      YEARS.map((y) => [String(y), -Math.round((budgetExpected.service_total[String(y)] ?? 0) * 0.005)]),
    );
    expectYears(t.target, halfPercent, 2);
    expect(
      (await cli('target', project, '--name', 'Syddjurs', '--amount', '2026=-25000,2027=-35000,2028=-40000'))
        .code,
    ).toBe(0);

    const calc = await cliJson<{
      years: number[];
      proposalCount: number;
      total: YearRecord;
      byVej: Record<string, YearRecord>;
      byStatus: Record<string, YearRecord>;
      targets: { name: string; target: YearRecord; achieved: YearRecord; gap: YearRecord }[];
      budgetAfter: Record<string, YearRecord>;
    }>('calc', project, '--json');
    expect(calc.years).toEqual(YEARS);
    expect(calc.proposalCount).toBe(60);
    expectYears(calc.total, pe.totals.amounts);
    for (const vej of VEJE) expectYears(calc.byVej[vej], pe.per_vej[FIXTURE_VEJ_NAME[vej]]);
    const syddjurs = calc.targets.find((x) => x.name === 'Syddjurs');
    expect(syddjurs?.target).toEqual({ '2026': -25000, '2027': -35000, '2028': -40000, '2029': 0 });
    for (const y of YEARS.map(String))
      expect(syddjurs?.gap[y]).toBeCloseTo((syddjurs?.target[y] ?? NaN) - (pe.totals.amounts[y] ?? NaN), 1);
    for (const [committee, base] of Object.entries(budgetExpected.per_udvalg)) {
      const wanted = Object.fromEntries(
        YEARS.map((y) => [String(y), (base[String(y)] ?? 0) + (pe.per_udvalg[committee]?.[String(y)] ?? 0)]),
      );
      expectYears(calc.budgetAfter[committee], wanted);
    }
    // only prioritised proposals: none yet
    const adopted = await cliJson<{ proposalCount: number; total: YearRecord }>(
      'calc',
      project,
      '--status',
      'prioriteret',
      '--json',
    );
    expect(adopted.proposalCount).toBe(0);
    expect(adopted.total).toEqual({ '2026': 0, '2027': 0, '2028': 0, '2029': 0 });
  });

  it('cut: grønthøsteren summer præcist, fritagne udvalg får intet, og forslagene gemmes', async () => {
    const before = (await readProjectFile(project)).proposals.length;
    const r = await cliJson<{ total: YearRecord; byCommittee: Record<string, YearRecord> }>(
      'cut',
      project,
      '--total',
      '2026=-10000,2027=-12000,2028=-14000,2029=-16000',
      '--exempt',
      'Økonomiudvalget',
      '--json',
    );
    expect(r.total).toEqual({ '2026': -10000, '2027': -12000, '2028': -14000, '2029': -16000 });
    expect(r.byCommittee['Økonomiudvalget']).toBeUndefined();
    for (const y of YEARS.map(String)) {
      const parts = Object.values(r.byCommittee).map((row) => row[y] ?? NaN);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(r.total[y]);
      for (const part of parts) expect(Number.isInteger(part)).toBe(true);
    }
    const after = await readProjectFile(project);
    expect(after.proposals.length).toBe(before + 5);
    expect(
      after.proposals.slice(-5).every((p) => p.vej === 'direkte' && p.kategori === 'servicereduktion'),
    ).toBe(true);
  });

  it('exit-koder: 1 ved forkert brug, 2 når filen ikke kan læses, og intet ændres', async () => {
    const bytes = readFileSync(project);
    expect((await cli('target', project, '--amount', '2026=-1')).code).toBe(1);
    expect((await cli('target', project, '--name', 'X', '--amount', '2031=-1')).code).toBe(1);
    expect(
      (await cli('target', project, '--name', 'X', '--amount', '2026=-1', '--percent-of-service', '1')).code,
    ).toBe(1);
    expect((await cli('efficiency', project)).code).toBe(1);
    expect((await cli('calc', project, '--status', 'vedtaget')).code).toBe(1);
    expect((await cli('cut', project, '--total', '2026=-1', '--bogus')).code).toBe(1);
    expect(readFileSync(project)).toEqual(bytes);

    const damaged = join(dir, 'skadet.raaderum');
    writeFileSync(damaged, bytes.subarray(0, 100));
    const r = await cli('calc', damaged, '--json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/beskadiget/);
    expect((await cli('calc', join(dir, 'findes-ikke.raaderum'))).code).toBe(2);
    expect(
      (await cli('new', '--budget', join(FIXTURES, 'bad-random-bytes.xlsx'), '-o', join(dir, 'x.raaderum')))
        .code,
    ).toBe(2);
  });
});

describe('raaderum new --mapping', () => {
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-cli-new-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('genbruger kortlægningen fra inspect --json og giver samme budget', async () => {
    const budget = join(FIXTURES, 'budget-wide-years.xlsx');
    const expected = readExpected<BudgetExpected>('budget-wide-years.xlsx');
    const inspected = await cli('inspect', budget, '--json');
    expect(inspected.code).toBe(0);
    const mappingFile = join(dir, 'kortlaegning.json');
    writeFileSync(mappingFile, inspected.out);
    const r = await cliJson<{ total: YearRecord; serviceFrame: YearRecord }>(
      'new',
      '--budget',
      budget,
      '--mapping',
      mappingFile,
      '-o',
      join(dir, 'p.raaderum'),
      '--json',
    );
    expectYears(r.total, expected.grand_total);
    expectYears(r.serviceFrame, expected.service_total);
    writeFileSync(mappingFile, '{"version": 7}');
    expect(
      (await cli('new', '--budget', budget, '--mapping', mappingFile, '-o', join(dir, 'q.raaderum'))).code,
    ).toBe(2);
  });
});
