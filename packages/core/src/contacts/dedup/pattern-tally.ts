/**
 * Counts comparison patterns into a `PatternTable`: the candidate pairs' patterns in `dedup`, the
 * random pairs' in `sampleRandomPatterns`.
 */
import type { PatternTable } from './fellegi-sunter.js';

/** Pattern code → pattern number, for exact integer codes below 2^52. */
interface PatternIndex {
  /** The pattern number of `code`, or -1. */
  get(code: number): number;
  set(code: number, index: number): void;
}

/**
 * An open-addressing table of pattern codes: a Map keyed by codes above 2^31 hashes a boxed
 * double on every one of millions of lookups; this reads two typed arrays.
 */
function createPatternIndex(): PatternIndex {
  let capacity = 1024;
  let codes = new Float64Array(capacity).fill(-1);
  let indexes = new Int32Array(capacity);
  let used = 0;
  const slotOf = (code: number): number => {
    const mask = capacity - 1;
    const mixed = Math.imul(code % 4294967296 | 0, 0x9e3779b1) ^ Math.imul(Math.floor(code / 4294967296) | 0, 0x85ebca6b);
    // the products' high bits folded into the low ones the mask keeps: a product's low bits depend
    // on the code's low bits only, and codes (sums of level × field multiplier) share many of those
    let slot = Math.imul(mixed ^ (mixed >>> 16), 0x45d9f3b) & mask;
    while (codes[slot] !== code && codes[slot] !== -1) slot = (slot + 1) & mask;
    return slot;
  };
  const set = (code: number, index: number): void => {
    if ((used + 1) * 2 > capacity) {
      const oldCodes = codes;
      const oldIndexes = indexes;
      capacity *= 2;
      codes = new Float64Array(capacity).fill(-1);
      indexes = new Int32Array(capacity);
      used = 0;
      for (let k = 0; k < oldCodes.length; k++) if ((oldCodes[k] ?? -1) >= 0) set(oldCodes[k] ?? 0, oldIndexes[k] ?? 0);
    }
    const slot = slotOf(code);
    if (codes[slot] === -1) used++;
    codes[slot] = code;
    indexes[slot] = index;
  };
  return {
    get(code) {
      const slot = slotOf(code);
      return codes[slot] === code ? (indexes[slot] ?? -1) : -1;
    },
    set,
  };
}

/** Distinct patterns seen so far and how often each was seen. */
export interface PatternTally {
  /** Counts one pair whose pattern is `levels` (with `code`, the comparer's `patternCode(levels)`); returns the pattern's number. */
  add(code: number, levels: Int8Array): number;
  /** The patterns counted so far. */
  table(): PatternTable;
}

/** An empty tally of patterns over `fieldCount` compared fields. */
export function createPatternTally(fieldCount: number): PatternTally {
  const index = createPatternIndex();
  const levelsOf: number[] = [];
  const counts: number[] = [];
  return {
    add(code, levels) {
      let pattern = index.get(code);
      if (pattern < 0) {
        pattern = counts.length;
        index.set(code, pattern);
        counts.push(0);
        for (let f = 0; f < fieldCount; f++) levelsOf.push(levels[f] ?? -1);
      }
      counts[pattern] = (counts[pattern] ?? 0) + 1;
      return pattern;
    },
    table: () => ({ fieldCount, levels: Int8Array.from(levelsOf), counts: Float64Array.from(counts), size: counts.length }),
  };
}
