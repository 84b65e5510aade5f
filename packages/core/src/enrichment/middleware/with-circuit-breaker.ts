import { ProviderCallError } from '../../errors/compound-error.js';
import type { EnrichmentProvider } from '../enrichment-provider.js';
import { wrapProvider } from './wrap-provider.js';

/** Settings of `withCircuitBreaker`. */
export interface WithCircuitBreakerOptions {
  /** Consecutive failed calls that open the circuit. Default: 5. */
  failureThreshold?: number;
  /** How long the circuit stays open before one trial call is let through, in ms. Default: 30 000. */
  resetAfterMs?: number;
  /** Clock in ms. Default: `Date.now`. */
  now?: () => number;
  /** Told when the circuit opens or closes. */
  onStateChange?: (state: 'open' | 'closed') => void;
}

/**
 * Stops calling a source that keeps failing: after `failureThreshold` consecutive failures, calls fail
 * at once (not retryable) for `resetAfterMs`; then one trial call decides whether it closes again.
 * Aborts by the caller do not count as failures.
 */
export function withCircuitBreaker(provider: EnrichmentProvider, options: WithCircuitBreakerOptions = {}): EnrichmentProvider {
  const threshold = options.failureThreshold ?? 5;
  const resetAfterMs = options.resetAfterMs ?? 30_000;
  const now = options.now ?? Date.now;
  let failures = 0;
  let openedAt: number | undefined;
  let trialInFlight = false;
  return wrapProvider(provider, async (call) => {
    let trial = false;
    if (openedAt !== undefined) {
      if (now() - openedAt < resetAfterMs || trialInFlight) {
        throw new ProviderCallError({
          message: `${provider.id} is failing repeatedly; not called for ${Math.ceil(resetAfterMs / 1000)} s (circuit open).`,
          provider: provider.id,
          isRetryable: false,
        });
      }
      trial = true;
      trialInFlight = true;
    }
    try {
      const result = await provider.enrich(call);
      failures = 0;
      if (openedAt !== undefined) {
        openedAt = undefined;
        options.onStateChange?.('closed');
      }
      return result;
    } catch (error: unknown) {
      if (call.signal?.aborted !== true) {
        failures += 1;
        if (trial || (openedAt === undefined && failures >= threshold)) {
          openedAt = now();
          if (!trial) options.onStateChange?.('open');
        }
      }
      throw error;
    } finally {
      if (trial) trialInFlight = false;
    }
  });
}
