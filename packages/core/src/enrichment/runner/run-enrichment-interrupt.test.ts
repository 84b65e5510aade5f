import { describe, expect, it } from 'vitest';
import { useFreshTenants } from '../__fixtures__/fresh-tenants.js';
import type { TenantStore } from '../../store/store.js';
import { createMockEnrichmentProvider } from '../../testing/mock-enrichment-provider.js';
import type { EnrichmentSubject } from '../enrichment-provider.js';
import { sleep } from '../middleware/wrap-provider.js';
import { runEnrichment } from './run-enrichment.js';

const freshTenant = useFreshTenants();

const companies = (count: number): EnrichmentSubject[] =>
  Array.from({ length: count }, (_, index) => ({ kind: 'company', id: `co-${index}`, name: `Company ${index}`, domain: `company${index}.test`, fit: 1 - index / 10 }));

/** A priced model ($1 at most a call, $0.40 charged) whose answer takes 5 s; it stops when its signal aborts. */
function slowModel(onRequest: () => void) {
  return createMockEnrichmentProvider({
    id: 'model',
    stage: 'research',
    cost: { perCall: 1, unit: 'usd' },
    rateLimit: { perSecond: 1_000, burst: 1_000, concurrency: 1 },
    respond: async (call) => {
      onRequest();
      await sleep(5_000, call.signal);
      return { status: 'ok', fields: {}, signals: [], cost: 0.4, warnings: [] };
    },
  });
}

describe('runEnrichment stopped by Ctrl-C', () => {
  it('records a priced call whose request was out at its maximum cost, and a resumed run keeps to the budget', async () => {
    const tenant = await freshTenant();
    const controller = new AbortController();
    // The first company's request goes out; Ctrl-C comes while it is being answered. The second
    // company's call waits for the model's one slot: it never left, so it costs nothing.
    const model = slowModel(() => setTimeout(() => controller.abort(new Error('interrupted')), 20));
    const stopped = await runEnrichment({ runId: 'r1', subjects: companies(2), providers: [model], repository: tenant.enrichment, budget: 1.5, signal: controller.signal, subjectsInFlight: 2 });
    expect(stopped.aborted).toBe(true);
    expect(model.calls).toHaveLength(1);
    expect(model.completed).toHaveLength(0);
    expect(stopped.byProvider['model']).toMatchObject({ chargedErrors: 1, cost: 1 });
    expect(stopped.spend.total).toBe(1);
    const ledger = await tenant.enrichment.listCalls('r1');
    expect(ledger).toEqual([expect.objectContaining({ subjectId: 'co-0', providerId: 'model', status: 'interrupted', cost: 1 })]);
    expect((await tenant.enrichment.spend('r1')).cost).toBe(1);

    // Resumed: $0.50 of the budget is left, less than a call's $1 maximum; the stopped call is not asked again.
    const resumed = await runEnrichment({ runId: 'r1', subjects: companies(2), providers: [slowModel(() => undefined)], repository: tenant.enrichment, budget: 1.5 });
    expect(resumed).toMatchObject({ aborted: false, calls: { paid: 0, ledger: 1, skippedForBudget: 1 } });
    expect(resumed.spend).toMatchObject({ total: 1, withinBudget: true });
  });

  it('a free call stopped in flight costs nothing and is asked again on resume', async () => {
    const tenant = await freshTenant();
    const controller = new AbortController();
    const site = createMockEnrichmentProvider({
      id: 'site',
      cost: { perCall: 0, unit: 'credits' },
      respond: async (call, attempt) => {
        if (attempt === 1) {
          setTimeout(() => controller.abort(new Error('interrupted')), 20);
          await sleep(5_000, call.signal);
        }
        return { status: 'ok', fields: { description: { value: 'x', source: 'https://x.test', confidence: 0.9 } }, signals: [], cost: 0, warnings: [] };
      },
    });
    const stopped = await runEnrichment({ runId: 'r1', subjects: companies(1), providers: [site], repository: tenant.enrichment, signal: controller.signal });
    expect(stopped).toMatchObject({ aborted: true, calls: { errors: 0, chargedErrors: 0 } });
    expect(await tenant.enrichment.listCalls('r1')).toEqual([]);
    const resumed = await runEnrichment({ runId: 'r1', subjects: companies(1), providers: [site], repository: tenant.enrichment });
    expect(resumed.calls).toMatchObject({ paid: 1, ok: 1 });
  });
});
