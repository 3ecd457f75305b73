import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kthSmallest } from './select.ts';

const sortedAt = (xs: readonly number[], k: number): number => Float64Array.from(xs).sort()[k] as number;

describe('kthSmallest finder samme værdi som en sortering', () => {
  const values = fc.oneof(
    fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 300 }),
    // Many equal values (line sizes repeat), sorted and reversed runs.
    fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 300 }),
    fc.integer({ min: 1, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
    fc.integer({ min: 1, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => n - i)),
  );

  it('for hver position k', () => {
    fc.assert(
      fc.property(values, fc.nat(), (xs, at) => {
        const k = at % xs.length;
        // −0 and 0 are one value here (a sort puts −0 first; line sizes are never −0).
        expect(kthSmallest(Float64Array.from(xs), k) + 0).toBe(sortedAt(xs, k) + 0);
      }),
    );
  });

  it('også når partitionerne er brugt op og resten sorteres', () => {
    fc.assert(
      fc.property(values, fc.nat(), fc.integer({ min: 0, max: 3 }), (xs, at, partitions) => {
        const k = at % xs.length;
        expect(kthSmallest(Float64Array.from(xs), k, partitions) + 0).toBe(sortedAt(xs, k) + 0);
      }),
    );
  });

  it('medianen af 200.000 linjestørrelser', () => {
    const sizes = Float64Array.from({ length: 200_000 }, (_, i) => ((i * 7919) % 10_007) * 1000);
    expect(kthSmallest(sizes.slice(), 100_000)).toBe(sizes.slice().sort()[100_000]);
  });

  it('siger fra over for en position uden for tallene', () => {
    expect(() => kthSmallest(new Float64Array(3), 3)).toThrow(RangeError);
  });
});
