import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseHistoryDate } from './parse-history-date.js';

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
  ])('reads %s', (text, expected) => {
    expect(parseHistoryDate(text)).toBe(expected);
  });

  it('reads slash dates day-first when told', () => {
    expect(parseHistoryDate('06/05/2024', 'dmy')).toBe('2024-05-06T00:00:00.000Z');
    expect(parseHistoryDate('06.05.2024 12:00 am', 'dmy')).toBe('2024-05-06T00:00:00.000Z');
  });

  it.each(['', 'not yet', '2024-02-30', '13/13/2024', '2024-05-06 25:00', '12345', '5/6/24 13:00 pm'])('rejects %j', (text) => {
    expect(parseHistoryDate(text)).toBeUndefined();
  });
});

describe('detectDateOrder', () => {
  it('decides from the first unambiguous slash date', () => {
    expect(detectDateOrder(['2024-01-01', '03/04/2024', '25/03/2024'])).toBe('dmy');
    expect(detectDateOrder(['03/25/2024', '25/03/2024'])).toBe('mdy');
    expect(detectDateOrder(['03/04/2024', ''])).toBeUndefined();
    expect(detectDateOrder([])).toBeUndefined();
  });
});
