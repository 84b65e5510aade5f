import { describe, expect, it } from 'vitest';
import type { StoredEnrichedField, StoredEnrichmentCall } from './enrichment-store.js';
import { freshTenant } from './store-contract-fixtures.js';
import type { Store, TenantStore } from './store.js';

const at = '2024-05-01T09:30:00.000Z';
const later = '2024-05-02T10:00:00.000Z';

function call(subjectId: string, providerId: string, overrides: Partial<StoredEnrichmentCall> = {}): StoredEnrichmentCall {
  return { runId: 'r1', subjectId, providerId, status: 'ok', cost: 2, cached: false, result: { status: 'ok', fields: {} }, at, ...overrides };
}

function field(subjectId: string, name: string, value: unknown): StoredEnrichedField {
  return {
    subjectId,
    field: name,
    value,
    source: 'https://ares.example/123',
    providerId: 'ares',
    stage: 'registry',
    confidence: 0.9,
    cost: 0.5,
    runId: 'r1',
    fetchedAt: at,
    expiresAt: later,
  };
}

/**
 * The enrichment part of the store contract: run state, the calls ledger (first write wins, spend
 * with no-data apart), cache TTL, field provenance, snapshots, signals, tenant isolation.
 */
export function describeEnrichmentContract(getStore: () => Store): void {
  const tenant = (): Promise<TenantStore> => freshTenant(getStore());

  describe('enrichment', () => {
    it('saves and updates runs, newest first', async () => {
      const scope = await tenant();
      await scope.enrichment.saveRun({ id: 'r1', status: 'running', options: { limit: 5 }, budget: 10, spent: 0, startedAt: at });
      await scope.enrichment.saveRun({ id: 'r2', status: 'running', options: {}, spent: 0, startedAt: later });
      await scope.enrichment.saveRun({ id: 'r1', status: 'done', options: { limit: 5 }, budget: 10, spent: 4.5, summary: { done: 5 }, startedAt: at, finishedAt: later });
      expect(await scope.enrichment.getRun('r1')).toEqual({
        id: 'r1',
        status: 'done',
        options: { limit: 5 },
        budget: 10,
        spent: 4.5,
        summary: { done: 5 },
        startedAt: at,
        finishedAt: later,
      });
      expect((await scope.enrichment.listRuns()).map((run) => run.id)).toEqual(['r2', 'r1']);
    });

    it('keeps the first ledger entry of a call and meters spend with no-data calls apart', async () => {
      const scope = await tenant();
      await scope.enrichment.recordCalls([call('c1', 'ares'), call('c2', 'ares', { status: 'no-data', cost: 1 }), call('c3', 'ares', { cached: true, cost: 0 })]);
      await scope.enrichment.recordCalls([call('c1', 'ares', { cost: 99 }), call('c1', 'web', { runId: 'r2', cost: 3 })]);
      expect((await scope.enrichment.listCalls('r1')).map((entry) => [entry.subjectId, entry.cost, entry.cached])).toEqual([
        ['c1', 2, false],
        ['c2', 1, false],
        ['c3', 0, true],
      ]);
      expect(await scope.enrichment.spend('r1')).toEqual({ paidCalls: 2, noDataCalls: 1, cost: 3, noDataCost: 1 });
      expect(await scope.enrichment.spend()).toEqual({ paidCalls: 3, noDataCalls: 1, cost: 6, noDataCost: 1 });
    });

    it('serves cache entries until they expire, by provider', async () => {
      const scope = await tenant();
      await scope.enrichment.saveCache([
        { key: 'ares:123', providerId: 'ares', result: { status: 'ok' }, expiresAt: later, createdAt: at },
        { key: 'web:acme.cz', providerId: 'web', result: { status: 'no-data' }, expiresAt: at, createdAt: at },
      ]);
      expect(await scope.enrichment.loadCache('2024-05-01T12:00:00.000Z')).toEqual([{ key: 'ares:123', result: { status: 'ok' } }]);
      expect(await scope.enrichment.loadCache('2024-04-01T00:00:00.000Z', ['web'])).toEqual([{ key: 'web:acme.cz', result: { status: 'no-data' } }]);
    });

    it('stores fields with provenance, replacing by (subject, field)', async () => {
      const scope = await tenant();
      await scope.enrichment.upsertFields([field('c1', 'legalName', 'Acme s.r.o.'), field('c1', 'founded', '2001-02-03'), field('c2', 'legalName', { nested: ['ok'] })]);
      await scope.enrichment.upsertFields([{ ...field('c1', 'legalName', 'Acme a.s.'), runId: 'r2' }]);
      expect(await scope.enrichment.listFields('c1')).toEqual([field('c1', 'founded', '2001-02-03'), { ...field('c1', 'legalName', 'Acme a.s.'), runId: 'r2' }]);
      expect(await scope.enrichment.listFields()).toHaveLength(3);
    });

    it('finds the latest snapshot per subject from other runs, and stores signals once', async () => {
      const scope = await tenant();
      await scope.enrichment.saveSnapshots([
        { subjectId: 'c1', runId: 'r1', takenAt: at, fields: { employees: 10 } },
        { subjectId: 'c1', runId: 'r2', takenAt: later, fields: { employees: 20 } },
      ]);
      expect((await scope.enrichment.latestSnapshots('r2')).get('c1')?.fields).toEqual({ employees: 10 });
      expect((await scope.enrichment.latestSnapshots()).get('c1')?.runId).toBe('r2');
      expect((await scope.enrichment.listSnapshots('c1')).map((snapshot) => snapshot.runId)).toEqual(['r1', 'r2']);
      const signal = { id: 's1', subjectId: 'c1', runId: 'r2', type: 'headcount-change', detectedAt: later, text: 'Headcount 10 → 20', source: 'ares', data: { from: 10, to: 20 } };
      await scope.enrichment.addSignals([signal, { ...signal, text: 'again' }]);
      await scope.enrichment.addSignals([{ ...signal, text: 'later duplicate' }]);
      expect(await scope.enrichment.listSignals('c1')).toEqual([signal]);
    });

    it('keeps enrichment data of tenants apart', async () => {
      const first = await tenant();
      const second = await tenant();
      await first.enrichment.upsertFields([field('c1', 'legalName', 'Acme')]);
      await first.enrichment.recordCalls([call('c1', 'ares')]);
      await first.enrichment.saveCache([{ key: 'ares:1', providerId: 'ares', result: {}, expiresAt: later, createdAt: at }]);
      expect(await second.enrichment.listFields()).toEqual([]);
      expect(await second.enrichment.spend()).toEqual({ paidCalls: 0, noDataCalls: 0, cost: 0, noDataCost: 0 });
      expect(await second.enrichment.loadCache(at)).toEqual([]);
    });
  });
}
