/**
 * `npm run fuzz -- --seed N --cases N [--workers 2] [--timeout 60000] [--memory 768] [--case I]`: a mutation fuzzer
 * over ../shared/fixtures/public and ../shared/fixtures/wild. Case i of seed s mutates one seed file (see
 * mutate.ts) and runs it in a worker under a time and memory limit (pool.ts); anything but a success or a
 * ReadError with a Danish sentence is a finding, printed with its seed and mutations and saved to
 * test/.tmp/fuzz/ so it can be opened or replayed (`--case I` runs only case I). Exit code 1 when anything was found.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus, makeCase } from './corpus.ts';
import { runPool, type PoolOutcome } from './pool.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} skal være et helt tal`);
  return value;
}

const seed = option('seed', Date.now() % 100_000);
const cases = option('cases', 10_000);
const only = process.argv.includes('--case') ? option('case', 0) : null;
const options = {
  workers: option('workers', 2),
  timeoutMs: option('timeout', 60_000),
  memoryMb: option('memory', 768),
};
const OUT = resolve(import.meta.dirname, '../.tmp/fuzz');

const corpus = loadCorpus();

const counts = new Map<string, number>();
const findings: string[] = [];
let next = only ?? 0;
const last = only ?? cases - 1;
const started = Date.now();
const described = new Map<number, { steps: string[]; source: string }>();

console.log(
  `fuzz: seed ${seed}, ${only === null ? cases : 1} tilfælde, ${corpus.length} kildefiler, ${options.workers} workers, ${options.timeoutMs} ms, ${options.memoryMb} MB`,
);
await runPool(
  options,
  () => {
    if (next > last) return null;
    const c = makeCase(corpus, seed, next++);
    described.set(c.index, { steps: c.steps, source: c.source });
    if (only !== null) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, `${seed}-${c.index}-${c.name}`), c.bytes);
    }
    return c;
  },
  (input, outcome: PoolOutcome) => {
    const key = outcome.kind === 'refused' ? `refused:${outcome.detail}` : outcome.kind;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const d = described.get(input.index);
    described.delete(input.index);
    if (outcome.kind !== 'ok' && outcome.kind !== 'refused') {
      mkdirSync(OUT, { recursive: true });
      const file = join(OUT, `${seed}-${input.index}-${input.name}`);
      writeFileSync(file, input.bytes);
      findings.push(
        `#${input.index} ${outcome.kind} ${d?.source}: ${d?.steps.join(' | ')}\n    ${outcome.detail.split('\n').join('\n    ')}\n    → ${file}`,
      );
      console.log(findings[findings.length - 1]);
    }
    const done = [...counts.values()].reduce((a, b) => a + b, 0);
    if (done % 500 === 0)
      console.log(
        `  ${done} tilfælde, ${findings.length} fund, ${Math.round((Date.now() - started) / 1000)} s`,
      );
  },
);

const summary = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`);
console.log(`\nfuzz seed ${seed}: ${summary.join(', ')}`);
console.log(`${findings.length} fund på ${Math.round((Date.now() - started) / 1000)} s`);
process.exitCode = findings.length > 0 ? 1 : 0;
