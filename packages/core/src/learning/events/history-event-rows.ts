import { createHash } from 'node:crypto';
import type { StoredCompany, StoredContact } from '../../store/store.js';
import type { Channel, OutcomeEvent, OutcomeEventType, ReplySentiment } from '../outcome-event.js';
import type { EventColumns } from './detect-event-columns.js';
import type { HistoryField } from './detect-history-columns.js';
import { eventExternalId, featureAttributes, normalizeChannel, readDateCell, RowRejected, type DateColumnFormat, type ZonelessTimes } from './history-row-events.js';
import type { EventHistoryRejection, ImportEventHistoryOptions } from './import-event-history.js';
import { mapEventKind } from './map-event-kind.js';
import type { DateOrder } from './parse-history-date.js';
import { parseReplySentiment } from './parse-outcome-cell.js';
import { rowSendProfile, sendSegment } from './send-profile.js';

/** One event type value of a per-event file, how many rows have it and what it was read as. */
export interface EventTypeCount {
  /** The value as the file writes it (`OPEN`, `emailsOpened`). */
  value: string;
  rows: number;
  /** The outcome it became, `not-an-outcome` (delivery bookkeeping such as `PROCESSED`), or `unknown` (not read). */
  readAs: OutcomeEventType | 'not-an-outcome' | 'unknown';
  /** The reply sentiment the type itself says (lemlist `emailsInterested`: positive). */
  sentiment?: ReplySentiment;
}

/** What `eventRowsEvents` needs besides the rows. */
export interface EventRowsSettings {
  file: string;
  source: string;
  columns: EventColumns;
  indexOf: ReadonlyMap<string, number>;
  dateOrder: DateOrder;
  timeFormat: DateColumnFormat;
  contactsByEmail: ReadonlyMap<string, StoredContact>;
  /** The tenant's companies by id: a matched contact's company fills its profile. */
  companies: ReadonlyMap<string, StoredCompany>;
  options: ImportEventHistoryOptions;
  featureColumns: readonly string[];
  /** Counts the times read on the `timeZone` clock (written without a zone). */
  zoneless?: ZonelessTimes;
}

/** The events of a per-event file, grouped into messages. */
export interface EventRowsResult {
  events: OutcomeEvent[];
  /** Messages with a sent event. */
  messages: number;
  /** Rows not rejected (outcome, not-an-outcome or unknown type) whose email matched a stored contact. */
  matchedContacts: number;
  rejected: EventHistoryRejection[];
  warnings: string[];
  eventTypes: EventTypeCount[];
  /** Messages that have events but no sent event in the file, and the rows of those events. */
  withoutSend: { messages: number; rows: number[] };
  /** The message id column tied no events together and was not used (see the warning). */
  unlinkedMessageIds?: boolean;
}

interface EventRow {
  row: number;
  cells: readonly string[];
  type: OutcomeEventType;
  /** Interest marked by the event type itself (lemlist `emailsInterested`). */
  marked?: ReplySentiment;
  at: string;
  contact?: StoredContact;
  contactId?: string;
  campaign?: string;
  channel: Channel;
  /** Recipient, campaign, step and channel: the message when the file has no message id. */
  personKey: string;
  /** Recipient, campaign and channel: the lead's sends, for an outcome whose step cell is empty. */
  leadKey: string;
  /** An outcome without message id whose step cell is empty, in a file with a step column. */
  stepless: boolean;
  messageId?: string;
}

/** Rows named in a warning; the count covers them all. */
const listedRows = 10;
const outcomeOrder: readonly OutcomeEventType[] = ['delivered', 'opened', 'clicked', 'meeting-booked', 'bounced', 'unsubscribed'];

function rowList(rows: readonly number[]): string {
  return rows.slice(0, listedRows).join(', ') + (rows.length > listedRows ? `, ... ${rows.length - listedRows} more` : '');
}

/** The message id of a recipient + campaign + step + channel key: hashed, so ids are short and free of personal data. */
function keyMessageId(personKey: string): string {
  return `history:${createHash('sha256').update(`event\u0001${personKey}`).digest('hex').slice(0, 24)}`;
}

function earliest(rows: readonly EventRow[]): EventRow | undefined {
  let first: EventRow | undefined;
  for (const row of rows) if (first === undefined || row.at < first.at) first = row;
  return first;
}

/**
 * Whether a message id column ties events together: some value is on two rows, or names a sent
 * event's own id (HubSpot `sentBy.id`). A provider Message-ID that differs for the send and its reply
 * (lemlist `messageId`) ties nothing; so does an empty column, which is kept (SENT rows alone).
 */
function messageIdsLink(rows: ReadonlyArray<{ cells: readonly string[] }>, cellOf: (cells: readonly string[], field: HistoryField) => string): boolean {
  const seen = new Set<string>();
  const sentIds = new Set<string>();
  const ids: string[] = [];
  for (const { cells } of rows) {
    const id = cellOf(cells, 'messageId');
    if (id !== '') {
      if (seen.has(id)) return true;
      seen.add(id);
      ids.push(id);
    }
    const kind = mapEventKind(cellOf(cells, 'eventType'));
    if (kind?.read === 'outcome' && kind.type === 'sent' && cellOf(cells, 'eventId') !== '') sentIds.add(cellOf(cells, 'eventId'));
  }
  return ids.length < 2 || ids.some((id) => sentIds.has(id));
}

/**
 * Reads a file of one row per event (HubSpot email events, lemlist activities): each row's event
 * type, time and recipient, grouped into messages by the file's message id (HubSpot `sentBy.id`; a
 * SENT row's own event id), else by recipient + campaign + sequence step + channel (an outcome whose
 * step cell is empty joins the lead's latest send before it; a reply whose message id names no send
 * of the file, its own Message-ID, joins its step's send or the lead's latest send before it). Each message
 * gives the events the row-per-message import gives: one `sent` at its earliest SENT row, and one
 * event per outcome at its earliest row, with ids `<message id>:<type>` (see `eventExternalId`), so a re-import adds
 * nothing and rows may come in any order. A reply takes its sentiment from an interested / not
 * interested event of the message (the latest), else from a sentiment column.
 *
 * Messages without a SENT row keep their events (stored; they count once a file with the send is
 * imported) and are named in a warning, as are events dated before their message's send (kept as
 * dated). Unknown event types are counted in `eventTypes`, not read.
 */
export function eventRowsEvents(rows: ReadonlyArray<{ row: number; cells: readonly string[] }>, settings: EventRowsSettings): EventRowsResult {
  const { indexOf, options } = settings;
  const warnings: string[] = [];
  let { columns } = settings;
  let unlinkedMessageIds = false;
  const cellOf = (cells: readonly string[], field: HistoryField): string => {
    const name = columns[field];
    return name === undefined ? '' : (cells[indexOf.get(name) ?? -1] ?? '').trim();
  };
  if (columns.messageId !== undefined && !messageIdsLink(rows, cellOf)) {
    warnings.push(
      `No two rows of ${settings.file} share a ${columns.messageId} value and none names a sent event, so ${columns.messageId} does not tie events to their message: grouped by recipient, campaign and step instead.`,
    );
    columns = { ...columns };
    delete columns.messageId;
    unlinkedMessageIds = true;
  }
  const tally = new Map<string, EventTypeCount>();
  const count = (value: string, readAs: EventTypeCount['readAs'], sentiment: ReplySentiment | undefined): void => {
    const entry = tally.get(value) ?? { value, rows: 0, readAs, ...(sentiment === undefined ? {} : { sentiment }) };
    entry.rows += 1;
    tally.set(value, entry);
  };
  const rejected: EventHistoryRejection[] = [];
  const read: EventRow[] = [];
  let matchedContacts = 0;
  for (const { row, cells } of rows) {
    const value = cellOf(cells, 'eventType');
    try {
      if (value === '') throw new RowRejected(`no event type (${columns.eventType} is empty)`, columns.eventType);
      const kind = mapEventKind(value);
      count(value, kind === undefined ? 'unknown' : kind.read === 'outcome' ? kind.type : 'not-an-outcome', kind?.read === 'outcome' ? kind.sentiment : undefined);
      const email = cellOf(cells, 'email').toLowerCase();
      const contact = email === '' ? undefined : settings.contactsByEmail.get(email);
      if (kind === undefined || kind.read !== 'outcome') {
        // Not read, but a row of the file all the same: the matched count is of every row not rejected.
        if (contact !== undefined) matchedContacts += 1;
        continue;
      }
      const timeText = cellOf(cells, 'occurredAt');
      if (timeText === '') throw new RowRejected(`no event time (${columns.occurredAt} is empty)`, columns.occurredAt);
      const at = readDateCell(timeText, columns.occurredAt, settings.timeFormat, settings.dateOrder, settings.options.timeZone, settings.zoneless).at;
      const who = email || cellOf(cells, 'contactId');
      let messageId = cellOf(cells, 'messageId') || undefined;
      // A SENT event is its own message where the other events point at it (HubSpot `sentBy.id`). Without
      // such a column the recipient key is the message, so events imported before their send still join it.
      if (messageId === undefined && kind.type === 'sent' && columns.messageId !== undefined) messageId = cellOf(cells, 'eventId') || undefined;
      if (messageId === undefined && who === '') {
        throw new RowRejected(`no recipient${columns.messageId === undefined ? '' : ' or message id'} to tie the event to a message`, columns.email);
      }
      const campaign = cellOf(cells, 'campaign') || options.defaults?.campaign;
      const channel = kind.channel ?? normalizeChannel(cellOf(cells, 'channel')) ?? options.defaults?.channel ?? 'email';
      const step = cellOf(cells, 'step');
      const event: EventRow = {
        row,
        cells,
        type: kind.type,
        at,
        channel,
        personKey: [who, campaign ?? '', step, channel].join('\u0001'),
        leadKey: [who, campaign ?? '', channel].join('\u0001'),
        stepless: columns.step !== undefined && step === '' && kind.type !== 'sent' && messageId === undefined,
      };
      if (kind.sentiment !== undefined) event.marked = kind.sentiment;
      if (contact !== undefined) event.contact = contact;
      // The workspace's contact when the email matches one; else the file's own id (lemlist `leadId`).
      const contactId = contact?.id ?? cellOf(cells, 'contactId');
      if (contactId !== '') event.contactId = contactId;
      if (campaign !== undefined && campaign !== '') event.campaign = campaign;
      if (messageId !== undefined) event.messageId = messageId;
      if (contact !== undefined) matchedContacts += 1;
      read.push(event);
    } catch (error: unknown) {
      if (!(error instanceof RowRejected)) throw error;
      const rejection: EventHistoryRejection = { file: settings.file, row, reason: error.reason };
      if (error.field !== undefined) rejection.field = error.field;
      rejected.push(rejection);
    }
  }

  // Events without a message id join the send of the same recipient, campaign and step when that send has one.
  const sendIdOf = new Map<string, string | null>();
  for (const event of read) {
    if (event.type !== 'sent' || event.messageId === undefined) continue;
    const known = sendIdOf.get(event.personKey);
    sendIdOf.set(event.personKey, known === undefined || known === event.messageId ? event.messageId : null);
  }
  const messages = new Map<string, EventRow[]>();
  const join = (id: string, event: EventRow): void => {
    const list = messages.get(id);
    if (list === undefined) messages.set(id, [event]);
    else list.push(event);
  };
  const idOf = (event: EventRow): string => event.messageId ?? sendIdOf.get(event.personKey) ?? keyMessageId(event.personKey);
  const sendsOf = new Map<string, Array<{ at: string; id: string }>>();
  for (const event of read) {
    if (event.stepless || event.type !== 'sent') continue;
    const sends = sendsOf.get(event.leadKey);
    if (sends === undefined) sendsOf.set(event.leadKey, [{ at: event.at, id: idOf(event) }]);
    else sends.push({ at: event.at, id: idOf(event) });
  }
  // The lead's latest send at or before an event (else its first send).
  for (const sends of sendsOf.values()) sends.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const sendBefore = (event: EventRow): string | undefined => {
    const sends = sendsOf.get(event.leadKey);
    return (sends?.filter((candidate) => candidate.at <= event.at).at(-1) ?? sends?.[0])?.id;
  };
  const sentIds = new Set<string>();
  for (const sends of sendsOf.values()) for (const send of sends) sentIds.add(send.id);
  for (const event of read) {
    // An outcome with an empty step cell follows the lead's latest send before it.
    if (event.stepless) {
      join(sendBefore(event) ?? keyMessageId(event.personKey), event);
      continue;
    }
    // A reply is an email of its own: a message id column can give the reply's Message-ID (Smartlead's
    // `message_id` on EMAIL_REPLY, lemlist's `messageId`), naming no send. It answers its step's send
    // in the file, else the lead's latest send before it; with no send of the lead in the file it keeps
    // its id (a send imported earlier under that id still gets it).
    const foreign = event.type === 'replied' && event.messageId !== undefined && !sentIds.has(event.messageId);
    const answered = foreign ? (sendIdOf.get(event.personKey) ?? (sendsOf.has(event.leadKey) ? sendBefore(event) : undefined)) : undefined;
    join(answered ?? idOf(event), event);
  }

  const events: OutcomeEvent[] = [];
  const unsent: number[] = [];
  const beforeSend: number[] = [];
  let unsentMessages = 0;
  let sentMessages = 0;
  for (const [messageId, list] of messages) {
    const first = list[0] as EventRow;
    const base: { contactId?: string; campaign?: string } = {};
    const contactId = list.find((event) => event.contactId !== undefined)?.contactId;
    const campaign = list.find((event) => event.campaign !== undefined)?.campaign;
    if (contactId !== undefined) base.contactId = contactId;
    if (campaign !== undefined) base.campaign = campaign;
    const add = (type: OutcomeEventType, occurredAt: string, extra: Partial<OutcomeEvent> = {}): void => {
      events.push({ source: settings.source, externalId: eventExternalId(messageId, type, extra.sentiment), type, occurredAt, messageId, ...base, ...extra });
    };
    const send = earliest(list.filter((event) => event.type === 'sent'));
    if (send === undefined) {
      unsentMessages += 1;
      for (const event of list) unsent.push(event.row);
    } else {
      sentMessages += 1;
      for (const event of list) if (event.at < send.at) beforeSend.push(event.row);
      const extra: Partial<OutcomeEvent> = { channel: send.channel };
      const angle = cellOf(send.cells, 'angle') || options.defaults?.angle;
      const contact = send.contact ?? first.contact;
      const profiled = sendSegment({ segmentCell: cellOf(send.cells, 'segment'), ...(contact === undefined ? {} : { contact }), companies: settings.companies, row: rowSendProfile((field) => cellOf(send.cells, field)), options });
      if (angle !== undefined && angle !== '') extra.angle = angle;
      if (profiled.segment !== undefined) extra.segment = profiled.segment;
      const features = featureAttributes(send.cells, indexOf, settings.featureColumns);
      const attributes = profiled.attributes === undefined ? features : { ...profiled.attributes, ...features };
      if (attributes !== undefined) extra.attributes = attributes;
      add('sent', send.at, extra);
    }
    for (const type of outcomeOrder) {
      const at = earliest(list.filter((event) => event.type === type));
      if (at !== undefined) add(type, at.at);
    }
    const replies = list.filter((event) => event.type === 'replied');
    if (replies.length > 0) {
      // The reply itself dates it; an interested / not interested marking only when the reply row is missing.
      const reply = earliest(replies.filter((event) => event.marked === undefined)) ?? (earliest(replies) as EventRow);
      const marking = replies.filter((event) => event.marked !== undefined).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.row - b.row)).at(-1);
      // An auto-reply (out of office) says nothing of a real reply that came after it.
      const realAfter = marking?.marked === 'out-of-office' && replies.some((event) => event.marked === undefined && event.at > marking.at);
      let sentiment = realAfter ? undefined : marking?.marked;
      if (sentiment === undefined) {
        const parsed = parseReplySentiment(cellOf(reply.cells, 'sentiment'));
        if (parsed !== undefined && parsed !== 'none') sentiment = parsed;
      }
      add('replied', reply.at, sentiment === undefined ? {} : { sentiment });
    }
  }

  if (unsentMessages > 0) {
    unsent.sort((a, b) => a - b);
    const plural = unsentMessages === 1 ? 'message has' : 'messages have';
    warnings.push(
      `${unsentMessages} ${plural} events but no sent event in ${settings.file} (row${unsent.length === 1 ? '' : 's'} ${rowList(unsent)}): their events are stored and count once the send is imported; export the campaign's sent events too if they are missing.`,
    );
  }
  if (beforeSend.length > 0) {
    beforeSend.sort((a, b) => a - b);
    const many = beforeSend.length > 1;
    warnings.push(
      `${beforeSend.length} event${many ? 's' : ''} in ${settings.file} ${many ? 'are' : 'is'} dated before their message's send (row${many ? 's' : ''} ${rowList(beforeSend)}): kept as dated; check the file if that is a mistake.`,
    );
  }
  rejected.sort((a, b) => a.row - b.row);
  return { events, messages: sentMessages, matchedContacts, rejected, warnings, eventTypes: [...tally.values()], withoutSend: { messages: unsentMessages, rows: unsent }, ...(unlinkedMessageIds ? { unlinkedMessageIds } : {}) };
}
