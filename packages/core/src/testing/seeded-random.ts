/**
 * A small, fast, deterministic pseudo-random generator for tests, simulations and synthetic data.
 * Not for anything security-related.
 */

/** A seeded random source. Every method draws from the same stream, so call order matters. */
export interface SeededRandom {
  /** The seed this source was created with. */
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A uniformly chosen element. Throws on an empty array. */
  pick<T>(items: readonly T[]): T;
  /** An element chosen with probability proportional to its weight (weights need not sum to 1). */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** Shuffles `items` in place (Fisher-Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /** A standard normal draw (mean 0, standard deviation 1), by the Box-Muller transform. */
  normal(): number;
  /**
   * A geometric draw: the number of failures before the first success of a trial with success
   * probability `p` (0 < p ≤ 1). Mean `(1 - p) / p`.
   */
  geometric(p: number): number;
  /**
   * A Zipf draw in [1, max]: P(k) ∝ k^-exponent. Skewed toward 1; the larger the exponent, the
   * steeper. The cumulative table for a `(max, exponent)` pair is built once and cached.
   */
  zipf(max: number, exponent: number): number;
  /**
   * A skewed duplicate-cluster size of at least 2: `2 + geometric(p)`, capped at `max`.
   * With the default `p = 0.6`, about 60% of clusters have 2 records, 37% have 3–5 and 3% more.
   */
  clusterSize(options?: { p?: number; max?: number }): number;
  /** An independent source seeded from this one; use it to keep sub-streams stable. */
  fork(): SeededRandom;
}

/** splitmix32: spreads a 32-bit seed over the generator's state words. */
function splitmix32(state: number): [number, number] {
  const nextState = (state + 0x9e3779b9) | 0;
  let z = nextState;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [nextState, z >>> 0];
}

/**
 * Creates a seeded random source using the sfc32 generator (four 32-bit state words; period of at
 * least 2^32, about 2^127 on average), seeded through splitmix32.
 *
 * @param seed Any number; it is truncated to 32 bits. Equal seeds give equal streams.
 * @example
 * const random = seededRandom(42);
 * random.int(1, 6); // the same die roll on every run
 */
export function seededRandom(seed: number): SeededRandom {
  let mix = seed | 0;
  const words: number[] = [];
  for (let index = 0; index < 4; index++) {
    const [nextMix, value] = splitmix32(mix);
    mix = nextMix;
    words.push(value);
  }
  let a = words[0] ?? 0;
  let b = words[1] ?? 0;
  let c = words[2] ?? 0;
  let d = words[3] ?? 1;

  function uint32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  // The first outputs of sfc32 are still correlated with the seed; discard a few.
  for (let index = 0; index < 12; index++) uint32();

  const next = (): number => uint32() / 4294967296;
  const zipfTables = new Map<string, Float64Array>();
  let spareNormal: number | undefined;

  const random: SeededRandom = {
    seed,
    next,
    uint32,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, weight] of items) total += weight;
      let target = next() * total;
      for (const [item, weight] of items) {
        target -= weight;
        if (target < 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new RangeError('weighted() needs a non-empty array');
      return last[0];
    },
    chance(p) {
      return next() < p;
    },
    shuffle<T>(items: T[]): T[] {
      for (let index = items.length - 1; index > 0; index--) {
        const other = Math.floor(next() * (index + 1));
        const value = items[index] as T;
        items[index] = items[other] as T;
        items[other] = value;
      }
      return items;
    },
    normal() {
      if (spareNormal !== undefined) {
        const value = spareNormal;
        spareNormal = undefined;
        return value;
      }
      const u = 1 - next();
      const v = next();
      const radius = Math.sqrt(-2 * Math.log(u));
      spareNormal = radius * Math.sin(2 * Math.PI * v);
      return radius * Math.cos(2 * Math.PI * v);
    },
    geometric(p) {
      if (p >= 1) return 0;
      return Math.floor(Math.log(1 - next()) / Math.log(1 - p));
    },
    zipf(max, exponent) {
      const key = `${max}:${exponent}`;
      let table = zipfTables.get(key);
      if (table === undefined) {
        table = new Float64Array(max);
        let total = 0;
        for (let k = 1; k <= max; k++) {
          total += k ** -exponent;
          table[k - 1] = total;
        }
        for (let k = 0; k < max; k++) table[k] = (table[k] ?? 0) / total;
        zipfTables.set(key, table);
      }
      const target = next();
      let low = 0;
      let high = max - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((table[middle] ?? 1) < target) low = middle + 1;
        else high = middle;
      }
      return low + 1;
    },
    clusterSize(options = {}) {
      const { p = 0.6, max = 12 } = options;
      return Math.min(max, 2 + random.geometric(p));
    },
    fork() {
      return seededRandom(uint32() | 0);
    },
  };
  return random;
}
