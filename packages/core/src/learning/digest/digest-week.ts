/**
 * Which week a digest covers. Weeks run Monday to Sunday on the user's clock (`timeZone`, default
 * UTC). By default the digest is of the last complete week before now, never of whatever week
 * happened to hold the latest send: a user who stopped sending in March gets "no sends last week",
 * not March presented as the current digest.
 */
import { CompoundError } from '../../errors/compound-error.js';
import { sendClock, zonedDay } from '../events/zoned-clock.js';

/** A Monday-to-Sunday week as ISO dates. */
export interface DigestWeek {
  /** The Monday, e.g. `2024-03-04`. */
  weekStart: string;
  /** The Sunday, e.g. `2024-03-10`. */
  weekEnd: string;
}

/** Options of {@link digestWeek}. */
export interface DigestWeekOptions {
  /**
   * A date (ISO, `2024-03-06`) in the week to digest, or `latest` for the week of the latest send.
   * Default: the last complete week before `now`.
   */
  week?: string;
  /** The current time (default `new Date()`); injectable for tests. */
  now?: Date;
  /** The zone (IANA name) whose dates the sends and now are read by. Default UTC. */
  timeZone?: string;
}

const day = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The Monday-to-Sunday week holding the UTC date of `date`. */
export function weekHolding(date: Date): DigestWeek {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const monday = midnight - ((date.getUTCDay() + 6) % 7) * day;
  return { weekStart: isoDate(monday), weekEnd: isoDate(monday + 6 * day) };
}

/**
 * The week a digest covers: the week holding `week`, the week of the latest send (`latest`; undefined
 * without sends), or by default the last complete week before `now`. A partial current week is not
 * the default because its counts would read as a drop against the full week before.
 *
 * @example
 * digestWeek(observations, { now: new Date('2024-03-13T12:00:00Z') }); // { weekStart: '2024-03-04', weekEnd: '2024-03-10' }
 */
export function digestWeek(observations: readonly { sentAt: string }[], options: DigestWeekOptions = {}): DigestWeek | undefined {
  const { week, timeZone = 'UTC' } = options;
  if (week === 'latest') {
    let latest = Number.NEGATIVE_INFINITY;
    for (const observation of observations) {
      const sent = sendClock(observation.sentAt, timeZone)?.day ?? Number.NaN;
      if (sent > latest) latest = sent;
    }
    return Number.isFinite(latest) ? weekHolding(new Date(latest * day)) : undefined;
  }
  if (week !== undefined) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(week) ? Date.parse(`${week}T00:00:00Z`) : Number.NaN;
    // The round trip rejects dates that Date.parse rolls over (2024-02-30 would be March 1).
    if (Number.isNaN(date) || isoDate(date) !== week) throw new CompoundError({ code: 'invalid-argument', message: `week must be an ISO date such as 2024-03-04, or "latest" (got "${week}")`, context: { field: 'week' } });
    return weekHolding(new Date(date));
  }
  // Today on the user's clock, a week back.
  return weekHolding(new Date((zonedDay((options.now ?? new Date()).getTime(), timeZone) - 7) * day));
}
