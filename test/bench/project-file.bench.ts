/**
 * Save and load of the 200,000-line public budget (budget-large.xlsx as Råderum imports it) with 2,000
 * proposals, target ≤ 500 ms each, the way the app does it: the page serialises with fflate (the web edition
 * and Electron share that code) and the host writes atomically with a `.bak`; opening reads the file, the
 * platform's DecompressionStream unpacks it and the core checks and builds the project. The core's own fflate
 * path is timed stage by stage. The CLI's path (Node's zlib) is printed too. Each stage is timed through the core's own
 * `mark` hook, so the breakdown is of the real code path. The peer, measured alternately in the same run, is
 * plain `JSON.stringify` + fflate gzip of the same in-memory project (row objects, no checks) and gunzip +
 * `JSON.parse` of that: the cost of writing the same data with no format and no validation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { writeFileAtomic } from '../../electron/node/atomic-file.ts';
import { readProjectFile, writeProjectFile } from '../../electron/node/project-file.ts';
import type { Project } from '../../shared/model/project.ts';
import {
  parseProject,
  serializeProject,
  type LoadStage,
  type SaveStage,
} from '../../shared/project/index.ts';
import { median } from './measure.ts';
import { publicBudgetProject } from './public-project.ts';
import { projectFromBytes } from '../../renderer/src/project-io.ts';

const ROUNDS = 7;
const TARGET_MS = 500;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A stage's wall time and this process's CPU time in it. */
type StageTime = [wall: number, cpu: number];

/** Times `f` and, through `mark`, each of its stages; returns the stage times in the order they ended. */
function staged<S extends string, T>(
  f: (mark: (stage: S) => void) => T,
): { ms: number; stages: Map<S, StageTime>; result: T } {
  const stages = new Map<S, StageTime>();
  const t0 = performance.now();
  let last = t0;
  let lastCpu = cpuMs();
  const result = f((stage) => {
    const now = performance.now();
    const cpu = cpuMs();
    const [wall, used] = stages.get(stage) ?? [0, 0];
    stages.set(stage, [wall + now - last, used + cpu - lastCpu]);
    last = now;
    lastCpu = cpu;
  });
  return { ms: performance.now() - t0, stages, result };
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/** Each stage's median wall time, and its median CPU time in brackets. */
function breakdown<S extends string>(runs: readonly Map<S, StageTime>[]): string {
  const names = [...(runs[0]?.keys() ?? [])];
  const med = (n: S, k: 0 | 1): string => median(runs.map((r) => r.get(n)?.[k] ?? 0)).toFixed(0);
  return names.map((n) => `${n} ${med(n, 0)} (${med(n, 1)})`).join(' · ');
}

const verdict = (ms: number): string =>
  `${ms.toFixed(0).padStart(4)} ms (${ms <= TARGET_MS ? 'OK' : 'FOR LANGSOM'})`;

export async function run(): Promise<void> {
  const project: Project = await publicBudgetProject();
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-bench-'));
  const path = join(dir, 'bench.raaderum');
  const peerPath = join(dir, 'peer.json.gz');
  const save: number[] = [];
  const load: number[] = [];
  const saveStages: Map<SaveStage, StageTime>[] = [];
  const loadStages: Map<LoadStage, StageTime>[] = [];
  const saveCpu: number[] = [];
  const loadCpu: number[] = [];
  const write: number[] = [];
  const read: number[] = [];
  const peerSave: number[] = [];
  const peerLoad: number[] = [];
  const cliSave: number[] = [];
  const cliLoad: number[] = [];
  const appLoad: number[] = [];
  const appLoadCpu: number[] = [];
  let size = 0;
  let peerSize = 0;
  try {
    for (let k = 0; k < ROUNDS; k++) {
      // Råderum, as the app does it: serialise (fflate) → atomic write with .bak; read → parse (fflate).
      let c0 = cpuMs();
      const s = staged<SaveStage, Uint8Array>((mark) => serializeProject(project, { mark }));
      const w = await timed(() => writeFileAtomic(path, s.result));
      save.push(s.ms + w);
      saveCpu.push(cpuMs() - c0);
      write.push(w);
      saveStages.push(s.stages);
      size = s.result.length;
      c0 = cpuMs();
      let t0 = performance.now();
      const bytes = new Uint8Array(await readFile(path));
      const r = performance.now() - t0;
      const l = staged<LoadStage, Project>((mark) => parseProject(bytes, 'bench.raaderum', { mark }));
      if (l.result.budget?.lines.length !== project.budget?.lines.length)
        throw new Error('budgetlinjerne gik tabt');
      load.push(r + l.ms);
      loadCpu.push(cpuMs() - c0);
      read.push(r);
      loadStages.push(l.stages);
      // The peer: the same project as plain JSON, gzipped the same way, same atomic write; and back.
      t0 = performance.now();
      const text = JSON.stringify(project);
      const packed = gzipSync(strToU8(text), { level: 1, mtime: 0 });
      await writeFileAtomic(peerPath, packed);
      peerSave.push(performance.now() - t0);
      peerSize = packed.length;
      t0 = performance.now();
      JSON.parse(strFromU8(gunzipSync(new Uint8Array(await readFile(peerPath))))) as unknown;
      peerLoad.push(performance.now() - t0);
      // The CLI's path: Node's zlib.
      cliSave.push(await timed(() => writeProjectFile(path, project)));
      cliLoad.push(await timed(() => readProjectFile(path)));
      // The app's own open: the platform's DecompressionStream unpacks, the core checks and builds.
      c0 = cpuMs();
      appLoad.push(
        await timed(async () => projectFromBytes(new Uint8Array(await readFile(path)), 'bench.raaderum')),
      );
      appLoadCpu.push(cpuMs() - c0);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = (a: number[], b: number[]): string => `${(median(a) / median(b)).toFixed(2)}×`;
  console.log(
    `belastning (load average, 1 min): ${loadavg()[0]?.toFixed(1) ?? '?'} på ${availableParallelism()} kerner; væg-tid, og denne proces' CPU-tid, som en travl maskine påvirker mindre`,
  );
  console.log(
    `budget-large.xlsx (${project.budget?.lines.length ?? 0} linjer) + ${project.proposals.length} forslag, medianer af ${ROUNDS}; mål ≤ ${TARGET_MS} ms`,
  );
  console.log(
    `  fil ${(size / 1e6).toFixed(2)} MB   peer (JSON.stringify + gzip af de samme objekter) ${(peerSize / 1e6).toFixed(2)} MB`,
  );
  console.log(
    `  gem (fflate + atomisk skrivning med .bak): ${verdict(median(save))} (CPU ${median(saveCpu).toFixed(0)} ms)   peer ${median(peerSave).toFixed(0)} ms   forhold ${ratio(save, peerSave)}`,
  );
  console.log(`    ${breakdown(saveStages)} · skriv ${median(write).toFixed(0)} (ms væg (CPU))`);
  console.log(
    `  åbn (læs + fflate):                        ${verdict(median(load))} (CPU ${median(loadCpu).toFixed(0)} ms)   peer ${median(peerLoad).toFixed(0)} ms   forhold ${ratio(load, peerLoad)}`,
  );
  console.log(`    læs ${median(read).toFixed(0)} · ${breakdown(loadStages)} (ms væg (CPU))`);
  console.log(
    `  åbn i appen (læs + platformens gunzip): ${verdict(median(appLoad))} (CPU ${median(appLoadCpu).toFixed(0)} ms)   forhold ${ratio(appLoad, peerLoad)}`,
  );
  console.log(
    `  CLI (Nodes zlib): gem ${verdict(median(cliSave))}   åbn ${verdict(median(cliLoad))}   forhold til peer ${ratio(cliSave, peerSave)} / ${ratio(cliLoad, peerLoad)}`,
  );
}
