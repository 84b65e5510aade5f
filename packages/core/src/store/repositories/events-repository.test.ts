import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '../../learning/outcome-event.js';
import { openPgliteStore } from '../pglite/index.js';
import type { SqlClient } from '../sql-client.js';
import { sqlClientOf } from '../sql-store.js';
import type { Store } from '../store.js';
import { createEventsRepository } from './events-repository.js';

let store: Store;
let client: SqlClient;

beforeAll(async () => {
  store = await openPgliteStore();
  await store.ensureTenant('paging');
  await store.ensureTenant('other');
  const sql = sqlClientOf(store);
  if (sql === undefined) throw new Error('expected a SQL store');
  client = sql;
});

afterAll(async () => {
  await store.close();
});

describe('createEventsRepository paging', () => {
  it('reads every event across pages, in order, without crossing tenants', async () => {
    const clock = () => new Date('2024-06-01T00:00:00.000Z');
    const events = createEventsRepository(client, 'paging', clock, { singleStatementLimit: 4, pageSize: 3 });
    const other = createEventsRepository(client, 'other', clock, { singleStatementLimit: 4, pageSize: 3 });
    const all: OutcomeEvent[] = Array.from({ length: 10 }, (_, index) => ({
      source: index % 2 === 0 ? 'a' : 'b',
      externalId: `e${index}`,
      type: index < 5 ? 'sent' : 'replied',
      occurredAt: new Date(Date.UTC(2024, 4, 1, index)).toISOString(),
      messageId: `m${index % 5}`,
      segment: 's',
    }));
    expect(await events.add(all)).toEqual({ inserted: 10, duplicates: 0 });
    await other.add(all.slice(0, 4));
    const listed = await events.list();
    expect(listed.map((event) => event.externalId)).toEqual(all.map((event) => event.externalId));
    expect(listed.every((event) => event.receivedAt === '2024-06-01T00:00:00.000Z')).toBe(true);
    expect((await events.list({ since: '2024-05-01T03:00:00Z', until: '2024-05-01T08:00:00Z' })).map((event) => event.externalId)).toEqual(['e3', 'e4', 'e5', 'e6', 'e7']);
    const observations = await events.observations();
    expect(observations.map((observation) => [observation.messageId, observation.replied])).toEqual([
      ['m0', true],
      ['m1', true],
      ['m2', true],
      ['m3', true],
      ['m4', true],
    ]);
    expect(await other.observations()).toHaveLength(4);
  });
});

describe('createEventsRepository add through the staging table (PGlite COPY)', () => {
  const clock = () => new Date('2024-06-01T00:00:00.000Z');
  const sentEvent = (index: number): OutcomeEvent => ({
    source: 's',
    externalId: `x${index}`,
    type: 'sent',
    occurredAt: new Date(Date.UTC(2024, 0, 1) + index * 1000).toISOString(),
    messageId: `m${index}`,
  });

  it('counts only new events across staging batches, twice in one transaction, and keeps special characters', async () => {
    await store.ensureTenant('staged');
    const events = createEventsRepository(client, 'staged', clock);
    // 20,000 events per staging batch: the stored ones sit on both sides of the first boundary.
    const all = Array.from({ length: 20_050 }, (_, index) => sentEvent(index));
    expect(await events.add(all.slice(19_990, 20_010))).toEqual({ inserted: 20, duplicates: 0 });
    const tricky: OutcomeEvent = {
      ...sentEvent(30_000),
      campaign: 'tab\there, line\nbreak, back\\slash, nul\u0000',
      attributes: { note: 'quote " and \\ and \t', count: 2, flag: true },
    };
    const added = await client.transaction(async (tx) => {
      const inTx = createEventsRepository(tx, 'staged', clock);
      return [await inTx.add(all), await inTx.add([...all.slice(0, 5), tricky])];
    });
    expect(added).toEqual([
      { inserted: 20_030, duplicates: 20 },
      { inserted: 1, duplicates: 5 },
    ]);
    const listed = await events.list({ messageId: 'm30000' });
    expect(listed).toMatchObject([{ campaign: 'tab\there, line\nbreak, back\\slash, nul\uFFFD', attributes: tricky.attributes }]);
    expect((await events.list()).length).toBe(20_051);
  });

  it('leaves nothing of a failed add, and the next add works', async () => {
    await store.ensureTenant('staged-failure');
    const events = createEventsRepository(client, 'staged-failure', clock);
    // Passes the checks (Date.parse takes it) but not PostgreSQL's timestamp input.
    const bad = { ...sentEvent(1), occurredAt: '2024-02-30T00:00:00Z' };
    await expect(events.add([sentEvent(0), bad])).rejects.toMatchObject({ code: 'store-query-failed' });
    expect(await events.add([sentEvent(0)])).toEqual({ inserted: 1, duplicates: 0 });
    expect(await events.list()).toHaveLength(1);
  });

  it('turns foreign-key checks back on after the add, in the same transaction', async () => {
    await store.ensureTenant('staged-checks');
    const failed = client.transaction(async (tx) => {
      await createEventsRepository(tx, 'staged-checks', clock).add([sentEvent(0)]);
      await tx.query(`INSERT INTO model_states (tenant_id, kind, version, state, created_at) VALUES ('no-such-tenant', 'k', 1, '{}', now())`);
    });
    await expect(failed).rejects.toMatchObject({ code: 'store-query-failed' });
    expect(await createEventsRepository(client, 'staged-checks', clock).list()).toEqual([]);
  });
});

describe('createEventsRepository add of keys that PostgreSQL stores alike', () => {
  const clock = () => new Date('2024-06-01T00:00:00.000Z');
  const sent = (source: string, externalId: string): OutcomeEvent => ({ source, externalId, type: 'sent', occurredAt: '2024-01-01T00:00:00.000Z', messageId: externalId });

  // PostgreSQL text holds neither U+0000 nor a lone surrogate: both are stored as U+FFFD, so these
  // keys differ here but are one key in the table.
  it.each([
    ['a NUL', 'x\u0000'],
    ['a lone surrogate', 'x\uD800'],
  ])('counts an external id with %s as a duplicate of its stored form, from a source not yet stored', async (_, externalId) => {
    const tenantId = `alike-${externalId.codePointAt(1)}`;
    await store.ensureTenant(tenantId);
    const events = createEventsRepository(client, tenantId, clock);
    expect(await events.add([sent('fresh', externalId), sent('fresh', 'x\uFFFD')])).toEqual({ inserted: 1, duplicates: 1 });
    expect(await events.add([sent('other\u0000', 'y'), sent('other\uFFFD', 'y')])).toEqual({ inserted: 1, duplicates: 1 });
  });
});
