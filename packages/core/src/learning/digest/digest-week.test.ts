import { describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/compound-error.js';
import { digestWeek, weekHolding } from './index.js';

// A user who stopped sending in March 2024, asking in November 2024.
const march = [{ sentAt: '2024-03-05T10:00:00Z' }, { sentAt: '2024-03-13T23:59:59Z' }, { sentAt: '2024-02-20T10:00:00Z' }];

describe('digestWeek', () => {
  it('defaults to the last complete week before now, however long ago the latest send was', () => {
    // 2024-11-27 is a Wednesday: the last complete week is Monday 18 to Sunday 24 November.
    expect(digestWeek(march, { now: new Date('2024-11-27T15:00:00Z') })).toEqual({ weekStart: '2024-11-18', weekEnd: '2024-11-24' });
    // On a Monday just after midnight the week that ended last night is the last complete one.
    expect(digestWeek(march, { now: new Date('2024-11-25T00:00:01Z') })).toEqual({ weekStart: '2024-11-18', weekEnd: '2024-11-24' });
    // Sunday 23:59 belongs to the week in progress, so the last complete week is the one before.
    expect(digestWeek(march, { now: new Date('2024-11-24T23:59:59Z') })).toEqual({ weekStart: '2024-11-11', weekEnd: '2024-11-17' });
  });

  it('names the week of the latest send on request, and the week holding a given date', () => {
    expect(digestWeek(march, { week: 'latest', now: new Date('2024-11-27T15:00:00Z') })).toEqual({ weekStart: '2024-03-11', weekEnd: '2024-03-17' });
    expect(digestWeek([], { week: 'latest' })).toBeUndefined();
    expect(digestWeek(march, { week: '2024-03-06' })).toEqual({ weekStart: '2024-03-04', weekEnd: '2024-03-10' });
    expect(digestWeek(march, { week: '2024-03-04' })).toEqual({ weekStart: '2024-03-04', weekEnd: '2024-03-10' });
    expect(digestWeek(march, { week: '2024-03-10' })).toEqual({ weekStart: '2024-03-04', weekEnd: '2024-03-10' });
    expect(() => digestWeek(march, { week: 'last week' })).toThrow(CompoundError);
    expect(() => digestWeek(march, { week: '2024-13-01' })).toThrow(/ISO date/);
    expect(() => digestWeek(march, { week: '2024-02-30' })).toThrow(CompoundError);
  });

  it("reads sends and now on the user's clock", () => {
    // 02:00 UTC on Monday 2024-03-18 is Sunday evening in New York: the latest send's week is the one before.
    const sunday = [{ sentAt: '2024-03-18T02:00:00Z' }];
    expect(digestWeek(sunday, { week: 'latest' })).toEqual({ weekStart: '2024-03-18', weekEnd: '2024-03-24' });
    expect(digestWeek(sunday, { week: 'latest', timeZone: 'America/New_York' })).toEqual({ weekStart: '2024-03-11', weekEnd: '2024-03-17' });
    // 03:00 UTC on Monday 25 November is still Sunday in Los Angeles: the week in progress there began on the 18th.
    expect(digestWeek([], { now: new Date('2024-11-25T03:00:00Z'), timeZone: 'America/Los_Angeles' })).toEqual({ weekStart: '2024-11-11', weekEnd: '2024-11-17' });
    // A date without a time stays on its date whatever the zone.
    expect(digestWeek([{ sentAt: '2024-03-18T00:00:00.000Z' }], { week: 'latest', timeZone: 'America/New_York' })).toEqual({ weekStart: '2024-03-18', weekEnd: '2024-03-24' });
  });

  it('gives Monday-to-Sunday weeks across a year end', () => {
    expect(weekHolding(new Date('2025-01-01T12:00:00Z'))).toEqual({ weekStart: '2024-12-30', weekEnd: '2025-01-05' });
  });
});
