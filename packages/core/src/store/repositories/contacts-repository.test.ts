import { describe, expect, it } from 'vitest';
import { emptyContactRecord } from '../../contacts/empty-contact-record.js';
import type { SqlClient } from '../sql-client.js';
import type { StoredContact } from '../store.js';
import { createContactsRepository } from './contacts-repository.js';

const at = '2026-01-01T00:00:00.000Z';

/** A client whose bulk appends wait until the test lets them land, counting the rows sent. */
function slowDatabase() {
  const landing: Array<() => void> = [];
  const sent: number[] = [];
  const client: SqlClient = {
    driver: 'test',
    query: async () => [],
    exec: async () => undefined,
    transaction: (work) => work(client),
    copyRows: (_table, _columns, rows) => {
      sent.push(rows.length);
      return new Promise<void>((resolve) => landing.push(resolve));
    },
    close: async () => undefined,
  };
  return { client, sent, landing };
}

/** Lets every pending promise and timer callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('contacts repository upsertMany', () => {
  it('encodes the next chunk only while at most two wait for a slow database, and sends every contact', async () => {
    const { client, sent, landing } = slowDatabase();
    const contacts: StoredContact[] = Array.from({ length: 25_000 }, (_, index) => ({
      id: `ct_${String(index).padStart(6, '0')}`,
      record: { ...emptyContactRecord(), firstName: `Ann${index}` },
      values: {},
      sources: [],
      createdAt: at,
      updatedAt: at,
    }));
    const upserted = createContactsRepository(client, 't').upsertMany(contacts, { freshIds: new Set(contacts.map((contact) => contact.id)) });
    await settle();
    // Chunks of 10,000, 7,500, 3,750 and 3,750: the third waits until the first has landed.
    const total = () => sent.reduce((sum, rows) => sum + rows, 0);
    expect(total()).toBe(17_500);
    // The first chunk is two COPYs (the tenant's first row is written with its checks).
    landing.shift()?.();
    landing.shift()?.();
    await settle();
    expect(total()).toBe(21_250);
    while (landing.length > 0) {
      landing.shift()?.();
      await settle();
    }
    expect(total()).toBe(25_000);
    await upserted;
  });
});
