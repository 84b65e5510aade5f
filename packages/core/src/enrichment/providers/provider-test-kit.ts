/**
 * The msw harness the provider tests share: one server per test file that refuses unhandled
 * requests, records every outgoing request, and resets between tests. Test-only (not exported from
 * the package).
 * @internal
 */
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { EnrichedValue, EnrichmentProvider, EnrichmentResult, EnrichmentSubject } from '../enrichment-provider.js';

/** Starts an msw server for the calling test file; `requests` holds clones of this test's requests. */
export function useProviderTestServer(): { server: SetupServer; requests: Request[] } {
  const requests: Request[] = [];
  const server = setupServer();
  server.events.on('request:start', ({ request }) => requests.push(request.clone()));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
  return { server, requests };
}

/** A company subject with id `c1`. */
export function companySubject(name: string, extra: Partial<EnrichmentSubject> = {}): EnrichmentSubject {
  return { kind: 'company', id: 'c1', name, ...extra };
}

/** Calls a provider the way the runner does, with the global (msw-intercepted) fetch. */
export function callProvider(
  provider: EnrichmentProvider,
  subject: EnrichmentSubject,
  known: Record<string, EnrichedValue> = {},
): Promise<EnrichmentResult> {
  return provider.enrich({ subject, known, context: {}, fetch });
}
