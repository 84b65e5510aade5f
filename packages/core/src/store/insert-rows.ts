import { settleAll } from './repositories/to-json-param.js';
import type { ColumnValue, CopyRowsOptions, SqlClient } from './sql-client.js';

/** PostgreSQL takes at most 65,535 parameters per statement. */
const maxParameters = 65_535;

/**
 * Appends `rows` (cells in `columns` order) to `table`: through the driver's `copyRows` when it has
 * one, else as multi-row `INSERT ... VALUES` statements with as many rows as the parameter limit
 * allows. Callers that need upsert semantics delete the keys first, in the same transaction.
 *
 * `referenceKey` names a row's foreign-key values (e.g. its tenant, or tenant and import). The
 * first row of each key is written with every check; the others then carry references already
 * checked in this transaction (which also locked the referenced rows), so `copyRows` may skip their
 * per-row foreign-key triggers, about half of PGlite's cost for small rows.
 * @param checkedKeys Reference keys already written with every check earlier in the same
 *   transaction (added to here): a caller that appends in several calls passes one set to all of
 *   them, so only its first call spends a separate checked `COPY` on a key.
 * @param copyOptions Passed to `copyRows` (see `CopyRowsOptions.encodeHere`).
 * @internal
 */
export async function insertRows(
  client: SqlClient,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly ColumnValue[]>,
  referenceKey?: (row: readonly ColumnValue[]) => string,
  checkedKeys: Set<string> = new Set(),
  copyOptions: Pick<CopyRowsOptions, 'encodeHere'> = {},
): Promise<void> {
  if (rows.length === 0) return;
  if (client.copyRows) {
    if (referenceKey === undefined) {
      await client.copyRows(table, columns, rows, copyOptions);
      return;
    }
    const firsts: Array<readonly ColumnValue[]> = [];
    const others: Array<readonly ColumnValue[]> = [];
    for (const row of rows) {
      const key = referenceKey(row);
      if (checkedKeys.has(key)) others.push(row);
      else {
        checkedKeys.add(key);
        firsts.push(row);
      }
    }
    // Both sent at once (they run in call order): the others follow without a round trip.
    const copies: Array<Promise<void>> = [];
    if (firsts.length > 0) copies.push(client.copyRows(table, columns, firsts, copyOptions));
    if (others.length > 0) copies.push(client.copyRows(table, columns, others, { ...copyOptions, referencesChecked: true }));
    await settleAll(copies);
    return;
  }
  const perStatement = Math.max(1, Math.floor(maxParameters / columns.length));
  const columnList = columns.map((column) => `"${column}"`).join(', ');
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const params: ColumnValue[] = [];
    const tuples = batch.map((row) => {
      const placeholders = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await client.query(`INSERT INTO ${table} (${columnList}) VALUES ${tuples.join(', ')}`, params);
  }
}
