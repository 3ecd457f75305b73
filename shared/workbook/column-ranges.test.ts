import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnRanges } from './column-ranges.ts';

describe('skjulte kolonner som intervaller', () => {
  it('svarer som et sæt med hver kolonne lagt i for sig', () => {
    const range = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 30 }), fc.integer({ min: 1, max: 50 }), (ranges, limit) => {
        const ranges_ = new ColumnRanges();
        const naive = new Set<number>();
        for (const [min, max] of ranges) {
          ranges_.add(min, max, limit);
          for (let c = Math.max(1, min); c <= Math.min(max, limit); c++) naive.add(c);
        }
        for (let c = -1; c <= 62; c++) expect(ranges_.has(c)).toBe(naive.has(c));
        expect([...ranges_]).toEqual([...naive].sort((a, b) => a - b));
        expect(ranges_.size).toBe(naive.size);
      }),
    );
  });

  it('tusind intervaller over alle kolonner bliver ét', () => {
    const ranges = new ColumnRanges();
    for (let i = 0; i < 1000; i++) ranges.add(i + 1, 1e9, 16_384);
    ranges.add(Number.NaN, 5, 16_384);
    expect(ranges.ranges()).toEqual([[1, 16_384]]);
    expect(ranges.size).toBe(16_384);
  });
});
