import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importContacts } from '../../../contacts/pipeline/index.js';
import { openPgliteStore } from '../../../store/pglite/index.js';
import type { Store, StoredContact, TenantStore } from '../../../store/store.js';
import { seededRandom } from '../../../testing/index.js';
import type { OutcomeEvent } from '../../outcome-event.js';

/** A PGlite tenant with imported contacts; `close` removes everything. */
export interface TenantFixture {
  store: Store;
  tenant: TenantStore;
  contacts: StoredContact[];
  close(): Promise<void>;
}

/** Opens an in-memory store, imports `rows` (CSV lines, header first) into tenant `t`. */
export async function tenantWithContacts(rows: readonly string[]): Promise<TenantFixture> {
  const directory = await mkdtemp(join(tmpdir(), 'compound-loop-fixture-'));
  await writeFile(join(directory, 'contacts.csv'), rows.join('\n'));
  const store = await openPgliteStore();
  await store.ensureTenant('t');
  const tenant = store.forTenant('t');
  // Ids in creation order: with random ids the contacts' order (and so which get which sends) changed per run.
  let next = 0;
  await importContacts(tenant, { file: join(directory, 'contacts.csv'), createId: (prefix) => `${prefix}_${String(next++).padStart(6, '0')}` });
  return {
    store,
    tenant,
    contacts: await tenant.contacts.list({ orderBy: 'id' }),
    async close() {
      await store.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * Sent events (angle `roi`, email) to the contacts in turn, `perDay` a day from `start` at `hour`
 * UTC, each with a positive reply a day later with probability `rate(contact, sentAt)` (seeded).
 */
export function sendHistory(options: {
  contacts: readonly StoredContact[];
  sends: number;
  start: number;
  perDay: number;
  hour: number;
  seed: number;
  rate: (contact: StoredContact, sentAt: number) => number;
}): OutcomeEvent[] {
  const random = seededRandom(options.seed);
  const events: OutcomeEvent[] = [];
  for (let index = 0; index < options.sends; index++) {
    const contact = options.contacts[index % options.contacts.length] as StoredContact;
    const sentAt = options.start + Math.floor(index / options.perDay) * 86_400_000 + options.hour * 3_600_000;
    const base = { source: 'test', messageId: `m${index}`, contactId: contact.id, angle: 'roi', channel: 'email' };
    events.push({ ...base, externalId: `${index}:sent`, type: 'sent', occurredAt: new Date(sentAt).toISOString() });
    if (random.chance(options.rate(contact, sentAt))) {
      events.push({ ...base, externalId: `${index}:reply`, type: 'replied', sentiment: 'positive', occurredAt: new Date(sentAt + 86_400_000).toISOString() });
    }
  }
  return events;
}
