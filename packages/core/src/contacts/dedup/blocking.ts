/**
 * Candidate-pair generation. Every (record, blocking key) is hashed and packed with the record
 * index into one float64 (hash in the high bits), so one native typed-array sort groups all
 * blocks: no per-key objects, cost ~ n log n. Blocks up to `maxBlockSize` yield all their pairs;
 * larger blocks are sub-blocked by sorted neighbourhood (records ordered by name, each compared
 * with the next `window - 1`), so a key shared by thousands (a switchboard phone, a common name)
 * costs a bounded number of pairs per record.
 */
import { byLastBit, forEachBlockingKey, probeBit, targetBit } from './blocking-keys.js';
import { insertionSort, radixSortBits } from './radix-sort.js';
import { type RecordFeatures, touchAhead, touchRecords } from './record-features.js';
import { sortPairs } from './sort-pairs.js';

/** Blocking settings. */
export interface BlockingOptions {
  /**
   * Largest block whose pairs are all compared. Default 20: one organisation listed a dozen times or
   * more (a school in five source lists, several programmes each) shares its phone and street in
   * blocks of 13-20, and a window would miss most of its pairs.
   */
  maxBlockSize?: number;
  /** Sorted-neighbourhood window inside larger blocks. Default 6. */
  window?: number;
}

/** Candidate pairs as two parallel index arrays (`left[k] < right[k]`), deduplicated and sorted. */
export interface CandidatePairs {
  left: Uint32Array;
  right: Uint32Array;
  count: number;
  /**
   * Memory blocking used and no longer reads, for the caller's per-pair arrays: at a million
   * records a new 50 MB array starts a full collection (~0.3 s) that this spares.
   */
  spare?: Uint8Array;
}

/**
 * A growable float64 buffer. Sized up front where the caller can bound its length: every large
 * ArrayBuffer allocated counts as external memory, and each ~64 MB of it starts a full mark-compact
 * of the heap (at a million records ~500 MB of feature strings, ~0.5 s each), so buffers that
 * doubled their way up to 16M and 32M doubles cost eight collections that reclaimed nothing.
 */
class FloatBuffer {
  length = 0;
  constructor(public data: Float64Array) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  /** The values pushed, sorted. */
  sorted(): Float64Array {
    return this.data.subarray(0, this.length).sort();
  }
}

/** Below this many values the native sort beats the radix passes (each clears 65,536 counters). */
const minRadixLength = 1 << 16;

/** Bits needed to pack a record index. */
export function indexBits(size: number): number {
  return Math.max(1, Math.ceil(Math.log2(size + 1)));
}

/** Sorted blocking entries: each packs a key hash (high bits), a record index and a role (lowest two bits). */
export interface BlockEntries {
  entries: Float64Array;
  /** Entries of one hash lie in `[hash * scale, (hash + 1) * scale)`. */
  scale: number;
  /** Right shift applied to a 32-bit key hash before packing. */
  shift: number;
  /** Memory past the entries that is no longer read (the sort's other buffer, at least as long as `entries`): the caller may reuse it. */
  spare?: Float64Array;
}

/** Record index of a packed entry whose hash part is `base` (`hash * scale`). */
export function entryRecord(entry: number, base: number): number {
  return Math.floor((entry - base) / 8);
}

/** True when a packed entry is a loose key's target: it pairs only with probes. */
export function entryIsTarget(entry: number): boolean {
  return (entry % 8 & targetBit) !== 0;
}

/**
 * Order codes of every record for large loose blocks: the first four letters of the name (first or
 * last, falling back to the other), then birth year and month, or, without a birth date, the first
 * two letters of the other name: in a list with no birth dates the namesakes of a block otherwise
 * sit in file order, and "Florian Becker" would meet five random Beckers instead of "Forian Becker".
 * Integers below 2^32, so a block sorts as a native float64 array instead of by string comparisons
 * (millions of them at 1M).
 */
function nameCodes(features: RecordFeatures, byLast: boolean): Float64Array {
  const primary = byLast ? features.last : features.first;
  const secondary = byLast ? features.first : features.last;
  const codes = new Float64Array(features.size);
  for (let i = 0; i < features.size; i++) {
    const name = primary[i] || secondary[i] || '';
    let code = 0;
    for (let k = 0; k < 4; k++) {
      const letter = name.charCodeAt(k) - 96;
      code = code * 27 + (letter >= 1 && letter <= 26 ? letter : 0);
    }
    const date = features.birthDate[i] ?? '';
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(4, 6));
    // 12 bits: 1..2400 a birth month (1900-2099), 2401..3130 the other name's first two letters
    let slot = date.length >= 6 && year >= 1900 && year < 2100 && month >= 1 && month <= 12 ? (year - 1900) * 12 + month : 0;
    if (slot === 0) {
      const other = primary[i] ? (secondary[i] ?? '') : '';
      for (let k = 0; k < 2; k++) {
        const letter = other.charCodeAt(k) - 96;
        slot = slot * 27 + (letter >= 1 && letter <= 26 ? letter : 0);
      }
      if (slot !== 0) slot += 2401;
    }
    codes[i] = code * 4096 + slot;
  }
  return codes;
}

/**
 * The first four code units of every record's sort key, 8 bits each (a unit as its code plus one,
 * capped at 255; 0 past the key's end), as an integer below 2^32: a key that sorts before another
 * never gets a higher code, so a block sorts as a native float64 array and only records whose
 * codes tie are ordered by comparing their keys (most blocks hold few keys sharing four letters).
 */
function sortKeyCodes(keys: readonly string[]): Float64Array {
  const codes = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    let code = 0;
    for (let k = 0; k < 4; k++) code = code * 256 + (k < key.length ? Math.min(255, key.charCodeAt(k) + 1) : 0);
    codes[i] = code;
  }
  return codes;
}

/**
 * Sorted (hash, index, probe) entries of every blocking key of every record. With `withSpare`, the
 * sort's second buffer is allocated with the entries' and returned as `spare`; without it, it is
 * a buffer of its own, dropped after the sort (for callers that keep the entries). Shared custom
 * columns key loosely only once `markSharedColumns` has flagged them.
 * @internal
 */
export function blockEntries(features: RecordFeatures, withSpare = false): BlockEntries {
  const bits = indexBits(features.size) + 3;
  const shift = Math.max(0, 32 - Math.min(32, 53 - bits));
  const scale = 2 ** bits;
  // ~10 keys per record on contact lists, rarely grown. With `withSpare`, the entries, the sort's
  // second buffer and room for the caller's pairs in one allocation (one mark-compact, not three):
  // pages never written are never backed by memory
  const capacity = Math.max(16, features.size * 16);
  const arena = new Float64Array(withSpare ? 3 * capacity : capacity);
  const buffer = new FloatBuffer(arena.subarray(0, capacity));
  let current = 0;
  const emit = (hash: number, role: number): void => buffer.push((hash >>> shift) * scale + current * 8 + role);
  for (current = 0; current < features.size; current++) {
    if (current % touchAhead === 0) touchRecords(features, current + touchAhead, current + 2 * touchAhead);
    forEachBlockingKey(features, current, emit);
  }
  if (buffer.length < minRadixLength) return { entries: buffer.sorted(), scale, shift };
  const values = buffer.data.subarray(0, buffer.length);
  const inArena = withSpare && buffer.data.buffer === arena.buffer;
  const scratch = inArena ? arena.subarray(capacity) : new Float64Array(buffer.length);
  // entries arrive in record order, so a stable sort by the hash bits leaves each block sorted by
  // record; insertion puts a record's own entries of one hash in role order
  const entries = radixSortBits(values, scratch, bits, bits + 32 - shift);
  insertionSort(entries);
  if (!withSpare) return { entries, scale, shift };
  // in the arena, everything past the entries is spare
  if (inArena) return { entries, scale, shift, spare: arena.subarray(entries === values ? values.length : capacity + values.length) };
  return { entries, scale, shift, spare: entries === values ? scratch : values };
}

/** Candidate pairs of the records described by `features` (shared columns flagged: `markSharedColumns`). */
export function candidatePairs(features: RecordFeatures, options: BlockingOptions = {}): CandidatePairs {
  const maxBlockSize = options.maxBlockSize ?? 20;
  const window = options.window ?? 6;
  const size = features.size;
  const { entries, scale, spare } = blockEntries(features, true);
  // emitted pairs (first and second record side by side) in the spare memory past the entries
  // (room for ~2 pairs per entry, ~1.5 used on contact lists), grown if it runs out
  let raw = spare !== undefined ? new Uint32Array(spare.buffer, spare.byteOffset, 2 * spare.length) : new Uint32Array(4 * entries.length + 2);
  let emitted = 0;
  const addPair = (a: number, b: number): void => {
    if (a === b) return;
    if (2 * emitted === raw.length) {
      const grown = new Uint32Array(raw.length * 2);
      grown.set(raw);
      raw = grown;
    }
    raw[2 * emitted] = a < b ? a : b;
    raw[2 * emitted + 1] = a < b ? b : a;
    emitted++;
  };
  /** Records of the current block and their roles (the entries' lowest 3 bits), grown as needed. */
  let members = new Int32Array(1024);
  let roles = new Uint8Array(1024);
  const keys = features.sortKey;
  let keyCodes: Float64Array | undefined;
  /** Block positions of the run being sorted (ascending), their keys, and the run's order. */
  const runPositions: number[] = [];
  const runKeys: string[] = [];
  const run: number[] = [];
  /** Sorts block positions `order[from..to)` (ascending) by their records' sort keys, then by record; the sort is stable. */
  const sortByKey = (order: Int32Array, from: number, to: number): void => {
    runPositions.length = 0;
    runKeys.length = 0;
    run.length = 0;
    // the keys side by side: the sort compares each ~log2(n) times
    for (let x = from; x < to; x++) {
      const position = order[x] ?? 0;
      run.push(x - from);
      runPositions.push(position);
      runKeys.push(keys[members[position] ?? 0] ?? '');
    }
    run.sort((x, y) => {
      const keyA = runKeys[x] ?? '';
      const keyB = runKeys[y] ?? '';
      return keyA < keyB ? -1 : keyA === keyB ? (members[runPositions[x] ?? 0] ?? 0) - (members[runPositions[y] ?? 0] ?? 0) : 1;
    });
    for (let x = 0; x < run.length; x++) order[from + x] = runPositions[run[x] ?? 0] ?? 0;
  };
  let firstCodes: Float64Array | undefined;
  let lastCodes: Float64Array | undefined;
  /** Block positions in pairing order. */
  let order = new Int32Array(1024);
  /** Order codes of one large loose block, reused from block to block. */
  let scratch = new Float64Array(1024);
  /** Block position in the low 21 bits, order code above. */
  const positionScale = 2 ** 21;
  let start = 0;
  while (start < entries.length) {
    const base = Math.floor((entries[start] ?? 0) / scale) * scale;
    let end = start + 1;
    while (end < entries.length && (entries[end] ?? 0) < base + scale) end++;
    const blockSize = end - start;
    if (blockSize > 1) {
      if (members.length < blockSize) {
        members = new Int32Array(blockSize * 2);
        roles = new Uint8Array(blockSize * 2);
        order = new Int32Array(blockSize * 2);
      }
      let targetCount = 0;
      for (let k = start; k < end; k++) {
        // the offset from the block's base is a small integer: record index times 8 plus the role
        const offset = (entries[k] ?? 0) - base;
        members[k - start] = offset >>> 3;
        roles[k - start] = offset & 7;
        if ((offset & targetBit) !== 0) targetCount++;
      }
      // two targets of a loose key never pair
      if (blockSize <= maxBlockSize) {
        for (let x = 0; x < blockSize; x++) {
          for (let y = x + 1; y < blockSize; y++) if (((roles[x] ?? 0) & (roles[y] ?? 0) & targetBit) === 0) addPair(members[x] ?? 0, members[y] ?? 0);
        }
      } else if (targetCount < blockSize) {
        const firstRole = roles[0] ?? 0;
        if ((firstRole & (targetBit | probeBit)) !== 0 && blockSize < positionScale) {
          // a loose block: by name, then birth date
          const byLast = (firstRole & byLastBit) !== 0;
          const codes = byLast ? (lastCodes ??= nameCodes(features, true)) : (firstCodes ??= nameCodes(features, false));
          if (scratch.length < blockSize) scratch = new Float64Array(blockSize * 2);
          const packed = scratch.subarray(0, blockSize);
          for (let x = 0; x < blockSize; x++) packed[x] = (codes[members[x] ?? 0] ?? 0) * positionScale + x;
          packed.sort();
          for (let x = 0; x < blockSize; x++) order[x] = (packed[x] ?? 0) % positionScale;
        } else if (blockSize < positionScale) {
          // by sort key, then record: by the keys' first four letters (`sortKeyCodes`), then each
          // run of one code by the keys themselves
          const codes = (keyCodes ??= sortKeyCodes(keys));
          if (scratch.length < blockSize) scratch = new Float64Array(blockSize * 2);
          const packed = scratch.subarray(0, blockSize);
          for (let x = 0; x < blockSize; x++) packed[x] = (codes[members[x] ?? 0] ?? 0) * positionScale + x;
          packed.sort();
          let runStart = 0;
          for (let x = 0; x <= blockSize; x++) {
            if (x < blockSize) order[x] = (packed[x] ?? 0) % positionScale;
            if (x > runStart && (x === blockSize || Math.floor((packed[x] ?? 0) / positionScale) !== Math.floor((packed[runStart] ?? 0) / positionScale))) {
              if (x - runStart > 1) sortByKey(order, runStart, x);
              runStart = x;
            }
          }
        } else {
          for (let x = 0; x < blockSize; x++) order[x] = x;
          sortByKey(order, 0, blockSize);
        }
        for (let x = 0; x < blockSize; x++) {
          const limit = Math.min(blockSize, x + window);
          const from = order[x] ?? 0;
          for (let y = x + 1; y < limit; y++) {
            const to = order[y] ?? 0;
            if (((roles[from] ?? 0) & (roles[to] ?? 0) & targetBit) === 0) addPair(members[from] ?? 0, members[to] ?? 0);
          }
        }
      }
    }
    start = end;
  }
  // the entries are no longer read: their buffer holds the sort's partner lists when it fits
  const inEntries = spare !== undefined && entries.length * 2 >= emitted;
  const partners = inEntries ? new Uint32Array(entries.buffer, entries.byteOffset, emitted) : new Uint32Array(emitted);
  const pairs = sortPairs(raw, emitted, size, partners);
  // once sorted, the partner lists (and the rest of the entries) are free
  const free = inEntries ? entries : partners;
  return { ...pairs, spare: new Uint8Array(free.buffer, free.byteOffset, free.byteLength) };
}
