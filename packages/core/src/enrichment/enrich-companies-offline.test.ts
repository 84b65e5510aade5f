import { describe, expect, it } from 'vitest';
import { useFreshTenants } from './__fixtures__/fresh-tenants.js';
import type { StoredCompany, TenantStore } from '../store/store.js';
import { createMockEnrichmentProvider } from '../testing/mock-enrichment-provider.js';
import { enrichCompanies } from './enrich-companies.js';

const freshTenant = useFreshTenants();

const at = '2025-03-01T10:00:00.000Z';
const offlineEnv = { COMPOUND_OFFLINE: '1' };
const offlineReason = 'offline (COMPOUND_OFFLINE is set)';

async function tenantWith(companies: ReadonlyArray<Pick<StoredCompany, 'name' | 'domain' | 'country'>>): Promise<TenantStore> {
  const tenant = await freshTenant();
  await tenant.companies.upsertMany(
    companies.map((company, index) => ({
      id: `co-${index}`,
      key: company.name.toLowerCase(),
      values: {},
      sources: [{ source: 'import', file: 'companies.csv', row: index + 1, at }],
      createdAt: at,
      updatedAt: at,
      ...company,
    })),
  );
  return tenant;
}

/** A fetch that records every request and answers none: an offline run must not reach it. */
function recordingFetch(): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const recorder = async (input: Parameters<typeof fetch>[0]): Promise<Response> => {
    urls.push(input instanceof Request ? input.url : String(input));
    throw new TypeError('fetch failed: no network in this test');
  };
  return { fetch: recorder as typeof fetch, urls };
}

describe('enrichCompanies with COMPOUND_OFFLINE=1', () => {
  it('calls nothing over the network: every network provider answers not-run (not an error, not paid, not cached)', async () => {
    const tenant = await tenantWith([
      { name: 'Acme s.r.o.', domain: 'acme.example', country: 'CZ' },
      { name: 'Fjordlink AS', domain: 'fjordlink.example', country: 'NO' },
    ]);
    const network = recordingFetch();
    const started = Date.now();
    const summary = await enrichCompanies(tenant, { env: { ...offlineEnv, ANTHROPIC_API_KEY: 'sk-test' }, fetch: network.fetch, retry: { baseDelayMs: 1_000, maxDelayMs: 5_000 } });
    expect(network.urls).toEqual([]);
    // No retries waited out: the calls were never attempted.
    expect(Date.now() - started).toBeLessThan(5_000);
    if (summary.dryRun) throw new Error('expected a run');
    expect(summary.offline).toBe(true);
    expect(summary.calls).toMatchObject({ paid: 2, errors: 0, chargedErrors: 0, skippedForBudget: 0 });
    expect(summary.spend.total).toBe(0);
    for (const id of ['website', 'news', 'research']) expect(summary.byProvider[id]).toMatchObject({ notRunCalls: 2, notRunReasons: [offlineReason], paidCalls: 0, errors: 0, cost: 0 });
    // Registries only where they apply: ARES for the Czech company, BRREG for the Norwegian one.
    expect(summary.byProvider['ares']).toMatchObject({ notRunCalls: 1, notRunReasons: [offlineReason] });
    expect(summary.byProvider['brreg']).toMatchObject({ notRunCalls: 1, notRunReasons: [offlineReason] });
    // QC needs no network: it ran (paid: 2 are its two free calls).
    expect(summary.byProvider['qc']).toMatchObject({ paidCalls: 2 });
    const ledger = await tenant.enrichment.listCalls(summary.runId);
    expect(ledger.map((row) => row.providerId)).toEqual(['qc', 'qc']);

    // Online again, the same calls are made: nothing offline was cached as "no data".
    const online = createMockEnrichmentProvider({ id: 'website', stage: 'triage', fields: ['description'] });
    const offlineMock = createMockEnrichmentProvider({ id: 'website', stage: 'triage', fields: ['description'] });
    const offlineAgain = await enrichCompanies(tenant, { env: offlineEnv, providers: [offlineMock] });
    expect(offlineMock.calls).toEqual([]);
    expect(offlineAgain).toMatchObject({ offline: true, calls: { notRun: 2, cached: 0 } });
    const onlineRun = await enrichCompanies(tenant, { env: {}, providers: [online] });
    expect(online.calls).toHaveLength(2);
    expect(onlineRun).toMatchObject({ offline: false, calls: { paid: 2, notRun: 0, cached: 0 } });
  });

  it('the dry run plans no network call and gives offline as the reason', async () => {
    const tenant = await tenantWith([{ name: 'Acme s.r.o.', domain: 'acme.example', country: 'CZ' }]);
    const plan = await enrichCompanies(tenant, { env: { ...offlineEnv, ANTHROPIC_API_KEY: 'sk-test' }, dryRun: true });
    if (!plan.dryRun) throw new Error('expected a plan');
    expect(plan.offline).toBe(true);
    const planned = Object.entries(plan.byProvider).filter(([, entry]) => entry.calls > 0).map(([id]) => id);
    expect(planned).toEqual(['qc']);
    expect(plan.maxCost).toBe(0);
    for (const id of ['website', 'news', 'ares', 'research']) expect(plan.skipped).toContainEqual({ providerId: id, stage: expect.any(String), subjects: 1, reason: offlineReason });
  });
});
