import pg from 'pg';
import type { CustomTypesConfig, Pool, PoolClient } from 'pg';
import { CompoundError, StoreQueryError } from '../../errors/compound-error.js';
import { runInSavepoint, runQuery } from '../sql-client.js';
import type { SqlClient, SqlRow } from '../sql-client.js';
import { sqlTypeParsers } from '../sql-type-parsers.js';

/**
 * Type parsers for `new pg.Pool({ types })`: our shared text parsers first, `pg`'s defaults for
 * every other type. Per pool, so the global `pg.types` registry stays untouched.
 */
export const postgresTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    const parser = sqlTypeParsers[oid];
    if (parser !== undefined && (format === undefined || format === 'text')) return parser;
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  }) as CustomTypesConfig['getTypeParser'],
};

type Queryable = Pick<Pool | PoolClient, 'query'>;

function queryOn(target: Queryable) {
  return async <Row = SqlRow>(sql: string, params: readonly unknown[] = []): Promise<Row[]> =>
    runQuery(sql, params, async () => (await target.query(sql, [...params])).rows as Row[]);
}

function execOn(target: Queryable) {
  // Without parameters `pg` uses the simple-query protocol, which accepts several statements.
  return async (sql: string): Promise<void> => {
    await runQuery(sql, [], () => target.query(sql));
  };
}

/**
 * `connection` with its statements queued here, each sent when the previous one settled: callers
 * may issue several without awaiting each (see `SqlClient`), which `pg` deprecates on one client.
 */
function inCallOrder(connection: PoolClient): Queryable {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    query: ((sql: string, params?: unknown[]) => {
      const run = tail.then(
        () => connection.query(sql, params),
        () => connection.query(sql, params),
      );
      tail = run.catch(() => undefined);
      return run;
    }) as Queryable['query'],
  };
}

/** The `SqlClient` of a checked-out connection inside BEGIN; nested transactions become savepoints. */
function transactionClient(connection: Queryable, depth: number): SqlClient {
  const client: SqlClient = {
    driver: 'postgres',
    query: queryOn(connection),
    exec: execOn(connection),
    transaction: (work) => runInSavepoint(client, depth, () => work(transactionClient(connection, depth + 1))),
    // The connection goes back to the pool when the outer transaction ends.
    close: async () => {},
  };
  return client;
}

/** The session setting the row-level security policies read (migration 0007). */
const tenantSetting = 'compound.tenant_id';

/** The tenant each pooled connection's session is scoped to, as last set here ('' or absent: none). */
const sessionTenant = new WeakMap<PoolClient, string>();

/** Scopes the connection's session to `tenant` ('' = every tenant) unless it already is: one round trip at most. */
async function scopeSession(connection: PoolClient, tenant: string): Promise<void> {
  if ((sessionTenant.get(connection) ?? '') === tenant) return;
  await connection.query(`SELECT set_config('${tenantSetting}', $1, false)`, [tenant]);
  sessionTenant.set(connection, tenant);
}

/**
 * `BEGIN`, plus the transaction's tenant scope when the session's differs: one simple-protocol
 * round trip, and the scope ends with the transaction whatever the outcome.
 */
function beginStatement(connection: PoolClient, tenant: string): string {
  if ((sessionTenant.get(connection) ?? '') === tenant) return 'BEGIN';
  return `BEGIN; SELECT set_config('${tenantSetting}', ${connection.escapeLiteral(tenant)}, true)`;
}

/** Runs `work` on a pooled connection scoped to `tenant`, and returns the connection to the pool. */
async function onScopedConnection<T>(pool: Pool, tenant: string, work: (connection: PoolClient) => Promise<T>): Promise<T> {
  const connection = await pool.connect();
  try {
    await scopeSession(connection, tenant);
    return await work(connection);
  } finally {
    connection.release();
  }
}

/** The advisory lock id of `key` in the current schema (two schemas on one database do not contend). */
const lockId = `hashtextextended(current_schema() || ':' || $1, 0)`;

/**
 * `SqlClient.lock` over a pool: a session-level advisory lock on a connection checked out until
 * `work` settles. A process that dies while holding it ends its session, which frees the lock.
 */
function lockOn(pool: Pool): NonNullable<SqlClient['lock']> {
  return async (key, work, onWait) => {
    const connection = await runQuery('SELECT pg_advisory_lock', [key], () => pool.connect());
    let broken: Error | undefined;
    // A connection lost while `work` runs (a server restart) loses the lock with it; an `error`
    // event without a listener would end the process.
    const onError = (error: Error) => (broken = error);
    connection.on('error', onError);
    try {
      const [tried] = await queryOn(connection)<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${lockId}) AS locked`, [key]);
      if (tried?.locked !== true) {
        onWait?.();
        await queryOn(connection)(`SELECT pg_advisory_lock(${lockId})`, [key]);
      }
      try {
        return await work();
      } finally {
        await connection.query(`SELECT pg_advisory_unlock(${lockId})`, [key]).catch((error: unknown) => {
          // Not reused: closing the session is what frees the lock then.
          broken = error instanceof Error ? error : new Error(String(error));
        });
      }
    } finally {
      connection.off('error', onError);
      connection.release(broken);
    }
  };
}

/**
 * Adapts a `pg.Pool` to `SqlClient`. Queries run on any pooled connection; a transaction checks
 * one out for BEGIN ... COMMIT and returns it afterwards (destroying it when ROLLBACK failed).
 * Create the pool with `types: postgresTypes`. `close()` ends the pool.
 *
 * `forTenant(id)` gives a client whose every statement runs with `compound.tenant_id` set to the
 * tenant (per connection, set again only when a connection last served another scope; per
 * transaction in the BEGIN round trip), so the row-level security policies admit only that
 * tenant's rows. This client's own statements run unscoped (every tenant: migrations, tenants).
 * `lock` holds one pooled connection per held lock: keep `max` above the locks held at once.
 */
export function createPostgresSqlClient(pool: Pool): SqlClient {
  let closed = false;
  const root = scopedClient(pool, '');
  return {
    ...root,
    forTenant: (tenantId) => scopedClient(pool, tenantId),
    lock: lockOn(pool),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** The client of one scope ('' = every tenant); `close` is the root client's job. */
function scopedClient(pool: Pool, tenant: string): SqlClient {
  return {
    driver: 'postgres',
    query: <Row = SqlRow>(sql: string, params: readonly unknown[] = []) =>
      runQuery(sql, params, () => onScopedConnection(pool, tenant, async (connection) => (await connection.query(sql, [...params])).rows as Row[])),
    // Without parameters `pg` uses the simple-query protocol, which accepts several statements.
    exec: async (sql: string) => {
      await runQuery(sql, [], () => onScopedConnection(pool, tenant, (connection) => connection.query(sql)));
    },
    async transaction(work) {
      const connection = await runQuery('BEGIN', [], () => pool.connect());
      let broken: Error | undefined;
      // The connection lost between statements (a server restart, an administrator's kill): the
      // server rolls the transaction back. An `error` event without a listener would end the process.
      let lost: Error | undefined;
      const onError = (error: Error) => {
        lost = error;
        broken = error;
      };
      connection.on('error', onError);
      try {
        const begin = beginStatement(connection, tenant);
        await runQuery(begin, [], () => connection.query(begin)).catch((error: unknown) => {
          // A half-run `BEGIN; SELECT set_config(...)` may leave a transaction open: not reused.
          broken = error instanceof Error ? error : new Error(String(error));
          throw error;
        });
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work(transactionClient(inCallOrder(connection), 1));
        } catch (error: unknown) {
          await connection.query('ROLLBACK').catch((rollbackError: unknown) => {
            broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
          });
          if (lost !== undefined) {
            throw new CompoundError({
              code: 'store-query-failed',
              message: `the connection to PostgreSQL was lost during a transaction (${lost.message}): none of its writes were saved; run the command again`,
              context: { provider: 'postgres' },
              cause: lost,
            });
          }
          throw error;
        }
        await runQuery('COMMIT', [], () => connection.query('COMMIT')).catch(async (error: unknown) => {
          await connection.query('ROLLBACK').catch(() => undefined);
          throw error instanceof StoreQueryError ? error : new StoreQueryError({ sql: 'COMMIT', params: [], cause: error });
        });
        return result;
      } finally {
        connection.off('error', onError);
        connection.release(broken);
      }
    },
    lock: lockOn(pool),
    close: async () => {},
  };
}
