import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { openPgliteStore } from '../../store/pglite/index.js';
import type { Store, TenantStore } from '../../store/store.js';

/**
 * One in-memory PGlite store for the calling test file (opened before its tests, closed after
 * them), and a function giving a new, empty tenant of it per call, so tests never share rows.
 */
export function useFreshTenants(): () => Promise<TenantStore> {
  let store: Store | undefined;
  beforeAll(async () => {
    store = await openPgliteStore();
  });
  afterAll(async () => {
    await store?.close();
  });
  return async () => {
    if (store === undefined) throw new Error('useFreshTenants: the store opens in beforeAll; call the returned function inside a test');
    const id = `tenant-${randomUUID()}`;
    await store.ensureTenant(id);
    return store.forTenant(id);
  };
}
