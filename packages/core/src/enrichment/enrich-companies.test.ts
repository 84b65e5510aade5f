import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFreshTenants } from './__fixtures__/fresh-tenants.js';
import { ProviderCallError } from '../errors/compound-error.js';
import type { StoredCompany, TenantStore } from '../store/store.js';
import { createMockEnrichmentProvider } from '../testing/mock-enrichment-provider.js';
import { companyProfile } from './company-profile.js';
import { enrichCompanies, planEnrichment } from './enrich-companies.js';
import type { EnrichmentResult } from './enrichment-provider.js';
import { sleep } from './middleware/wrap-provider.js';

const freshTenant = useFreshTenants();

const at = '2025-03-01T10:00:00.000Z';

async function tenantWith(count: number, overrides: Partial<StoredCompany> = {}): Promise<TenantStore> {
  const tenant = await freshTenant();
  const companies: StoredCompany[] = Array.from({ length: count }, (_, index) => ({
    id: `co-${String(index).padStart(3, '0')}`,
    name: `Company ${index}`,
    key: `company ${index}`,
    domain: `company${index}.test`,
    country: 'CZ',
    values: {},
    sources: [{ source: 'import', file: 'companies.csv', row: index + 1, at }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  }));
  await tenant.companies.upsertMany(companies);
  return tenant;
}

function ok(fields: Record<string, unknown>, cost: number, confidence = 0.9): EnrichmentResult {
  return {
    status: 'ok',
    fields: Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, { value, source: 'https://source.test', confidence }])),
    signals: [],
    cost,
    warnings: [],
  };
}

const quickRetry = { baseDelayMs: 1, maxDelayMs: 5 };

describe('enrichCompanies', () => {
  it('runs stages in dependency order and passes earlier findings on', async () => {
    const tenant = await tenantWith(3);
    const triage = createMockEnrichmentProvider({ id: 'site', stage: 'triage', fields: ['jobBoards'], respond: (call) => ok({ jobBoards: [`${call.subject.domain}/jobs`] }, 0) });
    const hiring = createMockEnrichmentProvider({
      id: 'board',
      stage: 'hiring',
      fields: ['openRoles'],
      applies: (_, known) => known['jobBoards'] !== undefined,
      respond: (call) => ok({ openRoles: (call.known['jobBoards']?.value as string[]).length }, 0),
    });
    const summary = await enrichCompanies(tenant, { providers: [hiring, triage], now: () => new Date(at) });
    expect(summary.dryRun).toBe(false);
    expect(hiring.completed).toHaveLength(3);
    expect(hiring.completed.every((call) => call.known['jobBoards'] !== undefined)).toBe(true);
    const profile = await companyProfile(tenant, 'company1.test', { now: () => new Date(at) });
    expect(profile?.fields['openRoles']).toMatchObject({ value: 1, source: 'https://source.test', fetchedAt: at, confidence: 0.9, enriched: true, provider: 'board' });
  });

  it('runs providers of the same field as a waterfall that stops at the first verified hit', async () => {
    const tenant = await tenantWith(2);
    const cheap = createMockEnrichmentProvider({
      id: 'cheap',
      stage: 'registry',
      fields: ['legalName'],
      cost: { perCall: 1, unit: 'credits' },
      respond: (call) => (call.subject.id === 'co-000' ? ok({ legalName: 'Zero s.r.o.' }, 1) : { status: 'no-data', fields: {}, signals: [], cost: 1, warnings: [] }),
    });
    const dear = createMockEnrichmentProvider({ id: 'dear', stage: 'registry', fields: ['legalName'], cost: { perCall: 5, unit: 'credits' }, respond: () => ok({ legalName: 'From dear' }, 5) });
    const summary = await enrichCompanies(tenant, { providers: [dear, cheap] });
    expect(cheap.completed).toHaveLength(2);
    expect(dear.completed.map((call) => call.subject.id)).toEqual(['co-001']);
    if (summary.dryRun) throw new Error('not a dry run');
    expect(summary.calls).toMatchObject({ paid: 3, noData: 1 });
    expect(summary.spend).toMatchObject({ total: 7, noData: 1 });
  });

  it('never overwrites a value the user imported; the differing provider value is kept as a conflict', async () => {
    const tenant = await tenantWith(1, { industry: 'Software', employees: 40 });
    const provider = createMockEnrichmentProvider({ id: 'web', fields: ['industry', 'employees', 'description'], respond: () => ok({ industry: 'Retail', employees: 40, description: 'We sell things' }, 0, 0.95) });
    await enrichCompanies(tenant, { providers: [provider] });
    const profile = await companyProfile(tenant, 'co-000');
    expect(profile?.fields['industry']).toMatchObject({ value: 'Software', source: 'import:companies.csv', enriched: false, confidence: 1 });
    expect(profile?.fields['description']).toMatchObject({ value: 'We sell things', enriched: true });
    expect(profile?.conflicts).toEqual([expect.objectContaining({ field: 'industry', value: 'Software', providerValue: 'Retail', provider: 'web' })]);
    expect((await tenant.companies.get('co-000'))?.industry).toBe('Software');
  });

  it('resumes an aborted run without paying any call twice', async () => {
    const subjects = 40;
    const tenant = await tenantWith(subjects);
    const make = (): ReturnType<typeof createMockEnrichmentProvider>[] =>
      ['alpha', 'beta', 'gamma'].map((id, index) =>
        createMockEnrichmentProvider({
          id,
          stage: index === 2 ? 'hiring' : index === 1 ? 'registry' : 'triage',
          rateLimit: { perSecond: 500, burst: 20, concurrency: 8 },
          respond: async (call) => {
            await sleep(5 + (call.subject.id.charCodeAt(5) % 7), call.signal);
            return ok({ [`${id}-field`]: call.subject.id }, 1);
          },
        }),
      );
    const first = make();
    const controller = new AbortController();
    let paid = 0;
    const aborted = await enrichCompanies(tenant, {
      providers: first,
      signal: controller.signal,
      onProgress: (event) => {
        if (event.type === 'enrichment-call-end' && (paid += 1) === 45) controller.abort(new Error('Ctrl-C'));
      },
    });
    if (aborted.dryRun) throw new Error('not a dry run');
    expect(aborted.aborted).toBe(true);
    expect((await tenant.enrichment.listRuns())[0]?.status).toBe('aborted');

    const second = make();
    const resumed = await enrichCompanies(tenant, { providers: second });
    if (resumed.dryRun) throw new Error('not a dry run');
    expect(resumed.resumed).toBe(true);
    expect(resumed.aborted).toBe(false);
    const paidCalls = [...first, ...second].reduce((total, provider) => total + provider.completed.length, 0);
    // A call whose request was out at Ctrl-C counts as paid at its maximum ($1 here) and is not asked again.
    const interrupted = (await tenant.enrichment.listCalls(aborted.runId)).filter((call) => call.status === 'interrupted');
    expect(interrupted.every((call) => call.cost === 1)).toBe(true);
    expect(paidCalls + interrupted.length).toBe(subjects * 3);
    expect(resumed.spend.total).toBe(subjects * 3);
    expect((await tenant.enrichment.spend()).paidCalls).toBe(subjects * 3);
    expect((await tenant.enrichment.listRuns()).map((run) => run.status)).toEqual(['done']);
  });

  it('never meters a not-run call as paid', async () => {
    const tenant = await tenantWith(2);
    const ambiguous = (cost: number): EnrichmentResult => ({ status: 'ambiguous', fields: {}, signals: [], cost, warnings: ['2 registry entries match the name'] });
    const registry = createMockEnrichmentProvider({ id: 'reg', stage: 'registry', fields: ['registryId'], respond: () => ambiguous(1) });
    const research = createMockEnrichmentProvider({
      id: 'research',
      stage: 'research',
      fields: ['summary'],
      respond: () => ({ status: 'not-run', fields: {}, signals: [], cost: 0, warnings: ['not run: no model'] }),
    });
    await enrichCompanies(tenant, { providers: [registry, research] });
    await enrichCompanies(tenant, { providers: [registry, research] });
    // Ambiguous answers are asked again (each run lists the candidates); the not-run research calls cost nothing and are not paid.
    expect(registry.completed.length).toBe(4);
    expect(await tenant.enrichment.spend()).toMatchObject({ paidCalls: 4, cost: 4 });
  });

  it('never exceeds the budget, whatever the costs (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ perCall: fc.double({ min: 0.01, max: 5, noNaN: true }), actualShare: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 3 }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        async (prices, budget) => {
          const tenant = await tenantWith(12);
          const providers = prices.map((price, index) =>
            createMockEnrichmentProvider({
              id: `p${index}`,
              stage: ['triage', 'registry', 'news'][index] ?? 'triage',
              cost: { perCall: price.perCall, unit: 'usd' },
              respond: () => ok({ [`p${index}-field`]: 1 }, price.perCall * price.actualShare),
            }),
          );
          const summary = await enrichCompanies(tenant, { providers, budget });
          if (summary.dryRun) throw new Error('not a dry run');
          const spend = await tenant.enrichment.spend();
          expect(spend.cost).toBeLessThanOrEqual(budget + 1e-9);
          expect(summary.spend.withinBudget).toBe(true);
          const planned = prices.reduce((total, price) => total + price.perCall, 0) * 12;
          if (planned > budget) expect(summary.calls.skippedForBudget).toBeGreaterThan(0);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('retries 429 with Retry-After and 500s, and reports a provider that keeps failing', async () => {
    const tenant = await tenantWith(4);
    const flaky = createMockEnrichmentProvider({
      id: 'flaky',
      respond: (_, attempt) => {
        if (attempt === 1) throw new ProviderCallError({ message: 'HTTP 429', statusCode: 429, isRetryable: true, retryAfterMs: 20 });
        if (attempt === 2) throw new ProviderCallError({ message: 'HTTP 500', statusCode: 500, isRetryable: true });
        return ok({ 'flaky-field': 1 }, 1);
      },
    });
    const broken = createMockEnrichmentProvider({
      id: 'broken',
      stage: 'registry',
      respond: () => {
        throw new ProviderCallError({ message: 'malformed JSON', isRetryable: false });
      },
    });
    const summary = await enrichCompanies(tenant, { providers: [flaky, broken], retry: quickRetry });
    if (summary.dryRun) throw new Error('not a dry run');
    expect(summary.byProvider['flaky']).toMatchObject({ paidCalls: 4, errors: 0 });
    expect(summary.byProvider['broken']).toMatchObject({ paidCalls: 0, errors: 4 });
    expect(summary.byProvider['broken']?.errorMessages[0]).toMatch(/malformed JSON/);
    expect(summary.done).toBe(4);
  });

  it('refreshes only stale fields with `stale`, and turns snapshot differences into signals', async () => {
    const tenant = await tenantWith(2);
    let employees = 10;
    const registry = createMockEnrichmentProvider({ id: 'reg', stage: 'registry', fields: ['employees'], respond: () => ok({ employees }, 1) });
    const hiring = createMockEnrichmentProvider({ id: 'jobs', stage: 'hiring', fields: ['openRoles'], respond: () => ok({ openRoles: 3 }, 1) });
    const day0 = new Date('2025-01-01T00:00:00Z');
    await enrichCompanies(tenant, { providers: [registry, hiring], now: () => day0 });
    await enrichCompanies(tenant, { providers: [registry, hiring], stale: true, now: () => day0 });
    expect([registry.completed.length, hiring.completed.length]).toEqual([2, 2]);
    employees = 50;
    const day8 = new Date('2025-01-09T00:00:00Z');
    await enrichCompanies(tenant, { providers: [registry, hiring], stale: true, now: () => day8 });
    expect([registry.completed.length, hiring.completed.length]).toEqual([2, 4]);
    const day100 = new Date('2025-04-11T00:00:00Z');
    await enrichCompanies(tenant, { providers: [registry, hiring], stale: true, now: () => day100 });
    expect(registry.completed.length).toBe(4);
    const profile = await companyProfile(tenant, 'co-000', { now: () => day100 });
    expect(profile?.signals).toEqual([expect.objectContaining({ type: 'headcount-change', data: { field: 'employees', from: 10, to: 50 } })]);
  });

  it('with `stale`, does not pay again a provider whose findings are fresh, though it left some of its fields empty', async () => {
    const tenant = await tenantWith(2);
    // Can fill two fields, finds one (a research stage field: fresh 30 days; the response cache keeps 7).
    const research = createMockEnrichmentProvider({ id: 'llm', stage: 'research', fields: ['positioning', 'competitors'], cost: { perCall: 1, unit: 'usd' }, respond: () => ok({ positioning: 'x' }, 1) });
    const day0 = new Date('2025-01-01T00:00:00Z');
    await enrichCompanies(tenant, { providers: [research], now: () => day0 });
    const day10 = new Date('2025-01-11T00:00:00Z');
    expect(await planEnrichment(tenant, { providers: [research], stale: true, now: () => day10 })).toMatchObject({ plannedCalls: 0, maxCost: 0 });
    const fresh = await enrichCompanies(tenant, { providers: [research], stale: true, now: () => day10 });
    if (fresh.dryRun) throw new Error('not a dry run');
    expect(research.completed).toHaveLength(2);
    expect(fresh.spend.total).toBe(0);
    const day40 = new Date('2025-02-10T00:00:00Z');
    await enrichCompanies(tenant, { providers: [research], stale: true, now: () => day40 });
    expect(research.completed).toHaveLength(4);
  });
});

describe('planEnrichment (dry run)', () => {
  const server = setupServer();
  let requests = 0;
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', () => void (requests += 1));
  });
  afterAll(() => server.close());

  it('estimates calls and the most it could cost without calling anything', async () => {
    const tenant = await tenantWith(5);
    const fetching = (id: string, stage: string, perCall: number) =>
      createMockEnrichmentProvider({
        id,
        stage,
        cost: { perCall, unit: 'usd' },
        applies: (subject) => subject.id !== 'co-004' || stage !== 'registry',
        respond: async (call) => {
          await call.fetch(`https://${id}.test/`);
          return ok({}, perCall);
        },
      });
    const providers = [fetching('site', 'triage', 0), fetching('ares', 'registry', 0.5), fetching('jobs', 'hiring', 0.25)];
    const plan = await enrichCompanies(tenant, { providers, dryRun: true });
    expect(plan).toEqual({
      dryRun: true,
      subjects: 5,
      companies: 5,
      people: 0,
      plannedCalls: 14,
      maxCost: 3.25,
      byProvider: { site: { calls: 5, maxCost: 0 }, ares: { calls: 4, maxCost: 2 }, jobs: { calls: 5, maxCost: 1.25 } },
      cachedCalls: 0,
      skipped: [],
      offline: false,
    });
    expect(await planEnrichment(tenant, { providers, limit: 2, stages: ['registry'] })).toMatchObject({ subjects: 2, plannedCalls: 2, maxCost: 1 });
    expect(requests).toBe(0);
    expect(providers.every((provider) => provider.calls.length === 0)).toBe(true);
    expect(await tenant.enrichment.listRuns()).toEqual([]);
  });

  it('rejects a stage no provider has, naming the known ones, rather than planning or running nothing', async () => {
    const tenant = await tenantWith(2);
    const providers = [createMockEnrichmentProvider({ id: 'site', stage: 'triage' }), createMockEnrichmentProvider({ id: 'reg', stage: 'registry' })];
    const misspelt = { providers, stages: ['triage', 'regstry'] };
    await expect(planEnrichment(tenant, misspelt)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/"regstry"; known stages: triage, registry/) });
    await expect(enrichCompanies(tenant, misspelt)).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(providers.every((provider) => provider.calls.length === 0)).toBe(true);
    expect(await tenant.enrichment.listRuns()).toEqual([]);
  });
});
