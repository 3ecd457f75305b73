/**
 * A fixed, seeded sample of `npm run fuzz` (test/fuzz/): mutated public and wild workbooks are each read right or
 * refused with a Danish sentence, in a worker under a time and memory limit; never a crash, a hang, a non-finite
 * number or a project that does not open again. The full fuzzer runs 10,000+ cases per seed.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, makeCase, type FuzzCase } from './fuzz/corpus.ts';
import { runPool, type PoolOutcome } from './fuzz/pool.ts';

const SEED = 20261205;
const CASES = 200;

describe('fuzz-stikprøve', () => {
  it(
    `${CASES} muterede projektmapper læses eller afvises pænt (seed ${SEED})`,
    { timeout: 240_000 },
    async () => {
      const corpus = loadCorpus();
      expect(corpus.length).toBeGreaterThan(150);
      let next = 0;
      const findings: string[] = [];
      const kinds = new Map<string, number>();
      await runPool(
        { workers: 2, timeoutMs: 60_000, memoryMb: 768 },
        () => (next < CASES ? makeCase(corpus, SEED, next++) : null),
        (input, outcome: PoolOutcome) => {
          kinds.set(outcome.kind, (kinds.get(outcome.kind) ?? 0) + 1);
          if (outcome.kind !== 'ok' && outcome.kind !== 'refused') {
            const c = input as FuzzCase;
            findings.push(
              `#${c.index} ${outcome.kind} ${c.source}: ${c.steps.join(' | ')}: ${outcome.detail}`,
            );
          }
        },
      );
      expect(findings).toEqual([]);
      // The sample reaches the importers, not only the refusals.
      expect(kinds.get('ok') ?? 0).toBeGreaterThan(CASES / 10);
      expect((kinds.get('ok') ?? 0) + (kinds.get('refused') ?? 0)).toBe(CASES);
    },
  );
});
