import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { CompoundError } from '../../errors/compound-error.js';
import { loadMigrations, migrate } from '../migrate.js';
import { createSqlStore } from '../sql-store.js';
import type { SqlStoreOptions } from '../sql-store.js';
import type { Store } from '../store.js';
import { discardDataDir, ensureDataDir, unopenableDataDirError } from './data-dir.js';
import { lockDataDir } from './data-dir-lock.js';
import { createPgliteSqlClient, pgliteParsers } from './pglite-driver.js';
import { createPgliteWorkerSqlClient } from './pglite-worker-client.js';
import { reclaimSpaceAfterTransactions } from './reclaim-space.js';

/** Settings of the embedded store. */
export interface PgliteStoreOptions extends SqlStoreOptions {
  /**
   * Folder holding the database, created with its parents when absent, e.g. `.compound/db`.
   * Default: undefined, a throwaway database that is gone on `close()`. It lives in a fresh folder
   * under the OS temp directory (removed on `close()`), not in PGlite's in-memory file system: bulk
   * writes there ran 1.5–3x slower (an import of 100k contacts saved in 77 s in memory vs 50 s in a
   * folder). A process that exits without `close()` leaves the folder behind in the temp directory.
   * A given folder is locked while the store is open (the file `<dataDir>.lock`): PGlite serves one
   * process at a time, so opening it from a second process (or twice in one) fails with an error
   * saying so, until `close()`. A lock left by a process that is gone is taken over.
   */
  dataDir?: string;
  /**
   * Run the database in a worker thread (default true): its WASM then uses another core while this
   * thread computes, e.g. an import writes rows while it scores contacts. `false` runs it on this
   * thread (no worker start-up, one core).
   */
  worker?: boolean;
  /**
   * Start a new database as a copy of a freshly initialised one kept in the OS temp directory
   * and migrated (default true; see `templateDataDir`): initdb and the migrations take 5–16 s on
   * a 2-core machine, a copy under 2 s. `false` runs them for every new database. Either way a new
   * database is made in a hidden sibling folder and renamed into place once complete (see
   * `ensureDataDir`): stopped half way, it leaves no half-made database.
   */
  template?: boolean;
  /**
   * Delete the database in `dataDir` first, under the folder's lock, and start a new one (default
   * false): the demo starts afresh this way without pulling a folder from under another process.
   */
  fresh?: boolean;
}

/**
 * Opens the embedded store: PostgreSQL compiled to WASM, in this process. Applies pending
 * migrations before resolving. Startup takes about two seconds (a new database is copied from a
 * template, see `template`); share one store per process.
 * @example
 * const store = await openPgliteStore({ dataDir: '.compound/db' });
 * await store.ensureTenant('acme');
 * const contacts = await store.forTenant('acme').contacts.list({ orderBy: 'fit', limit: 50 });
 */
export async function openPgliteStore(options: PgliteStoreOptions = {}): Promise<Store> {
  const { dataDir, worker = true, template = true, fresh = false, ...storeOptions } = options;
  const connect = async (directory: string) =>
    worker ? await createPgliteWorkerSqlClient(directory) : createPgliteSqlClient(await PGlite.create({ dataDir: directory, parsers: pgliteParsers }));
  const migrations = storeOptions.migrations ?? (await loadMigrations());
  const migrated = async (folder: string) => {
    const client = await connect(folder);
    try {
      await migrate(client, migrations);
    } finally {
      await client.close();
    }
  };
  const openClient = async (directory: string) => {
    const origin = await ensureDataDir(directory, migrated, template ? { templateSchema: JSON.stringify(migrations) } : {});
    const client = await connect(directory).catch((error: unknown) => {
      // A database this call made opens; one found in place may be half made (see unopenableDataDirError).
      throw origin === 'existing' ? unopenableDataDirError(directory, error) : error;
    });
    return reclaimSpaceAfterTransactions(client);
  };
  if (dataDir === undefined) {
    const directory = await mkdtemp(join(tmpdir(), 'compound-pglite-'));
    const removeFolder = () => rm(directory, { recursive: true, force: true });
    try {
      const client = closingWith(await openClient(directory), removeFolder);
      return await createSqlStore(client, { ...storeOptions, migrations });
    } catch (error: unknown) {
      await removeFolder();
      throw error;
    }
  }
  const directory = resolve(dataDir);
  // One process at a time: a second one writing the folder would corrupt the database.
  const unlock = await mkdir(directory, { recursive: true })
    .then(() => lockDataDir(directory))
    .catch((error: unknown) => {
      throw dataDirError(directory, error);
    });
  try {
    if (fresh) {
      await discardDataDir(directory).catch((error: unknown) => {
        throw dataDirError(directory, error);
      });
    }
    const client = closingWith(await openClient(directory), unlock);
    // createSqlStore closes the client (and so unlocks) when the migrations fail.
    return await createSqlStore(client, { ...storeOptions, migrations });
  } catch (error: unknown) {
    await unlock();
    // PGlite says only "failed to initialize properly" of a folder it may not write (another user's).
    const denied = await access(directory, constants.R_OK | constants.W_OK).then(
      () => undefined,
      (accessError: unknown) => accessError,
    );
    const reason = denied === undefined ? undefined : dataDirError(directory, denied);
    throw CompoundError.isInstance(reason) ? reason : error;
  }
}

/** Why the database folder cannot be created or written, said as what to do; other errors pass through. */
function dataDirError(directory: string, error: unknown): unknown {
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a file of that name is in the way',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
  };
  const code = (error as { code?: unknown } | undefined)?.code;
  const reason = typeof code === 'string' ? why[code] : undefined;
  if (reason === undefined) return error;
  return new CompoundError({
    code: 'invalid-argument',
    message: `cannot create or write the embedded database folder ${directory}: ${reason}. Choose a workspace folder you can write to`,
    context: { file: directory, provider: 'pglite' },
    cause: error,
  });
}

export { createPgliteSqlClient, pgliteParsers } from './pglite-driver.js';

/** `client`, whose `close` then runs `after` (remove its temp folder, release its lock), even when closing fails. */
function closingWith<T extends { close: () => Promise<void> }>(client: T, after: () => Promise<unknown>): T {
  const closeClient = client.close;
  client.close = async () => {
    try {
      await closeClient();
    } finally {
      await after();
    }
  };
  return client;
}
