import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createSqlStore } from '../sql-store.js';
import type { SqlStoreOptions } from '../sql-store.js';
import type { Store } from '../store.js';
import { createPgliteSqlClient, pgliteParsers } from './pglite-driver.js';

/** Settings of the embedded store. */
export interface PgliteStoreOptions extends SqlStoreOptions {
  /**
   * Folder holding the database, created with its parents when absent, e.g. `.compound/db`.
   * Default: undefined, an in-memory database that is gone on `close()`.
   */
  dataDir?: string;
}

/**
 * Opens the embedded store: PostgreSQL compiled to WASM, in this process. Applies pending
 * migrations before resolving. Startup takes about a second; share one store per process.
 * @example
 * const store = await openPgliteStore({ dataDir: '.compound/db' });
 * await store.ensureTenant('acme');
 * const contacts = await store.forTenant('acme').contacts.list({ orderBy: 'fit', limit: 50 });
 */
export async function openPgliteStore(options: PgliteStoreOptions = {}): Promise<Store> {
  const { dataDir, ...storeOptions } = options;
  let pg: PGlite;
  if (dataDir === undefined) {
    pg = await PGlite.create({ parsers: pgliteParsers });
  } else {
    const directory = resolve(dataDir);
    await mkdir(directory, { recursive: true });
    pg = await PGlite.create({ dataDir: directory, parsers: pgliteParsers });
  }
  return createSqlStore(createPgliteSqlClient(pg), storeOptions);
}

export { createPgliteSqlClient, pgliteParsers } from './pglite-driver.js';
