import { describe, expect, it } from 'vitest';
import { ProviderCallError } from '../../errors/compound-error.js';
import { createMockEnrichmentProvider } from '../../testing/mock-enrichment-provider.js';
import type { EnrichmentCallOptions, EnrichmentResult } from '../enrichment-provider.js';
import { withCache } from './with-cache.js';
import { withCircuitBreaker } from './with-circuit-breaker.js';
import { withRateLimit } from './with-rate-limit.js';
import { withRetry } from './with-retry.js';
import { isCallTimeout, withTimeout } from './with-timeout.js';
import { sleep } from './wrap-provider.js';

const ok: EnrichmentResult = { status: 'ok', fields: { a: { value: 1, source: 'x', confidence: 1 } }, signals: [], cost: 1, warnings: [] };

function call(id = 's1'): EnrichmentCallOptions {
  return { subject: { kind: 'company', id, domain: `${id}.test` }, known: {}, context: {}, fetch };
}

describe('withRetry', () => {
  it('retries 500s then succeeds, with growing jittered delays', async () => {
    const provider = createMockEnrichmentProvider({
      id: 'flaky',
      respond: (_, attempt) => {
        if (attempt < 3) throw new ProviderCallError({ message: 'HTTP 500', statusCode: 500, isRetryable: true });
        return ok;
      },
    });
    const delays: number[] = [];
    const wrapped = withRetry(provider, { baseDelayMs: 100, random: () => 1, sleep: async (ms) => void delays.push(ms) });
    await expect(wrapped.enrich(call())).resolves.toEqual(ok);
    expect(delays).toEqual([100, 200]);
  });

  it('waits at least Retry-After and gives up on non-retryable errors', async () => {
    const delays: number[] = [];
    const limited = createMockEnrichmentProvider({
      id: 'limited',
      respond: (_, attempt) => {
        if (attempt === 1) throw new ProviderCallError({ message: '429', statusCode: 429, isRetryable: true, retryAfterMs: 1000 });
        return ok;
      },
    });
    await withRetry(limited, { random: () => 0, sleep: async (ms) => void delays.push(ms) }).enrich(call());
    expect(delays).toEqual([1000]);
    const broken = createMockEnrichmentProvider({
      id: 'broken',
      respond: () => {
        throw new ProviderCallError({ message: 'malformed JSON', isRetryable: false });
      },
    });
    await expect(withRetry(broken, { sleep: async () => undefined }).enrich(call())).rejects.toThrow('malformed JSON');
    expect(broken.calls).toHaveLength(1);
  });
});

describe('withTimeout', () => {
  it('fails a slow call of a free source as retryable and aborts its signal', async () => {
    let seen: AbortSignal | undefined;
    const slow = createMockEnrichmentProvider({
      id: 'slow',
      cost: { perCall: 0, unit: 'credits' },
      respond: async (options) => {
        seen = options.signal;
        await sleep(1000, options.signal);
        return ok;
      },
    });
    const error: unknown = await withTimeout(slow, { timeoutMs: 20 }).enrich(call()).catch((caught: unknown) => caught);
    expect(ProviderCallError.isProviderCallError(error) && error.isRetryable).toBe(true);
    expect(isCallTimeout(error)).toBe(true);
    expect(seen?.aborted).toBe(true);
  });

  it('a priced call past its deadline is not retried: it may have been charged', async () => {
    const priced = createMockEnrichmentProvider({
      id: 'model',
      cost: { perCall: 0.02, unit: 'usd' },
      respond: async (options) => {
        await sleep(1000, options.signal);
        return ok;
      },
    });
    const wrapped = withRetry(withTimeout(priced, { timeoutMs: 20 }), { sleep: async () => undefined });
    const error: unknown = await wrapped.enrich(call()).catch((caught: unknown) => caught);
    expect(isCallTimeout(error)).toBe(true);
    expect(ProviderCallError.isProviderCallError(error) && error.isRetryable).toBe(false);
    expect(priced.calls).toHaveLength(1);
    expect(isCallTimeout(new ProviderCallError({ message: 'HTTP 500', statusCode: 500, isRetryable: true }))).toBe(false);
  });
});

describe('withRateLimit', () => {
  it('keeps to perSecond after the burst and to the concurrency cap', async () => {
    let inFlight = 0;
    let peak = 0;
    const provider = createMockEnrichmentProvider({
      id: 'rl',
      rateLimit: { perSecond: 50, burst: 5, concurrency: 3 },
      respond: async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await sleep(5);
        inFlight -= 1;
        return ok;
      },
    });
    const limited = withRateLimit(provider);
    const started = Date.now();
    await Promise.all(Array.from({ length: 25 }, (_, index) => limited.enrich(call(`s${index}`))));
    const elapsed = Date.now() - started;
    // 5 at once, then 20 more at 50/s: at least 400 ms.
    expect(elapsed).toBeGreaterThanOrEqual(380);
    expect(peak).toBeLessThanOrEqual(3);
  });

  it('pauses every caller for Retry-After', async () => {
    let first = true;
    const starts: number[] = [];
    const provider = createMockEnrichmentProvider({
      id: 'ra',
      respond: () => {
        starts.push(Date.now());
        if (first) {
          first = false;
          throw new ProviderCallError({ message: '429', statusCode: 429, isRetryable: true, retryAfterMs: 150 });
        }
        return ok;
      },
    });
    const limited = withRateLimit(provider, { concurrency: 1 });
    const t0 = Date.now();
    await expect(limited.enrich(call('a'))).rejects.toThrow('429');
    await limited.enrich(call('b'));
    expect((starts[1] ?? 0) - t0).toBeGreaterThanOrEqual(140);
  });
});

describe('withCircuitBreaker', () => {
  it('opens after repeated failures, fails fast, then closes after a good trial', async () => {
    let clock = 0;
    let healthy = false;
    const provider = createMockEnrichmentProvider({
      id: 'cb',
      respond: () => {
        if (!healthy) throw new ProviderCallError({ message: 'down', isRetryable: true });
        return ok;
      },
    });
    const breaker = withCircuitBreaker(provider, { failureThreshold: 2, resetAfterMs: 1000, now: () => clock });
    await expect(breaker.enrich(call())).rejects.toThrow('down');
    await expect(breaker.enrich(call())).rejects.toThrow('down');
    await expect(breaker.enrich(call())).rejects.toThrow(/circuit open/);
    expect(provider.calls).toHaveLength(2);
    clock = 1500;
    healthy = true;
    await expect(breaker.enrich(call())).resolves.toEqual(ok);
    await expect(breaker.enrich(call())).resolves.toEqual(ok);
  });
});

describe('withCache', () => {
  it('serves the same normalized input from the cache at no cost until the TTL passes', async () => {
    const entries = new Map<string, { result: EnrichmentResult; expiresAt: string }>();
    let clock = Date.parse('2025-01-01T00:00:00Z');
    const cache = {
      get: (key: string) => {
        const entry = entries.get(key);
        return entry !== undefined && Date.parse(entry.expiresAt) > clock ? entry.result : undefined;
      },
      set: (key: string, result: EnrichmentResult, expiresAt: string) => void entries.set(key, { result, expiresAt }),
    };
    const provider = createMockEnrichmentProvider({ id: 'c' });
    const cached = withCache(provider, { cache, ttlMs: 1000, now: () => new Date(clock) });
    const first = await cached.enrich(call());
    const second = await cached.enrich(call());
    expect(first.cost).toBe(1);
    expect(second).toEqual({ ...first, cost: 0 });
    expect(provider.calls).toHaveLength(1);
    expect([...entries.keys()]).toEqual(['c:s1.test']);
    clock += 2000;
    await cached.enrich(call());
    expect(provider.calls).toHaveLength(2);
  });
});
