import { describe, expect, it } from 'vitest';
import { parseHistoryDate } from './parse-history-date.js';
import { splitTrailingZone } from './split-trailing-zone.js';

describe('splitTrailingZone', () => {
  it.each([
    ['Mon, 02 Mar 2026 09:15:00 +0100 (CET)', { local: 'Mon, 02 Mar 2026 09:15:00', offsetMinutes: 60, name: 'CET' }],
    ['2026-03-02 09:15 UTC+05:30', { local: '2026-03-02 09:15', offsetMinutes: 330 }],
    ['03/02/2026 9:15 AM GMT-5', { local: '03/02/2026 9:15 AM', offsetMinutes: -300 }],
    ['2026-03-02T09:15:00.000Z', { local: '2026-03-02T09:15:00.000', offsetMinutes: 0 }],
    ['Oct 5 2026 9:00 AM PST', { local: 'Oct 5 2026 9:00 AM', name: 'PST' }],
    ['Mon Mar 02 2026 09:15:00 (Central European Standard Time)', { local: 'Mon Mar 02 2026 09:15:00', name: 'Central European Standard Time' }],
    ['Mon Mar 02 09:15:00 CET 2026', { local: 'Mon Mar 02 2026 09:15:00', name: 'CET' }],
  ])('splits %s', (text, expected) => {
    expect(splitTrailingZone(text)).toEqual(expected);
  });

  it("reads Java's region after an offset, and the events import takes the offset", () => {
    expect(splitTrailingZone('2026-03-02T09:15:00+01:00[Europe/Paris]')).toEqual({ local: '2026-03-02T09:15:00', offsetMinutes: 60, name: 'Europe/Paris' });
    expect(parseHistoryDate('2026-03-02T09:15:00+01:00[Europe/Paris]')).toBe('2026-03-02T08:15:00.000Z');
  });

  it('finds no zone in a zoneless time or a date alone, and marks an offset no zone has', () => {
    expect(splitTrailingZone('2026-03-02 9:15 pm')).toBeUndefined();
    expect(splitTrailingZone('2026-03-02')).toBeUndefined();
    expect(splitTrailingZone('Mon Mar  2 09:15:00 2026')).toBeUndefined();
    expect(splitTrailingZone('2026-03-02 09:15 +15:00')?.offsetMinutes).toBeNaN();
  });
});
