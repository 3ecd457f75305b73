/**
 * Kill during save: a child process saves a project over and over (each version with a new title and
 * 20,000 budget lines, so most of its time is spent inside a save) and is killed with SIGKILL at a random
 * moment. After every kill the project and its `.bak` must open; the next save removes the temporary files
 * the killed one left. The moments come from a seeded generator, so a failure can be replayed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFilePattern } from '../electron/node/atomic-file.ts';
import { readProjectFile, writeProjectFile } from '../electron/node/project-file.ts';
import { parseProject } from '../shared/project/index.ts';

const SEED = 20261205;
const KILLS = 10;

/** mulberry32: a small seeded generator, enough to spread the kills. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const root = join(import.meta.dirname, '..');

function childScript(path: string): string {
  const url = (p: string): string => JSON.stringify(join(root, p));
  return `
import { writeProjectFile } from ${url('electron/node/project-file.ts')};
import { createProject } from ${url('shared/project/index.ts')};
import { blankProposal } from ${url('shared/model/proposal.ts')};
const years = [2026, 2027, 2028, 2029];
const lines = Array.from({ length: 20000 }, (_, i) => ({
  committee: 'Udvalg ' + (i % 7), area: 'Område ' + (i % 31), account: { function: String(i) },
  text: 'Linje ' + i, amounts: [i, i * 2, i * 3, i * 4], isService: i % 3 === 0, source: { sheet: 'Budget', row: i + 2 },
}));
const budget = { sourceName: 'b.xlsx', years, lines, mapping: { version: 1, years, sheets: [] },
  report: { file: 'b.xlsx', problems: [], skippedRows: [], serviceKnown: true } };
for (let v = 1; ; v++) {
  const project = { ...createProject({ years }, budget), proposals: [blankProposal('V-' + v, 4, { title: 'version ' + v })] };
  await writeProjectFile(${JSON.stringify(path)}, project);
  process.stdout.write('gemt ' + v + '\\n');
}
`;
}

/** Starts the saving child, waits for its first completed save, then kills it after `delayMs`. */
async function saveAndKill(script: string, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('gemt')) resolve();
    });
    child.on('exit', () => reject(new Error(`Barnet stoppede af sig selv: ${stderr}`)));
  });
  await new Promise((r) => setTimeout(r, delayMs));
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGKILL');
  await exited;
}

describe('gem afbrudt af et nedbrud', () => {
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`projektet og dets .bak kan altid åbnes efter ${KILLS} drab på tilfældige tidspunkter (seed ${SEED})`, async () => {
    const path = join(dir, 'p.raaderum');
    const script = join(dir, 'save-forever.mts');
    writeFileSync(script, childScript(path));
    const next = random(SEED);
    const titles = new Set<string>();
    for (let k = 0; k < KILLS; k++) {
      const delay = Math.floor(next() * 400);
      await saveAndKill(script, delay);
      const project = await readProjectFile(path);
      expect(project.budget?.lines).toHaveLength(20000);
      titles.add(project.proposals[0]?.title ?? '');
      if (existsSync(`${path}.bak`))
        expect(parseProject(readFileSync(`${path}.bak`), 'p.raaderum.bak').budget?.lines).toHaveLength(20000);
    }
    // The kills fell at different moments: more than one version was the last complete one.
    expect(titles.size).toBeGreaterThan(1);
    // The next save clears whatever temporary files the killed ones left.
    await writeProjectFile(path, await readProjectFile(path));
    expect(readdirSync(dir).filter((name) => tempFilePattern('p.raaderum').test(name))).toEqual([]);
  }, 180_000);
});
