import type { SqlClient } from '../sql-client.js';
import { toJsonParam } from './to-json-param.js';

/**
 * Deletes the tenant's rows of `table` whose `id` is one of `ids`: the first half of a bulk upsert
 * that then appends every row (see `insertRows`). Run both in one transaction. The ids go in as one
 * array (`= ANY (ARRAY(...))`), which the primary-key index scans in one pass; `IN (SELECT ...)`
 * descended the index once per id, about 5x slower on PGlite for 10k ids that are not stored.
 * @internal
 */
export async function deleteKeys(client: SqlClient, table: string, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query(`DELETE FROM ${table} WHERE tenant_id = $1 AND id = ANY (ARRAY(SELECT json_array_elements_text($2::json)))`, [
    tenantId,
    toJsonParam(ids),
  ]);
}
