import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeGunzip, readProjectFile, writeProjectFile } from '../electron/node/project-file.ts';
import { isProblemError, type Problem } from '../shared/model/problem.ts';
import type { Project } from '../shared/model/project.ts';
import { createProject, gunzipCapped, parseProject, serializeProject } from '../shared/project/index.ts';
import { MAX_PROJECT_BYTES } from '../shared/project/limits.ts';
import { emptyBudget, line, proposal, YEARS } from './calc-fixtures.ts';
import { cli } from './helpers/cli.ts';

function problemFrom(run: () => unknown): Problem {
  try {
    run();
  } catch (error) {
    if (isProblemError(error)) return error.problem;
    throw error;
  }
  throw new Error('ingen fejl');
}

/** A small, valid project with one budget line, as its JSON document, to be tampered with. */
function smallDocument(): Record<string, unknown> {
  const project = createProject({ years: YEARS }, emptyBudget([line('Børn og Unge', [1, 2, 3, 4])]));
  return JSON.parse(new TextDecoder().decode(serializeProject(project, { gzip: false }))) as Record<
    string,
    unknown
  >;
}

/** Every column of the budget declares `count` lines by one run; the amounts stay one line long. */
function declaringLines(count: number, years: number[] = YEARS): Uint8Array {
  const doc = smallDocument();
  const budget = doc.budget as { years: number[]; lines: Record<string, unknown> };
  budget.years = years;
  for (const key of Object.keys(budget.lines))
    if (key !== 'count' && key !== 'strings' && key !== 'amounts') budget.lines[key] = { runs: [0, count] };
  budget.lines.count = count;
  if (years.length === 0) budget.lines.amounts = [];
  return strToU8(JSON.stringify(doc));
}

describe('projektfilen stoler ikke på sine egne tal', () => {
  it('en lille fil, der påstår 300 millioner budgetlinjer, afvises straks med en dansk sætning', () => {
    const bytes = declaringLines(300_000_000);
    expect(bytes.length).toBeLessThan(8 * 1024);
    const problem = problemFrom(() => parseProject(bytes, 'bombe.raaderum'));
    expect(problem.code).toBe('project.damaged');
    expect(problem.message).toBe(
      "Projektfilen 'bombe.raaderum' er beskadiget og kan ikke åbnes (budgettets antal linjer (300.000.000) skal være højst 5.242.880 budgetlinjer). Intet er ændret. Prøv sikkerhedskopien med endelsen .bak i samme mappe.",
    );
    expect(problemFrom(() => parseProject(declaringLines(2 ** 32), 'x.raaderum')).message).toMatch(
      /budgettets antal linjer \(4\.294\.967\.296\) skal være højst 5\.242\.880 budgetlinjer/,
    );
  });

  it('et antal linjer under grænsen tjekkes mod de beløb, filen faktisk har, før noget lægges i hukommelsen', () => {
    expect(problemFrom(() => parseProject(declaringLines(3_000_000), 'x.raaderum')).message).toMatch(
      /\(budgettet angiver 3\.000\.000 linjer, men har beløb til 1\)/,
    );
    expect(problemFrom(() => parseProject(declaringLines(3_000_000, []), 'x.raaderum')).message).toMatch(
      /\(budgettet har linjer, men ingen år\)/,
    );
  });

  it('kørsler, der ikke går op i det angivne antal linjer, afvises', () => {
    const doc = smallDocument();
    (doc.budget as { lines: Record<string, unknown> }).lines.committee = { runs: [0, 2, 0, 3] };
    expect(problemFrom(() => parseProject(strToU8(JSON.stringify(doc)))).code).toBe('project.damaged');
  });

  it('et beløb over 1.000 mia. kr. i filen afvises som beskadiget og siger hvor', () => {
    const doc = smallDocument();
    (doc.budget as { lines: { amounts: number[][] } }).lines.amounts[1] = [2e12];
    expect(problemFrom(() => parseProject(strToU8(JSON.stringify(doc)))).message).toMatch(
      /budgetlinje 1, beløbet for 2027 \(2\.000\.000\.000\.001 kr\.\) skal være et helt antal kroner under 1\.000 mia\. kr\./,
    );
  });

  describe('gzip-bombe', () => {
    // 200 MB of zeros packs to about 200 KB; the cap is 128 MB.
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024), { level: 9 });

    it('udpakningen stopper ved grænsen (fflate og Node) og svarer med en dansk sætning', () => {
      expect(bomb.length).toBeLessThan(1024 * 1024);
      expect(gunzipCapped(bomb, 1024 * 1024)).toBeNull();
      expect(nodeGunzip(bomb, 1024 * 1024)).toBeNull();
      for (const decompress of [undefined, nodeGunzip]) {
        const problem = problemFrom(() =>
          parseProject(bomb, 'bombe.raaderum', decompress ? { decompress } : {}),
        );
        expect(problem.code).toBe('project.too-large');
        expect(problem.message).toBe(
          "Projektfilen 'bombe.raaderum' pakkes ud til mere end 128 MB (mulig zip-bombe) og bliver ikke åbnet. Intet er ændret.",
        );
      }
    });

    it('en ærlig komprimeret fil under grænsen pakkes helt ud', () => {
      const data = strToU8('x'.repeat(3 * 1024 * 1024));
      const out = gunzipCapped(gzipSync(data), MAX_PROJECT_BYTES);
      // Buffer.equals: a deep equal over 3 MB takes seconds
      expect(out && Buffer.from(out).equals(data)).toBe(true);
      expect(() => gunzipCapped(gzipSync(data).subarray(0, 2000), MAX_PROJECT_BYTES)).toThrow();
    });
  });
});

describe('det, der gemmes, kan åbnes igen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const withTarget = (percent: number): Project => ({
    ...createProject({ years: YEARS }),
    targets: [
      {
        name: 'Råderum',
        rule: { kind: 'percentOfService', percent },
        scope: { kategorier: [], veje: [], committees: [], catalogue: null },
      },
    ],
  });

  it('et mål på 1e308 % gemmes ikke: dansk besked, og intet skrives', async () => {
    const problem = problemFrom(() => serializeProject(withTarget(1e308)));
    expect(problem.code).toBe('project.unsaveable');
    expect(problem.message).toBe(
      "Projektet kan ikke gemmes: målet 'Råderum', procenten af servicerammen (et tal med over 20 cifre) skal være en procent mellem -100 og 100. Ret værdien og gem igen. Intet er gemt.",
    );
    const path = join(dir, 'mål.raaderum');
    await writeProjectFile(path, withTarget(2));
    const before = readFileSync(path);
    await expect(writeProjectFile(path, withTarget(1e308))).rejects.toMatchObject({
      problem: { code: 'project.unsaveable' },
    });
    expect(readFileSync(path)).toEqual(before);
  });

  it('beløb uden for grænsen, NaN og uendelig gemmes ikke; forslaget og året nævnes', () => {
    const years = [2026, 2027, 2028, 2029];
    const p = (amounts: number[]): Project => ({
      ...createProject({ years }),
      proposals: [proposal({ id: 'SS-02', amounts })],
    });
    expect(problemFrom(() => serializeProject(p([0, 1e15, 0, 0]))).message).toMatch(
      /^Projektet kan ikke gemmes: forslag 'SS-02', beløbet for 2027 \(1\.000\.000\.000\.000\.000\) skal være et helt antal kroner under 1\.000 mia\. kr\. Ret værdien/,
    );
    expect(problemFrom(() => serializeProject(p([0, 0, NaN, 0]))).message).toMatch(
      /forslag 'SS-02', beløbet for 2028 \(intet tal\)/,
    );
    expect(problemFrom(() => serializeProject(p([Infinity, 0, 0, 0]))).message).toMatch(
      /forslag 'SS-02', beløbet for 2026 \(uendeligt\)/,
    );
    const budget = emptyBudget([line('A', [1, 2, 3, 4]), line('B', [0, 0, -1e13, 0])]);
    expect(problemFrom(() => serializeProject(createProject({ years }, budget))).message).toMatch(
      /budgetlinje 2 \(arket 'Budget', række 2\), beløbet for 2028 \(-10\.000\.000\.000\.000 kr\.\)/,
    );
  });

  it('raaderum target afviser 1e308 % og et beløb over grænsen, før noget gemmes', async () => {
    const path = join(dir, 'cli.raaderum');
    await writeProjectFile(path, createProject({ years: YEARS }));
    const before = readFileSync(path);
    const huge = `1${'0'.repeat(308)}`;
    const r = await cli('target', path, '--name', 'Råderum', '--percent-of-service', huge);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^--percent-of-service skal være en procent mellem 0 og 100/);
    expect(readFileSync(path)).toEqual(before);
    const amount = await cli('target', path, '--name', 'Råderum', '--amount', `2026=${huge}`);
    expect(amount.err).toMatch(/^--amount for 2026 er for stort: et beløb skal være under 1\.000 mia\. kr\./);
    const calc = await cli('calc', path, '--json');
    expect(calc.code).toBe(0);
    expect((JSON.parse(calc.out) as { targets: unknown[] }).targets).toEqual([]);
  });

  it('en projektfil over 128 MB afvises ud fra størrelsen', async () => {
    const path = join(dir, 'stor.raaderum');
    writeFileSync(path, Buffer.alloc(0));
    const { truncateSync } = await import('node:fs');
    truncateSync(path, MAX_PROJECT_BYTES + 1);
    await expect(readProjectFile(path)).rejects.toMatchObject({ problem: { code: 'project.too-large' } });
  });
});
