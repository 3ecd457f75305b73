/**
 * A budget season in one file: budget-large.xlsx (200,000 lines, imported by Råderum's importer), 2,000 proposals
 * and 20 versions taken between rounds of edits (100 proposals changed per round, each round one change log
 * entry), must save and load in under 1 s. Measured next to the same project without the season, in the same run,
 * so the season's own cost shows as the difference. Wall time and this process's CPU time are both printed: on a
 * shared, loaded machine the CPU time is the figure that says what the work costs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProjectFile, writeProjectFile } from '../../electron/node/project-file.ts';
import type { Project } from '../../shared/model/project.ts';
import { STATUSES } from '../../shared/model/proposal.ts';
import { parseProject, serializeProject } from '../../shared/project/index.ts';
import { recordProjectChange, takeVersion } from '../../shared/season/index.ts';
import { publicBudgetProject } from './public-project.ts';

const VERSIONS = 20;
const EDITS_PER_ROUND = 100;

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function seasonProject(): Promise<{ plain: Project; season: Project }> {
  const { proposals, ...rest } = await publicBudgetProject();
  const empty: Project = { ...rest, proposals: [] };
  let project = recordProjectChange(
    empty,
    { ...empty, proposals },
    { who: 'MJ', when: '2026-08-01T09:00:00.000Z', source: { kind: 'import', files: ['forslag.xlsx'] } },
  );
  for (let v = 0; v < VERSIONS; v++) {
    const when = new Date(Date.UTC(2026, 7, 2 + v)).toISOString();
    project = takeVersion(project, `Version ${v + 1}`, { who: 'MJ', when });
    const edited = project.proposals.map((p, i) =>
      (i * 7 + v * 13) % 2_000 < EDITS_PER_ROUND
        ? {
            ...p,
            status: STATUSES[(i + v) % STATUSES.length] ?? 'forslag',
            amounts: p.amounts.map((a) => a - 1_000),
          }
        : p,
    );
    project = recordProjectChange(
      project,
      { ...project, proposals: edited },
      {
        who: 'MJ',
        when,
        source: { kind: 'edit' },
      },
    );
  }
  return { plain: { ...project, versions: [], changeLog: [], amendments: [] }, season: project };
}

export async function run(): Promise<void> {
  console.log(
    `belastning (load average, 1 min): ${loadavg()[0]?.toFixed(1) ?? '?'} på ${availableParallelism()} kerner`,
  );
  const { plain, season } = await seasonProject();
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-season-bench-'));
  const rows: string[] = [];
  for (const [label, project] of [
    ['uden versioner', plain],
    [`${VERSIONS} versioner`, season],
  ] as const) {
    const saves: number[] = [];
    const loads: number[] = [];
    const diskSaves: number[] = [];
    const diskLoads: number[] = [];
    const diskSaveCpu: number[] = [];
    const diskLoadCpu: number[] = [];
    let size = 0;
    const path = join(dir, 'season.raaderum');
    for (let k = 0; k < 5; k++) {
      let t0 = performance.now();
      const bytes = serializeProject(project);
      saves.push(performance.now() - t0);
      size = bytes.length;
      t0 = performance.now();
      const back = parseProject(bytes, 'season.raaderum');
      loads.push(performance.now() - t0);
      if (back.versions.length !== project.versions.length) throw new Error('versionerne gik tabt');
      t0 = performance.now();
      let cpu = process.cpuUsage();
      await writeProjectFile(path, project);
      diskSaves.push(performance.now() - t0);
      diskSaveCpu.push(cpuMs(process.cpuUsage(cpu)));
      t0 = performance.now();
      cpu = process.cpuUsage();
      await readProjectFile(path);
      diskLoads.push(performance.now() - t0);
      diskLoadCpu.push(cpuMs(process.cpuUsage(cpu)));
    }
    const verdict = (ms: number): string => `${ms.toFixed(0)} ms (${ms < 1000 ? 'OK' : 'FOR LANGSOM'})`;
    rows.push(
      `  ${label.padEnd(14)} fil ${(size / 1e6).toFixed(1)} MB   gem ${verdict(median(saves))}   åbn ${verdict(median(loads))}   gem på disk ${verdict(median(diskSaves))} (CPU ${median(diskSaveCpu).toFixed(0)} ms)   åbn fra disk ${verdict(median(diskLoads))} (CPU ${median(diskLoadCpu).toFixed(0)} ms)`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `budget-large.xlsx (${season.budget?.lines.length ?? 0} linjer) + 2.000 forslag; ${VERSIONS} versioner med ${EDITS_PER_ROUND} ændrede forslag imellem, ${season.changeLog.length} poster i ændringsloggen. Mål < 1000 ms.`,
  );
  for (const row of rows) console.log(row);
}
