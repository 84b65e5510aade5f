import { CompoundError } from '../../errors/compound-error.js';
import { compactHeaderKey } from '../../contacts/import/header-key.js';

/** What a column of a campaign-history file can say about a sent message. */
export const historyFields = [
  'messageId',
  'email',
  'contactId',
  'campaign',
  'angle',
  'channel',
  'segment',
  'sentAt',
  'sentCount',
  'opened',
  'clicked',
  'replied',
  'repliedAt',
  'sentiment',
  'interestedAt',
  'meeting',
  'bounced',
  'unsubscribed',
  'status',
  'eventType',
  'occurredAt',
  'eventId',
  'step',
  'title',
  'seniority',
  'companySize',
  'industry',
  'country',
] as const;

/** A field of a campaign-history row. */
export type HistoryField = (typeof historyFields)[number];

/** Field → header of the column that holds it. */
export type HistoryColumns = Partial<Record<HistoryField, string>>;

/**
 * Header names per field, compared run together and lower-cased (`Sent At`, `sent_at` and `sentAt`
 * are all `sentat`), best first. Lemlist names (`emailsSent`, `emailsReplied`, `lastRepliedDate`,
 * `leadStatus`, `lastLeadMarkedAsInterestedDate`, `firstContactedDate`) come from its lead and
 * campaign exports.
 * @see https://developer.lemlist.com/ (campaign export: per-lead counters)
 * @see https://help.smartlead.ai/Email-Sent-d178e38d71a24e24a92383b7222d46c2 (webhook fields: sl_lead_email, to_email, event_timestamp)
 */
export const historySynonyms: Record<HistoryField, readonly string[]> = {
  messageId: ['messageid', 'sendid', 'emailid', 'activityid'],
  // Smartlead's webhooks name the lead sl_lead_email and to_email (from_email is the sender's mailbox).
  email: ['email', 'emailaddress', 'contactemail', 'leademail', 'slleademail', 'recipient', 'recipientemail', 'toemail', 'to', 'mail'],
  contactId: ['contactid', 'leadid', 'personid'],
  campaign: ['campaign', 'campaignname', 'campaigns', 'sequence', 'sequencename'],
  angle: ['angle', 'messageangle', 'template', 'templatename', 'variant', 'abvariant', 'version', 'copy'],
  channel: ['channel', 'steptype', 'medium'],
  segment: ['segment', 'persona', 'icpsegment'],
  sentAt: ['sentat', 'sentdate', 'datesent', 'sent', 'senddate', 'sendtime', 'sentat utc', 'date', 'firstcontacteddate', 'lastcontacteddate'],
  sentCount: ['emailssent', 'sentcount', 'messagessent'],
  opened: ['opened', 'emailsopened', 'opens', 'opencount', 'isopened', 'open'],
  clicked: ['clicked', 'emailsclicked', 'clicks', 'clickcount', 'click'],
  replied: ['replied', 'emailsreplied', 'replies', 'hasreplied', 'isreplied', 'reply', 'replycount'],
  repliedAt: ['repliedat', 'replydate', 'repliedon', 'lastreplieddate', 'lastrepliedat', 'firstreplieddate'],
  sentiment: ['replysentiment', 'sentiment', 'replystatus', 'replytype', 'replycategory', 'replyclassification'],
  interestedAt: ['lastleadmarkedasinteresteddate', 'markedasinteresteddate', 'interestedat', 'interesteddate'],
  meeting: ['meetingbooked', 'meeting', 'booked', 'meetingscheduled', 'meetings'],
  bounced: ['bounced', 'emailsbounced', 'bounce', 'isbounced'],
  unsubscribed: ['unsubscribed', 'emailsunsubscribed', 'unsubscribe', 'optedout', 'optout'],
  status: ['leadstatus', 'status', 'outcome', 'result'],
  // Fields of per-event files (detect-event-columns.ts): never found by name in a row-per-message file.
  eventType: [],
  occurredAt: [],
  eventId: [],
  step: [],
  // The recipient's profile (see send-profile.ts): a history-only workspace learns segments from them.
  title: ['title', 'jobtitle', 'position', 'currenttitle', 'currentposition', 'headline', 'jobrole'],
  seniority: ['seniority', 'senioritylevel', 'managementlevel'],
  companySize: ['companysize', 'employees', 'employeecount', 'numberofemployees', 'headcount', 'companyheadcount', 'staffcount'],
  industry: ['industry', 'sector', 'vertical', 'industries'],
  country: ['country', 'countrycode', 'countryname', 'countryregion'],
};

/** Header names per field, best first, as `findColumns` compares them. */
export type HistorySynonyms = Partial<Record<HistoryField, readonly string[]>>;

/**
 * Finds the column of each field of `names` by header name; `mapping` overrides a field (a
 * header name) or switches it off (`null`). A header serves one field at most, the first field that claims it.
 * @throws CompoundError `mapping-invalid` when `mapping` names a header the file does not have.
 */
export function findColumns(header: readonly string[], file: string, mapping: Partial<Record<HistoryField, string | null>>, names: HistorySynonyms): HistoryColumns {
  const columns: HistoryColumns = {};
  const used = new Set<string>();
  for (const [field, name] of Object.entries(mapping) as Array<[HistoryField, string | null | undefined]>) {
    if (name === null || name === undefined) continue;
    if (!header.includes(name)) {
      throw new CompoundError({
        code: 'mapping-invalid',
        message: `mapping.${field} names the column "${name}", which ${file} does not have (columns: ${header.join(', ')}).`,
        context: { file, field },
      });
    }
    columns[field] = name;
    used.add(name);
  }
  const byKey = new Map<string, string>();
  for (const name of header) {
    const key = compactHeaderKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  for (const field of historyFields) {
    if (field in mapping) continue;
    for (const synonym of names[field] ?? []) {
      const name = byKey.get(synonym.replace(/\s+/g, ''));
      if (name !== undefined && !used.has(name)) {
        columns[field] = name;
        used.add(name);
        break;
      }
    }
  }
  return columns;
}

/**
 * Finds the column of each field by header name; `mapping` overrides a field (a header name) or
 * switches it off (`null`). A header serves one field at most, the first field that claims it.
 * @throws CompoundError `mapping-invalid` when `mapping` names a header the file does not have, or
 *   when no column gives the send date (pass `mapping.sentAt`).
 */
export function detectHistoryColumns(header: readonly string[], file: string, mapping: Partial<Record<HistoryField, string | null>> = {}): HistoryColumns {
  const columns = findColumns(header, file, mapping, historySynonyms);
  if (columns.sentAt === undefined) {
    throw new CompoundError({
      code: 'mapping-invalid',
      message: `${file} has no send date column (looked for sent at, sent date, date, firstContactedDate, ...); pass mapping.sentAt with the column's header (on the command line: --map COLUMN=sentAt).`,
      context: { file, field: 'sentAt' },
    });
  }
  return columns;
}
