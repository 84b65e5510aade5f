import { describe, expect, it } from 'vitest';
import type { EnrichmentProvider, EnrichmentResult } from '../enrichment-provider.js';
import { createRunTally } from './run-summary.js';

const provider = (id: string): EnrichmentProvider => ({ id }) as EnrichmentProvider;
const result = (status: EnrichmentResult['status'], warnings: string[] = []): EnrichmentResult => ({ status, fields: {}, signals: [], cost: 0.5, warnings });

describe('run tally', () => {
  it('counts each outcome apart: not-run calls are not paid, ambiguous ones are paid and named', () => {
    const tally = createRunTally('run-1', 3, false, 0);
    const research = provider('research');
    const registry = provider('brreg');
    tally.call(research, result('not-run', ['not run: no model']), 0, false);
    tally.call(research, result('not-run', ['not run: no model']), 0, false);
    tally.call(registry, result('ambiguous', ['ambiguous registry match: 2 candidates within 0.05']), 0.5, false);
    tally.call(registry, result('ok'), 0.5, false);
    tally.call(registry, result('no-data'), 0.5, false);
    tally.call(registry, result('ok'), 0, true);
    const summary = tally.summary({ aborted: false, spent: 1.5, budget: undefined });
    expect(summary.byProvider['research']).toMatchObject({ paidCalls: 0, notRunCalls: 2, notRunReasons: ['no model'], cost: 0 });
    expect(summary.byProvider['brreg']).toMatchObject({ paidCalls: 3, okCalls: 1, noDataCalls: 1, ambiguousCalls: 1, notRunCalls: 0, cachedCalls: 1, cost: 1.5 });
    expect(summary.calls).toMatchObject({ paid: 3, ok: 1, noData: 1, ambiguous: 1, notRun: 2, cached: 1, errors: 0 });
  });
});
