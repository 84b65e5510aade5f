import type { SqlClient } from '../sql-client.js';

/** Tables with fewer dead rows than this are left alone: a vacuum would cost more than it frees. */
const minimumDeadRows = 1000;

/**
 * Tables whose dead rows (left by deletes and replaces) exceed `minimumDeadRows` and a fifth of
 * their live rows, as PostgreSQL's autovacuum would judge them with its default scale factor.
 */
const crowdedTablesSql = `
  SELECT relname AS name FROM pg_stat_user_tables
  WHERE n_dead_tup >= ${minimumDeadRows} AND n_dead_tup > n_live_tup * 0.2
  ORDER BY relname`;

/**
 * Makes `client`'s top-level transactions reclaim the space of the rows they deleted or replaced,
 * once committed: PGlite runs no autovacuum, so without this every re-import or re-scoring, which
 * replaces each contact, grew the contacts table by a full copy (77 -> 154 -> 230 MB for 100k
 * contacts) and made the next replace slower. `VACUUM` (not `FULL`: the file keeps its size, the
 * space is reused) runs only on tables autovacuum would pick; it costs tens of milliseconds for a
 * 20k-contact table. A failed vacuum is ignored: the transaction has committed, and the next one
 * tries again. Mutates and returns `client`.
 * @internal
 */
export function reclaimSpaceAfterTransactions(client: SqlClient): SqlClient {
  const transaction = client.transaction.bind(client);
  client.transaction = async (work) => {
    const result = await transaction(work);
    await reclaimSpace(client).catch(() => undefined);
    return result;
  };
  return client;
}

/** Vacuums the tables with many dead rows (see `crowdedTablesSql`). Returns their names. */
export async function reclaimSpace(client: SqlClient): Promise<string[]> {
  // Row counts reach the statistics at most once a second unless a flush is forced.
  await client.query('SELECT pg_stat_force_next_flush()');
  const tables = (await client.query<{ name: string }>(crowdedTablesSql)).map((table) => table.name);
  if (tables.length > 0) await client.exec(`VACUUM ${tables.map((name) => `"${name.replaceAll('"', '""')}"`).join(', ')}`);
  return tables;
}
