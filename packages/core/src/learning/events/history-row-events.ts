import type { StoredCompany, StoredContact } from '../../store/store.js';
import type { Channel, OutcomeEvent, OutcomeEventType, ReplySentiment } from '../outcome-event.js';
import type { HistoryColumns, HistoryField } from './detect-history-columns.js';
import type { ImportEventHistoryOptions } from './import-event-history.js';
import { isDateAlone, placeOnClock } from './zoned-clock.js';
import { parseEpochTime, parseExcelSerial, readWrittenDate, unreadableDateReason, type DateOrder, type WrittenDate } from './parse-history-date.js';
import { rowSendProfile, sendSegment } from './send-profile.js';
import { parseLeadStatus, parseOutcomeFlag, parseReplySentiment } from './parse-outcome-cell.js';

/** One data row of a history file, with what is needed to read its cells by field. */
export interface RowContext {
  cells: string[];
  columns: HistoryColumns;
  indexOf: Map<string, number>;
}

/** The trimmed cell of a field's column; empty when the file has no such column. */
export function cellOf(context: RowContext, field: HistoryField): string {
  const name = context.columns[field];
  if (name === undefined) return '';
  return (context.cells[context.indexOf.get(name) ?? -1] ?? '').trim();
}

/**
 * The external id of a message's event: `<message id>:<type>`. A reply read as positive or as an
 * out-of-office auto-reply carries its sentiment too (`<message id>:replied:positive`): a newer export
 * that marks an earlier reply interested, or has a real reply after an auto-reply, then adds that
 * reply instead of being taken for the one already stored (events are append-only and idempotent
 * on their id; the fold counts a message positive when any of its replies is).
 */
export function eventExternalId(messageId: string, type: OutcomeEventType, sentiment?: ReplySentiment): string {
  return type === 'replied' && (sentiment === 'positive' || sentiment === 'out-of-office') ? `${messageId}:replied:${sentiment}` : `${messageId}:${type}`;
}

/** Maps a channel cell to a channel id: anything mentioning LinkedIn is `linkedin`, mail is `email`. */
export function normalizeChannel(text: string): Channel | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return undefined;
  if (value.includes('linkedin')) return 'linkedin';
  if (value.includes('mail')) return 'email';
  return value.replace(/\s+/g, '-');
}

function featureValue(text: string): string | number | boolean {
  const value = text.trim();
  return /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : value;
}

/** The non-empty feature columns of a row as a sent event's attributes (numbers stay numbers), or undefined. */
export function featureAttributes(cells: readonly string[], indexOf: ReadonlyMap<string, number>, featureColumns: readonly string[]): Record<string, string | number | boolean> | undefined {
  const attributes: Record<string, string | number | boolean> = {};
  for (const name of featureColumns) {
    const value = (cells[indexOf.get(name) ?? -1] ?? '').trim();
    if (value !== '') attributes[name] = featureValue(value);
  }
  return Object.keys(attributes).length > 0 ? attributes : undefined;
}

/**
 * Reads a "Replied" cell: yes/no, a count or a date, or, as founders keep the column by hand, what
 * the reply said (`Interested`, `Not interested`, `OOO`): a reply with that sentiment, and an
 * out-of-office one (`OOO`) is stored as such, so it never counts as a person answering.
 * @throws RowRejected when the cell says none of these.
 */
export function readRepliedCell(text: string, column: string | undefined): { replied: boolean; sentiment?: ReplySentiment } {
  const flag = parseOutcomeFlag(text);
  if (flag !== undefined) return { replied: flag };
  const sentiment = parseReplySentiment(text);
  if (sentiment === 'none') return { replied: false };
  if (sentiment !== undefined) return { replied: true, sentiment };
  throw new RowRejected(`${column ?? 'replied'} "${text.trim()}" is not yes/no, a count, a date or a reply status (interested, not interested, out of office)`, column);
}

/** Thrown by `rowEvents` for a row that cannot be read; the import reports it as a rejection. */
export class RowRejected extends Error {
  constructor(
    readonly reason: string,
    readonly field?: string,
  ) {
    super(reason);
  }
}

/** How a date column is written: dates as text, Excel serials only, or Unix times only. */
export type DateColumnFormat = 'text' | 'excel-serial' | 'unix-time';

/** Counts the time-of-day cells written without a zone, which were read on the `timeZone` clock. */
export interface ZonelessTimes {
  count: number;
}

/** A date cell as written; an Excel serial is a spreadsheet's wall-clock time, a Unix time an instant. */
function writtenCell(text: string, format: DateColumnFormat, order: DateOrder): WrittenDate | undefined {
  if (format === 'text') return readWrittenDate(text, order);
  const value = format === 'excel-serial' ? parseExcelSerial(text) : parseEpochTime(text);
  return value === undefined ? undefined : { value, zoneless: format === 'excel-serial' };
}

/** A date cell read: the instant, and the cell read as if written in UTC (they differ only for a time written without a zone, read in another zone). */
export interface DateCell {
  at: string;
  asUtc: string;
}

/**
 * Reads a non-empty date cell of the column `column`; a time of day written without a zone is read
 * on the clock of `timeZone` and counted in `zoneless`.
 * @throws RowRejected saying why the value is not a date.
 */
export function readDateCell(text: string, column: string, format: DateColumnFormat, order: DateOrder, timeZone = 'UTC', zoneless?: ZonelessTimes): DateCell {
  const written = writtenCell(text, format, order);
  if (written !== undefined) {
    if (!written.zoneless) return { at: written.value, asUtc: written.value };
    if (zoneless && !isDateAlone(written.value)) zoneless.count += 1;
    return { at: placeOnClock(written.value, timeZone), asUtc: written.value };
  }
  const why = parseExcelSerial(text) === undefined ? unreadableDateReason(text) : 'it looks like an Excel date serial, read as one only when every value of the column is one';
  throw new RowRejected(`${column} "${text}" is not a date${why === undefined ? '' : `: ${why}`}`, column);
}

/** What `rowEvents` needs besides the row: file-level decisions and the import's options. */
export interface RowSettings {
  source: string;
  dateOrder: DateOrder;
  /** How each date field's column is written, where not as text: Excel serials (`45935.375`) or Unix times only. */
  dateFormats: ReadonlyMap<HistoryField, DateColumnFormat>;
  contactsByEmail: Map<string, StoredContact>;
  /** The tenant's companies by id: a matched contact's company fills its profile. */
  companies: ReadonlyMap<string, StoredCompany>;
  options: ImportEventHistoryOptions;
  featureColumns: readonly string[];
  unknownSentiments: Map<string, number>;
  /** Counts the times read on the `timeZone` clock (written without a zone). */
  zoneless?: ZonelessTimes;
}

/** The events of one row, before the import gives them message and external ids. */
export interface BuiltRow {
  /** Identity of the message, hashed into its id when the file has no message-id column. */
  key: string;
  messageId?: string;
  matched: boolean;
  /** Outcome date fields (replied at, interested at) dated before the send: kept, and worth a warning. */
  beforeSend: HistoryField[];
  /** Events without their ids yet. */
  events: Array<Omit<OutcomeEvent, 'messageId' | 'externalId'>>;
}

/** The events of one row. @throws RowRejected with the reason the row cannot be read. */
export function rowEvents(context: RowContext, settings: RowSettings): BuiltRow {
  const { columns } = context;
  const cell = (field: HistoryField): string => cellOf(context, field);
  const dateCell = (field: HistoryField): DateCell | undefined => {
    const text = cell(field);
    if (text === '') return undefined;
    return readDateCell(text, columns[field] ?? field, settings.dateFormats.get(field) ?? 'text', settings.dateOrder, settings.options.timeZone, settings.zoneless);
  };
  const date = (field: HistoryField): string | undefined => dateCell(field)?.at;
  const flag = (field: HistoryField): boolean => {
    const parsed = parseOutcomeFlag(cell(field));
    if (parsed === undefined) throw new RowRejected(`${columns[field] ?? field} "${cell(field)}" is not yes/no, a count or a date`, columns[field]);
    return parsed;
  };

  if (columns.sentCount !== undefined && cell('sentCount') !== '' && parseOutcomeFlag(cell('sentCount')) === false) {
    throw new RowRejected(`never sent (${columns.sentCount} is ${cell('sentCount')})`, columns.sentCount);
  }
  const sentCell = dateCell('sentAt');
  const sentAt = sentCell?.at;
  if (sentCell === undefined || sentAt === undefined) throw new RowRejected(`no send date (${columns.sentAt ?? 'sentAt'} is empty)`, columns.sentAt);

  const email = cell('email').toLowerCase();
  const contact = email === '' ? undefined : settings.contactsByEmail.get(email);
  const contactId = cell('contactId') || contact?.id;
  const campaign = cell('campaign') || settings.options.defaults?.campaign;
  const angle = cell('angle') || settings.options.defaults?.angle;
  const channel = normalizeChannel(cell('channel')) ?? settings.options.defaults?.channel ?? 'email';
  const profiled = sendSegment({ segmentCell: cell('segment'), ...(contact === undefined ? {} : { contact }), companies: settings.companies, row: rowSendProfile(cell), options: settings.options });

  const status = parseLeadStatus(cell('status'));
  const sentimentText = cell('sentiment');
  let sentiment: ReplySentiment | undefined;
  let sentimentSaysReply = false;
  if (sentimentText !== '') {
    const parsed = parseReplySentiment(sentimentText);
    if (parsed === undefined) {
      settings.unknownSentiments.set(sentimentText, (settings.unknownSentiments.get(sentimentText) ?? 0) + 1);
      sentiment = 'neutral';
      sentimentSaysReply = true;
    } else if (parsed !== 'none') {
      sentiment = parsed;
      sentimentSaysReply = true;
    }
  }
  const repliedCell = readRepliedCell(cell('replied'), columns.replied);
  const repliedAt = date('repliedAt');
  const interestedAt = date('interestedAt');
  if (sentiment === undefined) sentiment = repliedCell.sentiment;
  if (sentiment === undefined && interestedAt !== undefined) sentiment = 'positive';
  if (sentiment === undefined) sentiment = status.reply;
  const replied = repliedCell.replied || sentimentSaysReply || repliedAt !== undefined || interestedAt !== undefined || status.reply !== undefined;

  const base: { contactId?: string; campaign?: string } = {};
  if (contactId !== undefined && contactId !== '') base.contactId = contactId;
  if (campaign !== undefined && campaign !== '') base.campaign = campaign;
  const sent: Omit<OutcomeEvent, 'messageId' | 'externalId'> = { source: settings.source, type: 'sent', occurredAt: sentAt, ...base, channel };
  if (angle !== undefined && angle !== '') sent.angle = angle;
  if (profiled.segment !== undefined) sent.segment = profiled.segment;
  const features = featureAttributes(context.cells, context.indexOf, settings.featureColumns);
  // The user's feature columns win over the profile read from the row.
  const attributes = profiled.attributes === undefined ? features : { ...profiled.attributes, ...features };
  if (attributes !== undefined) sent.attributes = attributes;
  const events: BuiltRow['events'] = [sent];
  const outcome = (type: OutcomeEvent['type'], occurredAt: string = sentAt): void => {
    events.push({ source: settings.source, type, occurredAt, ...base });
  };
  if (flag('opened')) outcome('opened');
  if (flag('clicked')) outcome('clicked');
  if (replied) {
    const reply: Omit<OutcomeEvent, 'messageId' | 'externalId'> = { source: settings.source, type: 'replied', occurredAt: repliedAt ?? interestedAt ?? sentAt, ...base };
    if (sentiment !== undefined) reply.sentiment = sentiment;
    events.push(reply);
  }
  if (flag('meeting') || status.meeting === true) outcome('meeting-booked');
  if (flag('bounced') || status.bounced === true) outcome('bounced');
  if (flag('unsubscribed') || status.unsubscribed === true) outcome('unsubscribed');

  const messageId = cell('messageId');
  const who = email || cell('contactId');
  // Without a contact, the whole row is the message's identity.
  // The send time in the key is the cell read as UTC whatever the zone: the message's id (and so
  // re-imports adding nothing) must not depend on the zone a time without one is read in.
  const key = who === '' ? context.cells.join('\u0001') : [who, campaign ?? '', sentCell.asUtc, angle ?? '', channel].join('\u0001');
  const beforeSend = (['repliedAt', 'interestedAt'] as const).filter((field) => {
    const at = field === 'repliedAt' ? repliedAt : interestedAt;
    return at !== undefined && at < sentAt;
  });
  const built: BuiltRow = { key, matched: contact !== undefined, events, beforeSend };
  if (messageId !== '') built.messageId = messageId;
  return built;
}
