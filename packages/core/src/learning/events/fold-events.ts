import type { Channel, OutcomeEvent, SendObservation } from '../outcome-event.js';
import { historyLayoutAttribute } from './find-layout-overlaps.js';

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

/**
 * The event types that change an observation by themselves: the send, and the outcomes the fold
 * counts (see `foldMessage`). Events of other types (an open, a delivery) only fill a dimension
 * the `sent` event lacks; the store reads them only then.
 */
export const observedEventTypes: ReadonlySet<OutcomeEvent['type']> = new Set(['sent', 'replied', 'meeting-booked', 'bounced', 'unsubscribed']);

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

/** Own field or attribute of the message's events, earliest first, for a dimension the sent event lacks. */
function fillDimension(ordered: readonly OutcomeEvent[], key: Dimension): string | undefined {
  for (const event of ordered) {
    const value = dimensionOf(event, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Whether `record` has an own enumerable key (what `Object.keys(record).length > 0` tells, without the array). */
function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/** The observation of the message whose events are `events[start..end)`, in arrival order. */
function foldMessage(events: readonly OutcomeEvent[], start: number, end: number): SendObservation | undefined {
  let send: OutcomeEvent | undefined;
  for (let index = start; index < end; index += 1) {
    const event = events[index] as OutcomeEvent;
    if (event.type === 'sent' && (send === undefined || compareEvents(event, send) < 0)) send = event;
  }
  if (send === undefined) return undefined;
  // The sent event describes the send; other events of the message only fill what it left out,
  // earliest first (sorted only when needed: most sent events carry every dimension).
  let segment = dimensionOf(send, 'segment');
  let angle = dimensionOf(send, 'angle');
  let channel = dimensionOf(send, 'channel');
  let contactId = dimensionOf(send, 'contactId');
  let campaign = dimensionOf(send, 'campaign');
  const complete = segment !== undefined && angle !== undefined && channel !== undefined && contactId !== undefined && campaign !== undefined;
  if (!complete && end - start > 1) {
    const ordered = events.slice(start, end).sort(compareEvents);
    segment ??= fillDimension(ordered, 'segment');
    angle ??= fillDimension(ordered, 'angle');
    channel ??= fillDimension(ordered, 'channel');
    contactId ??= fillDimension(ordered, 'contactId');
    campaign ??= fillDimension(ordered, 'campaign');
  }
  const observation: SendObservation = {
    messageId: send.messageId,
    segment: segment ?? unknownDimension,
    angle: angle ?? unknownDimension,
    channel: (channel ?? unknownDimension) as Channel,
    sentAt: send.occurredAt,
    replied: false,
    positiveReply: false,
    meeting: false,
    bounced: false,
    unsubscribed: false,
  };
  if (contactId !== undefined) observation.contactId = contactId;
  if (campaign !== undefined) observation.campaign = campaign;
  if (send.attributes !== undefined && hasKeys(send.attributes)) {
    // The layout a history import read the send from is provenance, not a feature of the send.
    const features = { ...send.attributes };
    delete features[historyLayoutAttribute];
    if (hasKeys(features)) observation.features = features;
  }
  for (let index = start; index < end; index += 1) {
    const event = events[index] as OutcomeEvent;
    // every type handled here is in observedEventTypes (the store reads the others only to fill gaps)
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

/** `observations` in `sentAt` order, then `messageId`; each time is parsed once, and sorted input is left as is. */
function sortBySentAt(observations: SendObservation[]): SendObservation[] {
  const times = new Float64Array(observations.length);
  let sorted = true;
  for (let index = 0; index < observations.length; index += 1) {
    const observation = observations[index] as SendObservation;
    times[index] = timeOf(observation.sentAt);
    if (sorted && index > 0) sorted = compareSends(observations, times, index - 1, index) < 0;
  }
  if (sorted) return observations;
  const order = Array.from(observations, (_, index) => index);
  order.sort((a, b) => compareSends(observations, times, a, b));
  return order.map((index) => observations[index] as SendObservation);
}

function compareSends(observations: readonly SendObservation[], times: Float64Array, a: number, b: number): number {
  return compareNumbers(times[a] ?? 0, times[b] ?? 0) || compareText(observations[a]?.messageId ?? '', observations[b]?.messageId ?? '');
}

/** Events grouped by message: message `m`'s events are `grouped[starts[m]..starts[m + 1])`, in arrival order. */
interface GroupedEvents {
  grouped: OutcomeEvent[];
  starts: Int32Array;
  /** Message ids in first-seen order. */
  messageIds: string[];
  duplicates: number;
}

/** Groups `list` by message, leaving out events that repeat an earlier (source, externalId). */
function groupByMessage(list: readonly OutcomeEvent[]): GroupedEvents {
  // External ids per source: no key string is built per event (and the last source's set is reused).
  const seen = new Map<string, Set<string>>();
  let lastSource: string | undefined;
  let ids = new Set<string>();
  // Each event's message as a number (first-seen order; -1 for a duplicate), looked up once per run
  // of events of one message. The events are then laid out message by message in one array, in
  // arrival order within a message (no array per message).
  const messageIndex = new Map<string, number>();
  const messageIds: string[] = [];
  const messageOf = new Int32Array(list.length);
  let lastMessageId: string | undefined;
  let message = -1;
  let duplicates = 0;
  list.forEach((event, index) => {
    if (event.source !== lastSource) {
      lastSource = event.source;
      ids = seen.get(lastSource) ?? new Set();
      seen.set(lastSource, ids);
    }
    const size = ids.size;
    if (ids.add(event.externalId).size === size) {
      duplicates += 1;
      messageOf[index] = -1;
      return;
    }
    if (event.messageId !== lastMessageId) {
      lastMessageId = event.messageId;
      const known = messageIndex.get(lastMessageId);
      if (known === undefined) {
        message = messageIds.length;
        messageIndex.set(lastMessageId, message);
        messageIds.push(lastMessageId);
      } else message = known;
    }
    messageOf[index] = message;
  });
  // A counting sort: each message's count, then where its events start, then each event in place.
  const counts = new Int32Array(messageIds.length);
  for (const of of messageOf) if (of >= 0) counts[of] = (counts[of] ?? 0) + 1;
  const starts = new Int32Array(messageIds.length + 1);
  let start = 0;
  counts.forEach((count, of) => {
    starts[of] = start;
    start += count;
  });
  starts[messageIds.length] = start;
  const next = starts.slice(0, messageIds.length);
  const grouped = new Array<OutcomeEvent>(start);
  list.forEach((event, index) => {
    const of = messageOf[index] ?? -1;
    if (of < 0) return;
    const at = next[of] ?? 0;
    grouped[at] = event;
    next[of] = at + 1;
  });
  return { grouped, starts, messageIds, duplicates };
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
  const { grouped, starts, messageIds, duplicates } = groupByMessage(Array.isArray(events) ? (events as readonly OutcomeEvent[]) : [...events]);
  const folded: SendObservation[] = [];
  const pending: string[] = [];
  for (let message = 0; message < messageIds.length; message += 1) {
    const observation = foldMessage(grouped, starts[message] as number, starts[message + 1] as number);
    if (observation === undefined) pending.push(messageIds[message] as string);
    else folded.push(observation);
  }
  const observations = sortBySentAt(folded);
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
