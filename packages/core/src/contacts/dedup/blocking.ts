/**
 * Candidate-pair generation. Every (record, blocking key) is hashed and packed with the record
 * index into one float64 (hash in the high bits), so one native typed-array sort groups all
 * blocks: no per-key objects, cost ~ n log n. Blocks up to `maxBlockSize` yield all their pairs;
 * larger blocks are sub-blocked by sorted neighbourhood (records ordered by name, each compared
 * with the next `window - 1`), so a key shared by thousands (a switchboard phone, a common name)
 * costs a bounded number of pairs per record.
 */
import { forEachBlockingKey, hashKey } from './blocking-keys.js';
import type { RecordFeatures } from './record-features.js';

/** Blocking settings. */
export interface BlockingOptions {
  /** Largest block whose pairs are all compared. Default 12. */
  maxBlockSize?: number;
  /** Sorted-neighbourhood window inside larger blocks. Default 6. */
  window?: number;
}

/** Candidate pairs as two parallel index arrays (`left[k] < right[k]`), deduplicated and sorted. */
export interface CandidatePairs {
  left: Uint32Array;
  right: Uint32Array;
  count: number;
}

/** A growable float64 buffer. */
class FloatBuffer {
  data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  sorted(): Float64Array {
    return this.data.subarray(0, this.length).sort();
  }
}

/** Bits needed to pack a record index. */
export function indexBits(size: number): number {
  return Math.max(1, Math.ceil(Math.log2(size + 1)));
}

/**
 * Sorted (hash, index) entries of every blocking key of every record.
 * @internal
 */
export function blockEntries(features: RecordFeatures): { entries: Float64Array; bits: number; shift: number } {
  const bits = indexBits(features.size);
  const shift = Math.max(0, 32 - Math.min(32, 53 - bits));
  const scale = 2 ** bits;
  const buffer = new FloatBuffer();
  let current = 0;
  const emit = (key: string): void => buffer.push((hashKey(key) >>> shift) * scale + current);
  for (current = 0; current < features.size; current++) forEachBlockingKey(features, current, emit);
  return { entries: buffer.sorted(), bits, shift };
}

/** Candidate pairs of the records described by `features`. */
export function candidatePairs(features: RecordFeatures, options: BlockingOptions = {}): CandidatePairs {
  const maxBlockSize = options.maxBlockSize ?? 12;
  const window = options.window ?? 6;
  const size = features.size;
  const { entries, bits } = blockEntries(features);
  const scale = 2 ** bits;
  const pairs = new FloatBuffer();
  const addPair = (a: number, b: number): void => {
    if (a === b) return;
    pairs.push(a < b ? a * size + b : b * size + a);
  };
  const members: number[] = [];
  let start = 0;
  while (start < entries.length) {
    const hash = Math.floor((entries[start] ?? 0) / scale);
    let end = start + 1;
    while (end < entries.length && Math.floor((entries[end] ?? 0) / scale) === hash) end++;
    const blockSize = end - start;
    if (blockSize > 1) {
      members.length = 0;
      for (let k = start; k < end; k++) members.push((entries[k] ?? 0) - hash * scale);
      if (blockSize <= maxBlockSize) {
        for (let x = 0; x < blockSize; x++) for (let y = x + 1; y < blockSize; y++) addPair(members[x] ?? 0, members[y] ?? 0);
      } else {
        const keys = features.sortKey;
        members.sort((a, b) => {
          const keyA = keys[a] ?? '';
          const keyB = keys[b] ?? '';
          return keyA < keyB ? -1 : keyA > keyB ? 1 : a - b;
        });
        for (let x = 0; x < blockSize; x++) {
          const limit = Math.min(blockSize, x + window);
          for (let y = x + 1; y < limit; y++) addPair(members[x] ?? 0, members[y] ?? 0);
        }
      }
    }
    start = end;
  }
  const sorted = pairs.sorted();
  let count = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) count++;
  const left = new Uint32Array(count);
  const right = new Uint32Array(count);
  let out = 0;
  for (let k = 0; k < sorted.length; k++) {
    const value = sorted[k] ?? 0;
    if (k > 0 && value === sorted[k - 1]) continue;
    const a = Math.floor(value / size);
    left[out] = a;
    right[out] = value - a * size;
    out++;
  }
  return { left, right, count };
}
