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
  /**
   * How long opening a connection may take, in milliseconds, before it fails naming the server: a
   * host that silently drops packets would otherwise hang for minutes (the system's TCP timeout).
   * 0 waits without limit. It bounds connecting only, never a wait for a free pooled connection.
   * Default: the connection string's `connect_timeout` (seconds, as libpq reads it: 0 = no limit,
   * at least 2), else 10,000 (10 s).
   */
  connectTimeoutMs?: number;
}

/** `connectTimeoutMs` when neither the option nor the connection string sets one. */
const defaultConnectTimeoutMs = 10_000;

const optionsSchema = z.object({
  connectionString: z.string().min(1),
  schema: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'use letters, digits and _ (at most 63), not starting with a digit')
    .optional(),
  maxConnections: z.number().int().positive().optional(),
  connectTimeoutMs: z.number().int().nonnegative().optional(),
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
  const { connectionString, schema, maxConnections, connectTimeoutMs, ...storeOptions } = options;
  const parsed = optionsSchema.safeParse({ connectionString, schema, maxConnections, connectTimeoutMs });
  if (!parsed.success) {
    throw new CompoundError({
      code: 'invalid-argument',
      message: `Invalid PostgreSQL store options: ${z.prettifyError(parsed.error)}. Pass a connectionString (or set DATABASE_URL).`,
      context: { provider: 'postgres' },
    });
  }
  const timeoutMs = connectTimeoutMs ?? urlConnectTimeoutMs(connectionString) ?? defaultConnectTimeoutMs;
  const Client = clientWithConnectTimeout(timeoutMs);
  if (schema !== undefined) {
    const setup = new Client({ connectionString });
    try {
      await setup.connect().catch((error: unknown) => {
        throw postgresConnectFailure(error, connectionString, timeoutMs);
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
    Client,
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
    throw postgresConnectFailure(error, connectionString, timeoutMs);
  }
  // createSqlStore closes the pool when opening fails.
  return createSqlStore(createPostgresSqlClient(pool), storeOptions).catch((error: unknown) => {
    throw postgresConnectError(error, connectionString) ?? error;
  });
}

/**
 * `connect_timeout` of a connection string in milliseconds, read as libpq does (seconds; 0 or less
 * waits without limit; below 2 counts as 2); undefined when absent or not a number. `pg` itself
 * ignores it.
 */
function urlConnectTimeoutMs(connectionString: string): number | undefined {
  let value: string | null;
  try {
    value = new URL(connectionString).searchParams.get('connect_timeout');
  } catch {
    return undefined;
  }
  if (value === null || !/^\s*-?\d+\s*$/.test(value)) return undefined;
  const seconds = Number.parseInt(value, 10);
  return seconds <= 0 ? 0 : Math.max(seconds, 2) * 1000;
}

/**
 * `pg.Client` with a connect timeout. Given to the pool as its client class, not as the pool's own
 * `connectionTimeoutMillis`, which would also fail a wait for a free connection (a busy pool is
 * not an unreachable server).
 */
function clientWithConnectTimeout(timeoutMs: number): typeof pg.Client {
  return class TimedClient extends pg.Client {
    constructor(config: pg.ClientConfig = {}) {
      super({ ...config, connectionTimeoutMillis: timeoutMs });
    }
  };
}

export { createPostgresSqlClient, postgresTypes } from './postgres-driver.js';
