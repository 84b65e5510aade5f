import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompoundError } from '../errors/compound-error.js';
import type { SqlClient } from './sql-client.js';

/** One schema migration: a file `NNNN_name.sql` of `migrations/`, applied once, in id order. */
export interface Migration {
  /** File name without `.sql`, e.g. `0001_init`. Sort order is apply order. */
  id: string;
  sql: string;
}

/**
 * Finds the `migrations/` folder: beside this module in the sources, or `src/store/migrations`
 * of the package when running from a bundle in `dist/` (the package ships that folder).
 */
function findMigrationsDir(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 6; level += 1) {
    for (const candidate of [join(directory, 'migrations'), join(directory, 'src', 'store', 'migrations')]) {
      if (existsSync(join(candidate, '0001_init.sql'))) return candidate;
    }
    directory = dirname(directory);
  }
  throw new CompoundError({
    code: 'store-migration-failed',
    message: 'Could not find the store migrations folder (src/store/migrations); reinstall @compound/core.',
  });
}

/**
 * Reads every `*.sql` migration, sorted by file name.
 * @param directory Folder to read. Default: the package's own `src/store/migrations`.
 */
export async function loadMigrations(directory: string = findMigrationsDir()): Promise<Migration[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => ({ id: file.slice(0, -'.sql'.length), sql: await readFile(join(directory, file), 'utf8') })),
  );
}

/**
 * Applies the migrations not yet recorded in `compound_migrations`, all in one transaction.
 * Idempotent, and safe when several processes open the same database at once: a transaction-level
 * advisory lock (per schema) serializes them, and the loser sees the winner's records.
 * @returns ids of the migrations applied by this call (empty when the schema was current).
 */
export async function migrate(client: SqlClient, migrations: readonly Migration[]): Promise<{ applied: string[] }> {
  try {
    return await client.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.compound_migrations'))`);
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS compound_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = new Set((await tx.query<{ id: string }>('SELECT id FROM compound_migrations')).map((row) => row.id));
      const applied: string[] = [];
      for (const migration of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
        if (done.has(migration.id)) continue;
        await tx.exec(migration.sql);
        await tx.query('INSERT INTO compound_migrations (id) VALUES ($1)', [migration.id]);
        applied.push(migration.id);
      }
      return { applied };
    });
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CompoundError({
      code: 'store-migration-failed',
      message: `Store migration failed: ${reason}. The schema was left unchanged.`,
      cause: error,
    });
  }
}
