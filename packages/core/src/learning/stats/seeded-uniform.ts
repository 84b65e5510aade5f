/**
 * A tiny deterministic uniform source (mulberry32), so Monte Carlo figures such as P(best) are
 * reproducible from the data alone.
 */

/**
 * A seeded source of uniform floats in [0, 1). Not for anything security-related.
 *
 * @example
 * const random = seededUniform(7);
 * random(); // the same value on every run
 */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
