import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync, strToU8 } from 'fflate';
import { nodeGunzip, nodeGzip, readProjectFile, writeProjectFile } from '../electron/node/project-file.ts';
import type { Budget, BudgetLine } from '../shared/model/budget.ts';
import { AMOUNT_LIMIT_KR } from '../shared/model/money.ts';
import { isReadError } from '../shared/model/problem.ts';
import type { Project } from '../shared/model/project.ts';
import { KATEGORIER, STATUSES, VEJE, type Proposal } from '../shared/model/proposal.ts';
import { createProject, CURRENT_VERSION, parseProject, serializeProject } from '../shared/project/index.ts';
import { emptyBudget, line, proposal } from './calc-fixtures.ts';
import { readErrorCode } from './helpers/read-error.ts';

const YEARS = [2026, 2027, 2028, 2029];
const text = fc.string({ maxLength: 12, unit: 'grapheme' });
// Every amount within the model's bound (|amount| < 10^12 kr.), the extremes included.
const kr = fc.integer({ min: -(AMOUNT_LIMIT_KR - 1), max: AMOUNT_LIMIT_KR - 1 });
const amounts = fc.array(kr, { minLength: 4, maxLength: 4 });

const arbLine: fc.Arbitrary<BudgetLine> = fc.record(
  {
    committee: text,
    area: text,
    account: fc.record({ mainAccount: text, function: text, dranst: text, art: text }, { requiredKeys: [] }),
    costCentre: text,
    text,
    amounts,
    isService: fc.constantFrom(true, false, null),
    source: fc.record(
      { file: text, sheet: text, row: fc.nat(1_048_576) },
      { requiredKeys: ['sheet', 'row'] },
    ),
  },
  { requiredKeys: ['committee', 'area', 'account', 'text', 'amounts', 'isService', 'source'] },
);

const arbProposal: fc.Arbitrary<Proposal> = fc.record({
  id: text,
  title: text,
  committee: text,
  area: text,
  vej: fc.option(fc.constantFrom(...VEJE), { nil: null }),
  kategori: fc.option(fc.constantFrom(...KATEGORIER), { nil: null }),
  status: fc.constantFrom(...STATUSES),
  catalogue: text,
  amounts,
  income: amounts,
  isService: fc.boolean(),
  fte: fc
    .array(fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }), {
      minLength: 4,
      maxLength: 4,
    })
    // JSON has no −0, and an FTE change of −0 is no change
    .map((xs) => xs.map((x) => (x === 0 ? 0 : x))),
  description: fc.string({ maxLength: 200 }),
  citizenImpact: text,
  staffImpact: text,
  permanence: fc.constantFrom('permanent' as const, 'oneOff' as const),
  investment: kr,
  notes: text,
  source: fc.option(fc.record({ file: text, sheet: text, row: fc.nat() }), { nil: null }),
});

const arbBudget: fc.Arbitrary<Budget> = fc.array(arbLine, { maxLength: 30 }).map((lines) => ({
  ...emptyBudget(lines, YEARS, 'budget.xlsx'),
  mapping: {
    version: 1 as const,
    years: YEARS,
    sheets: [
      {
        sheet: 'Budget',
        role: 'budget' as const,
        headerRow: 1,
        columns: { committee: ['A'], text: ['J', 'K'] },
        years: { '2026': 'L', '2027': 'M', '2028': 'N', '2029': 'O' },
      },
    ],
  },
  report: {
    file: 'budget.xlsx',
    problems: [
      { code: 'budget.x', severity: 'warning' as const, message: 'Advarsel', sheet: 'Budget', cell: 'H12' },
    ],
    skippedRows: [{ sheet: 'Budget', row: 2001, reason: 'I alt' }],
    serviceKnown: true,
  },
}));

const arbProject: fc.Arbitrary<Project> = fc
  .record({
    municipality: text,
    budget: fc.option(arbBudget, { nil: null }),
    proposals: fc.array(arbProposal, { maxLength: 8 }),
    percent: fc.double({ min: 0, max: 5, noNaN: true }),
    amounts,
    countedStatuses: fc.subarray([...STATUSES]),
  })
  .map((r) => ({
    ...createProject({ municipality: r.municipality, years: YEARS }, r.budget),
    proposals: r.proposals,
    targets: [
      {
        name: 'Handlekatalog',
        rule: { kind: 'percentOfService' as const, percent: r.percent },
        scope: {
          kategorier: ['servicereduktion' as const],
          veje: [],
          committees: ['Økonomiudvalget'],
          catalogue: null,
        },
      },
      {
        name: 'Råderum',
        rule: { kind: 'amount' as const, amounts: r.amounts },
        scope: { kategorier: [], veje: ['stille' as const], committees: [], catalogue: 'Handlekatalog' },
      },
    ],
    catalogues: [{ name: 'Handlekatalog', description: 'Kataloget' }],
    priceIndex: [{ year: 2026, prices: 100, wages: 100 }],
    countedStatuses: r.countedStatuses,
  }));

describe('projektfilen (.raaderum)', () => {
  it('gem → åbn er identitet (genererede projekter, med og uden gzip)', () => {
    fc.assert(
      fc.property(arbProject, fc.boolean(), (project, gzip) => {
        const bytes = serializeProject(project, { gzip });
        expect(bytes[0] === 0x1f && bytes[1] === 0x8b).toBe(gzip);
        expect(parseProject(bytes, 'p.raaderum')).toEqual(project);
      }),
      { numRuns: 60 },
    );
  });

  it('store projekter komprimeres, små gemmes som læsbar JSON med format og version', () => {
    const small = serializeProject(createProject({ years: YEARS }));
    const json = JSON.parse(new TextDecoder().decode(small)) as { format: string; version: number };
    expect(json.format).toBe('raaderum');
    expect(json.version).toBe(CURRENT_VERSION);
    const lines = Array.from({ length: 20_000 }, (_, i) => line(`Udvalg ${i % 6}`, [i, i * 2, 7 - i, 0]));
    const big = serializeProject(createProject({ years: YEARS }, emptyBudget(lines)));
    expect([big[0], big[1]]).toEqual([0x1f, 0x8b]);
    expect(parseProject(big).budget?.lines).toEqual(lines);
  });

  it('gzip fra Node (zlib) og fra fflate læses begge veje', () => {
    const lines = Array.from({ length: 6_000 }, (_, i) => line(`Udvalg ${i % 6}`, [i, 2 * i, 3 * i, 4 * i]));
    const project = createProject({ years: YEARS }, emptyBudget(lines));
    const byNode = serializeProject(project, { gzip: true, compress: nodeGzip });
    const byFflate = serializeProject(project, { gzip: true });
    expect([byNode[0], byNode[1], byFflate[0], byFflate[1]]).toEqual([0x1f, 0x8b, 0x1f, 0x8b]);
    expect(parseProject(byNode)).toEqual(project);
    expect(parseProject(byFflate, 'p.raaderum', { decompress: nodeGunzip })).toEqual(project);
  });

  it('en fil fra en nyere Råderum afvises med besked om at opdatere', () => {
    const file = JSON.parse(
      new TextDecoder().decode(serializeProject(createProject({ years: YEARS }))),
    ) as Record<string, unknown>;
    const newer = strToU8(JSON.stringify({ ...file, version: CURRENT_VERSION + 1, somethingNew: [1, 2] }));
    for (const bytes of [newer, gzipSync(newer)]) {
      try {
        parseProject(bytes, 'ny.raaderum');
        expect.unreachable();
      } catch (error) {
        expect(isReadError(error) && error.problem.code).toBe('project.newer-version');
        expect((error as Error).message).toMatch(/nyere Råderum.*Opdatér Råderum/);
        expect(isReadError(error) && error.problem.file).toBe('ny.raaderum');
      }
    }
  });

  it('version 0 migreres: linjer som objekter bliver kolonner, manglende felter får standardværdier', () => {
    const v0Line = {
      committee: 'Økonomiudvalget',
      area: 'Administration',
      account: { function: '6.45.51' },
      text: 'Sekretariat',
      amounts: [1000, 2000, 3000, 4000],
      isService: true,
      source: { sheet: 'Budget', row: 2 },
    };
    const v0 = {
      format: 'raaderum',
      version: 0,
      settings: {
        municipality: 'Fjordby',
        budgetYear: 2026,
        years: YEARS,
        priceYear: 2026,
        signDisplay: 'negativeIsSaving',
      },
      budget: {
        sourceName: 'budget.xlsx',
        years: YEARS,
        mapping: { version: 1, years: YEARS, sheets: [] },
        report: { file: 'budget.xlsx', problems: [], skippedRows: [], serviceKnown: true },
        lines: [v0Line],
      },
      proposals: [
        {
          id: 'ØK-01',
          title: 'Færre konsulenter',
          committee: 'Økonomiudvalget',
          area: '',
          vej: 'stille',
          kategori: 'effektivisering',
          status: 'forslag',
          catalogue: '',
          amounts: [-1000, -1000, -1000, -1000],
          isService: true,
          description: '',
          citizenImpact: '',
          staffImpact: '',
          investment: 0,
          notes: '',
          source: null,
        },
      ],
      targets: [],
      catalogues: [],
    };
    const project = parseProject(strToU8(JSON.stringify(v0)), 'gammel.raaderum');
    // Every field of the version-0 line comes back unchanged.
    expect(project.budget?.lines).toEqual([v0Line]);
    expect(project.proposals[0]?.fte).toEqual([0, 0, 0, 0]);
    expect(project.proposals[0]?.income).toEqual([0, 0, 0, 0]);
    expect(project.proposals[0]?.permanence).toBe('permanent');
    expect(project.priceIndex).toEqual([]);
    expect(project.countedStatuses).not.toContain('fravalgt');
    // and it saves as the current version
    expect(parseProject(serializeProject(project))).toEqual(project);
  });

  it('beskadigede og fremmede filer afvises med stabil kode og dansk besked', () => {
    const good = serializeProject(
      {
        ...createProject({ years: YEARS }, emptyBudget([line('A', [1, 2, 3, 4])])),
        proposals: [proposal({ id: 'X', amounts: [1, 2, 3, 4] })],
      },
      { gzip: false },
    );
    const goodText = new TextDecoder().decode(good);
    const edit = (f: (doc: Record<string, unknown>) => void): Uint8Array => {
      const doc = JSON.parse(goodText) as Record<string, unknown>;
      f(doc);
      return strToU8(JSON.stringify(doc));
    };
    expect(readErrorCode(() => parseProject(new Uint8Array(0)))).toBe('project.empty');
    expect(readErrorCode(() => parseProject(good.slice(0, good.length - 40)))).toBe('project.damaged');
    expect(readErrorCode(() => parseProject(gzipSync(good).slice(0, 60)))).toBe('project.damaged');
    expect(readErrorCode(() => parseProject(strToU8('{"hello": 1}')))).toBe('project.not-a-project');
    expect(readErrorCode(() => parseProject(strToU8('Udvalg;Beløb\n')))).toBe('project.not-a-project');
    expect(readErrorCode(() => parseProject(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])))).toBe(
      'project.not-a-project',
    );
    expect(readErrorCode(() => parseProject(edit((d) => (d.version = 'x'))))).toBe('project.damaged');
    expect(
      readErrorCode(() =>
        parseProject(edit((d) => ((d.proposals as { amounts: unknown }[])[0]!.amounts = [1, 'x', 3, 4]))),
      ),
    ).toBe('project.damaged');
    expect(
      readErrorCode(() =>
        parseProject(edit((d) => ((d.proposals as { amounts: unknown }[])[0]!.amounts = [1, 2]))),
      ),
    ).toBe('project.damaged');
    expect(
      readErrorCode(() =>
        parseProject(
          edit((d) => ((d.budget as { lines: { committee: unknown } }).lines.committee = { runs: [99, 1] })),
        ),
      ),
    ).toBe('project.damaged');
    expect(
      readErrorCode(() =>
        parseProject(
          edit((d) => ((d.budget as { lines: { amounts: number[][] } }).lines.amounts[0] = [1.5])),
        ),
      ),
    ).toBe('project.damaged');
    try {
      parseProject(good.slice(0, 100), 'budget.raaderum');
    } catch (error) {
      expect((error as Error).message).toMatch(/^Projektfilen 'budget.raaderum' er beskadiget/);
    }
  });

  describe('på disken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'raaderum-project-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('gemmer atomisk, beholder forrige version som .bak og åbner igen', async () => {
      const path = join(dir, 'budget 2026.raaderum');
      const first = createProject({ municipality: 'Fjordby', years: YEARS });
      const second = { ...first, proposals: [proposal({ id: 'BU-01', amounts: [-1, -2, -3, -4] })] };
      await writeProjectFile(path, first);
      await writeProjectFile(path, second);
      expect(await readProjectFile(path)).toEqual(second);
      expect(parseProject(readFileSync(`${path}.bak`))).toEqual(first);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('at åbne en beskadiget fil ændrer intet', async () => {
      const path = join(dir, 'skadet.raaderum');
      const damagedBytes = serializeProject(createProject({ years: YEARS }), { gzip: false }).slice(0, 50);
      writeFileSync(path, damagedBytes);
      await expect(readProjectFile(path)).rejects.toMatchObject({ problem: { code: 'project.damaged' } });
      expect(new Uint8Array(readFileSync(path))).toEqual(damagedBytes);
      expect(existsSync(`${path}.bak`)).toBe(false);
    });
  });
});
