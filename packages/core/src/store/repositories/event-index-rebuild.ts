import type { SqlClient } from '../sql-client.js';
import { settleAll } from './to-json-param.js';

/** Statements that drop every index of `events` (constraints included) and build them again. */
export interface EventIndexRebuild {
  /** Drops the indexes: run before the rows are copied in. */
  drop: string;
  /** Builds them again, as the catalog defined them: run after. */
  create: string;
}

/**
 * Adds smaller than this never rebuild the indexes: the catalog reads and DDL would cost more than
 * the index inserts they save.
 */
export const minimumRebuildBatch = 10_000;

interface IndexRow {
  index_name: string;
  constraint_name: string | null;
  definition: string;
}

/**
 * Whether to load a batch of `batchSize` new events into `events` with its indexes dropped and
 * built again afterwards (the bulk-load advice of PostgreSQL's "Populating a Database"), and the
 * statements to do it. Building an index sorts the rows once, where a `COPY` into an indexed table
 * descends each index for each row: on PGlite, building the three indexes over 100k events costs
 * about half of inserting into them, but a rebuild also re-indexes the rows already stored (every
 * tenant's), so it pays only while they number less than half of the batch (measured: 50k stored
 * plus 100k added, 1.3 s rebuilding vs 1.5 s inserting; 100k plus 100k, 1.7 s vs 1.5 s).
 * The definitions come from the catalog, so they follow the migrations. Undefined when a rebuild
 * does not pay or another table's foreign key references `events` (its key could not be dropped).
 * Only for a driver with one connection (PGlite): the dropped indexes are invisible to other
 * sessions until commit, but the table stays locked against them for the whole transaction.
 * @internal
 */
export async function eventIndexRebuild(tx: SqlClient, batchSize: number): Promise<EventIndexRebuild | undefined> {
  if (batchSize < minimumRebuildBatch) return undefined;
  const limit = Math.floor(batchSize / 2);
  const counted = tx.query<{ stored: number; referenced: boolean }>(
    `SELECT (SELECT count(*)::integer FROM (SELECT 1 FROM events LIMIT $1) AS stored) AS stored,
       EXISTS (SELECT 1 FROM pg_constraint WHERE confrelid = 'events'::regclass) AS referenced`,
    [limit],
  );
  // Issued together (they run in call order); the definitions are small and only used on a rebuild.
  const indexes = tx.query<IndexRow>(
    `SELECT i.indexrelid::regclass::text AS index_name, quote_ident(c.conname) AS constraint_name,
       CASE WHEN c.oid IS NULL THEN pg_get_indexdef(i.indexrelid) ELSE pg_get_constraintdef(c.oid) END AS definition
     FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
     WHERE i.indrelid = 'events'::regclass
     ORDER BY i.indexrelid`,
  );
  await settleAll([counted, indexes]);
  const [[count], rows] = [await counted, await indexes];
  if (count === undefined || count.referenced || count.stored >= limit || rows.length === 0) return undefined;
  const drop = rows.map((row) =>
    row.constraint_name === null ? `DROP INDEX ${row.index_name}` : `ALTER TABLE events DROP CONSTRAINT ${row.constraint_name}`,
  );
  const create = rows.map((row) =>
    row.constraint_name === null ? row.definition : `ALTER TABLE events ADD CONSTRAINT ${row.constraint_name} ${row.definition}`,
  );
  return { drop: drop.join('; '), create: create.join('; ') };
}
