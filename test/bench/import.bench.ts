/**
 * Importing budget-large.xlsx (200,000 lines): Råderum's importer next to LibreOffice's headless conversion of the
 * same file to CSV and exceljs's streaming reader, in the same run. Each tool runs in its own child process under
 * `/usr/bin/time -v`, so wall time, CPU time (user + system, the process and its children) and peak RSS are
 * measured the same way for all three. Råderum's child also reports the import alone (after Node and tsx started).
 * Targets (issue 2): at most half of LibreOffice's time, at most 600 MB peak RSS.
 *
 * The machine is shared, so each round runs every tool once (the order turning round each round) and the figures
 * printed are medians over the rounds (RAADERUM_BENCH_ROUNDS, default 3); the ratio to LibreOffice is also given
 * per round, since a round's tools ran under about the same load.
 *
 * Then where Råderum's time goes (issue 16: profile first): the stages of import-stages.ts, measured in a child of
 * their own after the rounds, each as a share of LibreOffice's median time from the rounds.
 *
 * This file is also the child program: with RAADERUM_BENCH_CHILD set it runs one tool and prints its own timing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { printStages, stagesInChild } from './import-stages.ts';
import { fmt, measure, measureLibreOffice, median, TIME, type Measured } from './measure.ts';

const FILE = fileURLToPath(new URL('../../../shared/fixtures/public/budget-large.xlsx', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

async function childRaaderum(): Promise<void> {
  const { openWorkbook } = await import('../../shared/workbook/index.ts');
  const { importBudget, summarizeBudget } = await import('../../shared/budget/index.ts');
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const file = await openWorkbook(new Uint8Array(readFileSync(FILE)), 'budget-large.xlsx');
  const budget = await importBudget(file);
  const inner = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  const total = summarizeBudget(budget).totals[0] ?? 0;
  console.log(
    JSON.stringify({
      inner,
      innerCpu: (cpu.user + cpu.system) / 1000,
      lines: budget.lines.length,
      total2026: total / 1000,
    }),
  );
}

async function childExceljs(): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(FILE, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let lines = 0;
  let total = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (row.number === 1) continue;
      const v = row.getCell(12).value;
      if (typeof v === 'number') total += v;
      lines++;
    }
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(
    JSON.stringify({
      inner: performance.now() - started,
      innerCpu: (cpu.user + cpu.system) / 1000,
      lines,
      total2026: total,
    }),
  );
}

export async function run(): Promise<void> {
  if (!existsSync(TIME)) {
    console.log(`${TIME} mangler; benchmarken kræver GNU time.`);
    return;
  }
  const node = process.execPath;
  const RAADERUM = 'Råderum (openWorkbook + importBudget)';
  const EXCELJS = 'exceljs stream.xlsx.WorkbookReader';
  const LIBREOFFICE = 'LibreOffice headless → CSV';
  const tools: { name: string; go: () => Promise<Measured> }[] = [
    {
      name: RAADERUM,
      go: () => measure(RAADERUM, node, ['--import', 'tsx', SELF], { RAADERUM_BENCH_CHILD: 'raaderum' }),
    },
    {
      name: EXCELJS,
      go: () => measure(EXCELJS, node, ['--import', 'tsx', SELF], { RAADERUM_BENCH_CHILD: 'exceljs' }),
    },
    {
      name: LIBREOFFICE,
      go: () => measureLibreOffice(LIBREOFFICE, FILE),
    },
  ].filter((t) => process.env.RAADERUM_BENCH_EXCELJS !== '0' || t.name !== EXCELJS);
  const rounds = Math.max(1, Number(process.env.RAADERUM_BENCH_ROUNDS ?? 3));
  const all = new Map<string, Measured[]>(tools.map((t) => [t.name, []]));
  const roundRatios: number[] = [];
  console.log(
    `belastning (load average, 1 min): ${loadavg()[0]?.toFixed(1) ?? '?'} på ${availableParallelism()} kerner`,
  );
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? tools : [...tools].reverse();
    const got = new Map<string, Measured>();
    for (const tool of order) {
      const m = await tool.go();
      got.set(tool.name, m);
      all.get(tool.name)?.push(m);
    }
    const ours = got.get(RAADERUM);
    const lo = got.get(LIBREOFFICE);
    if (ours && lo) roundRatios.push(ours.seconds / lo.seconds);
    console.log(
      `  runde ${round + 1}: ` +
        order.map((t) => `${t.name.split(' ')[0]} ${fmt(got.get(t.name)?.seconds ?? NaN)} s`).join(', ') +
        (ours && lo ? `  (Råderum/LibreOffice ${fmt(ours.seconds / lo.seconds)})` : ''),
    );
  }

  console.log(
    `budget-large.xlsx (200.000 linjer), hver i sin egen proces, median af ${rounds} runder ` +
      `(tid inkl. opstart af Node/tsx hhv. LibreOffice; CPU = user + system; peak RSS: højeste):`,
  );
  const summary = tools.map((t) => {
    const ms = all.get(t.name) ?? [];
    return {
      tool: t.name,
      seconds: median(ms.map((m) => m.seconds)),
      cpuSeconds: median(ms.map((m) => m.cpuSeconds)),
      peakMb: Math.max(...ms.map((m) => m.peakMb)),
      inner: ms.some((m) => m.inner) ? median(ms.map((m) => (m.inner?.inner ?? NaN) / 1000)) : undefined,
      innerCpu: ms.some((m) => m.inner)
        ? median(ms.map((m) => (m.inner?.innerCpu ?? NaN) / 1000))
        : undefined,
      note: ms[0]?.inner ? `${ms[0].inner.lines} linjer, 2026 i alt ${ms[0].inner.total2026}` : '',
    };
  });
  const ours = summary[0];
  if (!ours) return;
  for (const r of summary) {
    const inner =
      r.inner !== undefined && r.innerCpu !== undefined
        ? `  selve indlæsningen ${fmt(r.inner)} s (CPU ${fmt(r.innerCpu)} s)`
        : '';
    console.log(
      `  ${r.tool.padEnd(38)} tid ${fmt(r.seconds).padStart(6)} s  CPU ${fmt(r.cpuSeconds).padStart(6)} s  ` +
        `${fmt(r.peakMb, 0).padStart(5)} MB   tid ${fmt(r.seconds / ours.seconds)}× Råderum${inner}   ${r.note}`,
    );
  }
  const lo = summary.find((r) => r.tool === LIBREOFFICE);
  if (lo) {
    const ratio = ours.seconds / lo.seconds;
    console.log(
      `  Råderum / LibreOffice, tid (median af tider): ${fmt(ratio)}; median af rundernes forhold: ${fmt(median(roundRatios))} ` +
        `(mål ≤ 0,50: ${ratio <= 0.5 ? 'opfyldt' : 'IKKE opfyldt'})`,
    );
    console.log(
      `  Råderums CPU-tid / LibreOffices tid: ${fmt(ours.cpuSeconds / lo.seconds)} ` +
        `(LibreOffice kører i sin egen proces; dens CPU ${fmt(lo.cpuSeconds)} s)`,
    );
    console.log(
      `  Råderum peak RSS ${fmt(ours.peakMb, 0)} MB (mål ≤ 600 MB: ${ours.peakMb <= 600 ? 'opfyldt' : 'IKKE opfyldt'})`,
    );
    printStages(stagesInChild(FILE), lo.seconds, 'Hvor tiden går i Råderums indlæsning');
  }
}

const childMode = process.env.RAADERUM_BENCH_CHILD;
if (childMode === 'raaderum') await childRaaderum();
else if (childMode === 'exceljs') await childExceljs();
