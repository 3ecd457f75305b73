/**
 * Hidden columns as ranges. A sheet states them as `<col hidden="1" min="3" max="9"/>`; a hostile sheet can state
 * a thousand ranges of 16,384 columns each, so they are kept as merged ranges and never expanded one by one.
 * It is a `ReadonlySet<number>` so readers ask `has(col)` as before (a binary search over the merged ranges).
 */
export class ColumnRanges implements ReadonlySet<number> {
  /** Merged, sorted, disjoint: [start0, end0, start1, end1, …], inclusive. */
  private bounds: number[] = [];
  private pending: [number, number][] = [];
  private count = 0;

  /** Adds min..max (inclusive), clamped to 1..`limit`; a range that is empty or not a number is ignored. */
  add(min: number, max: number, limit: number): void {
    const lo = Math.max(1, Math.ceil(min));
    const hi = Math.min(limit, Math.floor(max));
    if (!(lo <= hi)) return;
    this.pending.push([lo, hi]);
  }

  private merged(): number[] {
    if (this.pending.length === 0) return this.bounds;
    const all: [number, number][] = this.pending;
    for (let i = 0; i < this.bounds.length; i += 2) all.push([this.bounds[i] ?? 0, this.bounds[i + 1] ?? 0]);
    all.sort((a, b) => a[0] - b[0]);
    const out: number[] = [];
    let count = 0;
    for (const [lo, hi] of all) {
      const last = out.length - 1;
      if (out.length > 0 && lo <= (out[last] ?? 0) + 1) {
        if (hi > (out[last] ?? 0)) {
          count += hi - (out[last] ?? 0);
          out[last] = hi;
        }
      } else {
        out.push(lo, hi);
        count += hi - lo + 1;
      }
    }
    this.bounds = out;
    this.pending = [];
    this.count = count;
    return out;
  }

  has(col: number): boolean {
    const b = this.merged();
    let lo = 0;
    let hi = b.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (col < (b[2 * mid] ?? 0)) hi = mid - 1;
      else if (col > (b[2 * mid + 1] ?? 0)) lo = mid + 1;
      else return true;
    }
    return false;
  }

  get size(): number {
    this.merged();
    return this.count;
  }

  /** The ranges as [first, last] pairs, in order. */
  ranges(): [number, number][] {
    const b = this.merged();
    const out: [number, number][] = [];
    for (let i = 0; i < b.length; i += 2) out.push([b[i] ?? 0, b[i + 1] ?? 0]);
    return out;
  }

  *values(): SetIterator<number> {
    for (const [lo, hi] of this.ranges()) for (let c = lo; c <= hi; c++) yield c;
  }

  keys(): SetIterator<number> {
    return this.values();
  }

  *entries(): SetIterator<[number, number]> {
    for (const c of this.values()) yield [c, c];
  }

  [Symbol.iterator](): SetIterator<number> {
    return this.values();
  }

  forEach(callback: (value: number, key: number, set: ReadonlySet<number>) => void): void {
    for (const c of this.values()) callback(c, c, this);
  }
}
