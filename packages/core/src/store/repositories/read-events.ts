import type { OutcomeEvent, ReplySentiment } from '../../learning/outcome-event.js';
import type { SqlClient } from '../sql-client.js';
import type { StoredEvent } from '../store.js';

/** How `readEvents` reads. */
export interface ReadEventsOptions {
  /** SQL condition over the `events` columns; `$1` is the tenant id, its own parameters start at `$2`. */
  where: string;
  params: readonly unknown[];
  /** More matching events than this are read in pages of `pageSize`, in primary-key order. Default 500,000. */
  singleStatementLimit?: number;
  /** Events per page when paging. Default 100,000 (a JSON text of roughly 15-30 MB). */
  pageSize?: number;
}

const defaultSingleStatementLimit = 500_000;
const defaultPageSize = 100_000;

// Times travel as whole epoch milliseconds: rendering ISO text in SQL cost more CPU than
// `toISOString`, and flooring the exact numeric costs less than casting it to float8.
const millis = (column: string): string => `floor(extract(epoch from ${column}) * 1000)`;
/** Columns in tuple order: `source, external_id` first (the page cursor), `received_at` last. */
const fullColumns = ['source', 'external_id', 'type', millis('occurred_at'), 'message_id', 'contact_id', 'campaign', 'angle', 'channel', 'segment', 'sentiment', 'attributes', millis('received_at')];
/**
 * What folding needs: no received time. Source and external id stay: `foldEvents` breaks ties between
 * same-instant events of one message by them.
 */
const leanColumns = fullColumns.slice(0, -1);

type Tuple = unknown[];

function toIso(milliseconds: unknown): string {
  return new Date(Number(milliseconds)).toISOString();
}

function textOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** One tuple as an event; a lean tuple has no received time (`receivedAt` is then empty). */
function toEvent(tuple: Tuple): StoredEvent {
  const event: StoredEvent = {
    source: String(tuple[0]),
    externalId: String(tuple[1]),
    type: tuple[2] as OutcomeEvent['type'],
    occurredAt: toIso(tuple[3]),
    messageId: String(tuple[4]),
    receivedAt: tuple.length > 12 ? toIso(tuple[12]) : '',
  };
  const contactId = textOrUndefined(tuple[5]);
  if (contactId !== undefined) event.contactId = contactId;
  const campaign = textOrUndefined(tuple[6]);
  if (campaign !== undefined) event.campaign = campaign;
  const angle = textOrUndefined(tuple[7]);
  if (angle !== undefined) event.angle = angle;
  const channel = textOrUndefined(tuple[8]);
  if (channel !== undefined) event.channel = channel;
  const segment = textOrUndefined(tuple[9]);
  if (segment !== undefined) event.segment = segment;
  const sentiment = textOrUndefined(tuple[10]);
  if (sentiment !== undefined) event.sentiment = sentiment as ReplySentiment;
  const attributes = tuple[11];
  if (attributes !== null && typeof attributes === 'object') event.attributes = attributes as Record<string, string | number | boolean>;
  return event;
}

/**
 * Reads one tenant's events matching `options.where`, unordered. Each statement returns its events
 * as one JSON text of positional tuples: row-by-row transfer cost about three times as much CPU on
 * PGlite for 100k events. Up to `singleStatementLimit` events come in one statement; more are read
 * in primary-key pages so no single text grows past V8's string limit.
 * @param lean Leave out the received time (for folding): `receivedAt` is then empty.
 * @internal
 */
export async function readEvents(client: SqlClient, tenantId: string, options: ReadEventsOptions, lean = false): Promise<StoredEvent[]> {
  const singleStatementLimit = options.singleStatementLimit ?? defaultSingleStatementLimit;
  const pageSize = options.pageSize ?? defaultPageSize;
  const filter = `tenant_id = $1 AND (${options.where})`;
  // One statement reads up to one event more than the limit (no count first): only a read past it
  // is thrown away and done again in pages.
  const columns = lean ? leanColumns : fullColumns;
  const [row] = await client.query<{ page: string | null }>(
    `SELECT json_agg(json_build_array(${columns.join(', ')}))::text AS page FROM (
       SELECT * FROM events WHERE ${filter} LIMIT ${singleStatementLimit + 1}) AS events`,
    [tenantId, ...options.params],
  );
  const tuples = JSON.parse(row?.page ?? '[]') as Tuple[];
  if (tuples.length <= singleStatementLimit) return tuples.map(toEvent);
  const events: StoredEvent[] = [];
  const cursorAt = options.params.length + 2;
  let after: [unknown, unknown] = [null, null];
  for (;;) {
    // The page is cut in key order; json_agg keeps its input order for the cursor (the last tuple).
    const [row] = await client.query<{ page: string | null }>(
      `SELECT json_agg(json_build_array(${fullColumns.join(', ')}))::text AS page FROM (
         SELECT * FROM events WHERE ${filter} AND ($${cursorAt}::text IS NULL OR (source, external_id) > ($${cursorAt}::text, $${cursorAt + 1}::text))
         ORDER BY source, external_id LIMIT ${pageSize}) AS page`,
      [tenantId, ...options.params, ...after],
    );
    const tuples = JSON.parse(row?.page ?? '[]') as Tuple[];
    for (const tuple of tuples) events.push(toEvent(tuple));
    const last = tuples[tuples.length - 1];
    if (tuples.length < pageSize || last === undefined) return events;
    after = [last[0], last[1]];
  }
}
