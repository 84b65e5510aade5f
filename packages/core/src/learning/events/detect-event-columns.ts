import { CompoundError } from '../../errors/compound-error.js';
import { findColumns, historySynonyms, type HistoryColumns, type HistoryField, type HistorySynonyms } from './detect-history-columns.js';
import { mapEventKind } from './map-event-kind.js';

/** The columns of a per-event file: the event type and its time are always there. */
export type EventColumns = HistoryColumns & { eventType: string; occurredAt: string };

/**
 * Header names of per-event exports, compared as `findColumns` does. HubSpot's email events carry
 * `id`, `created` (milliseconds since 1970), `type`, `recipient`, `emailCampaignId` and `sentBy`
 * (the id of the message's SENT event; `sentBy.id` once flattened into a CSV column); lemlist's
 * activities `_id`, `type`, `createdAt`, `leadEmail`, `leadId`, `campaignName`, `campaignId` and the
 * sequence step.
 * @see https://legacydocs.hubspot.com/docs/methods/email/email_events_overview
 * @see http://help.lemlist.com/en/articles/9423940-use-the-api-to-list-activity-types
 * @see https://help.smartlead.ai/Threaded-Replies-ff92a607c93645b7b1568d8219218423 (EMAIL_REPLY: `stats_id`, `sent_message.message_id`, `message_id` = the reply's)
 */
const eventSynonyms: HistorySynonyms = {
  eventType: ['eventtype', 'type', 'event', 'activitytype', 'activity', 'eventname', 'eventkind', 'kind', 'action'],
  occurredAt: ['occurredat', 'timestamp', 'eventtimestamp', 'created', 'createdat', 'eventdate', 'eventtime', 'date', 'datetime', 'time'],
  // The message's own id; `sentBy.id` points every HubSpot event at its SENT event. Smartlead's
  // `stats_id` (and `sent_message.message_id`) name the sent email on each of its events, where its
  // `message_id` is the reply's own Message-ID on EMAIL_REPLY: the sent email's ids come first.
  messageId: ['sentbyid', 'statsid', 'sentmessagemessageid', 'messageid', 'sendid', 'emailsendid'],
  eventId: ['eventid', 'id', 'activityid'],
  // Reply.io's events name the prospect in `contact_fields` (`contact_fields.email` once flattened).
  email: [...historySynonyms.email, 'contactfieldsemail'],
  contactId: [...historySynonyms.contactId, 'contactfieldsid'],
  campaign: ['campaign', 'campaignname', 'campaigns', 'sequence', 'sequencename', 'emailname', 'emailcampaignname', 'emailcampaignid', 'campaignid'],
  step: ['sequencestep', 'step', 'stepnumber', 'stepindex', 'sequencenumber', 'emailstep'],
  angle: historySynonyms.angle,
  channel: historySynonyms.channel,
  segment: historySynonyms.segment,
  sentiment: historySynonyms.sentiment,
  title: historySynonyms.title,
  seniority: historySynonyms.seniority,
  companySize: historySynonyms.companySize,
  industry: historySynonyms.industry,
  country: historySynonyms.country,
};

/** Values of the type column read to decide the layout, and the share of them that must be event kinds. */
const sampleSize = 500;
const knownShare = 0.6;

/**
 * Decides whether a history file has one row per event (HubSpot email events, lemlist activities):
 * a column named like an event type (`type`, `event`, `activity`, ...) most of whose values are event
 * kinds (`SENT`, `OPEN`, `emailsReplied`, ...; see `mapEventKind`), and a column of event times. A
 * mapped `eventType` column decides it whatever its values; `eventType: null` rules it out.
 * @param sample Cells of the first data rows.
 * @returns The columns, or undefined for a row-per-message file.
 * @throws CompoundError `mapping-invalid` when `mapping` names a missing column, or the file has an
 *   event type column but no event time column (pass `mapping.occurredAt`; `mapping.sentAt` is taken as it).
 */
export function detectEventColumns(
  header: readonly string[],
  file: string,
  mapping: Partial<Record<HistoryField, string | null>>,
  sample: readonly (readonly string[])[],
): EventColumns | undefined {
  if (mapping.eventType === null) return undefined;
  // Fields of row-per-message files keep their mapping there; here only the fields a per-event file has.
  const eventMapping = Object.fromEntries(Object.entries(mapping).filter(([field]) => field in eventSynonyms)) as Partial<Record<HistoryField, string | null>>;
  const columns = findColumns(header, file, eventMapping, eventSynonyms);
  const typeColumn = columns.eventType;
  if (typeColumn === undefined) return undefined;
  if (mapping.eventType === undefined) {
    const index = header.indexOf(typeColumn);
    const values = sample
      .slice(0, sampleSize)
      .map((cells) => (cells[index] ?? '').trim())
      .filter((value) => value !== '');
    const known = values.filter((value) => mapEventKind(value) !== undefined).length;
    // A file with a header only is per-event by its header (type and time columns): nothing to read either way.
    const headerOnly = sample.length === 0 && columns.occurredAt !== undefined;
    if (!headerOnly && (known === 0 || known < values.length * knownShare)) return undefined;
  }
  if (columns.occurredAt === undefined) {
    // `--map When=sentAt`, as the row-per-message error asks: in a per-event file that is the event time.
    const sentAt = mapping.sentAt;
    if (typeof sentAt === 'string' && header.includes(sentAt)) return { ...columns, eventType: typeColumn, occurredAt: sentAt };
    // With a send date column by name, an event-like column belongs to a row-per-message file (`Sent At` and `Event`).
    const rowTime = findColumns(header, file, {}, { sentAt: historySynonyms.sentAt }).sentAt;
    if (mapping.eventType === undefined && rowTime !== undefined) return undefined;
    throw new CompoundError({
      code: 'mapping-invalid',
      message: `${file} has one row per event (event type in "${typeColumn}") but no event time column (looked for timestamp, created, createdAt, date, ...); pass mapping.occurredAt with the column's header (on the command line: --map COLUMN=occurredAt).`,
      context: { file, field: 'occurredAt' },
    });
  }
  return { ...columns, eventType: typeColumn, occurredAt: columns.occurredAt };
}
