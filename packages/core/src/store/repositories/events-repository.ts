import { CompoundError } from '../../errors/compound-error.js';
import { foldEvents, observedEventTypes } from '../../learning/events/fold-events.js';
import { outcomeEventTypes, type OutcomeEvent, type ReplySentiment } from '../../learning/outcome-event.js';
import type { SqlClient } from '../sql-client.js';
import type { EventsRepository, StoredEvent } from '../store.js';
import { readEvents, type ReadEventsOptions } from './read-events.js';
import { insertEvents } from './insert-events.js';

const eventTypes: ReadonlySet<string> = new Set(outcomeEventTypes);
const sentiments: ReadonlySet<string> = new Set<ReplySentiment>(['positive', 'neutral', 'negative', 'out-of-office']);

/** Types whose events change no observation by themselves (see `observedEventTypes`). */
const silentTypes = outcomeEventTypes.filter((type) => !observedEventTypes.has(type));

/**
 * SQL condition over `events` (`$1` the tenant) keeping what `foldEvents` needs for the
 * observations: an event of a silent type (an open, a delivery) counts only when a `sent` event of
 * its message lacks one of the dimensions in its own columns, which the fold then takes from the
 * message's other events. About a third fewer rows to read and fold for a typical history.
 */
const foldRelevant = `type <> ALL('{${silentTypes.join(',')}}'::text[]) OR message_id IN (
  SELECT message_id FROM events WHERE tenant_id = $1 AND type = 'sent' AND (${['segment', 'angle', 'channel', 'contact_id', 'campaign']
    .map((column) => `coalesce(${column}, '') = ''`)
    .join(' OR ')}))`;

function compareStoredEvents(a: StoredEvent, b: StoredEvent): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? -1 : 1;
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0;
}

function invalid(tenantId: string, index: number, event: OutcomeEvent, reason: string): CompoundError {
  const name = typeof event.externalId === 'string' ? ` (${String(event.source)}:${event.externalId})` : '';
  return new CompoundError({
    code: 'invalid-argument',
    message: `Event ${index + 1}${name} ${reason}; nothing was stored.`,
    context: { tenantId, field: reason.split(' ')[0] },
  });
}

function text(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

/** Checks one event before anything is written, so a bad event fails the whole call with its position. */
function checkEvent(tenantId: string, event: OutcomeEvent, index: number): void {
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

/** The events in order, without those repeating an earlier (source, externalId). */
function firstOfEachKey(events: readonly OutcomeEvent[]): OutcomeEvent[] {
  // External ids per source: no key string is built per event.
  const seen = new Map<string, Set<string>>();
  const unique: OutcomeEvent[] = [];
  for (const event of events) {
    let ids = seen.get(event.source);
    if (ids === undefined) {
      ids = new Set();
      seen.set(event.source, ids);
    }
    if (ids.has(event.externalId)) continue;
    ids.add(event.externalId);
    unique.push(event);
  }
  return unique;
}

/**
 * The outcome events of one tenant over any `SqlClient`; every statement is scoped to `tenantId`.
 * `add` is idempotent on (source, externalId) and atomic: all new events of a call land, or none.
 * @param now Clock for `receivedAt`.
 * @param reading Read limits (`singleStatementLimit`, `pageSize`); tests set them low to cover paging.
 */
export function createEventsRepository(
  client: SqlClient,
  tenantId: string,
  now: () => Date,
  reading: Pick<ReadEventsOptions, 'singleStatementLimit' | 'pageSize'> = {},
): EventsRepository {
  return {
    async add(events) {
      events.forEach((event, index) => checkEvent(tenantId, event, index));
      const unique = firstOfEachKey(events);
      if (unique.length === 0) return { inserted: 0, duplicates: events.length };
      const receivedAt = now().toISOString();
      const inserted = await client.transaction((tx) => insertEvents(tx, tenantId, unique, receivedAt));
      return { inserted, duplicates: events.length - inserted };
    },

    async list(query = {}) {
      const events = await readEvents(client, tenantId, {
        ...reading,
        where: `($2::timestamptz IS NULL OR occurred_at >= $2::timestamptz) AND ($3::timestamptz IS NULL OR occurred_at < $3::timestamptz)
          AND ($4::text IS NULL OR message_id = $4) AND ($5::text[] IS NULL OR type = ANY ($5::text[]))
          AND ($6::text[] IS NULL OR campaign = ANY ($6::text[]))`,
        params: [
          query.since ?? null,
          query.until ?? null,
          query.messageId ?? null,
          query.types === undefined ? null : [...query.types],
          query.campaigns === undefined ? null : [...query.campaigns],
        ],
      });
      // ISO strings of one form (UTC, milliseconds) sort as the instants they name.
      return events.sort(compareStoredEvents);
    },

    async observations(options = {}) {
      const since = options.since ?? null;
      const events = await readEvents(
        client,
        tenantId,
        {
          ...reading,
          where: `($2::timestamptz IS NULL OR message_id IN (
            SELECT message_id FROM events WHERE tenant_id = $1 AND type = 'sent' AND occurred_at >= $2::timestamptz))
            AND (${foldRelevant})`,
          params: [since],
        },
        true,
      );
      const observations = foldEvents(events);
      if (since === null) return observations;
      // A message sent before `since` and sent again after it keeps its first send time: leave it out.
      const from = Date.parse(since);
      return observations.filter((observation) => Date.parse(observation.sentAt) >= from);
    },
  };
}
