import { CompoundError } from '../errors/compound-error.js';
import { createCompaniesRepository } from './repositories/companies-repository.js';
import { createContactsRepository } from './repositories/contacts-repository.js';
import { createEnrichmentRepository } from './repositories/enrichment-repository.js';
import { createEventsRepository } from './repositories/events-repository.js';
import { createImportsRepository } from './repositories/imports-repository.js';
import { createModelStateRepository } from './repositories/model-state-repository.js';
import { createPlaybooksRepository } from './repositories/playbooks-repository.js';
import type { SqlClient } from './sql-client.js';
import type { TenantStore } from './store.js';

/** Settings shared by every tenant store of one `Store`. */
export interface TenantStoreOptions {
  /** Clock for timestamps the store sets itself (playbook and model state `createdAt`, event `receivedAt`). Default: `() => new Date()`. */
  now?: () => Date;
}

/**
 * The repositories of one tenant over `root`. Every query they run filters on `tenantId`, and runs
 * scoped to it for row-level security when the driver offers `forTenant`.
 * `transaction(work)` hands `work` a tenant store whose repositories use the transaction's client.
 * @throws CompoundError `invalid-argument` when `tenantId` is empty.
 */
export function createTenantStore(root: SqlClient, tenantId: string, options: TenantStoreOptions = {}): TenantStore {
  if (typeof tenantId !== 'string' || tenantId.length === 0) {
    throw new CompoundError({ code: 'invalid-argument', message: 'A tenant id must be a non-empty string.' });
  }
  const now = options.now ?? (() => new Date());
  // Scoped for the database's row-level security too where the driver can (a transaction's client
  // is already scoped by the client that opened it).
  const client = root.forTenant?.(tenantId) ?? root;
  const exclusive: TenantStore['exclusive'] = (name, work, lockOptions = {}) => {
    const key = JSON.stringify([tenantId, name]);
    return root.lock ? root.lock(key, work, lockOptions.onWait) : lockInProcess(root, key, work, lockOptions.onWait);
  };
  return {
    tenantId,
    contacts: createContactsRepository(client, tenantId),
    companies: createCompaniesRepository(client, tenantId),
    imports: createImportsRepository(client, tenantId),
    playbooks: createPlaybooksRepository(client, tenantId, now),
    events: createEventsRepository(client, tenantId, now),
    models: createModelStateRepository(client, tenantId, now),
    enrichment: createEnrichmentRepository(client, tenantId),
    // A transaction's tenant store locks as this one does (a transaction's client has no `lock`).
    transaction: (work) => client.transaction((tx) => work({ ...createTenantStore(tx, tenantId, options), exclusive })),
    exclusive,
  };
}

/** The lock holders of each client without a `lock` of its own: key → the holder's end. */
const heldLocks = new WeakMap<SqlClient, Map<string, Promise<unknown>>>();

/** `work`, once every earlier holder of `key` on `client` has settled: a lock for one process. */
async function lockInProcess<T>(client: SqlClient, key: string, work: () => Promise<T>, onWait?: () => void): Promise<T> {
  const held = heldLocks.get(client) ?? new Map<string, Promise<unknown>>();
  heldLocks.set(client, held);
  const previous = held.get(key);
  const run = (previous ?? Promise.resolve()).then(work, work);
  const end = run.catch(() => undefined);
  held.set(key, end);
  if (previous !== undefined) onWait?.();
  try {
    return await run;
  } finally {
    if (held.get(key) === end) held.delete(key);
  }
}
