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
