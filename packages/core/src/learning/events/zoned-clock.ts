/**
 * Wall clocks in named time zones (IANA: `Europe/Berlin`, `America/New_York`, `UTC`), by the
 * runtime's own zone rules (Intl): what day and hour an instant was for the user, and which instant
 * a time written without a zone was, read in the user's zone.
 */
import { CompoundError } from '../../errors/compound-error.js';

const quarterHour = 15 * 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets (minutes east of UTC) by zone and quarter hour of UTC time: zones change offset on quarter hours at the finest. */
const offsets = new Map<string, Map<number, number>>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The zone's canonical name when the runtime knows it (`europe/berlin` → `Europe/Berlin`, `utc` →
 * `UTC`), else undefined.
 */
export function canonicalTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '' || !/^[a-z0-9_+\-/]+$/i.test(trimmed)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The zone's canonical name, or an `invalid-argument` error naming where it was given (`what`,
 * e.g. `--timezone`) and the form expected.
 */
export function requireTimeZone(name: string, what: string): string {
  const zone = canonicalTimeZone(name);
  if (zone === undefined) {
    throw new CompoundError({
      code: 'invalid-argument',
      message: `${what}: "${name}" is not a time zone this system knows; write an IANA name such as Europe/Berlin, America/New_York or UTC`,
      context: { field: 'timeZone' },
    });
  }
  return zone;
}

/** The time zone of this machine (the `TZ` environment variable, else the system's), as Intl reports it. */
export function machineTimeZone(): string {
  return canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC') ?? 'UTC';
}

/** Minutes east of UTC of `zone` at the instant `time` (ms since the epoch). */
export function zoneOffsetMinutes(time: number, zone: string): number {
  if (zone === 'UTC') return 0;
  let byQuarter = offsets.get(zone);
  if (byQuarter === undefined) {
    byQuarter = new Map();
    offsets.set(zone, byQuarter);
  }
  const quarter = Math.floor(time / quarterHour);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    const start = quarter * quarterHour;
    const parts: Record<string, number> = {};
    for (const part of formatterOf(zone).formatToParts(new Date(start))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const wall = Date.UTC(parts['year'] ?? 1970, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0, parts['second'] ?? 0);
    offset = Math.round((wall - start) / 60_000);
    byQuarter.set(quarter, offset);
  }
  return offset;
}

/**
 * The instant at which the wall clock of `zone` showed `wall` (a wall-clock time encoded as if it
 * were UTC: `Date.UTC(2026, 2, 2, 9, 15)` for 2 March 2026 09:15). A time the clock skipped (the
 * hour a DST change jumps over) is read with the offset before the change, so it lands as far after
 * the change as it was into the gap; a time the clock showed twice (the hour repeated when DST ends)
 * is the first of the two.
 */
export function instantOfWallClock(wall: number, zone: string): number {
  if (zone === 'UTC') return wall;
  // Offsets change at most once in a day: the one half a day before and the one half a day after
  // are every offset the clock could have shown `wall` with.
  const before = zoneOffsetMinutes(wall - 12 * 3_600_000, zone);
  const after = zoneOffsetMinutes(wall + 12 * 3_600_000, zone);
  const shows = (offset: number): boolean => {
    const instant = wall - offset * 60_000;
    return zoneOffsetMinutes(instant, zone) === offset;
  };
  // The earlier instant first: with the larger offset (the summer one, before the clock goes back).
  const candidates = before >= after ? [before, after] : [after, before];
  const offset = candidates.find(shows) ?? before;
  return wall - offset * 60_000;
}

/**
 * A wall-clock time written as UTC (`2026-03-02T09:15:00.000Z` for 09:15, as the history readers
 * give a time without a zone) placed on the clock of `zone`. Midnight exactly stays: it is how a
 * date without a time is kept (a day without an hour).
 */
export function placeOnClock(wall: string, zone: string): string {
  if (zone === 'UTC' || isDateAlone(wall)) return wall;
  return new Date(instantOfWallClock(Date.parse(wall), zone)).toISOString();
}

/** Whether a wall-clock time written as UTC is midnight exactly: how the history readers keep a date without a time. */
export function isDateAlone(wall: string): boolean {
  return wall.endsWith('T00:00:00.000Z');
}

/** The date, weekday (0 Sunday … 6 Saturday) and hour of day a send time was in a zone; hour undefined for a date without a time. */
export interface SendClock {
  /** The date on that clock, as days since 1970-01-01. */
  day: number;
  weekday: number;
  hour: number | undefined;
}

const dayMs = 86_400_000;
/** The clock of a wall-clock time encoded as UTC (1970-01-01 was a Thursday). */
function clockOf(wall: number, withHour: boolean): SendClock {
  const day = Math.floor(wall / dayMs);
  return { day, weekday: (((day + 4) % 7) + 7) % 7, hour: withHour ? Math.floor((wall - day * dayMs) / 3_600_000) : undefined };
}

/** The date on the clock of `zone` at the instant `time`, as days since 1970-01-01. */
export function zonedDay(time: number, zone: string): number {
  return Math.floor((time + zoneOffsetMinutes(time, zone) * 60_000) / dayMs);
}

const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Any other text that starts with an ISO date (and hour): read as written. */
const writtenDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2}))?)?/;
/** A date alone, or midnight UTC exactly: how a history that gives dates only is stored. */
const dateOnly = /^\d{4}-\d{2}-\d{2}(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/i;

/**
 * The date, weekday and hour of a send time (ISO 8601) on the clock of `zone`. A time with `Z` or an
 * offset is an instant, shown in `zone`; a time without either is taken as already on the user's
 * clock, as written; a date alone, or midnight UTC exactly (how a dates-only history is stored),
 * gives the written date's weekday and no hour. Without `zone`, every time is read as written (its
 * own offset's clock), as is any text that only starts like ISO 8601 (`2026-03-02 09h15`).
 * @returns undefined when `sentAt` does not start with an ISO 8601 date.
 */
export function sendClock(sentAt: string, zone?: string): SendClock | undefined {
  const text = sentAt.trim();
  const match = isoDateTime.exec(text) ?? writtenDateTime.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, offset] = match;
  const written = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0));
  if (Number.isNaN(written)) return undefined;
  if (hour === undefined || dateOnly.test(text)) return clockOf(written, false);
  if (zone === undefined || offset === undefined) return clockOf(written, true);
  const offsetMinutes = offset.toUpperCase() === 'Z' ? 0 : offsetOf(offset);
  const instant = written - offsetMinutes * 60_000;
  return clockOf(instant + zoneOffsetMinutes(instant, zone) * 60_000, true);
}

function offsetOf(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}
