import { describe, expect, it } from 'vitest';
import { sqlClientOf } from '../sql-store.js';
import { contact } from '../store-contract-fixtures.js';
import { openPgliteStore } from './index.js';

const count = 3000;

describe.each([
  ['worker thread', true],
  ['this thread', false],
])('PGlite reclaims the space of replaced rows (%s)', (_, worker) => {
  it('vacuums after a transaction that replaced every contact, so repeated replaces stop growing the table', async () => {
    const store = await openPgliteStore({ worker });
    try {
      await store.ensureTenant('t');
      const tenant = store.forTenant('t');
      const client = sqlClientOf(store);
      if (client === undefined) throw new Error('expected a SQL store');
      const size = async () => Number((await client.query<{ bytes: string }>(`SELECT pg_table_size('contacts')::text AS bytes`))[0]?.bytes);
      const dead = async () => Number((await client.query<{ dead: string }>(`SELECT n_dead_tup::text AS dead FROM pg_stat_user_tables WHERE relname = 'contacts'`))[0]?.dead);
      const replaceAll = (round: number) =>
        tenant.transaction((tx) => tx.contacts.upsertMany(Array.from({ length: count }, (_, index) => contact(`c${index}`, { fit: (index % 100) / 100 + round / 1000 }))));
      await replaceAll(0);
      await replaceAll(1);
      expect(await dead()).toBe(0);
      const afterFirstReplace = await size();
      for (let round = 2; round < 5; round++) await replaceAll(round);
      // Without the vacuum each replace adds a full copy of the table (about 4x by now).
      expect(await size()).toBeLessThanOrEqual(afterFirstReplace * 1.1);
      expect(await tenant.contacts.count()).toBe(count);
    } finally {
      await store.close();
    }
  });

  it('leaves a table with few dead rows alone', async () => {
    const store = await openPgliteStore({ worker });
    try {
      await store.ensureTenant('t');
      const tenant = store.forTenant('t');
      await tenant.contacts.upsertMany(Array.from({ length: 100 }, (_, index) => contact(`c${index}`)));
      await tenant.transaction((tx) => tx.contacts.upsertMany(Array.from({ length: 100 }, (_, index) => contact(`c${index}`, { fit: 0.9 }))));
      const client = sqlClientOf(store);
      const [row] = (await client?.query<{ dead: string }>(`SELECT n_dead_tup::text AS dead FROM pg_stat_user_tables WHERE relname = 'contacts'`)) ?? [];
      expect(Number(row?.dead)).toBe(100);
    } finally {
      await store.close();
    }
  });
});
