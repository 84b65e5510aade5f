import { afterAll, beforeAll } from 'vitest';
import { emptyContactRecord } from '../../../contacts/empty-contact-record.js';
import type { DelimitedInput } from '../../../contacts/import/parse-delimited.js';
import { openPgliteStore } from '../../../store/pglite/index.js';
import type { Store, StoredContact, TenantStore } from '../../../store/store.js';

/** A stored contact with one email (and a segment tag) for history-import tests. */
export function storedContact(id: string, email: string, segment?: string): StoredContact {
  const at = '2024-01-01T00:00:00.000Z';
  return {
    id,
    record: { ...emptyContactRecord(), fullName: id, emails: [{ address: email, valid: true, role: false, free: false, disposable: false }], tags: segment === undefined ? [] : [segment] },
    values: {},
    sources: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** CSV text as an uploaded file named `name`. */
export function csvStream(text: string, name = 'upload.csv'): DelimitedInput {
  return {
    name,
    stream: (async function* () {
      yield new TextEncoder().encode(text);
    })(),
  };
}

/**
 * Opens a PGlite store for the calling test file (closed after its tests) and returns a function
 * that gives a fresh tenant (`<prefix>-1`, `<prefix>-2`, ...) each call.
 */
export function historyTenants(prefix: string): () => Promise<TenantStore> {
  let store: Store | undefined;
  let counter = 0;
  beforeAll(async () => {
    store = await openPgliteStore();
  });
  afterAll(async () => {
    await store?.close();
  });
  return async () => {
    if (store === undefined) throw new Error('historyTenants: the store opens in beforeAll; call the tenant function inside a test');
    counter += 1;
    const id = `${prefix}-${counter}`;
    await store.ensureTenant(id);
    return store.forTenant(id);
  };
}
