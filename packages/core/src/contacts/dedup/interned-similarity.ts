/**
 * String interning plus a bounded cache of comparison levels per (value id, value id): names,
 * companies and cities repeat across millions of records, so most pairs compare two values
 * already compared, and equal ids answer "equal" with no string work at all.
 */
import { fnvOffset, mixText } from './key-hash.js';

/** Interns strings to dense integer ids (0 is the empty string). */
export interface StringInterner {
  id(value: string): number;
  /** Ids of `values`, in order. */
  ids(values: readonly string[]): Int32Array;
}

/**
 * A new interner: an open-addressing table of (id, hash) pairs side by side in one typed array
 * (a probe reads one cache line, not one per array), the strings in one array by id. A Map keyed
 * by a million distinct strings cost ~25% more CPU per lookup at 1M records (its chained entries
 * live on the heap; here a probe compares strings only on a full hash match). Ids are given in
 * first-seen order.
 */
export function createStringInterner(): StringInterner {
  const values: string[] = [''];
  /** Slot `s` holds an id at `2s` (-1 when empty) and that value's hash at `2s + 1`. */
  let table = emptyTable(1024);
  /** Position in `table` of `value` (hash `hash`), or of the empty slot where it belongs. */
  const slotOf = (value: string, hash: number): number => {
    const mask = table.length / 2 - 1;
    let slot = hash & mask;
    for (let id = table[2 * slot] ?? -1; id !== -1; id = table[2 * slot] ?? -1) {
      if (table[2 * slot + 1] === hash && values[id] === value) return 2 * slot;
      slot = (slot + 1) & mask;
    }
    return 2 * slot;
  };
  const grow = (): void => {
    const old = table;
    table = emptyTable(old.length);
    const mask = table.length / 2 - 1;
    for (let at = 0; at < old.length; at += 2) {
      const id = old[at] ?? -1;
      if (id === -1) continue;
      const hash = old[at + 1] ?? 0;
      let slot = hash & mask;
      while (table[2 * slot] !== -1) slot = (slot + 1) & mask;
      table[2 * slot] = id;
      table[2 * slot + 1] = hash;
    }
  };
  const id = (value: string): number => {
    // missing values are common (a column few records fill): no hash lookup for them
    if (value === '') return 0;
    const hash = mixText(fnvOffset, value);
    let at = slotOf(value, hash);
    const found = table[at] ?? -1;
    if (found !== -1) return found;
    // at most half full
    if ((values.length + 1) * 4 > table.length) {
      grow();
      at = slotOf(value, hash);
    }
    table[at] = values.length;
    table[at + 1] = hash;
    values.push(value);
    return values.length - 1;
  };
  return {
    id,
    ids(values) {
      const out = new Int32Array(values.length);
      for (let i = 0; i < values.length; i++) out[i] = id(values[i] ?? '');
      return out;
    },
  };
}

/** An interner table of `slots` empty slots (ids -1). */
function emptyTable(slots: number): Int32Array {
  const table = new Int32Array(2 * slots);
  for (let at = 0; at < table.length; at += 2) table[at] = -1;
  return table;
}

/** What `LevelCache.get` returns for a pair not in the cache: no level is below -1 ("no evidence"). */
export const notCached = -2;

/** A fixed-size cache of comparison levels by (kind, value id, value id). */
export interface LevelCache {
  /** The cached level (-1 included: a comparison that found no evidence), or `notCached`. */
  get(kind: number, idA: number, idB: number): number;
  /** Stores `level`, -1 to 14; a level outside that range is not stored. */
  set(kind: number, idA: number, idB: number, level: number): void;
}

/**
 * A level cache for symmetric comparators, told apart by a small `kind` (0..7). Direct-mapped:
 * each key hashes to one of `2^bits` slots and a colliding entry replaces the old one, so memory
 * is fixed (8 bytes a slot), lookups allocate nothing, and keys stay small integers. A slot's two
 * words sit side by side (the lower id with the level plus one in its low 4 bits, then the higher
 * id and kind), so a lookup costs one cache miss where three arrays cost three. The level is
 * stored plus one so that -1 (names in two scripts: nothing to compare) is cached like any other
 * level, not taken for an empty slot and compared again on every pair.
 */
export function createLevelCache(bits = 20): LevelCache {
  const slots = new Int32Array(2 ** (bits + 1));
  // a slot's second word is never negative once set
  for (let at = 1; at < slots.length; at += 2) slots[at] = -1;
  let slot = 0;
  let low = 0;
  let high = 0;
  const locate = (kind: number, idA: number, idB: number): boolean => {
    low = idA < idB ? idA : idB;
    high = (idA < idB ? idB : idA) * 8 + kind;
    // ids this large (over 2^27 distinct values) are compared uncached
    if (high >= 2 ** 31) return false;
    slot = ((Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) >>> (32 - bits)) * 2;
    return true;
  };
  return {
    get(kind, idA, idB) {
      if (!locate(kind, idA, idB)) return notCached;
      const word = slots[slot] ?? 0;
      return slots[slot + 1] === high && word >>> 4 === low ? (word & 15) - 1 : notCached;
    },
    set(kind, idA, idB, level) {
      if (!locate(kind, idA, idB) || level < -1 || level > 14) return;
      slots[slot] = low * 16 + level + 1;
      slots[slot + 1] = high;
    },
  };
}

/** Occurrences of each interned id in `ids`. */
export function countIds(ids: Int32Array): Int32Array {
  let max = 0;
  for (const id of ids) if (id > max) max = id;
  const counts = new Int32Array(max + 1);
  for (const id of ids) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/** Count of an id (at least 1: a value seen only on the other side still exists once). */
export function countOf(counts: Int32Array, id: number): number {
  return Math.max(1, id < counts.length ? (counts[id] ?? 0) : 1);
}
