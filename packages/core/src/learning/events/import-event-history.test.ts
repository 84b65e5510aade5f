import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvStream, historyTenants, storedContact } from './__fixtures__/history-test-inputs.js';
import { importEventHistory } from './import-event-history.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const historyCsv = fixture('campaign-history.csv');
const lemlistCsv = fixture('lemlist-campaign-export.csv');

const tenant = historyTenants('history');

describe('importEventHistory', () => {
  it('turns one row per sent message into events, rejecting unreadable rows with file, row and reason', async () => {
    const scope = await tenant();
    await scope.contacts.upsertMany([storedContact('contact-ada', 'Ada@Analytical.example', 'saas'), storedContact('contact-ken', 'ken@unix.example', 'smb')]);
    const result = await importEventHistory(scope, historyCsv, { featureColumns: ['Company Size'] });
    expect(result).toMatchObject({
      file: historyCsv,
      source: 'csv-history',
      rows: 13,
      messages: 9,
      events: 28,
      inserted: 24,
      duplicates: 4,
      matchedContacts: 3,
      columns: {
        email: 'Email',
        campaign: 'Campaign',
        angle: 'Template',
        channel: 'Channel',
        segment: 'Segment',
        sentAt: 'Sent At',
        opened: 'Opened',
        clicked: 'Clicked',
        replied: 'Replied',
        sentiment: 'Reply Sentiment',
        meeting: 'Meeting Booked',
        bounced: 'Bounced',
        unsubscribed: 'Unsubscribed',
      },
    });
    expect(result.rejected).toEqual([
      { file: historyCsv, row: 9, reason: 'Sent At "not yet" is not a date', field: 'Sent At' },
      { file: historyCsv, row: 10, reason: 'no send date (Sent At is empty)', field: 'Sent At' },
      { file: historyCsv, row: 11, reason: 'Opened "maybe" is not yes/no, a count or a date', field: 'Opened' },
    ]);
    expect(result.warnings).toEqual([
      'Reply status "Call me next quarter" (1 row) was not recognized; counted as a reply of neutral sentiment.',
    ]);

    const observations = await scope.events.observations();
    expect(observations).toHaveLength(9);
    const byContact = new Map(observations.map((item) => [item.contactId ?? item.segment + item.angle + item.channel, item]));
    expect(byContact.get('contact-ada')).toMatchObject({
      campaign: 'Q1 SaaS',
      segment: 'saas-mid',
      angle: 'roi',
      channel: 'email',
      sentAt: '2024-01-08T09:15:00.000Z',
      replied: true,
      positiveReply: true,
      meeting: true,
      features: { 'Company Size': 120 },
    });
    expect(byContact.get('contact-ken')).toMatchObject({ segment: 'smb', replied: true, positiveReply: true, meeting: false });
    const flags = observations.map((item) => [item.angle, item.channel, item.replied, item.positiveReply, item.bounced, item.unsubscribed]);
    expect(flags).toEqual([
      ['roi', 'email', true, true, false, false],
      ['roi', 'email', false, false, false, false],
      ['pain-point', 'email', true, false, false, true],
      ['pain-point', 'email', false, false, true, false],
      ['roi', 'linkedin', false, false, false, false],
      ['social-proof', 'linkedin', true, false, false, false],
      ['social-proof', 'email', true, true, false, false],
      ['social-proof', 'email', false, false, false, false],
      ['pain-point', 'email', true, false, false, false],
    ]);
  });

  it('adds nothing when the same file is imported again', async () => {
    const scope = await tenant();
    const first = await importEventHistory(scope, historyCsv);
    const again = await importEventHistory(scope, historyCsv);
    expect(again).toMatchObject({ events: first.events, inserted: 0, duplicates: first.events });
    expect(await scope.events.list()).toHaveLength(first.inserted);
  });

  it('adds nothing when the same file is imported again in another time zone, and reads its times in that zone', async () => {
    const scope = await tenant();
    const text = 'Email,Campaign,Sent At,Replied\na@x.example,Q1,2026-03-02 09:15,yes\nb@x.example,Q1,2026-03-02,no\n';
    const first = await importEventHistory(scope, csvStream(text, 'q1.csv'));
    const again = await importEventHistory(scope, csvStream(text, 'q1.csv'), { timeZone: 'Europe/Berlin' });
    expect(again).toMatchObject({ events: first.events, inserted: 0, duplicates: first.events, timeZone: 'Europe/Berlin', zonelessTimes: 1 });
    // Written with their zones, the same sends have no time to place.
    const zoned = 'Email,Campaign,Sent At,Replied\nc@x.example,Q1,2026-03-02T09:15:00+01:00,yes\nd@x.example,Q1,2026-03-02 09:15 America/New_York,no\n';
    expect(await importEventHistory(await tenant(), csvStream(zoned, 'q1z.csv'), { timeZone: 'Europe/Berlin' })).toMatchObject({ zonelessTimes: 0, rejected: [] });
    const fresh = await tenant();
    await importEventHistory(fresh, csvStream(text, 'q1.csv'), { timeZone: 'europe/berlin' });
    const sent = (await fresh.events.list()).filter((event) => event.type === 'sent').map((event) => event.occurredAt).sort();
    // 09:15 in Berlin is 08:15 UTC; a date alone stays a day (midnight UTC).
    expect(sent).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-02T08:15:00.000Z']);
    await expect(importEventHistory(fresh, csvStream(text, 'q1.csv'), { timeZone: 'Berlin' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('adds only the new outcomes from a later export of the same campaign', async () => {
    const scope = await tenant();
    const header = 'Email,Campaign,Sent At,Replied,Reply Sentiment\n';
    const before = await importEventHistory(scope, csvStream(`${header}a@x.example,Q2,2024-04-01,no,\nb@x.example,Q2,2024-04-01,no,\n`, 'week1.csv'));
    expect(before).toMatchObject({ messages: 2, inserted: 2 });
    const after = await importEventHistory(scope, csvStream(`${header}a@x.example,Q2,2024-04-01,yes,interested\nb@x.example,Q2,2024-04-01,no,\n`, 'week2.csv'));
    expect(after).toMatchObject({ messages: 2, events: 3, inserted: 1, duplicates: 2 });
    expect((await scope.events.observations()).map((item) => item.positiveReply).sort()).toEqual([false, true]);
  });

  it('counts a reply that a newer export marks interested, and a real reply after an auto-reply', async () => {
    const scope = await tenant();
    const header = 'Email,Campaign,Sent At,Replied,Reply Sentiment\n';
    const outcomes = async (): Promise<boolean[][]> => (await scope.events.observations()).map((item) => [item.replied, item.positiveReply]).sort();
    await importEventHistory(scope, csvStream(`${header}a@x.example,Q2,2024-04-01,yes,Question\nb@x.example,Q2,2024-04-01,yes,Out of office\n`, 'week1.csv'));
    expect(await outcomes()).toEqual([
      [false, false],
      [true, false],
    ]);
    const week2 = csvStream(`${header}a@x.example,Q2,2024-04-01,yes,Interested\nb@x.example,Q2,2024-04-01,yes,Question\n`, 'week2.csv');
    expect(await importEventHistory(scope, week2)).toMatchObject({ messages: 2, events: 4, inserted: 2, duplicates: 2 });
    expect(await outcomes()).toEqual([
      [true, false],
      [true, true],
    ]);
    const again = csvStream(`${header}a@x.example,Q2,2024-04-01,yes,Interested\nb@x.example,Q2,2024-04-01,yes,Question\n`, 'week2.csv');
    expect(await importEventHistory(scope, again)).toMatchObject({ inserted: 0, duplicates: 4 });
  });

  it('reads a lemlist-style lead export: counters, lead status, first contact and reply dates', async () => {
    const scope = await tenant();
    const result = await importEventHistory(scope, lemlistCsv, { defaults: { segment: 'saas-mid', angle: 'efficiency' } });
    expect(result).toMatchObject({
      rows: 6,
      messages: 5,
      events: 14,
      inserted: 14,
      columns: { email: 'email', campaign: 'campaigns', status: 'leadStatus', sentCount: 'emailsSent', opened: 'emailsOpened', replied: 'emailsReplied', sentAt: 'firstContactedDate', repliedAt: 'lastRepliedDate', interestedAt: 'lastLeadMarkedAsInterestedDate' },
    });
    expect(result.rejected).toEqual([{ file: lemlistCsv, row: 6, reason: 'never sent (emailsSent is 0)', field: 'emailsSent' }]);
    const replies = await scope.events.list();
    expect(replies.filter((item) => item.type === 'replied').map((item) => [item.occurredAt, item.sentiment])).toEqual([
      ['2024-03-08T16:20:00.000Z', 'positive'],
      ['2024-03-09T08:00:00.000Z', 'neutral'],
    ]);
    const observations = await scope.events.observations();
    expect(observations.map((item) => [item.segment, item.angle, item.channel, item.campaign])).toEqual(
      Array.from({ length: 5 }, () => ['saas-mid', 'efficiency', 'email', 'Efficiency push']),
    );
    expect(observations.map((item) => [item.replied, item.positiveReply, item.bounced, item.unsubscribed])).toEqual([
      [true, true, false, false],
      [false, false, true, false],
      [false, false, false, true],
      [false, false, false, false],
      [true, false, false, false],
    ]);
  });

  it('uses a mapping over detection, takes segments from matched contacts, and reads day-first dates', async () => {
    const scope = await tenant();
    await scope.contacts.upsertMany([storedContact('c1', 'a@x.example', 'fintech')]);
    const text = 'Recipient,Variant,Date,Result,Notes\na@x.example,short,25/03/2024,replied,x\nb@x.example,long,03/04/2024,,y\n';
    const result = await importEventHistory(scope, csvStream(text), {
      mapping: { angle: 'Notes', replied: 'Result', status: null },
      segmentOf: (contact) => contact.record.tags[0],
    });
    expect(result.columns).toMatchObject({ email: 'Recipient', angle: 'Notes', sentAt: 'Date', replied: 'Result' });
    expect(result.columns.status).toBeUndefined();
    expect(result.rejected).toEqual([]);
    const observations = await scope.events.observations();
    expect(observations.map((item) => [item.contactId, item.segment, item.angle, item.sentAt, item.replied])).toEqual([
      ['c1', 'fintech', 'x', '2024-03-25T00:00:00.000Z', true],
      [undefined, 'unknown', 'y', '2024-04-03T00:00:00.000Z', false],
    ]);
  });

  it('explains a file it cannot use', async () => {
    const scope = await tenant();
    await expect(importEventHistory(scope, csvStream('Email,Replied\na@x.example,yes\n'))).rejects.toMatchObject({ code: 'mapping-invalid', context: { field: 'sentAt' } });
    await expect(importEventHistory(scope, csvStream('Email,Sent\na@x.example,2024-01-01\n'), { mapping: { angle: 'Subject' } })).rejects.toMatchObject({
      code: 'mapping-invalid',
    });
    await expect(importEventHistory(scope, fixture('missing.csv'))).rejects.toMatchObject({ code: 'file-not-found' });
    const header = await importEventHistory(scope, csvStream('Email,Sent\n'));
    expect(header).toMatchObject({ rows: 0, events: 0, inserted: 0, rejected: [] });
  });
  it('skips rows whose cells are all empty (a spreadsheet\'s ;;;;) and counts them, keeping row numbers', async () => {
    const scope = await tenant();
    const text = 'Email;Sent;Replied\na@x.example;2024-01-01;no\n;;\n  ; ;\nb@x.example;;yes\n';
    const result = await importEventHistory(scope, csvStream(text));
    expect(result).toMatchObject({ rows: 2, blankRows: 2, messages: 1 });
    expect(result.rejected).toEqual([{ file: 'upload.csv', row: 4, reason: 'no send date (Sent is empty)', field: 'Sent' }]);
  });
  it('reads named zones and Excel serial date columns, and says why it refuses an ambiguous zone', async () => {
    const scope = await tenant();
    const zones = 'Email,Sent At\na@x.example,5 Oct 2026 09:00 CET\nb@x.example,2026/10/05 09:00\nc@x.example,5 Oct 2026 09:00 IST\n';
    const result = await importEventHistory(scope, csvStream(zones));
    expect(result.rejected).toEqual([
      { file: 'upload.csv', row: 3, field: 'Sent At', reason: 'Sent At "5 Oct 2026 09:00 IST" is not a date: time zone "IST" is ambiguous (India, Israel or Irish Standard Time): write the offset instead, e.g. "09:00 +05:30"' },
    ]);
    const serials = await importEventHistory(scope, csvStream('Email,Sent At,Replied At\nd@x.example,46300.375,46301.5\ne@x.example,46300,\n'));
    expect(serials.rejected).toEqual([]);
    const sent = (await scope.events.list()).map((event) => [event.type, event.occurredAt]);
    expect(sent).toEqual(
      expect.arrayContaining([
        ['sent', '2026-10-05T08:00:00.000Z'],
        ['sent', '2026-10-05T09:00:00.000Z'],
        ['sent', '2026-10-05T00:00:00.000Z'],
        ['replied', '2026-10-06T12:00:00.000Z'],
      ]),
    );
    const mixed = await importEventHistory(scope, csvStream('Email,Sent At\nf@x.example,46300.375\ng@x.example,2026-10-05\n'));
    expect(mixed.rejected).toEqual([{ file: 'upload.csv', row: 1, field: 'Sent At', reason: 'Sent At "46300.375" is not a date: it looks like an Excel date serial, read as one only when every value of the column is one' }]);
  });
  it('reads the offset written after a time, whatever zone name follows, in slash dates too', async () => {
    const scope = await tenant();
    const text = 'Email,Sent At\na@x.example,"Mon, 02 Mar 2026 09:15:00 +0100 (CET)"\nb@x.example,25/03/2026 09:15 +0100\nc@x.example,2 March 2026 09:15 UTC-5\n';
    const result = await importEventHistory(scope, csvStream(text));
    expect(result.rejected).toEqual([]);
    expect((await scope.events.list()).map((event) => event.occurredAt).sort()).toEqual(['2026-03-02T08:15:00.000Z', '2026-03-02T14:15:00.000Z', '2026-03-25T08:15:00.000Z']);
  });
  it('reads a column of Unix times in a file of one row per message', async () => {
    const scope = await tenant();
    const result = await importEventHistory(scope, csvStream('Email,Sent At,Replied At\na@x.example,1772442000.5,1772528400\nb@x.example,1772442000,\n'));
    expect(result.rejected).toEqual([]);
    const times = (await scope.events.list()).map((event) => [event.type, event.occurredAt]);
    expect(times).toEqual(
      expect.arrayContaining([
        ['sent', '2026-03-02T09:00:00.500Z'],
        ['sent', '2026-03-02T09:00:00.000Z'],
        ['replied', '2026-03-03T09:00:00.000Z'],
      ]),
    );
  });
  it('lists the columns no field and no feature used', async () => {
    const scope = await tenant();
    const result = await importEventHistory(scope, csvStream('Email,Sent At,Shoe size,Team,Replied\na@x.example,2024-01-01,42,red,no\n'), { featureColumns: ['Team'] });
    expect(result.unusedColumns).toEqual(['Shoe size']);
  });
  it('keeps an outcome dated before its send and warns with file, rows and column', async () => {
    const scope = await tenant();
    const text = 'Email,Sent At,Replied At\na@x.example,2026-10-05T09:00:00+02:00,2026-10-04T10:00:00Z\nb@x.example,2026-10-05,2026-10-06\nc@x.example,2026-10-05,2026-10-01\n';
    const result = await importEventHistory(scope, csvStream(text));
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual(['Replied At is before the send (Sent At) in 2 rows of upload.csv (rows 1, 3): kept as dated; check the file if that is a mistake.']);
    const replies = (await scope.events.list()).filter((event) => event.type === 'replied').map((event) => event.occurredAt).sort();
    expect(replies).toEqual(['2026-10-01T00:00:00.000Z', '2026-10-04T10:00:00.000Z', '2026-10-06T00:00:00.000Z']);
  });

  it('reads slash dates in the order the first one-way date shows, and warns only about dates that read two ways', async () => {
    const scope = await tenant();
    const dayFirst = await importEventHistory(scope, csvStream('Email,Sent At\na@x.example,03/04/2026\nb@x.example,25/03/2026\n'));
    expect(dayFirst.warnings).toEqual([]);
    expect((await scope.events.list()).map((event) => event.occurredAt).sort()).toEqual(['2026-03-25T00:00:00.000Z', '2026-04-03T00:00:00.000Z']);
    // 04/04/2026 is 4 April either way: nothing to warn about (the warning came before the shared rule).
    const same = await importEventHistory(scope, csvStream('Email,Sent At\nc@x.example,04/04/2026\n', 'same.csv'));
    expect(same.warnings).toEqual([]);
    const ambiguous = await importEventHistory(scope, csvStream('Email,Sent At\nd@x.example,04/04/2026\ne@x.example,03/04/2026\n', 'two-ways.csv'));
    expect(ambiguous.warnings).toEqual(["Slash dates in two-ways.csv could be day-first or month-first; read them month-first. Pass dateOrder: 'dmy' if they are day-first."]);
  });

  it('reads dotted dates that read both ways day-first, as they are written, without a warning', async () => {
    const scope = await tenant();
    const result = await importEventHistory(scope, csvStream('Email,Sent At\na@x.example,02.03.2026 09:00\nb@x.example,04.04.2026\n', 'dots.csv'));
    expect(result.warnings).toEqual([]);
    expect((await scope.events.list()).map((event) => event.occurredAt).sort()).toEqual(['2026-03-02T09:00:00.000Z', '2026-04-04T00:00:00.000Z']);
  });

  it('reads times after Gmail\'s `at` and before German `Uhr`, and says why a French month is refused', async () => {
    const scope = await tenant();
    const german = await importEventHistory(scope, csvStream('Email;Sent At\na@x.example;02.03.2026 09:15 Uhr\nb@x.example;03.03.2026, 14:30 Uhr\n', 'de.csv'));
    expect(german).toMatchObject({ events: 2, rejected: [], warnings: [] });
    const gmail = await importEventHistory(scope, csvStream('Email,Sent At\nc@x.example,"Mon, Mar 2, 2026 at 9:15 AM"\nd@x.example,2 mars 2026 à 09:15\n', 'mail.csv'));
    expect(gmail.rejected).toEqual([
      { file: 'mail.csv', row: 2, field: 'Sent At', reason: 'Sent At "2 mars 2026 à 09:15" is not a date: "mars" is not a month or weekday name Compound reads (English ones only): write the date with numbers, e.g. "2026-03-02 09:15"' },
    ]);
    expect((await scope.events.list()).map((event) => event.occurredAt).sort()).toEqual(['2026-03-02T09:15:00.000Z', '2026-03-02T09:15:00.000Z', '2026-03-03T14:30:00.000Z']);
  });

  it('reads a hand-kept Replied column of reply statuses: Interested, Not interested, OOO', async () => {
    const scope = await tenant();
    const rows = ['a,Yes', 'b,No', 'c,Interested', 'd,Not interested', 'e,OOO', 'f,', 'g,Maybe later'].map((row) => {
      const [who, replied] = row.split(',');
      return `${who}@x.example,2026-03-02,${replied}`;
    });
    const result = await importEventHistory(scope, csvStream(`Email,Sent At,Replied\n${rows.join('\n')}\nh@x.example,2026-03-02,purple\n`, 'replies.csv'));
    expect(result.rejected).toEqual([
      { file: 'replies.csv', row: 8, reason: 'Replied "purple" is not yes/no, a count, a date or a reply status (interested, not interested, out of office)', field: 'Replied' },
    ]);
    const observations = await scope.events.observations();
    expect(observations).toHaveLength(7);
    // Yes (no sentiment), Interested, Not interested, OOO, and Maybe later (a neutral answer).
    const replies = (await scope.events.list({ types: ['replied'] })).map((event) => event.sentiment ?? 'none').sort();
    expect(replies).toEqual(['negative', 'neutral', 'none', 'out-of-office', 'positive']);
    // The out-of-office reply is not a person answering.
    expect(observations.filter((item) => item.replied)).toHaveLength(4);
    expect(observations.filter((item) => item.positiveReply)).toHaveLength(1);
  });

  it('reports 250,000 rejected rows without overflowing the stack', async () => {
    const scope = await tenant();
    const result = await importEventHistory(scope, csvStream(`Email,Sent At\n${'a@x.example,nope\n'.repeat(250_000)}`));
    expect(result).toMatchObject({ rows: 250_000, events: 0 });
    expect(result.rejected).toHaveLength(250_000);
    expect(result.rejected[249_999]).toMatchObject({ row: 250_000, reason: 'Sent At "nope" is not a date' });
  });
});

