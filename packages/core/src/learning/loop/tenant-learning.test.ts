import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteStore } from '../../store/pglite/index.js';
import { sqlClientOf } from '../../store/sql-store.js';
import type { Store } from '../../store/store.js';
import type { OutcomeEvent } from '../outcome-event.js';
import { loadTenantLearning } from './tenant-learning.js';

let store: Store;

beforeAll(async () => {
  store = await openPgliteStore();
});

afterAll(async () => {
  await store.close();
});

const now = () => new Date('2026-03-20T09:00:00.000Z');

function sends(count: number): OutcomeEvent[] {
  const base = { source: 'test', angle: 'roi', channel: 'email', segment: 'vp · 51–200' };
  return Array.from({ length: count }, (_, index): OutcomeEvent => ({
    ...base,
    messageId: `m${index}`,
    externalId: `m${index}:sent`,
    type: 'sent',
    occurredAt: new Date(Date.UTC(2026, 1, 2) + index * 86_400_000).toISOString(),
  }));
}

describe('loadTenantLearning saving', () => {
  it('saves no state of a run whose last save fails, and every state when run again', async () => {
    await store.ensureTenant('save-fails');
    const tenant = store.forTenant('save-fails');
    await tenant.events.add(sends(4));
    const sql = sqlClientOf(store);
    if (sql === undefined) throw new Error('the PGlite store has no SqlClient');
    // The store itself rejects the run's last save (the timing state), after the others went through.
    await sql.query(`ALTER TABLE model_states ADD CONSTRAINT timing_rejected CHECK (tenant_id <> 'save-fails' OR kind <> 'timing')`);
    try {
      await expect(loadTenantLearning(tenant, { now })).rejects.toMatchObject({ code: 'store-query-failed' });
    } finally {
      await sql.query('ALTER TABLE model_states DROP CONSTRAINT timing_rejected');
    }
    expect(await tenant.models.latest('reply-model')).toBeUndefined();
    expect(await tenant.models.latest('angle-learner')).toBeUndefined();

    // The next run finds nothing saved, so it saves all three, stamped alike.
    const again = await loadTenantLearning(tenant, { now });
    expect(again.versions).toEqual({ replyModel: 1, angleLearner: 1, timing: 1 });
    const states = await Promise.all(['reply-model', 'angle-learner', 'timing'].map((kind) => tenant.models.latest(kind)));
    for (const state of states) expect(state?.state).toMatchObject({ n: 4, closed: 4, target: 'positive-reply' });
    expect((await loadTenantLearning(tenant, { now })).versions).toBeUndefined();
  });

  it('saves the three states together each time the history grows', async () => {
    await store.ensureTenant('save-grows');
    const tenant = store.forTenant('save-grows');
    await tenant.events.add(sends(2));
    expect((await loadTenantLearning(tenant, { now })).versions).toEqual({ replyModel: 1, angleLearner: 1, timing: 1 });
    await tenant.events.add(sends(3));
    expect((await loadTenantLearning(tenant, { now })).versions).toEqual({ replyModel: 2, angleLearner: 2, timing: 2 });
    expect((await tenant.models.latest('timing'))?.state).toMatchObject({ n: 3, closed: 3 });
  });
});
