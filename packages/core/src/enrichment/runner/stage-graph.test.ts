import { describe, expect, it } from 'vitest';
import { createInProcessJobQueue } from '../../jobs/in-process-job-queue.js';
import { detectChanges } from './detect-changes.js';
import { orderStages } from './stage-graph.js';

describe('orderStages', () => {
  it('puts every stage after its dependencies, independent stages together', () => {
    expect(orderStages(['qc', 'hiring', 'registry', 'triage', 'news'])).toEqual([['registry', 'triage'], ['hiring', 'news', 'qc']]);
    expect(orderStages(['hiring'])).toEqual([['hiring']]);
    // ISIR needs the IČO that the registry stage finds; QC checks both.
    expect(orderStages(['qc', 'insolvency', 'registry'])).toEqual([['registry'], ['insolvency'], ['qc']]);
  });

  it('rejects a cycle, naming the stages', () => {
    expect(() => orderStages(['a', 'b'], { a: ['b'], b: ['a'] })).toThrow(/cycle: a, b/);
  });
});

describe('detectChanges', () => {
  it('types the differences between snapshots and ignores a first snapshot', () => {
    const at = '2025-02-01T00:00:00.000Z';
    expect(detectChanges(undefined, { employees: 10 }, at)).toEqual([]);
    const signals = detectChanges(
      { employees: 100, status: 'active', personaRoles: [{ id: 1 }], ceo: 'Ann' },
      { employees: 105, status: 'insolvent', personaRoles: [{ id: 1 }, { id: 2 }], ceo: 'Bob', latestFunding: { amount: 5 } },
      at,
    );
    expect(signals.map((signal) => signal.type).sort()).toEqual(['funding', 'hiring-for-persona', 'insolvency', 'leadership-change']);
    expect(detectChanges({ employees: 10 }, { employees: 20 }, at)[0]).toMatchObject({ type: 'headcount-change', occurredAt: at });
  });
});

describe('createInProcessJobQueue', () => {
  it('runs higher priority first and passes results back', async () => {
    const queue = createInProcessJobQueue();
    const order: string[] = [];
    queue.register<string, string>('echo', async (payload) => {
      order.push(payload);
      return payload.toUpperCase();
    });
    const first = queue.enqueue<string>('echo', 'a');
    const low = queue.enqueue<string>('echo', 'low', { priority: 1 });
    const high = queue.enqueue<string>('echo', 'high', { priority: 9 });
    expect(await Promise.all([first.result, low.result, high.result])).toEqual(['A', 'LOW', 'HIGH']);
    expect(order).toEqual(['a', 'high', 'low']);
    expect(() => queue.enqueue('missing', {})).toThrow(/No handler registered/);
    await queue.close();
  });
});
