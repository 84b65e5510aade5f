/**
 * Candidate pairs as emitted by blocking (with repeats, in block order) to the sorted, distinct
 * pairs scoring reads: a counting sort on the first record (one pass to count, one to scatter the
 * second records), then each record's short list of partners sorted and stripped of repeats. At a
 * million records (~14M emitted pairs) this replaces three 16-bit radix passes over packed
 * float64 pairs and the divisions that unpacked them.
 */
import type { CandidatePairs } from './blocking.js';

/** Partner lists up to this long are sorted by insertion; longer ones by the native sort. */
const insertionLimit = 32;

/** Sorts `values[from..to)` ascending and moves its distinct values to `values[at..)` (`at <= from`); returns their count. */
function sortDistinct(values: Uint32Array, from: number, to: number, at: number): number {
  if (to - from > insertionLimit) values.subarray(from, to).sort();
  else {
    for (let i = from + 1; i < to; i++) {
      const value = values[i] ?? 0;
      let j = i - 1;
      while (j >= from && (values[j] ?? 0) > value) {
        values[j + 1] = values[j] ?? 0;
        j--;
      }
      values[j + 1] = value;
    }
  }
  let out = at;
  for (let k = from; k < to; k++) if (k === from || values[k] !== values[out - 1]) values[out++] = values[k] ?? 0;
  return out - at;
}

/**
 * The distinct pairs of `raw` (`count` pairs as `a, b` side by side, `a < b < size`), sorted by `a`
 * then `b`. `partners` (at least `count` long) is scratch; the result's `left` and `right` are
 * written over `raw`, which must not overlap `partners`.
 */
export function sortPairs(raw: Uint32Array, count: number, size: number, partners: Uint32Array): CandidatePairs {
  /** Partners of each record: counted, then the start of its list, then (after the scatter) its end. */
  const ends = new Int32Array(size);
  for (let k = 0; k < count; k++) {
    const a = raw[2 * k] ?? 0;
    ends[a] = (ends[a] ?? 0) + 1;
  }
  let sum = 0;
  for (let a = 0; a < size; a++) {
    const partnerCount = ends[a] ?? 0;
    ends[a] = sum;
    sum += partnerCount;
  }
  for (let k = 0; k < count; k++) {
    const a = raw[2 * k] ?? 0;
    const at = ends[a] ?? 0;
    partners[at] = raw[2 * k + 1] ?? 0;
    ends[a] = at + 1;
  }
  // each list sorted, stripped of repeats and moved down behind the previous one, so the distinct
  // partners end up side by side in pair order; `ends[a]` becomes the number of a's
  let distinct = 0;
  let from = 0;
  for (let a = 0; a < size; a++) {
    const to = ends[a] ?? 0;
    const kept = sortDistinct(partners, from, to, distinct);
    ends[a] = kept;
    distinct += kept;
    from = to;
  }
  const left = new Uint32Array(raw.buffer, raw.byteOffset, distinct);
  const right = new Uint32Array(raw.buffer, raw.byteOffset + distinct * 4, distinct);
  right.set(partners.subarray(0, distinct));
  let out = 0;
  for (let a = 0; a < size; a++) {
    const end = out + (ends[a] ?? 0);
    while (out < end) left[out++] = a;
  }
  return { left, right, count: distinct };
}
