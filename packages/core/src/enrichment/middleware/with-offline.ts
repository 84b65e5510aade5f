import type { EnrichmentProvider, EnrichmentResult } from '../enrichment-provider.js';
import { wrapProvider } from './wrap-provider.js';

/** The reason an offline run gives for every call it does not make. */
export const offlineReason = 'offline (COMPOUND_OFFLINE is set)';

/**
 * Whether `env` asks for no network call at all: `COMPOUND_OFFLINE=1`. Websites, registries, job
 * boards, news feeds and the model's API (even with `ANTHROPIC_API_KEY` set) are then not called;
 * the person checks run without their MX lookup, and cross-source QC runs as usual.
 */
export function isOffline(env: Readonly<Record<string, string | undefined>>): boolean {
  return env['COMPOUND_OFFLINE'] === '1';
}

/**
 * The provider, unable to call anything: `unavailable` is `reason`, so the runner answers each call
 * `not-run` ("not run: offline (COMPOUND_OFFLINE is set)"), not an error, not paid and not cached,
 * and a dry run lists the calls as skipped for it. Its own `enrich` answers the same, called directly.
 */
export function withOffline(provider: EnrichmentProvider, reason: string = offlineReason): EnrichmentProvider {
  const declined = (): EnrichmentResult => ({ status: 'not-run', fields: {}, signals: [], cost: 0, warnings: [`not run: ${reason}`] });
  return { ...wrapProvider(provider, async () => declined()), unavailable: reason };
}
