/**
 * String interning plus a bounded cache of comparison levels per (value id, value id): names,
 * companies and cities repeat across millions of records, so most pairs compare two values
 * already compared, and equal ids answer "equal" with no string work at all.
 */

/** Interns strings to dense integer ids (0 is the empty string). */
export interface StringInterner {
  id(value: string): number;
  /** Ids of `values`, in order. */
  ids(values: readonly string[]): Int32Array;
}

/** A new interner. */
export function createStringInterner(): StringInterner {
  const ids = new Map<string, number>([['', 0]]);
  const id = (value: string): number => {
    // missing values are common (a column few records fill): no hash lookup for them
    if (value === '') return 0;
    let found = ids.get(value);
    if (found === undefined) {
      found = ids.size;
      ids.set(value, found);
    }
    return found;
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
