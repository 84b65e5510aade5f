import { ProviderCallError } from '../../errors/compound-error.js';
import type { EnrichmentProvider } from '../enrichment-provider.js';
import { sleep as defaultSleep, wrapProvider } from './wrap-provider.js';

/** Settings of `withRateLimit`; each defaults to the provider's declared `rateLimit`. */
export interface WithRateLimitOptions {
  /** Calls started per second, on average. */
  perSecond?: number;
  /** Calls that may start at once after a quiet spell. Default: half the provider's declared burst (at least 1). */
  burst?: number;
  /** Calls in flight at once. */
  concurrency?: number;
  /** Clock in ms. Default: `Date.now`. */
  now?: () => number;
  /** Waits; injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A running snapshot of a limiter, for progress displays and benches. */
export interface RateLimitState {
  inFlight: number;
  queued: number;
  /** Until when (ms epoch) the source asked us to pause with `Retry-After`. */
  pausedUntil: number;
}

/**
 * Limits calls to a source with a token bucket (`perSecond`, `burst`) and a concurrency cap; waiters
 * start in arrival order. When a call fails with a `Retry-After`, every caller pauses until it has
 * passed (the error is rethrown for `withRetry` to retry).
 */
export function withRateLimit(provider: EnrichmentProvider, options: WithRateLimitOptions = {}): EnrichmentProvider & { limiterState(): RateLimitState } {
  const perSecond = options.perSecond ?? provider.rateLimit.perSecond;
  // By default we use half the source's burst: a client that spends all of it leaves the source's own
  // bucket empty, and any bunching of arrivals on the way (connection setup, a busy event loop) then
  // costs a 429 and a Retry-After pause. Half a burst of headroom absorbs that jitter for ~burst/2/rate s.
  const burst = Math.max(1, options.burst ?? Math.floor(provider.rateLimit.burst / 2));
  const concurrency = Math.max(1, options.concurrency ?? provider.rateLimit.concurrency);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  let tokens = burst;
  let refilledAt = now();
  let pausedUntil = 0;
  let inFlight = 0;
  const slotWaiters: Array<() => void> = [];
  let tokenChain: Promise<void> = Promise.resolve();
  let queued = 0;

  function refill(): void {
    const at = now();
    tokens = Math.min(burst, tokens + ((at - refilledAt) / 1000) * perSecond);
    refilledAt = at;
  }

  /** Serialized so waiters take tokens in arrival order. */
  function takeToken(signal: AbortSignal | undefined): Promise<void> {
    const turn = tokenChain.then(async () => {
      for (;;) {
        if (signal?.aborted === true) throw signal.reason;
        const pause = pausedUntil - now();
        if (pause > 0) {
          await sleep(pause, signal);
          continue;
        }
        refill();
        if (tokens >= 1) {
          tokens -= 1;
          return;
        }
        await sleep(((1 - tokens) / perSecond) * 1000, signal);
      }
    });
    tokenChain = turn.catch(() => undefined);
    return turn;
  }

  async function acquireSlot(signal: AbortSignal | undefined): Promise<void> {
    if (inFlight < concurrency) {
      inFlight += 1;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const index = slotWaiters.indexOf(grant);
        if (index >= 0) slotWaiters.splice(index, 1);
        reject(signal?.reason);
      };
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      slotWaiters.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  function releaseSlot(): void {
    const next = slotWaiters.shift();
    if (next === undefined) inFlight -= 1;
    else next();
  }

  const limited = wrapProvider(provider, async (call) => {
    queued += 1;
    try {
      await acquireSlot(call.signal);
    } finally {
      queued -= 1;
    }
    try {
      await takeToken(call.signal);
      return await provider.enrich(call);
    } catch (error: unknown) {
      if (ProviderCallError.isProviderCallError(error) && error.retryAfterMs !== undefined) {
        pausedUntil = Math.max(pausedUntil, now() + error.retryAfterMs);
        // The source's bucket is empty: start again from zero rather than a burst.
        tokens = Math.min(tokens, 0);
      }
      throw error;
    } finally {
      releaseSlot();
    }
  });
  return { ...limited, limiterState: () => ({ inFlight, queued, pausedUntil }) };
}
