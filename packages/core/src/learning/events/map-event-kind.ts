import type { Channel, OutcomeEventType, ReplySentiment } from '../outcome-event.js';

/** What one row of a per-event file says happened. */
export type EventKind =
  | { read: 'outcome'; type: OutcomeEventType; sentiment?: ReplySentiment; channel?: Channel }
  /** A kind the exports write that is no outcome of a message (HubSpot `PROCESSED`, lemlist `paused`). */
  | { read: 'not-an-outcome' };

const outcome = (type: OutcomeEventType, extra: { sentiment?: ReplySentiment; channel?: Channel } = {}): EventKind => ({ read: 'outcome', type, ...extra });
const notAnOutcome: EventKind = { read: 'not-an-outcome' };
const linkedin = { channel: 'linkedin' } as const;

/**
 * Event type values, compared lower-cased with everything but letters and digits removed
 * (`SPAMREPORT`, `SpamReport` and `spam_report` are all `spamreport`; lemlist's `emailsOpened` and
 * the app's `Emails Opened` are both `emailsopened`).
 *
 * HubSpot's email events: SENT, DELIVERED, OPEN, CLICK, BOUNCE, SPAMREPORT, UNSUBSCRIBED (the
 * basic export's Unsubscribed), and the delivery bookkeeping PROCESSED, DEFERRED (a soft bounce,
 * retried), DROPPED, MTA_DROPPED, FORWARD, PRINT, STATUSCHANGE, UNBOUNCE, SUPPRESSED.
 * @see https://legacydocs.hubspot.com/docs/methods/email/email_events_overview
 * @see https://knowledge.hubspot.com/articles/kcs_article/email/what-do-the-email-terms-in-my-basic-export-mean
 *
 * lemlist's activity types: emailsSent, emailsOpened, emailsClicked, emailsReplied, emailsBounced,
 * emailsUnsubscribed, emailsInterested / emailsNotInterested (the lead marked so after a reply),
 * linkedinSent, linkedinReplied, linkedinInterested, ...; emailsFailed, paused, skipped, ... are no outcome.
 * @see http://help.lemlist.com/en/articles/9423940-use-the-api-to-list-activity-types
 * @see https://docs.n8n.io/integrations/builtin/trigger-nodes/n8n-nodes-base.lemlisttrigger.md (the event list)
 *
 * Instantly's event types (`email_sent`, `email_opened`, `reply_received`, `auto_reply_received`,
 * `link_clicked`, `email_bounced`, `lead_unsubscribed`, `lead_interested`, `lead_not_interested`,
 * `lead_meeting_booked`, `lead_out_of_office`, `lead_wrong_person`), Reply.io's (`email_sent`,
 * `email_opened`, `email_link_clicked`, `email_replied`, `email_auto_reply`, `email_bounced`,
 * `email_unsubscribed`, `email_spam_reported`, `meeting_booked`, `linkedin_message_sent`,
 * `linkedin_message_replied`; `reply_categorized`, `meeting_cancelled`, `sequence_*`, ... are no
 * outcome) and Smartlead's (`EMAIL_SENT`, `FIRST_EMAIL_SENT`, `EMAIL_OPEN`, `EMAIL_LINK_CLICK`,
 * `LINK_CLICKED`, `EMAIL_REPLY`, `EMAIL_BOUNCE`, `LEAD_UNSUBSCRIBED`; `LEAD_CATEGORY_UPDATED` is no
 * outcome by its type) read the same way.
 * @see https://developer.instantly.ai/webhook-events
 * @see https://docs.reply.io/essentials/webhook-events
 * @see https://docs.reply.io/webhook-events
 * @see https://api.smartlead.ai/api-reference/webhooks/events
 */
const kinds: Record<string, EventKind> = {
  sent: outcome('sent'),
  send: outcome('sent'),
  emailsent: outcome('sent'),
  firstemailsent: outcome('sent'),
  emailssent: outcome('sent'),
  messagesent: outcome('sent'),
  linkedinsent: outcome('sent', linkedin),
  linkedinmessagesent: outcome('sent', linkedin),
  delivered: outcome('delivered'),
  delivery: outcome('delivered'),
  emailsdelivered: outcome('delivered'),
  open: outcome('opened'),
  opened: outcome('opened'),
  emailopened: outcome('opened'),
  emailsopened: outcome('opened'),
  emailopen: outcome('opened'),
  click: outcome('clicked'),
  clicked: outcome('clicked'),
  emailclicked: outcome('clicked'),
  emailsclicked: outcome('clicked'),
  linkclicked: outcome('clicked'),
  emaillinkclicked: outcome('clicked'),
  emaillinkclick: outcome('clicked'),
  reply: outcome('replied'),
  replied: outcome('replied'),
  emailreplied: outcome('replied'),
  emailsreplied: outcome('replied'),
  emailreply: outcome('replied'),
  replyreceived: outcome('replied'),
  autoreplyreceived: outcome('replied', { sentiment: 'out-of-office' }),
  emailautoreply: outcome('replied', { sentiment: 'out-of-office' }),
  leadoutofoffice: outcome('replied', { sentiment: 'out-of-office' }),
  leadwrongperson: outcome('replied', { sentiment: 'negative' }),
  linkedinreplied: outcome('replied', linkedin),
  linkedinmessagereplied: outcome('replied', linkedin),
  interested: outcome('replied', { sentiment: 'positive' }),
  emailsinterested: outcome('replied', { sentiment: 'positive' }),
  linkedininterested: outcome('replied', { sentiment: 'positive', ...linkedin }),
  manualinterested: outcome('replied', { sentiment: 'positive' }),
  leadinterested: outcome('replied', { sentiment: 'positive' }),
  notinterested: outcome('replied', { sentiment: 'negative' }),
  emailsnotinterested: outcome('replied', { sentiment: 'negative' }),
  linkedinnotinterested: outcome('replied', { sentiment: 'negative', ...linkedin }),
  manualnotinterested: outcome('replied', { sentiment: 'negative' }),
  leadnotinterested: outcome('replied', { sentiment: 'negative' }),
  meetingbooked: outcome('meeting-booked'),
  meetingscheduled: outcome('meeting-booked'),
  leadmeetingbooked: outcome('meeting-booked'),
  bounce: outcome('bounced'),
  bounced: outcome('bounced'),
  hardbounce: outcome('bounced'),
  emailsbounced: outcome('bounced'),
  emailbounced: outcome('bounced'),
  emailbounce: outcome('bounced'),
  unsubscribed: outcome('unsubscribed'),
  unsubscribe: outcome('unsubscribed'),
  emailsunsubscribed: outcome('unsubscribed'),
  emailunsubscribed: outcome('unsubscribed'),
  leadunsubscribed: outcome('unsubscribed'),
  optout: outcome('unsubscribed'),
  // A spam report ends the conversation as an unsubscribe does: the recipient wants no more mail.
  spamreport: outcome('unsubscribed'),
  emailspamreported: outcome('unsubscribed'),
  processed: notAnOutcome,
  deferred: notAnOutcome,
  softbounce: notAnOutcome,
  dropped: notAnOutcome,
  mtadropped: notAnOutcome,
  suppressed: notAnOutcome,
  forward: notAnOutcome,
  print: notAnOutcome,
  statuschange: notAnOutcome,
  unbounce: notAnOutcome,
  emailsfailed: notAnOutcome,
  emailssendfailed: notAnOutcome,
  linkedinsendfailed: notAnOutcome,
  linkedininvitedone: notAnOutcome,
  linkedininviteaccepted: notAnOutcome,
  linkedinvisitdone: notAnOutcome,
  paused: notAnOutcome,
  resumed: notAnOutcome,
  skipped: notAnOutcome,
  contacted: notAnOutcome,
  hooked: notAnOutcome,
  attracted: notAnOutcome,
  warmed: notAnOutcome,
  annotated: notAnOutcome,
  campaigncompleted: notAnOutcome,
  accounterror: notAnOutcome,
  leadmeetingcompleted: notAnOutcome,
  leadclosed: notAnOutcome,
  // A category change or categorization names no outcome by its type (its category is in another field).
  leadcategoryupdated: notAnOutcome,
  replycategorized: notAnOutcome,
  linkedinreplycategorized: notAnOutcome,
  linkedinconnectionrequestsent: notAnOutcome,
  linkedinconnectionrequestaccepted: notAnOutcome,
  meetingcancelled: notAnOutcome,
  meetingrescheduled: notAnOutcome,
  meetingcompleted: notAnOutcome,
  sequencestarted: notAnOutcome,
  sequencestopped: notAnOutcome,
  sequencecompleted: notAnOutcome,
  sequencepaused: notAnOutcome,
  sequenceresumed: notAnOutcome,
  manualstepreached: notAnOutcome,
};

/** The key an event type value is looked up by: lower case, letters and digits only. */
export function eventKindKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Reads an event type cell of a per-event export (HubSpot `OPEN`, lemlist `emailsOpened`).
 * @returns The outcome it records, `not-an-outcome` for known delivery bookkeeping, or undefined
 *   when the value is not an event type Compound knows.
 */
export function mapEventKind(value: string): EventKind | undefined {
  return kinds[eventKindKey(value)];
}
