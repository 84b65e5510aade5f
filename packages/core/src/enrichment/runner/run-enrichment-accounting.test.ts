import { describe, expect, it } from 'vitest';
import { useFreshTenants } from '../__fixtures__/fresh-tenants.js';
import type { TenantStore } from '../../store/store.js';
import { createMockEnrichmentProvider } from '../../testing/mock-enrichment-provider.js';
import type { EnrichmentSubject } from '../enrichment-provider.js';
import { sleep } from '../middleware/wrap-provider.js';
import { createPersonProvider } from '../providers/person/person-provider.js';
import { runEnrichment } from './run-enrichment.js';

const freshTenant = useFreshTenants();

const companies = (count: number): EnrichmentSubject[] =>
  Array.from({ length: count }, (_, index) => ({ kind: 'company', id: `co-${index}`, name: `Company ${index}`, domain: `company${index}.test` }));
const quickRetry = { baseDelayMs: 1, maxDelayMs: 2 };

describe('runEnrichment: what a run counts', () => {
  it('a priced call that times out after the source answered counts its maximum cost, once, within the budget', async () => {
    const tenant = await freshTenant();
    // The model finishes (and charges) but answers after the deadline; it does not stop on abort.
    const model = createMockEnrichmentProvider({
      id: 'model',
      stage: 'research',
      cost: { perCall: 1, unit: 'usd' },
      respond: async () => {
        await sleep(80);
        return { status: 'ok', fields: {}, signals: [], cost: 0.7, warnings: [] };
      },
    });
    const summary = await runEnrichment({ runId: 'r1', subjects: companies(2), providers: [model], repository: tenant.enrichment, budget: 1, timeoutMs: 10, retry: quickRetry, subjectsInFlight: 1 });
    // Not retried (each retry could be charged again), and the budget counts the one call.
    expect(model.calls).toHaveLength(1);
    expect(summary.calls).toMatchObject({ errors: 1, chargedErrors: 1, skippedForBudget: 1 });
    expect(summary.byProvider['model']).toMatchObject({ errors: 1, chargedErrors: 1, cost: 1 });
    expect(summary.spend.total).toBe(1);
    expect(summary.spend.withinBudget).toBe(true);
    expect((await tenant.enrichment.spend('r1')).cost).toBe(1);
    const [row] = await tenant.enrichment.listCalls('r1');
    expect(row).toMatchObject({ subjectId: 'co-0', providerId: 'model', status: 'timed-out', cost: 1 });
  });

  it('a free source that times out is retried and costs nothing', async () => {
    const tenant = await freshTenant();
    const site = createMockEnrichmentProvider({
      id: 'site',
      cost: { perCall: 0, unit: 'credits' },
      respond: async (call, attempt) => {
        if (attempt === 1) await sleep(200, call.signal);
        return { status: 'ok', fields: { description: { value: 'x', source: 'https://x.test', confidence: 0.9 } }, signals: [], cost: 0, warnings: [] };
      },
    });
    const summary = await runEnrichment({ runId: 'r1', subjects: companies(1), providers: [site], repository: tenant.enrichment, timeoutMs: 20, retry: quickRetry });
    expect(site.calls).toHaveLength(2);
    expect(summary.calls).toMatchObject({ paid: 1, ok: 1, errors: 0, chargedErrors: 0 });
    expect(summary.spend.total).toBe(0);
  });

  it('fields served from the cache are counted apart from fields found by this run', async () => {
    const tenant = await freshTenant();
    const site = createMockEnrichmentProvider({ id: 'site', stage: 'triage', fields: ['description', 'industry'], cost: { perCall: 0, unit: 'credits' } });
    const first = await runEnrichment({ runId: 'r1', subjects: companies(3), providers: [site], repository: tenant.enrichment });
    expect(first.fieldsByStage).toEqual({ triage: 6 });
    expect(first.fieldsFromCacheByStage).toEqual({});
    const second = await runEnrichment({ runId: 'r2', subjects: companies(3), providers: [site], repository: tenant.enrichment });
    expect(second.calls.cached).toBe(3);
    expect(second.fieldsByStage).toEqual({});
    expect(second.fieldsFromCacheByStage).toEqual({ triage: 6 });
  });

  it('a person checked offline is asked again online: the offline answer is not served from the cache', async () => {
    const tenant = await freshTenant();
    const person: EnrichmentSubject = { kind: 'person', id: 'p1', name: 'Ada Lovelace', email: 'ada@acme.example', title: 'VP Sales' };
    const offline = await runEnrichment({ runId: 'r1', subjects: [person], providers: [createPersonProvider({ offline: true })], repository: tenant.enrichment });
    expect(offline.calls).toMatchObject({ paid: 1, cached: 0 });
    const lookups: string[] = [];
    const online = createPersonProvider({
      resolveMx: async (domain) => {
        lookups.push(domain);
        return [{ exchange: 'mx.acme.example', priority: 10 }];
      },
    });
    const second = await runEnrichment({ runId: 'r2', subjects: [person], providers: [online], repository: tenant.enrichment });
    expect(second.calls).toMatchObject({ paid: 1, cached: 0 });
    expect(lookups).toEqual(['acme.example']);
    const fields = await tenant.enrichment.listFields('p1');
    expect(fields.find((field) => field.field === 'emailCheck')?.value).toMatchObject({ mx: { status: 'found', hosts: ['mx.acme.example'] } });
    // Offline again: its own cache entry answers, the online one is left alone.
    const third = await runEnrichment({ runId: 'r3', subjects: [person], providers: [createPersonProvider({ offline: true })], repository: tenant.enrichment });
    expect(third.calls).toMatchObject({ paid: 0, cached: 1 });
  });

  it('a stale not-run ledger row (older code wrote them) does not block the paid row of the same call', async () => {
    const tenant = await freshTenant();
    const at = '2025-03-01T10:00:00.000Z';
    await tenant.enrichment.recordCalls([
      { runId: 'r1', subjectId: 'co-0', providerId: 'model', status: 'not-run', cost: 0, cached: false, result: { status: 'not-run', fields: {}, signals: [], cost: 0, warnings: ['not run: no model'] }, at },
    ]);
    const model = createMockEnrichmentProvider({ id: 'model', stage: 'research', cost: { perCall: 0.5, unit: 'usd' } });
    const summary = await runEnrichment({ runId: 'r1', subjects: companies(1), providers: [model], repository: tenant.enrichment });
    expect(model.completed).toHaveLength(1);
    expect(summary.calls.paid).toBe(1);
    expect(await tenant.enrichment.listCalls('r1')).toEqual([expect.objectContaining({ subjectId: 'co-0', providerId: 'model', status: 'ok', cost: 0.5 })]);
    expect((await tenant.enrichment.spend('r1')).cost).toBe(0.5);
    // Resumed again: the paid row answers, nothing is paid twice.
    const again = await runEnrichment({ runId: 'r1', subjects: companies(1), providers: [model], repository: tenant.enrichment });
    expect(model.completed).toHaveLength(1);
    expect(again.calls).toMatchObject({ paid: 0, ledger: 1 });
    expect(again.fieldsFromCacheByStage).toEqual({ research: 1 });
  });
});
