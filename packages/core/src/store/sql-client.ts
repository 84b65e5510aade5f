import { StoreQueryError } from '../errors/compound-error.js';

/** A result row: column name → value, already normalized by the driver (see `sqlTypeParsers`). */
export type SqlRow = Record<string, unknown>;

/** One cell for a bulk append: text (a json column takes its JSON text), number, boolean or null. */
export type ColumnValue = string | number | boolean | null;

/**
 * The tiny client every driver adapts, and the only thing repositories and migrations talk to.
 * Drivers normalize type parsing so both return the same JS values: `jsonb` → objects,
 * `numeric`/`real`/`bigint` → number, `timestamptz` → ISO string (`toISOString()` form).
 *
 * Inside a transaction, statements issued without awaiting the previous ones run in call order,
 * so a bulk write can send its next statements while the database works on the first (one round
 * trip instead of several when the database runs on another thread or machine). The caller waits
 * for all of them to settle before the transaction or savepoint ends (see `settleAll`).
 */
export interface SqlClient {
  /** Driver id: `pglite` or `postgres`. */
  readonly driver: string;
  /**
   * Runs one statement with positional parameters (`$1`, `$2`, ...) and returns its rows.
   * Failures reject with a `StoreQueryError` carrying the SQL and its parameters.
   */
  query<Row = SqlRow>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` in one transaction on one connection: commit when it resolves, roll back when it
   * rejects. Called on a transaction's client, it opens a savepoint instead, so a nested failure
   * rolls back only the nested work.
   */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Optional fast path for bulk appends (PGlite: `COPY ... FROM '/dev/blob'`, which skips the
   * per-parameter protocol encoding of a huge statement). `insertRows` falls back to multi-row
   * `INSERT` statements when a driver lacks it. Values as in `ColumnValue`.
   * @param options.referencesChecked The rows' foreign keys all equal those of rows already
   *   written in this transaction, so the driver may skip the per-row trigger (foreign key) checks.
   * @param options.encodeHere A driver whose database runs on another thread encodes the rows on
   *   this one (default false: on the database's thread): for a caller that waits on the database
   *   anyway, so the database thread spends its time appending.
   */
  copyRows?(table: string, columns: readonly string[], rows: ReadonlyArray<readonly ColumnValue[]>, options?: CopyRowsOptions): Promise<void>;
  /**
   * Optional: a client over the same connections whose statements run scoped to one tenant for
   * the database's row-level security (PostgreSQL: `compound.tenant_id`, see migration 0007), the
   * second lock behind every query's own `tenant_id` filter. Drivers without it (PGlite, whose
   * only user is a superuser that row-level security does not bind) rely on the filters alone.
   * Its `close` does nothing: the client it came from owns the connections.
   */
  forTenant?(tenantId: string): SqlClient;
  /**
   * Optional: runs `work` holding the named lock `key` for every process on the database
   * (PostgreSQL: a session-level advisory lock, on a pooled connection held until `work` settles,
   * per schema). `onWait` is called once when another holder makes this call wait. Drivers without
   * it serve one process (PGlite locks its folder), where `TenantStore.exclusive` locks in-process.
   */
  lock?<T>(key: string, work: () => Promise<T>, onWait?: () => void): Promise<T>;
  /** Releases the connection(s); the client is unusable afterwards. Idempotent. */
  close(): Promise<void>;
}

/** Options of `SqlClient.copyRows`. */
export interface CopyRowsOptions {
  referencesChecked?: boolean;
  encodeHere?: boolean;
}

/**
 * Runs a driver call and wraps its failure in a `StoreQueryError` with the statement and parameters.
 * A `StoreQueryError` thrown by a nested call passes through unchanged.
 */
export async function runQuery<T>(sql: string, params: readonly unknown[], call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error: unknown) {
    if (error instanceof StoreQueryError) throw error;
    throw new StoreQueryError({ sql, params, cause: error });
  }
}

/**
 * Runs `work` inside a savepoint of an open transaction: released on success, rolled back to on
 * failure (the error is rethrown). Shared by both drivers' nested `transaction` calls.
 */
export async function runInSavepoint<T>(tx: SqlClient, depth: number, work: () => Promise<T>): Promise<T> {
  const name = `compound_savepoint_${depth}`;
  await tx.exec(`SAVEPOINT ${name}`);
  try {
    const result = await work();
    await tx.exec(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error: unknown) {
    await tx.exec(`ROLLBACK TO SAVEPOINT ${name}`);
    throw error;
  }
}
