import type { EnrichmentCallOptions, EnrichmentProvider, EnrichmentResult } from '../enrichment-provider.js';

/**
 * A provider with the same metadata as `provider` and a new `enrich`; every `withX` middleware
 * is built on it, so wrapping never loses `applies`, `cacheKey`, `plan` or the declared limits.
 */
export function wrapProvider(
  provider: EnrichmentProvider,
  enrich: (options: EnrichmentCallOptions) => Promise<EnrichmentResult>,
): EnrichmentProvider {
  return {
    id: provider.id,
    stage: provider.stage,
    subject: provider.subject,
    fields: provider.fields,
    cost: provider.cost,
    rateLimit: provider.rateLimit,
    baseUrl: provider.baseUrl,
    ...(provider.worksOffline === undefined ? {} : { worksOffline: provider.worksOffline }),
    ...(provider.unavailable === undefined ? {} : { unavailable: provider.unavailable }),
    applies: (subject, known) => provider.applies(subject, known),
    cacheKey: (subject, known) => provider.cacheKey(subject, known),
    ...(provider.plan === undefined ? {} : { plan: provider.plan.bind(provider) }),
    enrich,
  };
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
