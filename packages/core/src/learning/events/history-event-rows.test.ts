import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvStream, historyTenants, storedContact } from './__fixtures__/history-test-inputs.js';
import { importEventHistory } from './import-event-history.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const hubspotCsv = fixture('hubspot-email-events.csv');
const lemlistCsv = fixture('lemlist-activities.csv');

const tenant = historyTenants('per-event');

describe('importEventHistory, one row per event', () => {
  it('reads HubSpot email events: grouped by sentBy.id, times in epoch milliseconds, a DELIVERED row before its SENT row', async () => {
    const scope = await tenant();
    await scope.contacts.upsertMany([storedContact('contact-ada', 'ada@analytical.example')]);
    const result = await importEventHistory(scope, hubspotCsv);
    expect(result).toMatchObject({
      layout: 'row-per-event',
      rows: 14,
      messages: 3,
      events: 11,
      inserted: 11,
      duplicates: 0,
      matchedContacts: 6,
      rejected: [],
      columns: { eventType: 'type', occurredAt: 'created', messageId: 'sentBy.id', eventId: 'id', email: 'recipient', campaign: 'emailCampaignId' },
      unusedColumns: ['appName', 'sentBy.created', 'subject'],
      unknownEventTypes: [],
      withoutSend: { messages: 1, rows: [14] },
    });
    expect(result.eventTypes).toEqual([
      { value: 'SENT', rows: 3, readAs: 'sent' },
      { value: 'PROCESSED', rows: 1, readAs: 'not-an-outcome' },
      { value: 'DELIVERED', rows: 2, readAs: 'delivered' },
      { value: 'OPEN', rows: 4, readAs: 'opened' },
      { value: 'CLICK', rows: 1, readAs: 'clicked' },
      { value: 'BOUNCE', rows: 1, readAs: 'bounced' },
      { value: 'UNSUBSCRIBED', rows: 1, readAs: 'unsubscribed' },
      { value: 'STATUSCHANGE', rows: 1, readAs: 'not-an-outcome' },
    ]);
    expect(result.warnings).toEqual([
      `1 message has events but no sent event in ${hubspotCsv} (row 14): their events are stored and count once the send is imported; export the campaign's sent events too if they are missing.`,
    ]);

    const stored = await scope.events.list();
    const alan = stored.filter((event) => event.messageId === '5f1c2a7e-0010-4d1a-9a51-a0b1c2d3e410').map((event) => [event.type, event.occurredAt, event.externalId]);
    expect(alan.sort()).toEqual([
      ['delivered', '2026-03-02T09:02:06.000Z', '5f1c2a7e-0010-4d1a-9a51-a0b1c2d3e410:delivered'],
      ['opened', '2026-03-04T16:40:00.000Z', '5f1c2a7e-0010-4d1a-9a51-a0b1c2d3e410:opened'],
      ['sent', '2026-03-02T09:02:00.000Z', '5f1c2a7e-0010-4d1a-9a51-a0b1c2d3e410:sent'],
      ['unsubscribed', '2026-03-04T16:41:00.000Z', '5f1c2a7e-0010-4d1a-9a51-a0b1c2d3e410:unsubscribed'],
    ]);
    // Ada opened twice: one opened event, at the first open.
    const adaOpen = stored.filter((event) => event.contactId === 'contact-ada' && event.type === 'opened');
    expect(adaOpen.map((event) => event.occurredAt)).toEqual(['2026-03-02T11:12:00.000Z']);

    const observations = await scope.events.observations();
    expect(observations.map((item) => [item.messageId, item.sentAt, item.campaign, item.channel, item.bounced, item.unsubscribed])).toEqual([
      ['5f1c2a7e-0001-4d1a-9a51-a0b1c2d3e401', '2026-03-02T09:00:00.000Z', '81234567', 'email', false, false],
      ['5f1c2a7e-0007-4d1a-9a51-a0b1c2d3e407', '2026-03-02T09:01:00.000Z', '81234567', 'email', true, false],
      ['5f1c2a7e-0010-4d1a-9a51-a0b1c2d3e410', '2026-03-02T09:02:00.000Z', '81234567', 'email', false, true],
    ]);
    expect(observations[0]?.contactId).toBe('contact-ada');

    const again = await importEventHistory(scope, hubspotCsv);
    expect(again).toMatchObject({ events: 11, inserted: 0, duplicates: 11 });
  });

  it('reads lemlist activities: one message per lead, campaign and step, sentiment from interested / not interested', async () => {
    const scope = await tenant();
    const result = await importEventHistory(scope, lemlistCsv);
    expect(result).toMatchObject({
      layout: 'row-per-event',
      rows: 16,
      messages: 5,
      events: 12,
      inserted: 12,
      rejected: [],
      columns: { eventType: 'type', occurredAt: 'createdAt', eventId: '_id', email: 'leadEmail', contactId: 'leadId', campaign: 'campaignName', step: 'sequenceStep' },
      unknownEventTypes: [{ value: 'aircallDone', rows: 1 }],
      withoutSend: { messages: 1, rows: [15] },
    });
    expect(result.eventTypes.find((type) => type.value === 'paused')).toEqual({ value: 'paused', rows: 1, readAs: 'not-an-outcome' });
    expect(result.eventTypes.find((type) => type.value === 'emailsInterested')).toEqual({ value: 'emailsInterested', rows: 1, readAs: 'replied', sentiment: 'positive' });

    const observations = await scope.events.observations();
    const summary = observations.map((item) => [item.contactId, item.sentAt, item.channel, item.replied, item.positiveReply, item.bounced]);
    expect(summary).toEqual([
      ['lea_ada', '2026-03-09T09:00:00.000Z', 'email', true, true, false],
      ['lea_grace', '2026-03-09T09:05:00.000Z', 'email', false, false, true],
      ['lea_alan', '2026-03-09T09:10:00.000Z', 'email', false, false, false],
      ['lea_linus', '2026-03-09T11:00:00.000Z', 'linkedin', true, false, false],
      ['lea_alan', '2026-03-12T09:10:00.000Z', 'email', true, false, false],
    ]);
    const replies = (await scope.events.list()).filter((event) => event.type === 'replied');
    expect(replies.map((event) => [event.contactId, event.occurredAt, event.sentiment]).sort()).toEqual([
      ['lea_ada', '2026-03-10T08:30:00.000Z', 'positive'],
      ['lea_alan', '2026-03-12T15:45:00.000Z', 'negative'],
      ['lea_linus', '2026-03-11T07:20:00.000Z', undefined],
    ]);
  });

  it('completes a message whose send comes in a later file, and re-imports nothing twice', async () => {
    const scope = await tenant();
    const header = 'type,date,leadEmail,campaignName,sequenceStep\n';
    const early = await importEventHistory(scope, csvStream(`${header}emailsReplied,2026-03-10T08:30:00Z,ada@analytical.example,Push,0\n`, 'replies.csv'));
    expect(early).toMatchObject({ messages: 0, events: 1, inserted: 1, withoutSend: { messages: 1, rows: [1] } });
    expect(await scope.events.observations()).toEqual([]);
    const later = await importEventHistory(
      scope,
      csvStream(`${header}emailsSent,2026-03-09T09:00:00Z,ada@analytical.example,Push,0\nemailsReplied,2026-03-10T08:30:00Z,ada@analytical.example,Push,0\n`, 'all.csv'),
    );
    expect(later).toMatchObject({ messages: 1, events: 2, inserted: 1, duplicates: 1, withoutSend: { messages: 0, rows: [] }, warnings: [] });
    expect((await scope.events.observations()).map((item) => [item.sentAt, item.replied])).toEqual([['2026-03-09T09:00:00.000Z', true]]);
  });

  it('counts unknown event types, rejects rows without a type, time or recipient, and names the rows without a send', async () => {
    const scope = await tenant();
    const text = [
      'Event Type,Timestamp,Recipient,Campaign',
      'SENT,2026-03-02 09:00,a@x.example,c1',
      'OPEN,2026-03-02 10:00,a@x.example,c1',
      'WOBBLE,2026-03-02 10:00,a@x.example,c1',
      'WOBBLE,2026-03-02 10:05,a@x.example,c1',
      ',2026-03-02 10:00,a@x.example,c1',
      'CLICK,soon,a@x.example,c1',
      'REPLY,2026-03-02 11:00,,c1',
      'REPLY,2026-03-03 11:00,b@x.example,c1',
    ].join('\n');
    const result = await importEventHistory(scope, csvStream(text, 'events.csv'));
    expect(result).toMatchObject({ layout: 'row-per-event', rows: 8, messages: 1, events: 3, unknownEventTypes: [{ value: 'WOBBLE', rows: 2 }], withoutSend: { messages: 1, rows: [8] } });
    expect(result.rejected).toEqual([
      { file: 'events.csv', row: 5, reason: 'no event type (Event Type is empty)', field: 'Event Type' },
      { file: 'events.csv', row: 6, reason: 'Timestamp "soon" is not a date', field: 'Timestamp' },
      { file: 'events.csv', row: 7, reason: 'no recipient to tie the event to a message', field: 'Recipient' },
    ]);
  });

  it('leaves a row-per-message file with a type column of other values to the row-per-message reading', async () => {
    const scope = await tenant();
    const result = await importEventHistory(scope, csvStream('Email,Type,Date,Replied\na@x.example,Email,2026-03-02,yes\nb@x.example,LinkedIn,2026-03-02,no\n'));
    expect(result).toMatchObject({ layout: 'row-per-message', messages: 2, eventTypes: [], unknownEventTypes: [], withoutSend: { messages: 0, rows: [] } });
  });

  it('reads an auto-reply as out of office unless a real reply follows it (Instantly event types)', async () => {
    const scope = await tenant();
    const text = [
      'timestamp,event_type,campaign_name,lead_email,step',
      '2026-03-02T09:00:00Z,email_sent,Q1,a@x.example,1',
      '2026-03-02T09:05:00Z,auto_reply_received,Q1,a@x.example,1',
      '2026-03-05T10:00:00Z,reply_received,Q1,a@x.example,1',
      '2026-03-02T09:00:00Z,email_sent,Q1,b@x.example,1',
      '2026-03-02T09:07:00Z,auto_reply_received,Q1,b@x.example,1',
    ].join('\n');
    const result = await importEventHistory(scope, csvStream(text, 'instantly.csv'));
    expect(result).toMatchObject({ layout: 'row-per-event', messages: 2, events: 4, unknownEventTypes: [] });
    const replies = (await scope.events.list()).filter((event) => event.type === 'replied');
    expect(replies.map((event) => [event.occurredAt, event.sentiment]).sort()).toEqual([
      ['2026-03-02T09:07:00.000Z', 'out-of-office'],
      ['2026-03-05T10:00:00.000Z', undefined],
    ]);
  });

  it("finds the lead in Smartlead's webhook columns (sl_lead_email, to_email), never the sender's from_email", async () => {
    const scope = await tenant();
    // Smartlead's webhook payload, flattened as a Zapier or Make sheet writes it.
    // @see https://help.smartlead.ai/Email-Sent-d178e38d71a24e24a92383b7222d46c2
    const text = [
      'event_type,event_timestamp,from_email,to_email,sl_lead_email,campaign_name,sequence_number',
      'EMAIL_SENT,2026-03-02T09:00:00Z,me@sender.example,a@x.example,a@x.example,Q1,1',
      'EMAIL_REPLY,2026-03-03T10:00:00Z,me@sender.example,a@x.example,a@x.example,Q1,1',
      'EMAIL_SENT,2026-03-02T09:05:00Z,me@sender.example,b@x.example,b@x.example,Q1,1',
    ].join('\n');
    const result = await importEventHistory(scope, csvStream(text, 'smartlead.csv'));
    expect(result).toMatchObject({ layout: 'row-per-event', messages: 2, events: 3, rejected: [], columns: { email: 'sl_lead_email' } });
    const withOnlyTo = await importEventHistory(await tenant(), csvStream(text.replace(/,sl_lead_email/, '').replace(/,[ab]@x\.example,Q1/g, ',Q1'), 'smartlead-to.csv'));
    expect(withOnlyTo).toMatchObject({ messages: 2, rejected: [], columns: { email: 'to_email' } });
  });

  it("joins a Smartlead reply to its send by stats_id, not by the reply's own message_id", async () => {
    // Smartlead's EMAIL_REPLY carries the reply's Message-ID in message_id and the sent email's stats_id;
    // b's send came twice (a webhook retried), so message_id values repeat and looked like message keys.
    // @see https://help.smartlead.ai/Threaded-Replies-ff92a607c93645b7b1568d8219218423
    const text = [
      'event_type,event_timestamp,message_id,stats_id,sl_lead_email,campaign_id,campaign_name,sequence_number',
      'EMAIL_SENT,2026-03-02T09:00:00+00:00,<s1@mail.example>,st-1,a@x.example,9181,Q1,1',
      'EMAIL_OPEN,2026-03-02T10:00:00+00:00,,st-1,a@x.example,9181,Q1,1',
      'EMAIL_SENT,2026-03-02T09:05:00+00:00,<s2@mail.example>,st-2,b@x.example,9181,Q1,1',
      'EMAIL_SENT,2026-03-02T09:05:00+00:00,<s2@mail.example>,st-2,b@x.example,9181,Q1,1',
      'EMAIL_REPLY,2026-03-03T11:00:00+00:00,<r1@mail.gmail.com>,st-1,a@x.example,9181,Q1,1',
    ].join('\n');
    const scope = await tenant();
    const result = await importEventHistory(scope, csvStream(text, 'smartlead.csv'));
    expect(result).toMatchObject({ messages: 2, events: 4, withoutSend: { messages: 0, rows: [] }, warnings: [], columns: { messageId: 'stats_id' } });
    expect(result.unusedColumns).toContain('message_id');
    const observations = await scope.events.observations();
    expect(observations.map((item) => [item.messageId, item.sentAt, item.replied])).toEqual([
      ['st-1', '2026-03-02T09:00:00.000Z', true],
      ['st-2', '2026-03-02T09:05:00.000Z', false],
    ]);
    expect(await importEventHistory(scope, csvStream(text, 'smartlead.csv'))).toMatchObject({ events: 4, inserted: 0, duplicates: 4 });

    // Without stats_id, the reply's own message_id names no send: it answers its step's send of the lead.
    const withoutStats = text.replace(/,st-\d/g, '').replace(',stats_id', '');
    const other = await tenant();
    const read = await importEventHistory(other, csvStream(withoutStats, 'smartlead-ids.csv'));
    expect(read).toMatchObject({ messages: 2, events: 4, withoutSend: { messages: 0, rows: [] }, columns: { messageId: 'message_id' } });
    expect((await other.events.observations()).map((item) => [item.messageId, item.replied])).toEqual([
      ['<s1@mail.example>', true],
      ['<s2@mail.example>', false],
    ]);
    expect(await importEventHistory(other, csvStream(withoutStats, 'smartlead-ids.csv'))).toMatchObject({ inserted: 0, duplicates: 4 });
  });

  it("ties a reply with its own message id to the lead's latest send before it, or keeps its id when the file has no send of the lead", async () => {
    const text = [
      'type,createdAt,leadEmail,campaignName,messageId',
      'emailsSent,2026-03-02T09:00:00Z,a@x.example,Q1,<m1@mail.example>',
      'emailsOpened,2026-03-02T10:00:00Z,a@x.example,Q1,<m1@mail.example>',
      'emailsSent,2026-03-05T09:00:00Z,a@x.example,Q1,<m2@mail.example>',
      'emailsReplied,2026-03-06T09:00:00Z,a@x.example,Q1,<r1@mail.example>',
      'emailsReplied,2026-03-06T09:00:00Z,b@x.example,Q1,<r2@mail.example>',
    ].join('\n');
    const scope = await tenant();
    const result = await importEventHistory(scope, csvStream(text, 'replies.csv'));
    expect(result).toMatchObject({ messages: 2, withoutSend: { messages: 1, rows: [5] } });
    expect((await scope.events.observations()).map((item) => [item.messageId, item.replied])).toEqual([
      ['<m1@mail.example>', false],
      ['<m2@mail.example>', true],
    ]);
    expect((await scope.events.list({ messageId: '<r2@mail.example>' })).map((event) => event.type)).toEqual(['replied']);
  });

  it("reads Reply.io's flattened events (contact_fields.email, email_auto_reply, LinkedIn messages) and Smartlead's EMAIL_BOUNCE and EMAIL_LINK_CLICK", async () => {
    const replyIo = [
      'event.date,event.type,contact_fields.email,step',
      '2026-03-02T09:00:00Z,email_sent,a@x.example,1',
      '2026-03-02T10:00:00Z,email_auto_reply,a@x.example,1',
      '2026-03-04T09:00:00Z,linkedin_message_sent,a@x.example,2',
      '2026-03-04T12:00:00Z,linkedin_message_replied,a@x.example,2',
      '2026-03-04T13:00:00Z,reply_categorized,a@x.example,2',
    ].join('\n');
    const read = await importEventHistory(await tenant(), csvStream(replyIo, 'replyio.csv'));
    expect(read).toMatchObject({ messages: 2, events: 4, rejected: [], unknownEventTypes: [], columns: { email: 'contact_fields.email' } });
    const smartlead = ['event_timestamp,event_type,to_email,sequence_number', '2026-03-02T09:00:00Z,EMAIL_SENT,b@x.example,1', '2026-03-02T09:01:00Z,EMAIL_BOUNCE,b@x.example,1', '2026-03-02T09:02:00Z,EMAIL_LINK_CLICK,b@x.example,1'].join('\n');
    const scope = await tenant();
    expect(await importEventHistory(scope, csvStream(smartlead, 'smartlead.csv'))).toMatchObject({ messages: 1, events: 3, unknownEventTypes: [] });
    expect((await scope.events.observations()).map((item) => item.bounced)).toEqual([true]);
  });

  it('counts a lemlist reply that a newer activity export marks interested', async () => {
    const scope = await tenant();
    const header = 'type,createdAt,leadEmail,campaignName,sequenceStep\n';
    const week1 = 'emailsSent,2026-03-09T09:00:00Z,a@x.example,Push,0\nemailsReplied,2026-03-10T08:30:00Z,a@x.example,Push,0\n';
    await importEventHistory(scope, csvStream(header + week1, 'week1.csv'));
    const later = await importEventHistory(scope, csvStream(`${header}${week1}emailsInterested,2026-03-10T09:00:00Z,a@x.example,Push,\n`, 'week2.csv'));
    expect(later).toMatchObject({ events: 2, inserted: 1, duplicates: 1 });
    expect((await scope.events.observations()).map((item) => [item.replied, item.positiveReply])).toEqual([[true, true]]);
  });

  it('groups by recipient when the message id column links no two rows (a reply with its own provider message id)', async () => {
    const scope = await tenant();
    const text = [
      'type,createdAt,leadEmail,campaignName,messageId',
      'emailsSent,2026-03-02T09:00:00Z,a@x.example,Q1,<m1@mail.example>',
      'emailsReplied,2026-03-03T09:00:00Z,a@x.example,Q1,<r1@mail.example>',
    ].join('\n');
    const result = await importEventHistory(scope, csvStream(text, 'ids.csv'));
    expect(result).toMatchObject({ messages: 1, events: 2, withoutSend: { messages: 0, rows: [] }, unusedColumns: ['messageId'] });
    expect(result.columns).not.toHaveProperty('messageId');
    expect(result.warnings).toEqual([
      'No two rows of ids.csv share a messageId value and none names a sent event, so messageId does not tie events to their message: grouped by recipient, campaign and step instead.',
    ]);
    expect((await scope.events.observations()).map((item) => item.replied)).toEqual([true]);
  });

  it("warns of events dated before their message's send, with the rows, and keeps them as dated", async () => {
    const scope = await tenant();
    const text = ['Event,Date,Email', 'OPEN,2026-03-01 08:00,a@x.example', 'SENT,2026-03-02 09:00,a@x.example', 'CLICK,2026-03-01 08:01,a@x.example', 'OPEN,2026-03-03 08:00,b@x.example', 'SENT,2026-03-02 09:00,b@x.example'].join('\n');
    const result = await importEventHistory(scope, csvStream(text, 'early.csv'));
    expect(result).toMatchObject({ messages: 2, events: 5 });
    expect(result.warnings).toEqual(["2 events in early.csv are dated before their message's send (rows 1, 3): kept as dated; check the file if that is a mistake."]);
    const early = (await scope.events.list()).filter((event) => event.type === 'opened' || event.type === 'clicked').map((event) => event.occurredAt);
    expect(early.sort()).toEqual(['2026-03-01T08:00:00.000Z', '2026-03-01T08:01:00.000Z', '2026-03-03T08:00:00.000Z']);
  });

  it('reads a per-event file with a header only as per-event, with nothing to import', async () => {
    const scope = await tenant();
    const result = await importEventHistory(scope, csvStream('id,created,type,recipient,sentBy.id\n', 'empty.csv'));
    expect(result).toMatchObject({ layout: 'row-per-event', rows: 0, events: 0, rejected: [] });
  });

  it('asks for the time column of a per-event file it cannot find, and takes it as --map occurredAt or sentAt', async () => {
    const scope = await tenant();
    const text = 'Kind,When,Email\nSENT,2026-03-02 09:00,a@x.example\nOPEN,2026-03-02 10:00,a@x.example\n';
    await expect(importEventHistory(scope, csvStream(text, 'when.csv'))).rejects.toThrow(
      'when.csv has one row per event (event type in "Kind") but no event time column (looked for timestamp, created, createdAt, date, ...); pass mapping.occurredAt',
    );
    for (const mapping of [{ occurredAt: 'When' }, { sentAt: 'When' }]) {
      const result = await importEventHistory(scope, csvStream(text, 'when.csv'), { mapping });
      expect(result).toMatchObject({ layout: 'row-per-event', messages: 1, events: 2, columns: { eventType: 'Kind', occurredAt: 'When' } });
    }
    const forced = await importEventHistory(scope, csvStream('Step Kind,When,Email\nSENT,2026-03-02 09:00,b@x.example\n', 'forced.csv'), { mapping: { eventType: 'Step Kind', occurredAt: 'When' } });
    expect(forced).toMatchObject({ layout: 'row-per-event', messages: 1 });
  });

  it('ties an outcome whose step cell is empty to the send of that lead it follows', async () => {
    const scope = await tenant();
    const text = [
      'type,createdAt,leadEmail,campaignName,sequenceStep',
      'emailsSent,2026-03-02T09:00:00Z,a@x.example,Q1,0',
      'emailsOpened,2026-03-02T12:00:00Z,a@x.example,Q1,',
      'emailsSent,2026-03-05T09:00:00Z,a@x.example,Q1,1',
      'emailsReplied,2026-03-05T15:00:00Z,a@x.example,Q1,',
      'emailsOpened,2026-03-01T08:00:00Z,a@x.example,Q1,',
    ].join('\n');
    const result = await importEventHistory(scope, csvStream(text, 'steps.csv'));
    expect(result).toMatchObject({ messages: 2, events: 4, withoutSend: { messages: 0, rows: [] } });
    const observations = await scope.events.observations();
    expect(observations.map((item) => [item.sentAt, item.replied])).toEqual([
      ['2026-03-02T09:00:00.000Z', false],
      ['2026-03-05T09:00:00.000Z', true],
    ]);
    // The open before any send goes to the first send, where it is dated before it: warned.
    expect(result.warnings).toEqual(["1 event in steps.csv is dated before their message's send (row 5): kept as dated; check the file if that is a mistake."]);
  });
});

