import { describe, expect, it } from 'vitest';
import { epochTimeColumn, excelSerialColumn, parseEpochTime, parseExcelSerial, parseHistoryDate, unreadableDateReason } from './parse-history-date.js';

describe('parseHistoryDate', () => {
  it.each([
    ['2024-05-06', '2024-05-06T00:00:00.000Z'],
    ['2024-05-06 09:30', '2024-05-06T09:30:00.000Z'],
    ['2024-05-06T09:30:15.250Z', '2024-05-06T09:30:15.250Z'],
    ['2024-05-06T11:30:00+02:00', '2024-05-06T09:30:00.000Z'],
    ['2024-05-06 09:30:00 -0500', '2024-05-06T14:30:00.000Z'],
    ['05/06/2024', '2024-05-06T00:00:00.000Z'],
    ['5/6/24 9:05 pm', '2024-05-06T21:05:00.000Z'],
    ['May 6, 2024', '2024-05-06T00:00:00.000Z'],
    ['Mon, 06 May 2024 09:30:00 GMT', '2024-05-06T09:30:00.000Z'],
    ['5 Oct 2026 09:00 CET', '2026-10-05T08:00:00.000Z'],
    ['5 Oct 2026 09:00 CEST', '2026-10-05T07:00:00.000Z'],
    ['2026-10-05 09:00 EEST', '2026-10-05T06:00:00.000Z'],
    ['Oct 5, 2026 09:00 EET', '2026-10-05T07:00:00.000Z'],
    ['5 Oct 2026 09:00 BST', '2026-10-05T08:00:00.000Z'],
    ['Oct 5 2026 9:00 AM PST', '2026-10-05T17:00:00.000Z'],
    ['Oct 5 2026 9:00 am pdt', '2026-10-05T16:00:00.000Z'],
    ['10/5/2026 9:00 EST', '2026-10-05T14:00:00.000Z'],
    ['10/5/2026 9:00 EDT', '2026-10-05T13:00:00.000Z'],
    ['10/5/2026 9:00 CST', '2026-10-05T15:00:00.000Z'],
    ['10/5/2026 9:00 CDT', '2026-10-05T14:00:00.000Z'],
    ['10/5/2026 9:00 MST', '2026-10-05T16:00:00.000Z'],
    ['10/5/2026 9:00 MDT', '2026-10-05T15:00:00.000Z'],
    ['2026-10-05 09:00 UTC', '2026-10-05T09:00:00.000Z'],
    ['2026-10-05 09:00 GMT', '2026-10-05T09:00:00.000Z'],
    ['2026/10/05 09:00', '2026-10-05T09:00:00.000Z'],
    ['2026/10/05', '2026-10-05T00:00:00.000Z'],
    ['2026.10.05 09:00:30', '2026-10-05T09:00:30.000Z'],
    ['2026-03-02 9:00 pm', '2026-03-02T21:00:00.000Z'],
    ['2026-03-02 12:15 AM', '2026-03-02T00:15:00.000Z'],
    ['2026-03-02T09:00:00Z[UTC]', '2026-03-02T09:00:00.000Z'],
    ['2026-03-02T10:00:00+01:00[Europe/Paris]', '2026-03-02T09:00:00.000Z'],
  ])('reads %s', (text, expected) => {
    expect(parseHistoryDate(text)).toBe(expected);
  });

  // An offset written in the cell places the time, whatever zone name or comment follows it.
  it.each([
    ['Mon, 02 Mar 2026 09:15:00 +0100', '2026-03-02T08:15:00.000Z'],
    ['02 Mar 2026 09:15 +0100', '2026-03-02T08:15:00.000Z'],
    ['Mon, 02 Mar 2026 09:15:00 +0100 (CET)', '2026-03-02T08:15:00.000Z'],
    ['Mon, 2 Mar 2026 09:15:00 -0500 (EST)', '2026-03-02T14:15:00.000Z'],
    ['Mon, 02 Mar 2026 09:15:00 +0100 (CEST)', '2026-03-02T08:15:00.000Z'],
    ['Mon, 02 Mar 2026 09:15:00 +0530 (IST)', '2026-03-02T03:45:00.000Z'],
    ['Mon, 02 Mar 2026 09:15:00 +0200 (XYZ)', '2026-03-02T07:15:00.000Z'],
    ['Mon, 02 Mar 2026 09:15:00 EST', '2026-03-02T14:15:00.000Z'],
    ['02 Mar 2026 09:15 PST', '2026-03-02T17:15:00.000Z'],
    ['Mon Mar 02 2026 09:15:00 GMT+0100 (Central European Standard Time)', '2026-03-02T08:15:00.000Z'],
    ['Mon Mar 02 09:15:00 EST 2026', '2026-03-02T14:15:00.000Z'],
    ['Mon Mar 02 09:15:00 CET 2026', '2026-03-02T08:15:00.000Z'],
    ['Mon Mar  2 09:15:00 UTC 2026', '2026-03-02T09:15:00.000Z'],
    ['2 March 2026 09:15 UTC+1', '2026-03-02T08:15:00.000Z'],
    ['2 March 2026 09:15 GMT-5', '2026-03-02T14:15:00.000Z'],
    ['2026-03-02 09:15 UTC+05:30', '2026-03-02T03:45:00.000Z'],
    ['2026-03-02 09:15 GMT+0100', '2026-03-02T08:15:00.000Z'],
    ['2026-03-02 09:15:00 +0100 CET', '2026-03-02T08:15:00.000Z'],
    ['2026-03-02 09:15:00 -05:00', '2026-03-02T14:15:00.000Z'],
    ['2026-03-02T09:15:00.000Z', '2026-03-02T09:15:00.000Z'],
    ['2026-03-02 09:15:00+00', '2026-03-02T09:15:00.000Z'],
    ['2026-03-02T09:15+01', '2026-03-02T08:15:00.000Z'],
    ['03/02/2026 09:15 +0100', '2026-03-02T08:15:00.000Z'],
    ['03/02/2026 9:15 AM -05:00', '2026-03-02T14:15:00.000Z'],
    ['03/02/2026 09:15:00Z', '2026-03-02T09:15:00.000Z'],
    ['3/2/26 9:15 pm +01:00 (CET)', '2026-03-02T20:15:00.000Z'],
    ['2 Mar 2026 UTC', '2026-03-02T00:00:00.000Z'],
    ['02-Mar-26', '2026-03-02T00:00:00.000Z'],
    ['Monday, March 2, 2026 9:15 AM', '2026-03-02T09:15:00.000Z'],
  ])('reads %s at its offset', (text, expected) => {
    expect(parseHistoryDate(text)).toBe(expected);
  });

  it('reads a slash date with an offset in the order given', () => {
    expect(parseHistoryDate('02.03.2026 09:15 +01:00', 'dmy')).toBe('2026-03-02T08:15:00.000Z');
    expect(parseHistoryDate('02/03/2026 09:15:00 -0500', 'dmy')).toBe('2026-03-02T14:15:00.000Z');
  });

  // Each of these read as a wrong instant (a one-digit offset ignored, a text read as a 2001 date) or an impossible offset.
  it.each(['2 March 2026 09:15 +1', 'Mar 2', 'Mayor 3', 'Sent 3', 'replied Mar 2, 2026', '2026-03-02 09:15 +15:00', '2026-03-02 09:15 +01:75', 'Mar 2 2026 09:15 (CET) UTC'])('rejects %j', (text) => {
    expect(parseHistoryDate(text)).toBeUndefined();
  });

  // Gmail, Outlook and Google Sheets write `at` before the time, German tools `Uhr` after it.
  it.each([
    ['March 2, 2026 at 9:15 AM', '2026-03-02T09:15:00.000Z'],
    ['2 March 2026 at 09:15', '2026-03-02T09:15:00.000Z'],
    ['Mon, Mar 2, 2026 at 9:15 AM', '2026-03-02T09:15:00.000Z'],
    ['Monday, March 2, 2026 at 9:15 PM', '2026-03-02T21:15:00.000Z'],
    ['Mar 2, 2026, at 9:15\u202fAM', '2026-03-02T09:15:00.000Z'],
    ['March 2, 2026 at 9:15 AM PST', '2026-03-02T17:15:00.000Z'],
    ['2026-03-02 at 09:15', '2026-03-02T09:15:00.000Z'],
    ['2026-03-02 AT 09:15 +01:00', '2026-03-02T08:15:00.000Z'],
  ])('reads %j', (text, expected) => {
    expect(parseHistoryDate(text)).toBe(expected);
  });

  it.each([
    ['02.03.2026 09:15 Uhr', '2026-03-02T09:15:00.000Z'],
    ['02.03.2026, 09:15 Uhr', '2026-03-02T09:15:00.000Z'],
    ['2.3.2026 9:15', '2026-03-02T09:15:00.000Z'],
    ['2.3.2026 9 Uhr', '2026-03-02T09:00:00.000Z'],
    ['02.03.2026 09:15 Uhr +01:00', '2026-03-02T08:15:00.000Z'],
    ['02.03.2026 09:15 Uhr CET', '2026-03-02T08:15:00.000Z'],
    ['02/03/2026 à 09:15', '2026-03-02T09:15:00.000Z'],
  ])('reads %j day-first when told', (text, expected) => {
    expect(parseHistoryDate(text, 'dmy')).toBe(expected);
  });

  // `at` and `Uhr` join a date and a time: they make no date of other text.
  it.each(['Mar 2 at 9:15 AM', 'Sent 3 at 09:15', 'Mayor 3 at 9:15', 'at 09:15', '2026 at 09:15', 'March 2, 2026 at', '9 Uhr', '2 mars 2026 à 09:15'])('rejects %j', (text) => {
    expect(parseHistoryDate(text, 'dmy')).toBeUndefined();
  });

  it('reads slash dates day-first when told', () => {
    expect(parseHistoryDate('06/05/2024', 'dmy')).toBe('2024-05-06T00:00:00.000Z');
    expect(parseHistoryDate('06.05.2024 12:00 am', 'dmy')).toBe('2024-05-06T00:00:00.000Z');
  });

  it.each(['', 'not yet', '2024-02-30', '13/13/2024', '2024-05-06 25:00', '12345', '5/6/24 13:00 pm', '45935.375', '5 Oct 2026 09:00 IST', '5 Oct 2026 09:00 XYZ', '2026/13/05', '2026/10-05', '2026-03-02 13:00 pm', '2026-03-02T09:00:00[Mars/Olympus]', '2026-03-02 09:00 [UTC'])('rejects %j', (text) => {
    expect(parseHistoryDate(text)).toBeUndefined();
  });
});

describe('parseHistoryDate in a time zone', () => {
  it('reads a time without a zone on the clock of the zone given, daylight saving time included', () => {
    expect(parseHistoryDate('2026-03-02 09:15', 'mdy', 'Europe/Berlin')).toBe('2026-03-02T08:15:00.000Z');
    expect(parseHistoryDate('2026-07-02 09:15', 'mdy', 'Europe/Berlin')).toBe('2026-07-02T07:15:00.000Z');
    expect(parseHistoryDate('03/02/2026 9:15 AM', 'mdy', 'America/New_York')).toBe('2026-03-02T14:15:00.000Z');
    expect(parseHistoryDate('March 2, 2026 at 9:15 AM', 'mdy', 'America/New_York')).toBe('2026-03-02T14:15:00.000Z');
  });

  it('keeps a written offset, and a date alone (or midnight) as midnight UTC: a day without an hour', () => {
    expect(parseHistoryDate('2026-03-02T09:15:00+01:00', 'mdy', 'America/New_York')).toBe('2026-03-02T08:15:00.000Z');
    expect(parseHistoryDate('2026-03-02T09:15:00Z', 'mdy', 'America/New_York')).toBe('2026-03-02T09:15:00.000Z');
    expect(parseHistoryDate('2026-03-02', 'mdy', 'America/New_York')).toBe('2026-03-02T00:00:00.000Z');
    expect(parseHistoryDate('02.03.2026', 'dmy', 'Asia/Tokyo')).toBe('2026-03-02T00:00:00.000Z');
  });

  it('reads a region after the time by its own rules, bracketed or not', () => {
    expect(parseHistoryDate('2026-03-02T10:00:00[Europe/Paris]')).toBe('2026-03-02T09:00:00.000Z');
    expect(parseHistoryDate('2026-07-02T10:00:00[Europe/Paris]')).toBe('2026-07-02T08:00:00.000Z');
    expect(parseHistoryDate('2026-03-02 10:00 America/New_York', 'mdy', 'Europe/Berlin')).toBe('2026-03-02T15:00:00.000Z');
    expect(parseHistoryDate('2026-03-02 10:00 Mars/Olympus')).toBeUndefined();
  });
});

describe('unreadableDateReason', () => {
  it('says why a zone abbreviation is refused', () => {
    expect(unreadableDateReason('5 Oct 2026 09:00 IST')).toBe('time zone "IST" is ambiguous (India, Israel or Irish Standard Time): write the offset instead, e.g. "09:00 +05:30"');
    expect(unreadableDateReason('5 Oct 2026 09:00 AST')).toMatch(/^time zone "AST" is ambiguous \(/);
    expect(unreadableDateReason('5 Oct 2026 09:00 XYZ')).toBe('time zone "XYZ" is not one Compound knows: write the offset instead, e.g. "09:00 +02:00"');
    expect(unreadableDateReason('not yet')).toBeUndefined();
    expect(unreadableDateReason('2026-03-02T09:00:00[Mars/Olympus]')).toBe('time zone "Mars/Olympus" is not one this system knows: write the offset instead, e.g. "2026-03-02T10:00:00+01:00"');
    expect(unreadableDateReason('2026-03-02T09:00:00[Europe/Paris]')).toBeUndefined();
    expect(unreadableDateReason('2026-03-02T09:00:00Z[UTC]')).toBeUndefined();
  });

  it('refuses no zone name that follows an offset, and says why a name alone is refused', () => {
    expect(unreadableDateReason('Mon, 02 Mar 2026 09:15:00 +0530 (IST)')).toBeUndefined();
    expect(unreadableDateReason('Mon, 02 Mar 2026 09:15:00 (IST)')).toMatch(/^time zone "IST" is ambiguous \(/);
    expect(unreadableDateReason('Mon Mar 02 09:15:00 IST 2026')).toMatch(/^time zone "IST" is ambiguous \(/);
    expect(unreadableDateReason('Mon Mar 02 2026 09:15:00 (Central European Standard Time)')).toBe(
      'time zone "Central European Standard Time" is not one Compound knows: write the offset instead, e.g. "09:00 +02:00"',
    );
  });
});

describe('unreadableDateReason for words', () => {
  it('names a month or weekday word it does not know, in a value with a day and a year', () => {
    expect(unreadableDateReason('2 mars 2026 à 09:15')).toBe('"mars" is not a month or weekday name Compound reads (English ones only): write the date with numbers, e.g. "2026-03-02 09:15"');
    expect(unreadableDateReason('Montag, 2. März 2026')).toMatch(/^"Montag" is not a month or weekday name/);
  });

  it('does not read Uhr as a time zone, and says nothing of text that is no date', () => {
    expect(unreadableDateReason('02.03.2026 09:15 Uhr XYZ')).toBe('time zone "XYZ" is not one Compound knows: write the offset instead, e.g. "09:00 +02:00"');
    expect(unreadableDateReason('02.03.2026 25:15 Uhr')).toBeUndefined();
    expect(unreadableDateReason('Sent 3')).toBeUndefined();
    expect(unreadableDateReason('not yet')).toBeUndefined();
  });
});

describe('Excel serial dates', () => {
  it('reads days since 1899-12-30, to the second', () => {
    expect(parseExcelSerial('45935.375')).toBe('2025-10-05T09:00:00.000Z');
    expect(parseExcelSerial('46300')).toBe('2026-10-05T00:00:00.000Z');
    expect(parseExcelSerial('46300.3958333333')).toBe('2026-10-05T09:30:00.000Z');
    expect(parseExcelSerial('2026')).toBeUndefined();
    expect(parseExcelSerial('abc')).toBeUndefined();
  });

  it('takes a column as serials only when every value is one in a plausible range', () => {
    expect(excelSerialColumn(['45935.375', '', '45936'])).toBe(true);
    expect(excelSerialColumn(['45935.375', '2026-10-05'])).toBe(false);
    expect(excelSerialColumn(['45935', '12'])).toBe(false);
    expect(excelSerialColumn(['99999'])).toBe(false);
    expect(excelSerialColumn(['', ''])).toBe(false);
  });
});

describe('Unix times', () => {
  it('reads seconds and milliseconds since 1970 (HubSpot created), nothing else', () => {
    expect(parseEpochTime('1772442000000')).toBe('2026-03-02T09:00:00.000Z');
    expect(parseEpochTime(' 1772442000 ')).toBe('2026-03-02T09:00:00.000Z');
    expect(parseEpochTime('1772442000123')).toBe('2026-03-02T09:00:00.123Z');
    expect(parseEpochTime('45935.375')).toBeUndefined();
    expect(parseEpochTime('177244200000')).toBeUndefined();
    expect(parseEpochTime('2026-03-02')).toBeUndefined();
  });
  it('reads fractional seconds as Python and JavaScript tools write them', () => {
    expect(parseEpochTime('1772442000.5')).toBe('2026-03-02T09:00:00.500Z');
    expect(parseEpochTime('1772442000.123456')).toBe('2026-03-02T09:00:00.123Z');
    expect(parseEpochTime('1772442000000.5')).toBeUndefined();
    expect(epochTimeColumn(['1772442000.25', '1772442004'])).toBe(true);
  });
  it('reads a column as Unix times only when every value is one', () => {
    expect(epochTimeColumn(['1772442000000', '', '1772442004000'])).toBe(true);
    expect(epochTimeColumn(['1772442000000', '2026-03-02T09:00:00Z'])).toBe(false);
    expect(epochTimeColumn(['', ''])).toBe(false);
  });
});
