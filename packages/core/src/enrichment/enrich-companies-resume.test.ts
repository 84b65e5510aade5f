import { describe, expect, it } from 'vitest';
import { useFreshTenants } from './__fixtures__/fresh-tenants.js';
import type { StoredCompany, TenantStore } from '../store/store.js';
import { createMockEnrichmentProvider } from '../testing/mock-enrichment-provider.js';
import { enrichCompanies } from './enrich-companies.js';
import type { EnrichmentResult } from './enrichment-provider.js';
import { sleep } from './middleware/wrap-provider.js';

const freshTenant = useFreshTenants();

const at = '2025-03-01T10:00:00.000Z';

async function tenantWith(count: number): Promise<TenantStore> {
  const tenant = await freshTenant();
  const companies: StoredCompany[] = Array.from({ length: count }, (_, index) => ({
    id: `co-${String(index).padStart(3, '0')}`,
    name: `Company ${index}`,
    key: `company ${index}`,
    domain: `company${index}.test`,
    values: {},
    sources: [{ source: 'import', file: 'companies.csv', row: index + 1, at }],
    createdAt: at,
    updatedAt: at,
  }));
  await tenant.companies.upsertMany(companies);
  return tenant;
}

const notRun: EnrichmentResult = { status: 'not-run', fields: {}, signals: [], cost: 0, warnings: ['not run: no model'] };
const found = (subjectId: string): EnrichmentResult => ({ status: 'ok', fields: { positioning: { value: subjectId, source: 'model', confidence: 0.6 } }, signals: [], cost: 1, warnings: [] });

describe('enrichCompanies: interrupted runs', () => {
  it('a resumed run asks a provider again where it had not run (a key set in between), and pays each call once', async () => {
    const subjects = 12;
    const tenant = await tenantWith(subjects);
    let keyed = false;
    const make = () =>
      createMockEnrichmentProvider({
        id: 'research',
        stage: 'research',
        fields: ['positioning'],
        rateLimit: { perSecond: 1_000, burst: 100, concurrency: 2 },
        // Without a key nothing is sent (as the research provider does): no call is out when Ctrl-C comes.
        respond: async (call) => {
          if (!keyed) return notRun;
          await sleep(2, call.signal);
          return found(call.subject.id);
        },
      });
    const controller = new AbortController();
    let done = 0;
    const first = await enrichCompanies(tenant, {
      providers: [make()],
      signal: controller.signal,
      subjectsInFlight: 2,
      onProgress: (event) => {
        if (event.type === 'enrichment-subject-end' && (done += 1) === 4) controller.abort(new Error('Ctrl-C'));
      },
    });
    if (first.dryRun) throw new Error('not a dry run');
    expect(first.aborted).toBe(true);
    expect(first.calls.notRun).toBeGreaterThanOrEqual(4);

    keyed = true;
    const research = make();
    const resumed = await enrichCompanies(tenant, { providers: [research] });
    if (resumed.dryRun) throw new Error('not a dry run');
    expect(resumed.aborted).toBe(false);
    // Every company is researched now, none is answered "not run" from the interrupted run's ledger.
    expect(resumed.calls).toMatchObject({ paid: subjects, ok: subjects, notRun: 0, ledger: 0 });
    expect(research.completed).toHaveLength(subjects);
    expect(resumed.spend.total).toBe(subjects);
    expect(await tenant.enrichment.spend()).toMatchObject({ paidCalls: subjects, cost: subjects });
  });

  it('a run stopped before its first paid call is resumed (same run, reported as resumed)', async () => {
    const tenant = await tenantWith(3);
    const controller = new AbortController();
    const site = createMockEnrichmentProvider({ id: 'site', stage: 'triage' });
    const stopped = await enrichCompanies(tenant, {
      providers: [site],
      signal: controller.signal,
      onProgress: (event) => {
        if (event.type === 'enrichment-run-start') controller.abort(new Error('Ctrl-C'));
      },
    });
    if (stopped.dryRun) throw new Error('not a dry run');
    expect(stopped).toMatchObject({ aborted: true, resumed: false, calls: { paid: 0 } });
    const resumed = await enrichCompanies(tenant, { providers: [site] });
    if (resumed.dryRun) throw new Error('not a dry run');
    expect(resumed).toMatchObject({ runId: stopped.runId, resumed: true, aborted: false, done: 3 });
  });

  it('many calls waiting on one run signal raise no MaxListenersExceededWarning', async () => {
    const tenant = await tenantWith(40);
    const warnings: Error[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const slow = createMockEnrichmentProvider({
        id: 'site',
        stage: 'triage',
        rateLimit: { perSecond: 1_000, burst: 100, concurrency: 1 },
        respond: async (call) => {
          await sleep(1, call.signal);
          return { status: 'no-data', fields: {}, signals: [], cost: 0, warnings: [] };
        },
      });
      const summary = await enrichCompanies(tenant, { providers: [slow], signal: new AbortController().signal });
      if (summary.dryRun) throw new Error('not a dry run');
      expect(summary.done).toBe(40);
      // Node emits the warning on the next tick.
      await sleep(10);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
  });
});
