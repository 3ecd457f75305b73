/** The fuzzer's seeds: the public fixtures and the wild corpus (../shared/fixtures), minus the large budget. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { caseSeed, mutate, rng } from './mutate.ts';
import type { CaseInput } from './pool.ts';

const ROOT = resolve(import.meta.dirname, '../../../shared/fixtures');
/** budget-large.xlsx (110 MB inflated) would make every case a benchmark. */
const MAX_SEED_BYTES = 2 * 1024 * 1024;

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

export function loadCorpus(): Seed[] {
  const seeds: Seed[] = [];
  for (const set of ['public', 'wild']) {
    const dir = join(ROOT, set);
    for (const name of readdirSync(dir).sort()) {
      if (/\.(json|md)$|^LICENSE|^SHA256SUMS$|^README/i.test(name)) continue;
      const path = join(dir, name);
      if (!statSync(path).isFile() || statSync(path).size > MAX_SEED_BYTES) continue;
      seeds.push({ name: `${set}/${name}`, bytes: new Uint8Array(readFileSync(path)) });
    }
  }
  return seeds;
}

/** A case: its input and how it was made. */
export interface FuzzCase extends CaseInput {
  source: string;
  steps: string[];
}

/** Case `index` of a run seeded `seed`: the seed file it starts from and its mutations. */
export function makeCase(corpus: readonly Seed[], seed: number, index: number): FuzzCase {
  const s = caseSeed(seed, index);
  const r = rng(s ^ 0x5bd1e995);
  // Files Råderum reads (rather than refuses by format) are where the reader's work is: most cases start there.
  const readable = corpus.filter((c) => /\.(xlsx|xlsm|csv)$/i.test(c.name));
  const from = r() < 0.85 && readable.length > 0 ? readable : corpus;
  const source = from[Math.floor(r() * from.length)] ?? corpus[0];
  if (!source) throw new Error('Ingen kildefiler til fuzzeren');
  const { bytes, steps } = mutate(source.bytes, source.name, s);
  return { index, bytes, name: basename(source.name), source: source.name, steps };
}
