import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { StoreQueryError } from '../../errors/compound-error.js';
import { settleAll } from '../repositories/to-json-param.js';
import { runInSavepoint, runQuery } from '../sql-client.js';
import type { SqlClient, SqlRow } from '../sql-client.js';
import { sqlTypeParsers } from '../sql-type-parsers.js';
import { copyPayloads, copyStatement } from './pglite-copy-rows.js';

const workerFile = 'pglite-worker.mjs';

/** The worker script: beside this module in the sources, else the package's `src/store/pglite` (from `dist/`). */
function findWorkerScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  let directory = here;
  for (let level = 0; level < 6; level += 1) {
    for (const candidate of [join(directory, workerFile), join(directory, 'src', 'store', 'pglite', workerFile)]) {
      if (existsSync(candidate)) return candidate;
    }
    directory = dirname(directory);
  }
  return join(here, workerFile);
}

interface Reply {
  id: number;
  result?: { rows: SqlRow[]; fields: Array<{ name: string; type: number }> } | null;
  error?: { message: string } & Record<string, unknown>;
}

/** Rebuilds the worker's error (message, code, detail, ...) as an `Error` for `StoreQueryError.cause`. */
function toError(described: NonNullable<Reply['error']>): Error {
  return Object.assign(new Error(described.message), described);
}

/** Applies `sqlTypeParsers` to the columns the worker left as text. */
function parseRows(rows: SqlRow[], fields: ReadonlyArray<{ name: string; type: number }>): SqlRow[] {
  const parsed = fields.flatMap((field) => {
    const parse = sqlTypeParsers[field.type];
    return parse === undefined ? [] : [{ name: field.name, parse }];
  });
  if (parsed.length === 0) return rows;
  for (const row of rows) {
    for (const { name, parse } of parsed) {
      const value = row[name];
      if (typeof value === 'string') row[name] = parse(value);
    }
  }
  return rows;
}

/**
 * A `SqlClient` over PGlite running in a worker thread (`pglite-worker.mjs`): the database's WASM
 * work runs on another core while the caller keeps computing, e.g. an import writes its raw rows
 * while it scores contacts. Statements run one at a time in call order. A transaction holds other
 * callers until it ends, as PGlite's own `transaction` does; nested ones become savepoints. Values
 * come back as from `createPgliteSqlClient` (`sqlTypeParsers`, applied on this thread).
 * @param dataDir Folder of the database (created by PGlite when absent).
 */
export async function createPgliteWorkerSqlClient(dataDir: string): Promise<SqlClient> {
  // Plain Node for the plain-JavaScript worker: the caller's flags (loaders, `--input-type`, ...) do not apply.
  const worker = new Worker(findWorkerScript(), { execArgv: [], workerData: { textTypes: Object.keys(sqlTypeParsers).map(Number) } });
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure = error;
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };
  // The worker keeps the process alive only while a statement is pending, so a caller that never
  // closes the store still exits.
  worker.unref();
  worker.on('message', (reply: Reply) => {
    const entry = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    entry?.resolve(reply);
  });
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('The PGlite worker stopped.')));

  const call = (op: string, payload: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<Reply['result']> =>
    new Promise<Reply>((resolve, reject) => {
      if (failure) throw failure;
      const id = nextId++;
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, ...payload }, transfer);
    }).then((reply) => {
      if (reply.error) throw toError(reply.error);
      return reply.result;
    });

  // One holder at a time: a transaction for its whole duration, any other statement for itself.
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };

  const query = async <Row = SqlRow>(sql: string, params: readonly unknown[] = []): Promise<Row[]> =>
    runQuery(sql, params, async () => {
      const result = await call('query', { sql, params: [...params] });
      return (result ? parseRows(result.rows, result.fields) : []) as Row[];
    });
  const exec = (sql: string): Promise<void> => runQuery(sql, [], async () => void (await call('exec', { sql })));
  const copyRows: NonNullable<SqlClient['copyRows']> = async (table, columns, rows, options = {}) => {
    const sql = copyStatement(table, columns, options.referencesChecked === true);
    if (options.encodeHere !== true) {
      // The worker builds the COPY text (see `copyRows` in pglite-worker.mjs).
      await runQuery(sql, [], async () => void (await call('copyRows', { sql, rows })));
      return;
    }
    // Built here as UTF-8 and handed over (transferred, not copied); sent one by one as built.
    const sent: Array<Promise<unknown>> = [];
    for (const bytes of copyPayloads(rows)) {
      sent.push(runQuery(sql, [], () => call('copyBytes', { sql, bytes }, [bytes.buffer])));
    }
    await settleAll(sent);
  };

  const transactionClient = (depth: number): SqlClient => {
    const client: SqlClient = {
      driver: 'pglite',
      query,
      exec,
      copyRows,
      transaction: (work) => runInSavepoint(client, depth, () => work(transactionClient(depth + 1))),
      close: async () => {},
    };
    return client;
  };

  await runQuery('open PGlite', [], () => call('open', { dataDir })).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  let closed = false;
  return {
    driver: 'pglite',
    query: (sql, params) => exclusive(() => query(sql, params)),
    exec: (sql) => exclusive(() => exec(sql)),
    copyRows: (table, columns, rows, options) => exclusive(() => copyRows(table, columns, rows, options)),
    transaction: (work) =>
      exclusive(async () => {
        await exec('BEGIN');
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work(transactionClient(1));
        } catch (error: unknown) {
          await exec('ROLLBACK').catch(() => undefined);
          throw error;
        }
        await exec('COMMIT').catch((error: unknown) => {
          throw error instanceof StoreQueryError ? error : new StoreQueryError({ sql: 'COMMIT', params: [], cause: error });
        });
        return result;
      }),
    async close() {
      if (closed) return;
      closed = true;
      await exclusive(() => call('close', {})).catch(() => undefined);
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
