import pg from 'pg';
import type { CustomTypesConfig, Pool, PoolClient } from 'pg';
import { StoreQueryError } from '../../errors/compound-error.js';
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

/**
 * Adapts a `pg.Pool` to `SqlClient`. Queries run on any pooled connection; a transaction checks
 * one out for BEGIN ... COMMIT and returns it afterwards (destroying it when ROLLBACK failed).
 * Create the pool with `types: postgresTypes`. `close()` ends the pool.
 */
export function createPostgresSqlClient(pool: Pool): SqlClient {
  let closed = false;
  return {
    driver: 'postgres',
    query: queryOn(pool),
    exec: execOn(pool),
    async transaction(work) {
      const connection = await runQuery('BEGIN', [], () => pool.connect());
      let broken: Error | undefined;
      try {
        await runQuery('BEGIN', [], () => connection.query('BEGIN'));
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work(transactionClient(inCallOrder(connection), 1));
        } catch (error: unknown) {
          await connection.query('ROLLBACK').catch((rollbackError: unknown) => {
            broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
          });
          throw error;
        }
        await runQuery('COMMIT', [], () => connection.query('COMMIT')).catch(async (error: unknown) => {
          await connection.query('ROLLBACK').catch(() => undefined);
          throw error instanceof StoreQueryError ? error : new StoreQueryError({ sql: 'COMMIT', params: [], cause: error });
        });
        return result;
      } finally {
        connection.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
