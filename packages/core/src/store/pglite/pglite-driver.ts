import type { PGlite, Transaction } from '@electric-sql/pglite';
import { StoreQueryError } from '../../errors/compound-error.js';
import { runInSavepoint, runQuery } from '../sql-client.js';
import type { SqlClient, SqlRow } from '../sql-client.js';
import { bufferBlob, copyPayloads, copyStatement } from './pglite-copy-rows.js';
import { sqlTypeParsers } from '../sql-type-parsers.js';

/** The subset of PGlite and of its `Transaction` the driver needs. */
type PgliteQueryable = Pick<PGlite | Transaction, 'query' | 'exec'>;

/** Parser options to pass to `PGlite.create({ parsers })` so values match the `pg` driver's. */
export const pgliteParsers: Record<number, (text: string) => unknown> = { ...sqlTypeParsers };

function queryOn(target: PgliteQueryable) {
  return async <Row = SqlRow>(sql: string, params: readonly unknown[] = []): Promise<Row[]> =>
    runQuery(sql, params, async () => (await target.query<Row>(sql, [...params])).rows);
}

function execOn(target: PgliteQueryable) {
  return async (sql: string): Promise<void> => {
    await runQuery(sql, [], () => target.exec(sql));
  };
}

/** `copyRows` over PGlite: `COPY table (columns) FROM '/dev/blob'` (see `copyStatement`), one blob per 20,000 rows. */
function copyRowsOn(target: PgliteQueryable): NonNullable<SqlClient['copyRows']> {
  return async (table, columns, rows, options = {}) => {
    const sql = copyStatement(table, columns, options.referencesChecked === true);
    for (const bytes of copyPayloads(rows)) await runQuery(sql, [], () => target.exec(sql, { blob: bufferBlob(bytes) }));
  };
}

/** The `SqlClient` of an open PGlite transaction; nested transactions become savepoints. */
function transactionClient(tx: Transaction, depth: number): SqlClient {
  const client: SqlClient = {
    driver: 'pglite',
    query: queryOn(tx),
    exec: execOn(tx),
    copyRows: copyRowsOn(tx),
    transaction: (work) => runInSavepoint(client, depth, () => work(transactionClient(tx, depth + 1))),
    // The transaction ends with its callback; closing it is the owner's job.
    close: async () => {},
  };
  return client;
}

/**
 * Adapts one PGlite instance to `SqlClient`. PGlite runs one statement at a time and holds other
 * callers while a transaction is open, so a transaction is isolated from concurrent calls.
 * Create the instance with `parsers: pgliteParsers`. `close()` closes the instance.
 */
export function createPgliteSqlClient(pg: PGlite): SqlClient {
  let closed = false;
  return {
    driver: 'pglite',
    query: queryOn(pg),
    exec: execOn(pg),
    copyRows: copyRowsOn(pg),
    async transaction(work) {
      // Errors from `work` pass through as thrown; only BEGIN/COMMIT failures are wrapped.
      let failure: { error: unknown } | undefined;
      try {
        return await pg.transaction(async (tx) => {
          try {
            return await work(transactionClient(tx, 1));
          } catch (error: unknown) {
            failure = { error };
            throw error;
          }
        });
      } catch (error: unknown) {
        if (failure !== undefined) throw failure.error;
        throw new StoreQueryError({ sql: 'BEGIN ... COMMIT', params: [], cause: error });
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pg.close();
    },
  };
}
