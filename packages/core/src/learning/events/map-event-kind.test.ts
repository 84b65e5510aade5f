import { describe, expect, it } from 'vitest';
import { mapEventKind } from './map-event-kind.js';

describe('mapEventKind', () => {
  it.each([
    ['SENT', { read: 'outcome', type: 'sent' }],
    ['DELIVERED', { read: 'outcome', type: 'delivered' }],
    ['OPEN', { read: 'outcome', type: 'opened' }],
    ['CLICK', { read: 'outcome', type: 'clicked' }],
    ['BOUNCE', { read: 'outcome', type: 'bounced' }],
    ['UNSUBSCRIBED', { read: 'outcome', type: 'unsubscribed' }],
    ['SPAMREPORT', { read: 'outcome', type: 'unsubscribed' }],
    ['REPLY', { read: 'outcome', type: 'replied' }],
    ['emailsSent', { read: 'outcome', type: 'sent' }],
    ['Emails Opened', { read: 'outcome', type: 'opened' }],
    ['emailsReplied', { read: 'outcome', type: 'replied' }],
    ['emailsInterested', { read: 'outcome', type: 'replied', sentiment: 'positive' }],
    ['emailsNotInterested', { read: 'outcome', type: 'replied', sentiment: 'negative' }],
    ['emails_bounced', { read: 'outcome', type: 'bounced' }],
    ['linkedinSent', { read: 'outcome', type: 'sent', channel: 'linkedin' }],
    ['linkedinReplied', { read: 'outcome', type: 'replied', channel: 'linkedin' }],
    ['reply_received', { read: 'outcome', type: 'replied' }],
    ['auto_reply_received', { read: 'outcome', type: 'replied', sentiment: 'out-of-office' }],
    ['link_clicked', { read: 'outcome', type: 'clicked' }],
    ['lead_interested', { read: 'outcome', type: 'replied', sentiment: 'positive' }],
    ['lead_meeting_booked', { read: 'outcome', type: 'meeting-booked' }],
    ['email_spam_reported', { read: 'outcome', type: 'unsubscribed' }],
    ['EMAIL_OPEN', { read: 'outcome', type: 'opened' }],
    ['FIRST_EMAIL_SENT', { read: 'outcome', type: 'sent' }],
    // Smartlead's webhook event types (api.smartlead.ai/api-reference/webhooks/events) and Reply.io's (docs.reply.io/webhook-events).
    ['EMAIL_BOUNCE', { read: 'outcome', type: 'bounced' }],
    ['EMAIL_LINK_CLICK', { read: 'outcome', type: 'clicked' }],
    ['email_link_clicked', { read: 'outcome', type: 'clicked' }],
    ['email_auto_reply', { read: 'outcome', type: 'replied', sentiment: 'out-of-office' }],
    ['linkedin_message_sent', { read: 'outcome', type: 'sent', channel: 'linkedin' }],
    ['linkedin_message_replied', { read: 'outcome', type: 'replied', channel: 'linkedin' }],
    ['LEAD_CATEGORY_UPDATED', { read: 'not-an-outcome' }],
    ['reply_categorized', { read: 'not-an-outcome' }],
    ['meeting_cancelled', { read: 'not-an-outcome' }],
    ['sequence_completed', { read: 'not-an-outcome' }],
    ['MTA_DROPPED', { read: 'not-an-outcome' }],
    ['PROCESSED', { read: 'not-an-outcome' }],
    ['DEFERRED', { read: 'not-an-outcome' }],
    ['paused', { read: 'not-an-outcome' }],
  ])('%s', (value, kind) => {
    expect(mapEventKind(value)).toEqual(kind);
  });

  it('does not know other values', () => {
    expect(mapEventKind('aircallDone')).toBeUndefined();
    expect(mapEventKind('Email')).toBeUndefined();
    expect(mapEventKind('')).toBeUndefined();
  });
});
