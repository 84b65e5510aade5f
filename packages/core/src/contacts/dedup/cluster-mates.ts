/**
 * A second candidate pass, after blocking and scoring: a record with a birth date meets the
 * records that its strong candidates are strong with (its likely cluster-mates) and that blocking
 * did not bring to it. Some duplicates share no cheap key with each other but each shares one with
 * a third record: a surname alone ("harppe", 2018) and a first name alone with the email
 * ("charlotte", 2019, charper@miller.biz) both match "charlotte harper" (2019, plymouth). Dedup
 * runs it only on lists with birth dates (a list without any costs one scan of the dates).
 */
import type { CandidatePairs } from './blocking.js';
import type { RecordFeatures } from './record-features.js';

/** Pairs of records as two parallel index arrays (`left[k] < right[k]`), distinct and sorted. */
export type RecordPairs = Pick<CandidatePairs, 'left' | 'right' | 'count'>;

/** First position of each record's pairs as the left record in pairs sorted by left record (`size + 1` entries). */
function leftStarts(pairs: RecordPairs, size: number): Int32Array {
  const starts = new Int32Array(size + 1);
  for (let k = 0; k < pairs.count; k++) starts[(pairs.left[k] ?? 0) + 1] = k + 1;
  for (let i = 1; i <= size; i++) starts[i] = Math.max(starts[i] ?? 0, starts[i - 1] ?? 0);
  return starts;
}

/** True when `pairs` (sorted by left, then right) hold the pair `a < b`. */
function hasPair(pairs: RecordPairs, starts: Int32Array, a: number, b: number): boolean {
  let low = starts[a] ?? 0;
  let high = starts[a + 1] ?? 0;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const right = pairs.right[middle] ?? 0;
    if (right === b) return true;
    if (right < b) low = middle + 1;
    else high = middle;
  }
  return false;
}

/**
 * Pairs not among `candidates` that join a record with a birth date to a record two links away
 * (linked to one of its links), at most `maxPerRecord` from each dated record: those reached
 * through the most of its links first, then the lowest index. `links` lists the positions in
 * `candidates` of the links (the strong pairs).
 */
export function clusterMatePairs(features: RecordFeatures, candidates: RecordPairs, links: readonly number[], maxPerRecord: number): RecordPairs {
  const size = features.size;
  const empty: RecordPairs = { left: new Uint32Array(0), right: new Uint32Array(0), count: 0 };
  if (maxPerRecord <= 0 || links.length === 0) return empty;
  // each record's links, side by side (a CSR adjacency)
  const degree = new Int32Array(size + 1);
  for (const k of links) {
    const a = candidates.left[k] ?? 0;
    const b = candidates.right[k] ?? 0;
    degree[a + 1] = (degree[a + 1] ?? 0) + 1;
    degree[b + 1] = (degree[b + 1] ?? 0) + 1;
  }
  for (let i = 1; i <= size; i++) degree[i] = (degree[i] ?? 0) + (degree[i - 1] ?? 0);
  const fill = degree.slice(0, size);
  const linked = new Int32Array(degree[size] ?? 0);
  for (const k of links) {
    const a = candidates.left[k] ?? 0;
    const b = candidates.right[k] ?? 0;
    const atA = fill[a] ?? 0;
    const atB = fill[b] ?? 0;
    linked[atA] = b;
    linked[atB] = a;
    fill[a] = atA + 1;
    fill[b] = atB + 1;
  }
  const starts = leftStarts(candidates, size);
  /** Paths from the current record to each record two links away; the records touched are listed in `reached`. */
  const paths = new Int32Array(size);
  const reached: number[] = [];
  const found: number[] = [];
  for (let i = 0; i < size; i++) {
    if (features.birthDate[i] === '' || degree[i] === degree[i + 1]) continue;
    reached.length = 0;
    for (let x = degree[i] ?? 0; x < (degree[i + 1] ?? 0); x++) {
      const via = linked[x] ?? 0;
      for (let y = degree[via] ?? 0; y < (degree[via + 1] ?? 0); y++) {
        const mate = linked[y] ?? 0;
        if (mate === i) continue;
        if (paths[mate] === 0) reached.push(mate);
        paths[mate] = (paths[mate] ?? 0) + 1;
      }
    }
    const fresh = reached.filter((mate) => (i < mate ? !hasPair(candidates, starts, i, mate) : !hasPair(candidates, starts, mate, i)));
    fresh.sort((x, y) => (paths[y] ?? 0) - (paths[x] ?? 0) || x - y);
    for (const mate of fresh.slice(0, maxPerRecord)) found.push(i < mate ? i * size + mate : mate * size + i);
    for (const mate of reached) paths[mate] = 0;
  }
  if (found.length === 0) return empty;
  // a pair found from both of its dated records is kept once
  const sorted = Float64Array.from(found).sort();
  const left = new Uint32Array(sorted.length);
  const right = new Uint32Array(sorted.length);
  let count = 0;
  for (let k = 0; k < sorted.length; k++) {
    const code = sorted[k] ?? 0;
    if (k > 0 && code === sorted[k - 1]) continue;
    left[count] = Math.floor(code / size);
    right[count] = code % size;
    count++;
  }
  return { left: left.subarray(0, count), right: right.subarray(0, count), count };
}

/** The pairs of `first` then those of `second`, in new arrays (or `first`'s own when `second` is empty). */
export function concatPairs(first: RecordPairs, second: RecordPairs): RecordPairs {
  if (second.count === 0) return { left: first.left.subarray(0, first.count), right: first.right.subarray(0, first.count), count: first.count };
  const count = first.count + second.count;
  const left = new Uint32Array(count);
  const right = new Uint32Array(count);
  left.set(first.left.subarray(0, first.count));
  left.set(second.left.subarray(0, second.count), first.count);
  right.set(first.right.subarray(0, first.count));
  right.set(second.right.subarray(0, second.count), first.count);
  return { left, right, count };
}
