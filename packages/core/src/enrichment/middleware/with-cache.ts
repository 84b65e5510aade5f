import type { EnrichmentProvider, EnrichmentResult } from '../enrichment-provider.js';
import { wrapProvider } from './wrap-provider.js';

/** Where cached responses live (the store's enrichment cache, or a Map in tests). */
export interface EnrichmentCache {
  /** The unexpired result stored under `key`, if any. */
  get(key: string): Promise<EnrichmentResult | undefined> | EnrichmentResult | undefined;
  /** Stores `result` under `key` until `expiresAt` (ISO 8601). */
  set(key: string, result: EnrichmentResult, expiresAt: string): Promise<void> | void;
}

/** Settings of `withCache`. */
export interface WithCacheOptions {
  cache: EnrichmentCache;
  /** How long a response stays fresh, in ms. Default: 7 days. */
  ttlMs?: number;
  /** Clock. Default: `() => new Date()`. */
  now?: () => Date;
  /** Told about each lookup (`hit` true when served from the cache). */
  onLookup?: (event: { key: string; hit: boolean }) => void;
}

/** The cache key of a call: provider id plus the provider's normalized input. */
export function enrichmentCacheKey(providerId: string, input: string): string {
  return `${providerId}:${input}`;
}

/**
 * Serves repeated calls (same provider, same normalized input) from `cache` until the TTL passes.
 * `ok` and `no-data` results are stored; `ambiguous` and `not-run` are asked again. A hit costs 0.
 */
export function withCache(provider: EnrichmentProvider, options: WithCacheOptions): EnrichmentProvider {
  const ttlMs = options.ttlMs ?? 7 * 24 * 3600 * 1000;
  const now = options.now ?? (() => new Date());
  return wrapProvider(provider, async (call) => {
    const key = enrichmentCacheKey(provider.id, provider.cacheKey(call.subject, call.known));
    const cached = await options.cache.get(key);
    options.onLookup?.({ key, hit: cached !== undefined });
    if (cached !== undefined) return { ...cached, cost: 0 };
    const result = await provider.enrich(call);
    if (result.status === 'ok' || result.status === 'no-data') {
      await options.cache.set(key, result, new Date(now().getTime() + ttlMs).toISOString());
    }
    return result;
  });
}
