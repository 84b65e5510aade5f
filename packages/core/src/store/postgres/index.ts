import pg from 'pg';
import { z } from 'zod';
import { CompoundError } from '../../errors/compound-error.js';
import { createSqlStore } from '../sql-store.js';
import type { SqlStoreOptions } from '../sql-store.js';
import type { Store } from '../store.js';
import { postgresConnectError, postgresConnectFailure } from './postgres-connect-error.js';
import { createPostgresSqlClient, postgresTypes } from './postgres-driver.js';

/** Settings of the hosted store. */
export interface PostgresStoreOptions extends SqlStoreOptions {
  /** `postgres://user:password@host:5432/database`; usually `process.env.DATABASE_URL`. */
  connectionString: string;
  /**
   * Schema holding Compound's tables, created when absent, set as `search_path` on every pooled
   * connection. Letters, digits and `_` only. Default: the server's default (`public`).
   */
  schema?: string;
  /** Maximum pooled connections. Default: 10 (`pg`'s default). */
  maxConnections?: number;
}

const optionsSchema = z.object({
  connectionString: z.string().min(1),
  schema: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'use letters, digits and _ (at most 63), not starting with a digit')
    .optional(),
  maxConnections: z.number().int().positive().optional(),
});

/**
 * Opens the hosted store on PostgreSQL through a `pg.Pool`. Applies pending migrations before
 * resolving; several processes may open the same database at once (migrations take an advisory lock).
 * @throws CompoundError `invalid-argument` for a missing connection string or a bad schema name;
 *   `store-query-failed` naming `host:port` when the server cannot be reached or refuses the
 *   connection (a missing database, a wrong password), with the server's reason and the fix.
 * @example
 * const store = await openPostgresStore({ connectionString: process.env.DATABASE_URL ?? '' });
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const { connectionString, schema, maxConnections, ...storeOptions } = options;
  const parsed = optionsSchema.safeParse({ connectionString, schema, maxConnections });
  if (!parsed.success) {
    throw new CompoundError({
      code: 'invalid-argument',
      message: `Invalid PostgreSQL store options: ${z.prettifyError(parsed.error)}. Pass a connectionString (or set DATABASE_URL).`,
      context: { provider: 'postgres' },
    });
  }
  if (schema !== undefined) {
    const setup = new pg.Client({ connectionString });
    try {
      await setup.connect().catch((error: unknown) => {
        throw postgresConnectFailure(error, connectionString);
      });
      await setup.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`).catch((error: unknown) => {
        // Two processes creating the same schema at once: the loser sees a unique violation.
        if ((error as { code?: unknown }).code !== '23505') throw error;
      });
    } catch (error: unknown) {
      if (CompoundError.isInstance(error)) throw error;
      throw postgresConnectError(error, connectionString) ?? new CompoundError({
        code: 'store-query-failed',
        message: `Could not prepare schema "${schema}" on PostgreSQL: ${error instanceof Error ? error.message : String(error)}. Check DATABASE_URL and the role's CREATE privilege.`,
        context: { provider: 'postgres' },
        cause: error,
      });
    } finally {
      await setup.end().catch(() => undefined);
    }
  }
  const pool = new pg.Pool({
    connectionString,
    types: postgresTypes,
    ...(maxConnections === undefined ? {} : { max: maxConnections }),
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // A first connection, so that a server that cannot be reached, or refuses (no such database,
  // a wrong password), says so rather than failing as a migration.
  try {
    (await pool.connect()).release();
  } catch (error: unknown) {
    await pool.end().catch(() => undefined);
    throw postgresConnectFailure(error, connectionString);
  }
  // createSqlStore closes the pool when opening fails.
  return createSqlStore(createPostgresSqlClient(pool), storeOptions).catch((error: unknown) => {
    throw postgresConnectError(error, connectionString) ?? error;
  });
}

export { createPostgresSqlClient, postgresTypes } from './postgres-driver.js';
