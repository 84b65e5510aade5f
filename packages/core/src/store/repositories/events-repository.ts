import { CompoundError } from '../../errors/compound-error.js';
import { foldEvents } from '../../learning/events/fold-events.js';
import { outcomeEventTypes, type OutcomeEvent, type ReplySentiment } from '../../learning/outcome-event.js';
import type { SqlClient } from '../sql-client.js';
import type { EventsRepository, StoredEvent } from '../store.js';
import { batches, toJsonParam } from './to-json-param.js';

const batchSize = 5000;
const eventTypes: ReadonlySet<string> = new Set(outcomeEventTypes);
const sentiments: ReadonlySet<string> = new Set<ReplySentiment>(['positive', 'neutral', 'negative', 'out-of-office']);

interface EventRow {
  source: string;
  external_id: string;
  type: OutcomeEvent['type'];
  occurred_at: string;
  message_id: string;
  contact_id: string | null;
  campaign: string | null;
  angle: string | null;
  channel: string | null;
  segment: string | null;
  sentiment: ReplySentiment | null;
  attributes: Record<string, string | number | boolean> | null;
  received_at: string;
}

const columns = `source, external_id, type, occurred_at, message_id, contact_id, campaign, angle, channel, segment, sentiment, attributes, received_at`;

// Counting the RETURNING rows in SQL keeps a 5,000-event batch to one result row.
const insertSql = `
WITH inserted AS (
  INSERT INTO events (tenant_id, ${columns})
  SELECT $1, x.source, x.external_id, x.type, x.occurred_at, x.message_id, x.contact_id, x.campaign, x.angle, x.channel,
    x.segment, x.sentiment, x.attributes, $3
  FROM json_to_recordset($2::json) AS x(source text, external_id text, type text, occurred_at timestamptz, message_id text,
    contact_id text, campaign text, angle text, channel text, segment text, sentiment text, attributes json)
  ON CONFLICT (tenant_id, source, external_id) DO NOTHING
  RETURNING 1
)
SELECT count(*)::integer AS inserted FROM inserted`;

function toStoredEvent(row: EventRow): StoredEvent {
  const event: StoredEvent = {
    source: row.source,
    externalId: row.external_id,
    type: row.type,
    occurredAt: row.occurred_at,
    messageId: row.message_id,
    receivedAt: row.received_at,
  };
  if (row.contact_id !== null) event.contactId = row.contact_id;
  if (row.campaign !== null) event.campaign = row.campaign;
  if (row.angle !== null) event.angle = row.angle;
  if (row.channel !== null) event.channel = row.channel;
  if (row.segment !== null) event.segment = row.segment;
  if (row.sentiment !== null) event.sentiment = row.sentiment;
  if (row.attributes !== null) event.attributes = row.attributes;
  return event;
}

function invalid(tenantId: string, index: number, event: OutcomeEvent, reason: string): CompoundError {
  const name = typeof event.externalId === 'string' ? ` (${String(event.source)}:${event.externalId})` : '';
  return new CompoundError({
    code: 'invalid-argument',
    message: `Event ${index + 1}${name} ${reason}; nothing was stored.`,
    context: { tenantId, field: reason.split(' ')[0] },
  });
}

/** Checks one event before anything is written, so a bad event fails the whole call with its position. */
function checkEvent(tenantId: string, event: OutcomeEvent, index: number): void {
  const text = (value: unknown): boolean => typeof value === 'string' && value !== '';
  if (!text(event.source)) throw invalid(tenantId, index, event, 'source is missing');
  if (!text(event.externalId)) throw invalid(tenantId, index, event, 'externalId is missing');
  if (!text(event.messageId)) throw invalid(tenantId, index, event, 'messageId is missing');
  if (!eventTypes.has(event.type)) {
    throw invalid(tenantId, index, event, `type "${String(event.type)}" is not one of ${outcomeEventTypes.join(', ')}`);
  }
  if (!text(event.occurredAt) || Number.isNaN(Date.parse(event.occurredAt))) {
    throw invalid(tenantId, index, event, `occurredAt "${String(event.occurredAt)}" is not an ISO 8601 time`);
  }
  if (event.sentiment !== undefined && !sentiments.has(event.sentiment)) {
    throw invalid(tenantId, index, event, `sentiment "${String(event.sentiment)}" is not one of ${[...sentiments].join(', ')}`);
  }
}

/**
 * The outcome events of one tenant over any `SqlClient`; every statement is scoped to `tenantId`.
 * `add` is idempotent on (source, externalId) and atomic: all new events of a call land, or none.
 * @param now Clock for `receivedAt`.
 */
export function createEventsRepository(client: SqlClient, tenantId: string, now: () => Date): EventsRepository {
  return {
    async add(events) {
      events.forEach((event, index) => checkEvent(tenantId, event, index));
      const seen = new Set<string>();
      const unique: OutcomeEvent[] = [];
      for (const event of events) {
        const key = `${event.source}\u0000${event.externalId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        unique.push(event);
      }
      if (unique.length === 0) return { inserted: 0, duplicates: events.length };
      const receivedAt = now().toISOString();
      const inserted = await client.transaction(async (tx) => {
        let count = 0;
        for (const batch of batches(unique, batchSize)) {
          const payload = batch.map((event) => ({
            source: event.source,
            external_id: event.externalId,
            type: event.type,
            occurred_at: event.occurredAt,
            message_id: event.messageId,
            contact_id: event.contactId ?? null,
            campaign: event.campaign ?? null,
            angle: event.angle ?? null,
            channel: event.channel ?? null,
            segment: event.segment ?? null,
            sentiment: event.sentiment ?? null,
            attributes: event.attributes ?? null,
          }));
          const [row] = await tx.query<{ inserted: number }>(insertSql, [tenantId, toJsonParam(payload), receivedAt]);
          count += row?.inserted ?? 0;
        }
        return count;
      });
      return { inserted, duplicates: events.length - inserted };
    },

    async list(query = {}) {
      const rows = await client.query<EventRow>(
        `SELECT ${columns} FROM events
         WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR occurred_at >= $2::timestamptz)
           AND ($3::timestamptz IS NULL OR occurred_at < $3::timestamptz) AND ($4::text IS NULL OR message_id = $4)
         ORDER BY occurred_at, source, external_id`,
        [tenantId, query.since ?? null, query.until ?? null, query.messageId ?? null],
      );
      return rows.map(toStoredEvent);
    },

    async observations(options = {}) {
      const since = options.since ?? null;
      const rows = await client.query<EventRow>(
        `SELECT ${columns} FROM events
         WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR message_id IN (
           SELECT message_id FROM events WHERE tenant_id = $1 AND type = 'sent' AND occurred_at >= $2::timestamptz))`,
        [tenantId, since],
      );
      const observations = foldEvents(rows.map(toStoredEvent));
      if (since === null) return observations;
      // A message sent before `since` and sent again after it keeps its first send time: leave it out.
      const from = Date.parse(since);
      return observations.filter((observation) => Date.parse(observation.sentAt) >= from);
    },
  };
}
