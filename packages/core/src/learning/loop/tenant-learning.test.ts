import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteStore } from '../../store/pglite/index.js';
import { openPostgresStore } from '../../store/postgres/index.js';
import { sqlClientOf } from '../../store/sql-store.js';
import type { Store, TenantStore } from '../../store/store.js';
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

const databaseUrl = process.env['DATABASE_URL'];

/** Opens a store for one test; `drop` removes what it made. */
type OpenTestStore = () => Promise<{ store: Store; drop: () => Promise<void> }>;

/** A PostgreSQL store on a fresh schema, dropped with it. */
const openPostgresTestStore = (connectionString: string): OpenTestStore => async () => {
  const schema = `compound_test_${randomBytes(6).toString('hex')}`;
  const hosted = await openPostgresStore({ connectionString, schema });
  const drop = async () => {
    await sqlClientOf(hosted)?.query(`DROP SCHEMA "${schema}" CASCADE`);
    await hosted.close();
  };
  return { store: hosted, drop };
};

// PGlite runs one transaction at a time, so there the runs cannot interleave; PostgreSQL runs them at once (DATABASE_URL).
const concurrentStores: Array<[string, OpenTestStore]> = [
  ['pglite', async () => ({ store, drop: async () => {} })],
  ...(databaseUrl === undefined ? [] : [['postgres', openPostgresTestStore(databaseUrl)] as [string, OpenTestStore]]),
];

/**
 * `tenant`, whose transactions' `models.latest` each wait, after reading, until `readers` of them
 * have read or `timeoutMs` passed: the moment two runs at once both read before either saves.
 */
function meetingAfterRead(tenant: TenantStore, readers: number, timeoutMs: number): TenantStore {
  let read = 0;
  let allRead = () => {};
  const met = new Promise<void>((resolve) => (allRead = resolve));
  const meet = async () => {
    read += 1;
    if (read === readers) allRead();
    await Promise.race([met, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  };
  return {
    ...tenant,
    transaction: (work) =>
      tenant.transaction((tx) => {
        const latest: TenantStore['models']['latest'] = async (kind) => {
          const state = await tx.models.latest(kind);
          await meet();
          return state;
        };
        return work({ ...tx, models: { ...tx.models, latest } });
      }),
  };
}

describe.each(concurrentStores)('loadTenantLearning runs at once (%s)', (_driver, open) => {
  it('saves one version of each state when the history is unchanged', async () => {
    const { store: opened, drop } = await open();
    try {
      await opened.ensureTenant('save-concurrent');
      const tenant = opened.forTenant('save-concurrent');
      await tenant.events.add(sends(3));
      // Both runs read the latest stamp before either saved, so each saved a version of every state.
      // Under the lock the second reads only after the first committed (the first waits out the 300 ms alone).
      const meeting = meetingAfterRead(tenant, 2, 300);
      const runs = await Promise.all([loadTenantLearning(meeting, { now }), loadTenantLearning(meeting, { now })]);
      expect(runs.map((run) => run.versions)).toEqual(expect.arrayContaining([{ replyModel: 1, angleLearner: 1, timing: 1 }, undefined]));
      for (const kind of ['reply-model', 'angle-learner', 'timing']) expect((await tenant.models.latest(kind))?.version, kind).toBe(1);
    } finally {
      await drop();
    }
  });
});

describe('loadTenantLearning send clock', () => {
  it("learns send days and hours on the user's clock; a dates-only send has a day and no hour", async () => {
    await store.ensureTenant('send-clock');
    const tenant = store.forTenant('send-clock');
    // Four sends dated without a time (midnight UTC), on Monday 2 to Thursday 5 February 2026, and
    // two at 14:30 UTC on Friday 6 February: 09:30 in New York.
    const timed = ['t1', 't2'].map((id): OutcomeEvent => ({ source: 'test', angle: 'roi', channel: 'email', segment: 's', messageId: id, externalId: `${id}:sent`, type: 'sent', occurredAt: '2026-02-06T14:30:00.000Z' }));
    await tenant.events.add([...sends(4), ...timed]);
    const hours = (state: { hours: { sends: number[] }; days: { sends: number[] } }) => ({ hours: state.hours.sends, days: state.days.sends });
    const newYork = await loadTenantLearning(tenant, { now, save: false, timeZone: 'America/New_York' });
    // 3-hour blocks: 09:30 is the fourth (09–12h); Sunday first: Monday to Thursday once, Friday twice.
    expect(hours(newYork.timing.snapshot())).toEqual({ hours: [0, 0, 0, 2, 0, 0, 0, 0], days: [0, 1, 1, 1, 1, 2, 0] });
    const utc = await loadTenantLearning(tenant, { now, save: false });
    expect(hours(utc.timing.snapshot())).toEqual({ hours: [0, 0, 0, 0, 2, 0, 0, 0], days: [0, 1, 1, 1, 1, 2, 0] });
    await expect(loadTenantLearning(tenant, { now, save: false, timeZone: 'Nowhere/City' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
