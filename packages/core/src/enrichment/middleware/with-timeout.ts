import { ProviderCallError } from '../../errors/compound-error.js';
import type { EnrichmentProvider } from '../enrichment-provider.js';
import { wrapProvider } from './wrap-provider.js';

/** Settings of `withTimeout`. */
export interface WithTimeoutOptions {
  /** Deadline of one call, in ms. */
  timeoutMs: number;
}

/**
 * Whether `error` is a call's deadline passing (`withTimeout`): the request may have reached the
 * source by then, so a priced source may have charged for it.
 */
export function isCallTimeout(error: unknown): boolean {
  if (!ProviderCallError.isProviderCallError(error)) return false;
  const cause: unknown = error.cause;
  return typeof cause === 'object' && cause !== null && (cause as { name?: unknown }).name === 'TimeoutError';
}

/**
 * Fails a call that takes longer than `timeoutMs` with a `ProviderCallError` (see `isCallTimeout`),
 * and aborts the signal the provider got so its requests stop too. A caller's abort passes through.
 * The timeout is retryable for a free provider only: a priced call may have been charged already,
 * and trying again could pay twice for one reservation of the budget.
 */
export function withTimeout(provider: EnrichmentProvider, options: WithTimeoutOptions): EnrichmentProvider {
  return wrapProvider(provider, async (call) => {
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(call.signal?.reason);
    if (call.signal?.aborted === true) onAbort();
    call.signal?.addEventListener('abort', onAbort, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const message = `${provider.id} did not finish within ${options.timeoutMs} ms.`;
        const error = new ProviderCallError({
          message,
          provider: provider.id,
          isRetryable: provider.cost.perCall === 0,
          cause: new DOMException(message, 'TimeoutError'),
        });
        controller.abort(error);
        reject(error);
      }, options.timeoutMs);
    });
    try {
      return await Promise.race([provider.enrich({ ...call, signal: controller.signal }), deadline]);
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    }
  });
}
