import type { Channel, OutcomeEvent, SendObservation } from '../outcome-event.js';

/** The observations folded from a list of events, and the messages that cannot be observations yet. */
export interface FoldedEvents {
  /** One observation per message that has a `sent` event, ordered by `sentAt`, then `messageId`. */
  observations: SendObservation[];
  /**
   * Messages with events but no `sent` event yet (a reply or bounce that arrived before its send was
   * recorded), sorted. They become observations once their `sent` event arrives.
   */
  pending: string[];
  /** Events ignored because the same (source, externalId) came earlier in the list. */
  duplicates: number;
}

/** Segment, angle or channel when no event of the message names it. */
export const unknownDimension = 'unknown';

type Dimension = 'segment' | 'angle' | 'channel' | 'campaign' | 'contactId';

/** The event's own field, else the same key in its attributes (string values only). */
function dimensionOf(event: OutcomeEvent, key: Dimension): string | undefined {
  const own = event[key];
  if (typeof own === 'string' && own !== '') return own;
  const attribute = event.attributes?.[key];
  return typeof attribute === 'string' && attribute !== '' ? attribute : undefined;
}

/** Milliseconds since the epoch; an unreadable time sorts last. */
function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/** Earliest first; ties broken by source, then external id, so the fold never depends on arrival order. */
function compareEvents(a: OutcomeEvent, b: OutcomeEvent): number {
  return compareNumbers(timeOf(a.occurredAt), timeOf(b.occurredAt)) || compareText(a.source, b.source) || compareText(a.externalId, b.externalId);
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function foldMessage(events: OutcomeEvent[]): SendObservation | undefined {
  let sent: OutcomeEvent | undefined;
  for (const event of events) {
    if (event.type === 'sent' && (sent === undefined || compareEvents(event, sent) < 0)) sent = event;
  }
  if (sent === undefined) return undefined;
  const send = sent;
  let ordered: OutcomeEvent[] | undefined;
  // The sent event describes the send; other events of the message only fill what it left out,
  // earliest first (sorted only when needed: most sent events carry every dimension).
  const pick = (key: Dimension): string | undefined => {
    const fromSent = dimensionOf(send, key);
    if (fromSent !== undefined || events.length === 1) return fromSent;
    ordered ??= [...events].sort(compareEvents);
    for (const event of ordered) {
      const value = dimensionOf(event, key);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const observation: SendObservation = {
    messageId: send.messageId,
    segment: pick('segment') ?? unknownDimension,
    angle: pick('angle') ?? unknownDimension,
    channel: (pick('channel') ?? unknownDimension) as Channel,
    sentAt: send.occurredAt,
    replied: false,
    positiveReply: false,
    meeting: false,
    bounced: false,
    unsubscribed: false,
  };
  const contactId = pick('contactId');
  if (contactId !== undefined) observation.contactId = contactId;
  const campaign = pick('campaign');
  if (campaign !== undefined) observation.campaign = campaign;
  if (send.attributes !== undefined && Object.keys(send.attributes).length > 0) observation.features = { ...send.attributes };
  for (const event of events) {
    switch (event.type) {
      case 'replied':
        // An out-of-office auto-reply is not a person answering: it is not counted as a reply.
        if (event.sentiment !== 'out-of-office') observation.replied = true;
        if (event.sentiment === 'positive') observation.positiveReply = true;
        break;
      case 'meeting-booked':
        observation.meeting = true;
        break;
      case 'bounced':
        observation.bounced = true;
        break;
      case 'unsubscribed':
        observation.unsubscribed = true;
        break;
      default:
        break;
    }
  }
  return observation;
}

/**
 * Folds outcome events into one observation per sent message, whatever order the events arrived in.
 * Pure: no I/O, and the result depends only on the set of events, not their order.
 *
 * - Events repeating an earlier (source, externalId) are ignored, as the store would.
 * - "Earliest" below means by `occurredAt` to the millisecond; events of one message at the same
 *   millisecond are ordered by `source`, then `externalId`, compared as JavaScript strings (UTF-16
 *   code units, not a locale's collation). The store's `observations()` folds in the same order.
 * - A message counts once its `sent` event is present; the earliest `sent` event gives `sentAt`,
 *   and its fields (or attributes) give segment, angle, channel, campaign and contact; a field it
 *   lacks is taken from the message's other events, earliest first, else `unknown`. Its
 *   `attributes` become the observation's `features`.
 * - A message without a `sent` event is not an observation yet but is listed in `pending`: counting
 *   its reply now would add a success without its send and bias rates upwards until the send is
 *   recorded; once the `sent` event arrives, folding again counts it with everything it received.
 * - `replied` is any reply except an out-of-office auto-reply; `positiveReply` any reply read as
 *   positive (a later "remove me" does not undo it, the unsubscribe flag records that);
 *   `meeting`, `bounced` and `unsubscribed` any event of that type, however late it came.
 */
export function foldEventsReport(events: Iterable<OutcomeEvent>): FoldedEvents {
  // External ids per source: no key string is built per event.
  const seen = new Map<string, Set<string>>();
  const byMessage = new Map<string, OutcomeEvent[]>();
  let duplicates = 0;
  for (const event of events) {
    let ids = seen.get(event.source);
    if (ids === undefined) {
      ids = new Set();
      seen.set(event.source, ids);
    }
    if (ids.has(event.externalId)) {
      duplicates += 1;
      continue;
    }
    ids.add(event.externalId);
    const list = byMessage.get(event.messageId);
    if (list === undefined) byMessage.set(event.messageId, [event]);
    else list.push(event);
  }
  const observations: SendObservation[] = [];
  const pending: string[] = [];
  for (const [messageId, messageEvents] of byMessage) {
    const observation = foldMessage(messageEvents);
    if (observation === undefined) pending.push(messageId);
    else observations.push(observation);
  }
  const sentTimes = new Map(observations.map((observation) => [observation, timeOf(observation.sentAt)]));
  observations.sort(
    (a, b) => compareNumbers(sentTimes.get(a) ?? 0, sentTimes.get(b) ?? 0) || compareText(a.messageId, b.messageId),
  );
  pending.sort(compareText);
  return { observations, pending, duplicates };
}

/**
 * The observations of `events`: one per sent message, in `sentAt` order. See `foldEventsReport` for
 * the rules (and for the messages still waiting for their `sent` event).
 * @example
 * foldEvents([replyEvent, sentEvent]) // → [{ messageId, segment, angle, channel, sentAt, replied: true, ... }]
 */
export function foldEvents(events: Iterable<OutcomeEvent>): SendObservation[] {
  return foldEventsReport(events).observations;
}
