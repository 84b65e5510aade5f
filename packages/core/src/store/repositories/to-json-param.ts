/**
 * Serializes a value as a JSON text parameter for a `$n::json` or `$n::jsonb` cast. PostgreSQL text and json(b)
 * cannot hold U+0000 (`\u0000` is rejected), and a NUL byte can hide in a CSV cell; it is
 * replaced by U+FFFD so the row still lands and the damage stays visible.
 * @internal
 */
export function toJsonParam(value: unknown): string | null {
  return value === undefined ? null : jsonTextParam(JSON.stringify(value));
}

/**
 * `toJsonParam` for a value already serialized by `JSON.stringify`: the same text, with each
 * escaped NUL replaced by U+FFFD.
 * @internal
 */
export function jsonTextParam(text: string): string {
  if (!text.includes('\\u0000')) return text;
  // Only an escape whose backslash is not itself escaped: an odd number of backslashes before `u0000`.
  return text.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}

/**
 * Splits `items` into consecutive batches of at most `size`. Bulk writes send one statement per
 * batch so a 100k-row write is a few dozen statements, not 100k.
 * @internal
 */
export function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * Keeps the last item per key: `INSERT ... ON CONFLICT DO UPDATE` rejects a batch that touches the
 * same row twice, and "last write wins" is what sequential upserts would have done.
 * @internal
 */
export function lastPerKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  // Most calls repeat no key: checked first with a plain set, cheaper than the reordering below.
  const seen = new Set<string>();
  for (const item of items) {
    const itemKey = key(item);
    if (seen.has(itemKey)) return lastOfEachKey(items, key);
    seen.add(itemKey);
  }
  return [...items];
}

/** `lastPerKey` when some key repeats: each key's last item, in the order of those last items. */
function lastOfEachKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const itemKey = key(item);
    byKey.delete(itemKey);
    byKey.set(itemKey, item);
  }
  return [...byKey.values()];
}

/**
 * Waits for every promise to settle, then rejects with the first failure, if any: statements sent
 * together must all be finished before the caller's transaction or savepoint rolls back.
 * @internal
 */
export async function settleAll(promises: ReadonlyArray<Promise<unknown>>): Promise<void> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
