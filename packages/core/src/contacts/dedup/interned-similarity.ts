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
 * A new interner: an open-addressing table of (hash, id) in two typed arrays, the strings in one
 * array by id. A Map keyed by a million distinct strings cost ~25% more CPU per lookup at 1M
 * records (its chained entries live on the heap; here a probe reads two typed arrays and compares
 * strings only on a full hash match). Ids are given in first-seen order.
 */
export function createStringInterner(): StringInterner {
  const values: string[] = [''];
  let slots = new Int32Array(1024).fill(-1);
  let hashes = new Int32Array(1024);
  /** Slot of `value` (hash `hash`), or the empty slot where it belongs. */
  const slotOf = (value: string, hash: number): number => {
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let id = slots[slot] ?? -1; id !== -1; id = slots[slot] ?? -1) {
      if (hashes[slot] === hash && values[id] === value) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  };
  const grow = (): void => {
    const oldSlots = slots;
    const oldHashes = hashes;
    slots = new Int32Array(oldSlots.length * 2).fill(-1);
    hashes = new Int32Array(oldSlots.length * 2);
    const mask = slots.length - 1;
    for (let old = 0; old < oldSlots.length; old++) {
      const id = oldSlots[old] ?? -1;
      if (id === -1) continue;
      const hash = oldHashes[old] ?? 0;
      let slot = hash & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
      hashes[slot] = hash;
    }
  };
  const id = (value: string): number => {
    // missing values are common (a column few records fill): no hash lookup for them
    if (value === '') return 0;
    const hash = mixText(fnvOffset, value);
    let slot = slotOf(value, hash);
    const found = slots[slot] ?? -1;
    if (found !== -1) return found;
    // at most half full
    if ((values.length + 1) * 2 > slots.length) {
      grow();
      slot = slotOf(value, hash);
    }
    slots[slot] = values.length;
    hashes[slot] = hash;
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

/** A fixed-size cache of comparison levels by (kind, value id, value id). */
export interface LevelCache {
  /** The cached level, or -1 when absent. */
  get(kind: number, idA: number, idB: number): number;
  set(kind: number, idA: number, idB: number, level: number): void;
}

/**
 * A level cache for symmetric comparators, told apart by a small `kind` (0..7). Direct-mapped:
 * each key hashes to one of `2^bits` slots and a colliding entry replaces the old one, so memory
 * is fixed (8 bytes a slot), lookups allocate nothing, and keys stay small integers. A slot's two
 * words sit side by side (the lower id with the level in its low 4 bits, then the higher id and
 * kind), so a lookup costs one cache miss where three arrays cost three.
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
      if (!locate(kind, idA, idB)) return -1;
      const word = slots[slot] ?? 0;
      return slots[slot + 1] === high && word >>> 4 === low ? word & 15 : -1;
    },
    set(kind, idA, idB, level) {
      if (!locate(kind, idA, idB) || level < 0 || level > 15) return;
      slots[slot] = low * 16 + level;
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
