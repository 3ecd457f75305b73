/**
 * The `raaderum` command as a user starts it (issue 16): `raaderum --help` and `raaderum inspect
 * budget-large.xlsx --json`, process start included, each in its own child under GNU time, next to LibreOffice's
 * headless conversion of the same file measured in the same round. The CLI runs from the bundle that `npm install`
 * builds (out/cli, rebuilt here first so the figures are of the current sources). Targets: inspect ≤ ⅓ of
 * LibreOffice's time with peak RSS ≤ 300 MB; --help ≤ 0.3 s.
 *
 * Then where inspect's time goes, each part as a share of LibreOffice's median time: start-up (the process, the
 * bundle and the inspect command's code: `inspect` of the 2,000-line budget-clean.csv, whose own import is a few
 * ms), the import's stages (import-stages.ts, in a child of their own), and the rest (the JSON and its output).
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../electron/cli/build.mjs';
import { printStages, stagesInChild } from './import-stages.ts';
import { fmt, measure, measureLibreOffice, median, TIME, type Measured } from './measure.ts';

const FILE = fileURLToPath(new URL('../../../shared/fixtures/public/budget-large.xlsx', import.meta.url));
const SMALL = fileURLToPath(new URL('../../../shared/fixtures/public/budget-clean.csv', import.meta.url));
const CLI = fileURLToPath(new URL('../../electron/cli/raaderum.mjs', import.meta.url));

export async function run(): Promise<void> {
  if (!existsSync(TIME)) {
    console.log(`${TIME} mangler; benchmarken kræver GNU time.`);
    return;
  }
  await buildCli();
  const node = process.execPath;
  const rounds = Math.max(1, Number(process.env.RAADERUM_BENCH_ROUNDS ?? 3));
  const help: Measured[] = [];
  const small: Measured[] = [];
  const inspect: Measured[] = [];
  const lo: Measured[] = [];
  const ratios: number[] = [];
  console.log(
    `belastning (load average, 1 min): ${loadavg()[0]?.toFixed(1) ?? '?'} på ${availableParallelism()} kerner`,
  );
  for (let round = 0; round < rounds; round++) {
    help.push(await measure('raaderum --help', node, [CLI, '--help']));
    small.push(await measure('raaderum inspect (lille fil)', node, [CLI, 'inspect', SMALL, '--json']));
    const ours = await measure('raaderum inspect --json', node, [CLI, 'inspect', FILE, '--json']);
    const peer = await measureLibreOffice('LibreOffice headless → CSV', FILE);
    inspect.push(ours);
    lo.push(peer);
    ratios.push(ours.seconds / peer.seconds);
    console.log(
      `  runde ${round + 1}: --help ${fmt(help.at(-1)?.seconds ?? NaN)} s, inspect ${fmt(ours.seconds)} s, ` +
        `LibreOffice ${fmt(peer.seconds)} s  (inspect/LibreOffice ${fmt(ours.seconds / peer.seconds)})`,
    );
  }
  const helpS = median(help.map((m) => m.seconds));
  const inspectS = median(inspect.map((m) => m.seconds));
  const loS = median(lo.map((m) => m.seconds));
  const peak = Math.max(...inspect.map((m) => m.peakMb));
  console.log(
    `budget-large.xlsx (200.000 linjer), median af ${rounds} runder, opstart af processen medregnet:`,
  );
  console.log(
    `  raaderum --help              tid ${fmt(helpS)} s (mål ≤ 0,30 s: ${helpS <= 0.3 ? 'opfyldt' : 'IKKE opfyldt'})`,
  );
  console.log(
    `  raaderum inspect --json      tid ${fmt(inspectS)} s  CPU ${fmt(median(inspect.map((m) => m.cpuSeconds)))} s  ` +
      `peak ${fmt(peak, 0)} MB (mål ≤ 300 MB: ${peak <= 300 ? 'opfyldt' : 'IKKE opfyldt'})`,
  );
  console.log(
    `  LibreOffice headless → CSV   tid ${fmt(loS)} s  CPU ${fmt(median(lo.map((m) => m.cpuSeconds)))} s`,
  );
  const ratio = inspectS / loS;
  console.log(
    `  inspect / LibreOffice: ${fmt(ratio)} (median af tider); median af rundernes forhold ${fmt(median(ratios))} ` +
      `(mål ≤ 0,33: ${ratio <= 1 / 3 ? 'opfyldt' : 'IKKE opfyldt'})`,
  );
  const startS = median(small.map((m) => m.seconds));
  const stages = stagesInChild(FILE, { nodeInflater: true });
  const importS = stages.reduce((t, s) => t + s.ms, 0) / 1000;
  console.log(
    `  Hvor inspects tid går (andel af LibreOffices tid): opstart (inspect af budget-clean.csv) ${fmt(startS)} s = ` +
      `${fmt(startS / loS, 3)}; indlæsningen ${fmt(importS)} s = ${fmt(importS / loS, 3)}; resten (JSON, udskrift, ` +
      `skraldespand) ${fmt(inspectS - startS - importS)} s = ${fmt((inspectS - startS - importS) / loS, 3)}`,
  );
  printStages(stages, loS, 'Indlæsningens trin');
  await npxStart(rounds, helpS);
}

/**
 * `npx raaderum --help` as the issue words it: npm's own start-up is most of it. For the root package's own bin,
 * npm exec loads the whole installed tree (Arborist.loadActual) before it runs anything; the peer is npx running
 * a bin that is linked in node_modules/.bin (typescript's tsc), the cheapest npx there is.
 */
async function npxStart(rounds: number, helpS: number): Promise<void> {
  const ours: number[] = [];
  const peer: number[] = [];
  for (let round = 0; round < rounds; round++) {
    ours.push((await measure('npx raaderum --help', 'npx', ['raaderum', '--help'])).seconds);
    peer.push((await measure('npx tsc --version', 'npx', ['tsc', '--version'])).seconds);
  }
  const oursS = median(ours);
  const peerS = median(peer);
  console.log(
    `  npx raaderum --help          tid ${fmt(oursS)} s; npx tsc --version (npx' egen opstart) ${fmt(peerS)} s; ` +
      `heraf Råderums del (raaderum --help uden npx) ${fmt(helpS)} s`,
  );
}
