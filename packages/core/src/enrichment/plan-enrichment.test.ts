import { describe, expect, it } from 'vitest';
import { useFreshTenants } from './__fixtures__/fresh-tenants.js';
import type { StoredCompany, TenantStore } from '../store/store.js';
import { planEnrichment } from './plan-enrichment.js';

const freshTenant = useFreshTenants();

const at = '2025-03-01T10:00:00.000Z';
const company = (id: string, name: string, country: string, domain?: string): StoredCompany => ({
  id,
  name,
  key: name.toLowerCase(),
  country,
  ...(domain === undefined ? {} : { domain }),
  values: {},
  sources: [{ source: 'import', file: 'companies.csv', row: 1, at }],
  createdAt: at,
  updatedAt: at,
});

/** A Czech company with a website, a Norwegian one without, an American one with. */
async function tenantWithCompanies(): Promise<TenantStore> {
  const tenant = await freshTenant();
  await tenant.companies.upsertMany([
    company('co-cz', 'Acme Payroll s.r.o.', 'CZ', 'acmepayroll.cz'),
    company('co-no', 'Fjordlink AS', 'NO'),
    company('co-us', 'Deep Solar Inc', 'US', 'deepsolar.example'),
  ]);
  return tenant;
}

const providers = ['website', 'greenhouse', 'ares', 'isir', 'research'];
const now = () => new Date(at);

describe('planEnrichment: what the real run would call', () => {
  it('offline (no key): no research call, ISIR only where ARES may find an IČO, job boards only where there is a website; each skip says why', async () => {
    const tenant = await tenantWithCompanies();
    const plan = await planEnrichment(tenant, { providers, env: {}, now });
    expect(plan.byProvider).toEqual({
      website: { calls: 2, maxCost: 0 },
      greenhouse: { calls: 2, maxCost: 0 },
      ares: { calls: 1, maxCost: 0 },
      isir: { calls: 1, maxCost: 0 },
      research: { calls: 0, maxCost: 0 },
    });
    expect(plan).toMatchObject({ plannedCalls: 6, maxCost: 0, cachedCalls: 0 });
    expect(plan.skipped).toEqual(
      expect.arrayContaining([
        { providerId: 'research', stage: 'research', subjects: 3, reason: 'no model' },
        { providerId: 'isir', stage: 'insolvency', subjects: 2, reason: 'no IČO: not a Czech company' },
        { providerId: 'greenhouse', stage: 'hiring', subjects: 1, reason: 'no job board known: the website stage, which finds them, does not run for it' },
      ]),
    );
    expect(plan.skipped).toHaveLength(3);
  });

  it('with a key, research is planned where an earlier stage may find something to read', async () => {
    const tenant = await tenantWithCompanies();
    const keyed = await planEnrichment(tenant, { providers, env: { ANTHROPIC_API_KEY: 'sk-test' }, now });
    expect(keyed.byProvider['research']?.calls).toBe(2);
    expect(keyed.byProvider['research']?.maxCost).toBeGreaterThan(0);
    expect(keyed.skipped).toContainEqual({ providerId: 'research', stage: 'research', subjects: 1, reason: 'nothing to research from: no website text or registry record' });
  });

  it('ISIR alone runs only on an IČO already known', async () => {
    const tenant = await tenantWithCompanies();
    const alone = await planEnrichment(tenant, { providers, stages: ['insolvency'], env: {}, now });
    expect(alone.plannedCalls).toBe(0);
    expect(alone.skipped).toContainEqual({ providerId: 'isir', stage: 'insolvency', subjects: 1, reason: 'no IČO: the registry stage (ARES) does not run first' });
    await tenant.enrichment.upsertFields([
      {
        subjectId: 'co-cz',
        field: 'registryId',
        value: '26168685',
        source: 'https://ares.gov.cz/x/26168685',
        providerId: 'ares',
        stage: 'registry',
        confidence: 0.99,
        cost: 0,
        runId: 'r0',
        fetchedAt: at,
        expiresAt: '2025-06-01T00:00:00.000Z',
      },
    ]);
    const known = await planEnrichment(tenant, { providers, stages: ['insolvency'], env: {}, now });
    expect(known.byProvider['isir']).toEqual({ calls: 1, maxCost: 0 });
  });
});
