import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '../../learning/outcome-event.js';
import { openPgliteStore } from '../pglite/index.js';
import type { SqlClient } from '../sql-client.js';
import { sqlClientOf } from '../sql-store.js';
import type { Store } from '../store.js';
import { eventIndexRebuild, minimumRebuildBatch } from './event-index-rebuild.js';
import { createEventsRepository } from './events-repository.js';

function sentEvents(count: number, source = 's'): OutcomeEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    source,
    externalId: `x${index}`,
    type: 'sent',
    occurredAt: new Date(Date.UTC(2024, 0, 1) + index * 1000).toISOString(),
    messageId: `m${index}`,
    attributes: { index },
  }));
}

interface IndexState {
  name: string;
  oid: number;
  definition: string;
  constraint: string | null;
}

/** The indexes of `events` with their OIDs (new ones after a rebuild) and definitions. */
async function indexState(client: SqlClient): Promise<IndexState[]> {
  return client.query<IndexState>(`
    SELECT i.indexrelid::regclass::text AS name, i.indexrelid::integer AS oid, pg_get_indexdef(i.indexrelid) AS definition,
      (SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid) AS constraint
    FROM pg_index i WHERE i.indrelid = 'events'::regclass ORDER BY name`);
}

const withoutOids = (state: IndexState[]) => state.map(({ oid, ...rest }) => rest);

describe.each([
  ['in a worker', true],
  ['on this thread', false],
])('events add with the indexes rebuilt (PGlite %s)', (_, worker) => {
  let store: Store;
  let client: SqlClient;
  const clock = () => new Date('2024-06-01T00:00:00.123Z');

  beforeAll(async () => {
    store = await openPgliteStore({ worker });
    await store.ensureTenant('t');
    const sql = sqlClientOf(store);
    if (sql === undefined) throw new Error('expected a SQL store');
    client = sql;
  });

  // Each test starts from an empty events table (the case a rebuild is for).
  afterEach(async () => {
    await client.exec('DELETE FROM events');
  });

  afterAll(async () => {
    await store.close();
  });

  it('builds the same indexes again after a large add into an empty table, and they hold', async () => {
    const before = await indexState(client);
    expect(before.map((index) => index.name)).toEqual(['events_message_idx', 'events_occurred_idx', 'events_pkey']);
    const events = createEventsRepository(client, 't', clock);
    const all = sentEvents(minimumRebuildBatch + 1);
    expect(await events.add(all)).toEqual({ inserted: all.length, duplicates: 0 });
    const after = await indexState(client);
    expect(withoutOids(after)).toEqual(withoutOids(before));
    expect(after.map((index) => index.oid)).not.toEqual(before.map((index) => index.oid));
    // The rebuilt key still makes a retried add a duplicate.
    expect(await events.add(all.slice(0, 10))).toEqual({ inserted: 0, duplicates: 10 });
    await expect(
      client.query(`INSERT INTO events (tenant_id, source, external_id, type, occurred_at, message_id, received_at) VALUES ('t', 's', 'x0', 'sent', now(), 'm0', now())`),
    ).rejects.toMatchObject({ code: 'store-query-failed' });
    const listed = await events.list();
    expect(listed).toHaveLength(all.length);
    expect(listed[0]).toEqual({ ...all[0], receivedAt: '2024-06-01T00:00:00.123Z' });
  });

  it('leaves the indexes and no rows after a failed large add, and the next add works', async () => {
    const before = await indexState(client);
    const events = createEventsRepository(client, 't', clock);
    const all = sentEvents(minimumRebuildBatch + 1);
    // Passes the checks (Date.parse takes it) but not PostgreSQL's timestamp input.
    const bad = [...all.slice(0, -1), { ...all[all.length - 1], occurredAt: '2024-02-30T00:00:00Z' } as OutcomeEvent];
    await expect(events.add(bad)).rejects.toMatchObject({ code: 'store-query-failed' });
    expect(await indexState(client)).toEqual(before);
    expect(await events.list()).toEqual([]);
    expect(await events.add(all)).toEqual({ inserted: all.length, duplicates: 0 });
  });

  it('still rejects a large add for a tenant that was never created', async () => {
    const before = await indexState(client);
    const ghost = createEventsRepository(client, 'ghost', clock);
    await expect(ghost.add(sentEvents(minimumRebuildBatch))).rejects.toMatchObject({ code: 'store-query-failed' });
    expect(await indexState(client)).toEqual(before);
  });

  it('rebuilds only for a large batch into a table holding fewer than half as many events', async () => {
    expect(await eventIndexRebuild(client, minimumRebuildBatch - 1)).toBeUndefined();
    expect(await eventIndexRebuild(client, minimumRebuildBatch)).toBeDefined();
    await createEventsRepository(client, 't', clock).add(sentEvents(minimumRebuildBatch / 2));
    expect(await eventIndexRebuild(client, minimumRebuildBatch)).toBeUndefined();
    expect(await eventIndexRebuild(client, minimumRebuildBatch + 2)).toBeDefined();
  });

  it('does not rebuild when another table references the events key', async () => {
    const rebuild = await client.transaction(async (tx) => {
      await tx.exec(`CREATE TABLE event_notes (tenant_id text, source text, external_id text,
        FOREIGN KEY (tenant_id, source, external_id) REFERENCES events (tenant_id, source, external_id))`);
      const found = await eventIndexRebuild(tx, minimumRebuildBatch);
      await tx.exec('DROP TABLE event_notes');
      return found;
    });
    expect(rebuild).toBeUndefined();
  });
});
