/**
 * The candidate pairs dedup scores and the order it joins them in: focus filtering and strongest-first ordering.
 */
import type { CandidatePairs } from './blocking.js';

/**
 * Positions of `scores` strongest first, ties in position order: each position packed below the
 * rank of its score among the distinct scores (a few thousand: one per comparison pattern), so
 * one native sort of doubles replaces a comparator called millions of times.
 * @internal
 */
export function strongestFirst(scores: readonly number[]): Float64Array {
  const distinct = Float64Array.from(scores).sort().reverse();
  let unique = 0;
  for (let x = 0; x < distinct.length; x++) if (x === 0 || distinct[x] !== distinct[unique - 1]) distinct[unique++] = distinct[x] ?? 0;
  const scale = 2 ** Math.ceil(Math.log2(scores.length + 1));
  const packed = new Float64Array(scores.length);
  for (let j = 0; j < scores.length; j++) {
    const score = scores[j] ?? 0;
    // rank: the number of distinct scores above this one
    let low = 0;
    let high = unique - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((distinct[middle] ?? 0) > score) low = middle + 1;
      else high = middle;
    }
    packed[j] = low * scale + j;
  }
  packed.sort();
  for (let x = 0; x < packed.length; x++) packed[x] = (packed[x] ?? 0) % scale;
  return packed;
}

/** Drops, in place, the candidate pairs of which neither record is in `focus`. @internal */
export function keepFocusedPairs(candidates: CandidatePairs, focus: Uint8Array): void {
  let kept = 0;
  for (let k = 0; k < candidates.count; k++) {
    const a = candidates.left[k] ?? 0;
    const b = candidates.right[k] ?? 0;
    if (focus[a] === 1 || focus[b] === 1) {
      candidates.left[kept] = a;
      candidates.right[kept] = b;
      kept++;
    }
  }
  candidates.count = kept;
}
