/**
 * Save and load of 200,000 budget lines + 2,000 proposals must each take < 1 s. Measured next to plain
 * `JSON.stringify` / `JSON.parse` of the same in-memory project (row objects, no validation) as the peer.
 */
import { availableParallelism, loadavg } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProjectFile, writeProjectFile } from '../../electron/node/project-file.ts';
import { parseProject, serializeProject } from '../../shared/project/index.ts';
import { syntheticProject } from './calc-data.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time<T>(f: () => T): [number, T] {
  const t0 = performance.now();
  const result = f();
  return [performance.now() - t0, result];
}

export async function run(): Promise<void> {
  // Other processes share the CPU; the ratio to the peer is the figure that survives a busy machine.
  console.log(
    `belastning (load average, 1 min): ${loadavg()[0]?.toFixed(1) ?? '?'} på ${availableParallelism()} kerner`,
  );
  const project = syntheticProject();
  const saves: number[] = [];
  const loads: number[] = [];
  const peerSaves: number[] = [];
  const peerLoads: number[] = [];
  let bytes: Uint8Array = new Uint8Array(0);
  let peerText = '';
  for (let k = 0; k < 5; k++) {
    const [s, b] = time(() => serializeProject(project));
    saves.push(s);
    bytes = b;
    const [l] = time(() => parseProject(bytes, 'bench.raaderum'));
    loads.push(l);
    const [ps, text] = time(() => JSON.stringify(project));
    peerSaves.push(ps);
    peerText = text;
    const [pl] = time(() => JSON.parse(peerText) as unknown);
    peerLoads.push(pl);
  }
  // The app's and the CLI's real path: Node's zlib, atomic write with .bak, read back from disk.
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-bench-'));
  const path = join(dir, 'bench.raaderum');
  const diskSaves: number[] = [];
  const diskLoads: number[] = [];
  for (let k = 0; k < 5; k++) {
    let t0 = performance.now();
    await writeProjectFile(path, project);
    diskSaves.push(performance.now() - t0);
    t0 = performance.now();
    await readProjectFile(path);
    diskLoads.push(performance.now() - t0);
  }
  rmSync(dir, { recursive: true, force: true });
  const diskSave = median(diskSaves);
  const diskLoad = median(diskLoads);
  const save = median(saves);
  const load = median(loads);
  const peerSave = median(peerSaves);
  const peerLoad = median(peerLoads);
  console.log('200.000 budgetlinjer + 2.000 forslag');
  console.log(
    `  fil: ${(bytes.length / 1e6).toFixed(1)} MB (gzip)   peer JSON: ${(peerText.length / 1e6).toFixed(1)} MB (ukomprimeret)`,
  );
  console.log(
    `  gem (fflate, i hukommelsen):  ${save.toFixed(0)} ms (mål < 1000: ${save < 1000 ? 'OK' : 'FOR LANGSOM'})   JSON.stringify: ${peerSave.toFixed(0)} ms   forhold ${(save / peerSave).toFixed(2)}×`,
  );
  console.log(
    `  gem på disk (zlib, atomisk):  ${diskSave.toFixed(0)} ms (mål < 1000: ${diskSave < 1000 ? 'OK' : 'FOR LANGSOM'})   forhold til JSON.stringify ${(diskSave / peerSave).toFixed(2)}×`,
  );
  console.log(
    `  åbn fra disk (zlib):          ${diskLoad.toFixed(0)} ms (mål < 1000: ${diskLoad < 1000 ? 'OK' : 'FOR LANGSOM'})   forhold til JSON.parse ${(diskLoad / peerLoad).toFixed(2)}×`,
  );
  console.log(
    `  åbn (fflate, i hukommelsen):  ${load.toFixed(0)} ms (mål < 1000: ${load < 1000 ? 'OK' : 'FOR LANGSOM'})   JSON.parse:     ${peerLoad.toFixed(0)} ms   forhold ${(load / peerLoad).toFixed(2)}×`,
  );
}
