/**
 * Where the time of importing budget-large.xlsx goes (issue 16), measured by running the pipeline up to each stage
 * in turn, in one process, and taking differences: unzip (inflating the sheet part), scan (its XML tokens, the usual
 * cell `<c …><v>…</v></c>` read whole with its value decoded, as the reader's scanner does), cells
 * (numbers, dates, shared strings: `readRows` with no row handler work), build lines (row classification, labels,
 * kontoplan codes: `readBudget`), then what `reapplyMapping` does with what was read: amounts in kroner, service
 * values and totals, and the kontoplan's styring report. A streaming importer does these interleaved, so a stage's
 * figure is "the pipeline up to it minus the one before"; each is the median of `rounds` runs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readBudget, reapplyMapping, previewBudget } from '../../shared/budget/index.ts';
import { kontoplanReport } from '../../shared/budget/kontoplan/index.ts';
import { summarizeBudget } from '../../shared/budget/summary.ts';
import { openWorkbook } from '../../shared/workbook/index.ts';
import { scanSheetPart } from '../../shared/workbook/xml.ts';
import { ZipArchive } from '../../shared/workbook/zip.ts';
import { useNodeInflater } from '../../electron/node/inflate.ts';

const SELF = fileURLToPath(import.meta.url);

export interface Stage {
  name: string;
  /** Wall time, ms. */
  ms: number;
  /** CPU time (user + system, all threads: the platform's inflate runs beside the main thread), ms. */
  cpuMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

async function time(go: () => Promise<unknown> | unknown): Promise<[number, number]> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await go();
  const used = process.cpuUsage(cpu);
  return [performance.now() - t, (used.user + used.system) / 1000];
}

export async function importStages(path: string, rounds = 3): Promise<Stage[]> {
  const bytes = new Uint8Array(readFileSync(path));
  const name = path.split('/').pop() ?? path;
  const zip = new ZipArchive(bytes, name);
  const sheetEntry = [...zip.entries]
    .filter((e) => /worksheets\/.*\.xml$/i.test(e.name))
    .sort((a, b) => b.uncompressedSize - a.uncompressedSize)[0];
  if (!sheetEntry) throw new Error(`${name}: no worksheet part`);
  const file = await openWorkbook(bytes, name);
  const { mapping } = await previewBudget(file);
  const sheet = mapping.sheets.find((s) => s.role === 'budget')?.sheet ?? '';
  const read = await readBudget(file, { mapping });
  const budget = reapplyMapping(read, mapping);
  // The scan as the reader scans: the usual cell read whole and its value decoded (`cell`), the rest as events.
  const noop = {
    open: () => undefined,
    close: () => undefined,
    text: () => undefined,
    wantText: () => 0 as const,
    digits: () => undefined,
    cell: () => true,
  };
  const runs: Record<string, number[]> = {};
  const cpuRuns: Record<string, number[]> = {};
  const add = (k: string, [ms, cpuMs]: [number, number]): void => {
    (runs[k] ??= []).push(ms);
    (cpuRuns[k] ??= []).push(cpuMs);
  };
  for (let r = 0; r < rounds; r++) {
    add('open', await time(() => openWorkbook(bytes, name)));
    add('preview', await time(() => previewBudget(file)));
    add('unzip', await time(() => new ZipArchive(bytes, name).inflate(sheetEntry, () => undefined)));
    add('scan', await time(() => scanSheetPart(new ZipArchive(bytes, name), sheetEntry, noop, name)));
    add('cells', await time(() => file.readRows(sheet, () => undefined)));
    add('read', await time(() => readBudget(file, { mapping })));
    add('reapply', await time(() => reapplyMapping(read, mapping)));
    add(
      'kontoplan',
      await time(() =>
        kontoplanReport(budget.lines, budget.years.length, {
          fileNames: {},
          compareWithColumn: true,
        }),
      ),
    );
    add('summary', await time(() => summarizeBudget(budget)));
  }
  const stage = (name: string, of: (m: (k: string) => number) => number): Stage => ({
    name,
    ms: of((k) => median(runs[k] ?? [])),
    cpuMs: of((k) => median(cpuRuns[k] ?? [])),
  });
  return [
    stage('åbn (zip-katalog, delte tekster, typografier)', (m) => m('open')),
    stage('forhåndsvisning (de første rækker)', (m) => m('preview')),
    stage('udpakning af arket (inflate)', (m) => m('unzip')),
    stage('XML-scanning', (m) => m('scan') - m('unzip')),
    stage('celler (tal, datoer, delte tekster)', (m) => m('cells') - m('scan')),
    stage('linjer (rækketyper, etiketter, konti)', (m) => m('read') - m('cells')),
    stage('beløb i kr., serviceværdier, totaler', (m) => m('reapply') - m('kontoplan')),
    stage('kontoplanens styringsområder', (m) => m('kontoplan')),
    stage('opsummering (summarizeBudget)', (m) => m('summary')),
  ];
}

/**
 * The stages of `file`, measured in a child process of their own (so the bench's other figures are not disturbed);
 * with `nodeInflater` large parts inflate as on the command line (node:zlib), else as in the app (DecompressionStream).
 */
export function stagesInChild(
  file: string,
  options: { rounds?: number; nodeInflater?: boolean } = {},
): Stage[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF], {
    env: {
      ...process.env,
      RAADERUM_BENCH_STAGES: file,
      RAADERUM_BENCH_STAGE_ROUNDS: String(options.rounds ?? 3),
      RAADERUM_BENCH_NODE_INFLATER: options.nodeInflater ? '1' : '',
    },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  const last = out.trim().split('\n').pop() ?? '[]';
  return JSON.parse(last) as Stage[];
}

/**
 * Prints the stages next to LibreOffice's conversion time of the same file in the same run: each as ms (wall and
 * CPU) and as a share of LibreOffice's time, so where the time goes reads in the unit of the goal.
 */
export function printStages(stages: readonly Stage[], libreOfficeSeconds: number, title: string): void {
  const lo = libreOfficeSeconds * 1000;
  console.log(
    `  ${title} (median af runder i én proces; andel af LibreOffices tid ${(lo / 1000).toFixed(2)} s):`,
  );
  let wall = 0;
  let cpu = 0;
  for (const s of stages) {
    wall += s.ms;
    cpu += s.cpuMs;
    console.log(
      `    ${s.name.padEnd(48)} ${s.ms.toFixed(0).padStart(6)} ms  CPU ${s.cpuMs.toFixed(0).padStart(6)} ms  ` +
        `${(s.ms / lo).toFixed(3)} × LibreOffice`,
    );
  }
  console.log(
    `    ${'i alt'.padEnd(48)} ${wall.toFixed(0).padStart(6)} ms  CPU ${cpu.toFixed(0).padStart(6)} ms  ` +
      `${(wall / lo).toFixed(3)} × LibreOffice`,
  );
}

const stagesFile = process.env.RAADERUM_BENCH_STAGES;
if (stagesFile) {
  if (process.env.RAADERUM_BENCH_NODE_INFLATER === '1') useNodeInflater();
  const stages = await importStages(stagesFile, Number(process.env.RAADERUM_BENCH_STAGE_ROUNDS ?? 3));
  console.log(JSON.stringify(stages));
}
