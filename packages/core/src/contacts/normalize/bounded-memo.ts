// Stands for an `undefined` result in a cache, so that every hit takes a single lookup.
const undefinedResult: unique symbol = Symbol('undefined result');

/**
 * Wraps a pure one-argument string function with a cache of at most `capacity` entries; when full,
 * the cache is emptied and refilled (cheaper than LRU bookkeeping, and job titles, company names and
 * countries repeat enough across an import that most lookups hit). Only for functions whose result
 * is never mutated by callers.
 *
 * @internal
 */
export function boundedMemo<Result>(compute: (input: string) => Result, capacity = 10_000): (input: string) => Result {
  const cache = new Map<string, Result | typeof undefinedResult>();
  return (input: string) => {
    const cached = cache.get(input);
    if (cached !== undefined) return (cached === undefinedResult ? undefined : cached) as Result;
    const result = compute(input);
    if (cache.size >= capacity) cache.clear();
    cache.set(input, result === undefined ? undefinedResult : result);
    return result;
  };
}
