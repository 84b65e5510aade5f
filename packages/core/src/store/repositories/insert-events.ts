import type { OutcomeEvent } from '../../learning/outcome-event.js';
import type { ColumnValue, SqlClient } from '../sql-client.js';
import { eventIndexRebuild } from './event-index-rebuild.js';
import { batches, settleAll, toJsonParam } from './to-json-param.js';

/** Columns of `events` an add writes besides `tenant_id`, `received_at` last. */
const eventColumns = `source, external_id, type, occurred_at, message_id, contact_id, campaign, angle, channel, segment, sentiment, attributes, received_at`;

const typedColumns = `source text, external_id text, type text, occurred_at timestamptz, message_id text, contact_id text, campaign text,
    angle text, channel text, segment text, sentiment text, attributes json`;

/** Events per statement of the JSON path: one 5,000-event JSON document each. */
const jsonBatch = 5000;

/** Events per `COPY` into the staging table: small enough for PGlite's temp buffers (8 MB). */
const copyBatch = 20_000;

const staging = 'compound_events_in';
const stagedColumns = [
  'source', 'external_id', 'type', 'occurred_at', 'message_id', 'contact_id', 'campaign', 'angle', 'channel', 'segment', 'sentiment', 'attributes',
] as const;

/**
 * Inserts the rows of `from`, counting them in SQL so a batch returns one row. With `skipStored`,
 * rows whose key is already stored are left out (`ON CONFLICT DO NOTHING`, which needs the primary
 * key index); without, a stored key fails the statement.
 */
function insertFrom(from: string, receivedAt: string, skipStored: boolean): string {
  return `
WITH inserted AS (
  INSERT INTO events (tenant_id, ${eventColumns})
  SELECT $1, x.source, x.external_id, x.type, x.occurred_at, x.message_id, x.contact_id, x.campaign, x.angle, x.channel,
    x.segment, x.sentiment, x.attributes, ${receivedAt}
  FROM ${from}${skipStored ? '\n  ON CONFLICT (tenant_id, source, external_id) DO NOTHING' : ''}
  RETURNING 1
)
SELECT count(*)::integer AS inserted FROM inserted`;
}

const insertJsonSql = insertFrom(`json_to_recordset($2::json) AS x(${typedColumns})`, '$3', true);
const insertStagedSql = insertFrom(`${staging} AS x`, '$2', true);
const appendStagedSql = insertFrom(`${staging} AS x`, '$2', false);

function eventCells(event: OutcomeEvent): ColumnValue[] {
  return [
    event.source,
    event.externalId,
    event.type,
    event.occurredAt,
    event.messageId,
    event.contactId ?? null,
    event.campaign ?? null,
    event.angle ?? null,
    event.channel ?? null,
    event.segment ?? null,
    event.sentiment ?? null,
    toJsonParam(event.attributes ?? undefined),
  ];
}

/**
 * Characters PostgreSQL text cannot hold, stored as U+FFFD (a NUL by the `COPY` text, a lone
 * surrogate by UTF-8 encoding): keys with one can be distinct here and one key in the table.
 */
const storedAlike = /[\0\uD800-\uDFFF]/;

/** Whether the tenant already stores an event of one of `sources`; if not, no event of a call can be a duplicate. */
async function storesAnyOf(tx: SqlClient, tenantId: string, sources: readonly string[]): Promise<boolean> {
  const [row] = await tx.query<{ stored: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM events WHERE tenant_id = $1 AND source = ANY($2::text[])) AS stored',
    [tenantId, sources],
  );
  return row?.stored !== false;
}

/**
 * Inserts `events` (checked, without repeated keys) for `tenantId` inside the open transaction `tx`,
 * skipping those already stored; returns how many were new. With a driver that has `copyRows`
 * (PGlite) the events go through a temporary staging table, `COPY`ed in 20,000 at a time and moved
 * with one `INSERT ... SELECT` each: the rows land in `events` exactly as row-by-row inserts place
 * them (a `COPY` straight into `events` packs pages differently). When the tenant stores no event
 * of the call's sources yet (and no key holds a character stored as U+FFFD), none can be a
 * duplicate: the insert skips `ON CONFLICT` (a speculative insertion per row), and a large add into a small table drops the indexes and builds them again
 * after (see `eventIndexRebuild`): about 0.8 s of CPU less for 100k events into an empty table.
 * The other path sends the events as JSON documents read by `json_to_recordset`: on PGlite that
 * cost about half the time of a 100k-event add in encoding the statement parameter (a
 * per-character loop in its protocol writer) and in parsing the JSON into records. All paths store
 * the same values (the same column types parse the same text).
 * @internal
 */
export async function insertEvents(tx: SqlClient, tenantId: string, events: readonly OutcomeEvent[], receivedAt: string): Promise<number> {
  if (!tx.copyRows) {
    let count = 0;
    for (const batch of batches(events, jsonBatch)) {
      const payload = batch.map((event) => {
        const [source, external_id, type, occurred_at, message_id, contact_id, campaign, angle, channel, segment, sentiment] = eventCells(event);
        return { source, external_id, type, occurred_at, message_id, contact_id, campaign, angle, channel, segment, sentiment, attributes: event.attributes ?? null };
      });
      const [row] = await tx.query<{ inserted: number }>(insertJsonSql, [tenantId, toJsonParam(payload), receivedAt]);
      count += row?.inserted ?? 0;
    }
    return count;
  }
  const copyRows = tx.copyRows.bind(tx);
  // The per-row foreign-key check (the tenant) is what PostgreSQL does here: lock the tenant row
  // against deletion (FOR KEY SHARE). Done once, the inserts then skip it (about 15% of the add);
  // an unknown tenant keeps the checks, so the insert fails as before.
  const locked = tx.query('SELECT 1 FROM tenants WHERE tenant_id = $1 FOR KEY SHARE', [tenantId]);
  // A key with a character stored as U+FFFD may equal another once stored: take the path that skips stored keys.
  const alike = events.some((event) => storedAlike.test(event.source) || storedAlike.test(event.externalId));
  const stored = alike ? Promise.resolve(true) : storesAnyOf(tx, tenantId, [...new Set(events.map((event) => event.source))]);
  await settleAll([locked, stored]);
  const tenantLocked = (await locked).length > 0;
  const fresh = !(await stored);
  const rebuild = fresh ? await eventIndexRebuild(tx, events.length) : undefined;
  // Every statement below is issued in this one synchronous run and they execute in call order,
  // so nothing else can run while the checks are off or the indexes dropped. All inside the
  // caller's transaction (or savepoint): a failed add rolls back the table, the setting and the
  // indexes with it.
  const statements: Array<Promise<unknown>> = [];
  if (rebuild !== undefined) statements.push(tx.exec(rebuild.drop));
  statements.push(tx.exec(`CREATE TEMP TABLE ${staging} (${typedColumns})`));
  if (tenantLocked) statements.push(tx.exec('SET LOCAL session_replication_role = replica'));
  // The database moves one batch while this thread encodes the next.
  const inserted: Array<Promise<Array<{ inserted: number }>>> = [];
  for (const batch of batches(events, copyBatch)) {
    statements.push(copyRows(staging, stagedColumns, batch.map(eventCells)));
    const counted = tx.query<{ inserted: number }>(fresh ? appendStagedSql : insertStagedSql, [tenantId, receivedAt]);
    inserted.push(counted);
    statements.push(counted, tx.exec(`TRUNCATE ${staging}`));
  }
  if (tenantLocked) statements.push(tx.exec('SET LOCAL session_replication_role = origin'));
  statements.push(tx.exec(`DROP TABLE ${staging}`));
  if (rebuild !== undefined) statements.push(tx.exec(rebuild.create));
  await settleAll(statements);
  let count = 0;
  for (const rows of inserted) count += (await rows)[0]?.inserted ?? 0;
  return count;
}
