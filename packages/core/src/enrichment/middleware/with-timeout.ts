import { ProviderCallError } from '../../errors/compound-error.js';
import type { EnrichmentProvider } from '../enrichment-provider.js';
import { wrapProvider } from './wrap-provider.js';

/** Settings of `withTimeout`. */
export interface WithTimeoutOptions {
  /** Deadline of one call, in ms. */
  timeoutMs: number;
}

/**
 * Fails a call that takes longer than `timeoutMs` with a retryable `ProviderCallError`, and aborts
 * the signal the provider got so its requests stop too. A caller's abort passes through.
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
        const error = new ProviderCallError({ message: `${provider.id} did not finish within ${options.timeoutMs} ms.`, provider: provider.id, isRetryable: true });
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
