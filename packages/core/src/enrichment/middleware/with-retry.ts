import { CompoundError, ProviderCallError } from '../../errors/compound-error.js';
import type { EnrichmentProvider } from '../enrichment-provider.js';
import { sleep, wrapProvider } from './wrap-provider.js';

/** Settings of `withRetry`. */
export interface WithRetryOptions {
  /** Attempts in all, the first included. Default: 4. */
  maxAttempts?: number;
  /** Delay before the first retry, in ms; doubles each retry. Default: 250. */
  baseDelayMs?: number;
  /** Longest delay between attempts, in ms (a longer `Retry-After` is still honoured). Default: 10 000. */
  maxDelayMs?: number;
  /** Random source in [0, 1) for full jitter. Default: `Math.random`. */
  random?: () => number;
  /** Waits; injectable for tests. Default: a timer that honours the call's abort signal. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told about each retry (attempt number, delay, error). */
  onRetry?: (event: { attempt: number; delayMs: number; error: unknown }) => void;
}

/** Retryable: a `ProviderCallError` saying so, or any error that is not a CompoundError nor an abort. */
function isRetryable(error: unknown, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted === true) return false;
  if (ProviderCallError.isProviderCallError(error)) return error.isRetryable;
  if (CompoundError.isInstance(error)) return false;
  return !(error instanceof Error && error.name === 'AbortError');
}

/**
 * Retries failed calls with exponential backoff and full jitter (delay = random × base × 2^n, capped),
 * waiting at least the `Retry-After` the source sent. Non-retryable errors and aborts fail at once.
 */
export function withRetry(provider: EnrichmentProvider, options: WithRetryOptions = {}): EnrichmentProvider {
  const maxAttempts = options.maxAttempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const random = options.random ?? Math.random;
  const wait = options.sleep ?? sleep;
  return wrapProvider(provider, async (call) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await provider.enrich(call);
      } catch (error: unknown) {
        if (attempt >= maxAttempts || !isRetryable(error, call.signal)) throw error;
        const backoff = random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
        const retryAfter = ProviderCallError.isProviderCallError(error) ? (error.retryAfterMs ?? 0) : 0;
        const delayMs = Math.max(backoff, retryAfter);
        options.onRetry?.({ attempt, delayMs, error });
        await wait(delayMs, call.signal);
      }
    }
  });
}
