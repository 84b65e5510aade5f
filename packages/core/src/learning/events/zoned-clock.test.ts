import { describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/compound-error.js';
import { canonicalTimeZone, instantOfWallClock, requireTimeZone, sendClock, zoneOffsetMinutes } from './zoned-clock.js';

const iso = (time: number) => new Date(time).toISOString();

describe('canonicalTimeZone / requireTimeZone', () => {
  it('knows IANA names in any case and refuses the rest', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Europe/Berln')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
    expect(canonicalTimeZone('9 am')).toBeUndefined();
  });

  it('names where a bad zone was given', () => {
    const error = (() => {
      try {
        requireTimeZone('Mars/Olympus', '--timezone');
      } catch (caught) {
        return caught;
      }
    })();
    expect(CompoundError.isInstance(error) && error.code).toBe('invalid-argument');
    expect((error as Error).message).toMatch(/^--timezone: "Mars\/Olympus" is not a time zone/);
  });
});

describe('zoneOffsetMinutes', () => {
  it('follows daylight saving time and odd offsets', () => {
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 15, 12), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(Date.UTC(2026, 6, 15, 12), 'Europe/Berlin')).toBe(120);
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 15, 12), 'America/New_York')).toBe(-300);
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 15, 12), 'Asia/Kathmandu')).toBe(345);
    // Berlin goes to summer time at 01:00 UTC on 29 March 2026.
    expect(zoneOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(Date.UTC(2026, 2, 29, 1, 0), 'Europe/Berlin')).toBe(120);
  });
});

describe('instantOfWallClock', () => {
  it('reads a wall-clock time in the zone', () => {
    expect(iso(instantOfWallClock(Date.UTC(2026, 2, 2, 9, 15), 'Europe/Berlin'))).toBe('2026-03-02T08:15:00.000Z');
    expect(iso(instantOfWallClock(Date.UTC(2026, 6, 2, 9, 15), 'America/Los_Angeles'))).toBe('2026-07-02T16:15:00.000Z');
    expect(iso(instantOfWallClock(Date.UTC(2026, 6, 2, 9, 15), 'UTC'))).toBe('2026-07-02T09:15:00.000Z');
  });

  it('takes the first of a repeated hour and moves a skipped one past the change', () => {
    // 02:30 happens twice in Berlin on 25 October 2026 (at +02:00, then at +01:00).
    expect(iso(instantOfWallClock(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
    // 02:30 never happens in Berlin on 29 March 2026: read at +01:00 it is 03:30 summer time.
    expect(iso(instantOfWallClock(Date.UTC(2026, 2, 29, 2, 30), 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('sendClock', () => {
  it('shows an instant on the zone’s clock', () => {
    // 14:15 UTC on Monday 2 March 2026 is 09:15 in New York and 15:15 in Berlin.
    expect(sendClock('2026-03-02T14:15:00.000Z', 'America/New_York')).toMatchObject({ weekday: 1, hour: 9 });
    expect(sendClock('2026-03-02T14:15:00.000Z', 'Europe/Berlin')).toMatchObject({ weekday: 1, hour: 15 });
    expect(sendClock('2026-03-02T14:15:00.000Z', 'UTC')).toMatchObject({ weekday: 1, hour: 14 });
    // Late Monday evening in Los Angeles is Tuesday in UTC.
    expect(sendClock('2026-03-03T05:00:00Z', 'America/Los_Angeles')).toMatchObject({ weekday: 1, hour: 21 });
    expect(sendClock('2026-03-02T09:15:00+01:00', 'UTC')).toMatchObject({ weekday: 1, hour: 8 });
  });

  it('gives the date on the zone’s clock as days since 1970', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect(sendClock('2026-03-03T05:00:00Z', 'America/Los_Angeles')?.day).toBe(day('2026-03-02'));
    expect(sendClock('2026-03-03T05:00:00Z', 'UTC')?.day).toBe(day('2026-03-03'));
    expect(sendClock('2026-03-03T00:00:00Z', 'America/Los_Angeles')?.day).toBe(day('2026-03-03'));
  });

  it('reads a time without a zone, or every time without a zone option, as written', () => {
    expect(sendClock('2026-03-02T09:15:00', 'America/New_York')).toMatchObject({ weekday: 1, hour: 9 });
    expect(sendClock('2026-03-02T09:15:00-05:00')).toMatchObject({ weekday: 1, hour: 9 });
  });

  it('gives no hour for a date alone or midnight UTC (a dates-only history)', () => {
    expect(sendClock('2026-03-02', 'America/New_York')).toMatchObject({ weekday: 1, hour: undefined });
    expect(sendClock('2026-03-02T00:00:00.000Z', 'America/New_York')).toMatchObject({ weekday: 1, hour: undefined });
    expect(sendClock('not a date', 'UTC')).toBeUndefined();
  });
});

describe('sendClock on text that only starts like ISO 8601', () => {
  it('reads the date and hour as written', () => {
    expect(sendClock('2026-03-02 09h15 (imported)', 'America/New_York')).toMatchObject({ weekday: 1, hour: 9 });
    expect(sendClock('2026-03-02, a Monday', 'America/New_York')).toMatchObject({ weekday: 1, hour: undefined });
  });
});
