/**
 * The value at position `k` of `values` sorted ascending (`values.slice().sort()[k]`), found without sorting: a
 * quickselect that reorders `values` in place and takes linear time on average (a median of 200,000 line sizes is
 * the reason: sorting them took most of the unit check). After `2·log₂(n) + 8` partitions (only data built to defeat
 * the median-of-three pivot gets there) it sorts what is left. `values` holds no NaN; −0 and 0 count as equal.
 */
export function kthSmallest(
  values: Float64Array,
  k: number,
  partitions = 2 * Math.log2(values.length + 1) + 8,
): number {
  if (!(k >= 0 && k < values.length))
    throw new RangeError(`kthSmallest: ${k} is outside 0..${values.length - 1}`);
  let lo = 0;
  let hi = values.length - 1;
  let left = partitions;
  while (hi > lo) {
    if (left-- <= 0) {
      values.subarray(lo, hi + 1).sort();
      break;
    }
    const a = values[lo] as number;
    const b = values[(lo + hi) >>> 1] as number;
    const c = values[hi] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    // values[lo..j] ≤ pivot ≤ values[i..hi], and everything between j and i equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}
