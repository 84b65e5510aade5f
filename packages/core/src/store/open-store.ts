import { join } from 'node:path';
import type { SqlStoreOptions } from './sql-store.js';
import type { Store } from './store.js';

/** Settings of `openStore`. */
export interface OpenStoreOptions extends SqlStoreOptions {
  /** PostgreSQL connection string. Default: the `DATABASE_URL` environment variable. */
  databaseUrl?: string;
  /** Folder of the embedded database when no PostgreSQL URL is given. Default: `.compound` (data in `.compound/db`). */
  workspace?: string;
  /** PostgreSQL schema (hosted mode only). Default: the server's default (`public`). */
  schema?: string;
  /** Environment to read `DATABASE_URL` from. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Opens the store for the current mode: PostgreSQL when `databaseUrl` (or `DATABASE_URL`) is set,
 * otherwise embedded PGlite persisted under `<workspace>/db`. Each driver is imported lazily, so
 * embedded users never load `pg` and hosted users never load the WASM build.
 * @example
 * const store = await openStore({ workspace: '.compound' });
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const { databaseUrl, workspace, schema, env = process.env, ...storeOptions } = options;
  const connectionString = databaseUrl ?? env['DATABASE_URL'];
  if (connectionString !== undefined && connectionString !== '') {
    const { openPostgresStore } = await import('./postgres/index.js');
    return openPostgresStore({ ...storeOptions, connectionString, ...(schema === undefined ? {} : { schema }) });
  }
  const { openPgliteStore } = await import('./pglite/index.js');
  return openPgliteStore({ ...storeOptions, dataDir: join(workspace ?? '.compound', 'db') });
}
