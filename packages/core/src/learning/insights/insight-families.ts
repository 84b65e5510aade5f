/**
 * How sends are grouped for testing: each family (e.g. "angles within SaaS") has levels (the angles),
 * and each level is compared with the rest of its family.
 */
import type { SendObservation } from '../outcome-event.js';
import type { InsightDimension } from './learning-insight.js';
import { unknownDimension } from '../events/fold-events.js';
import { sendClock } from '../events/zoned-clock.js';

/** A family of comparable levels. */
export interface InsightFamily {
  dimension: InsightDimension;
  /** Fixed values shared by the family, e.g. `{ segment: 'SaaS' }`. */
  context: Record<string, string>;
  /** The varying dimension's name, e.g. `angle`. */
  levelName: string;
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const sizeBands: readonly (readonly [number, string])[] = [
  [10, '1–10'],
  [50, '11–50'],
  [200, '51–200'],
  [500, '201–500'],
  [1000, '501–1,000'],
  [5000, '1,001–5,000'],
  [Number.POSITIVE_INFINITY, '5,001+'],
];
const signalBands: readonly (readonly [number, string])[] = [
  [3, '0–3 days'],
  [7, '4–7 days'],
  [14, '8–14 days'],
  [30, '15–30 days'],
  [Number.POSITIVE_INFINITY, '31+ days'],
];

function band(value: number, bands: readonly (readonly [number, string])[]): string {
  for (const [upper, label] of bands) if (value <= upper) return label;
  return bands[bands.length - 1]?.[1] ?? '';
}

/** The company-size band of a head count, e.g. `51–200`. */
export function companySizeBand(employees: number): string {
  return band(employees, sizeBands);
}

/** The days-since-signal band, e.g. `0–3 days`. */
export function signalWindowBand(days: number): string {
  return band(days, signalBands);
}

/** Send-hour band of an hour of day on the user's clock. */
function hourBand(hour: number): string {
  if (hour >= 6 && hour < 9) return '06–09h';
  if (hour >= 9 && hour < 12) return '09–12h';
  if (hour >= 12 && hour < 15) return '12–15h';
  if (hour >= 15 && hour < 18) return '15–18h';
  return '18–06h';
}

/**
 * Calls `visit(familyKey, family, level)` once for each family the send belongs to. Day and hour are
 * `sentAt` on the clock of `timeZone` (see `sendClock`: as written when undefined; a dates-only
 * history has days and no hours); company size from the `companySize` (or `employees`) feature;
 * signal windows from the `signal` and `daysSinceSignal` features.
 */
export function visitFamilies(
  observation: SendObservation,
  visit: (key: string, family: InsightFamily, level: string) => void,
  cache: Map<string, InsightFamily>,
  timeZone?: string,
): void {
  const family = (key: string, make: () => InsightFamily) => {
    let value = cache.get(key);
    if (!value) {
      value = make();
      cache.set(key, value);
    }
    return value;
  };
  const { segment, angle, channel } = observation;
  // Sends with no recorded angle are not an angle: "the unknown angle gets 50%" is no claim to act on.
  const angleKnown = angle !== unknownDimension;
  if (angleKnown) visit('angle', family('angle', () => ({ dimension: 'angle', context: {}, levelName: 'angle' })), angle);
  visit('channel', family('channel', () => ({ dimension: 'channel', context: {}, levelName: 'channel' })), channel);
  // Sends with no recorded segment are not a segment: their "segment" families would repeat the
  // angle and channel families (every send of a history without segments), doubling the tests.
  if (segment !== unknownDimension) {
    if (angleKnown) visit(`segment-angle\u0000${segment}`, family(`segment-angle\u0000${segment}`, () => ({ dimension: 'segment-angle', context: { segment }, levelName: 'angle' })), angle);
    visit(`segment-channel\u0000${segment}`, family(`segment-channel\u0000${segment}`, () => ({ dimension: 'segment-channel', context: { segment }, levelName: 'channel' })), channel);
  }
  const clock = sendClock(observation.sentAt, timeZone);
  if (clock) {
    visit('send-day', family('send-day', () => ({ dimension: 'send-day', context: {}, levelName: 'day' })), weekdays[clock.weekday] ?? '');
    if (clock.hour !== undefined) visit('send-hour', family('send-hour', () => ({ dimension: 'send-hour', context: {}, levelName: 'hour' })), hourBand(clock.hour));
  }
  const features = observation.features;
  if (!features) return;
  const size = features['companySize'] ?? features['employees'];
  if (typeof size === 'number' && Number.isFinite(size) && size > 0) {
    visit('company-size', family('company-size', () => ({ dimension: 'company-size', context: {}, levelName: 'employees' })), companySizeBand(size));
  }
  const signal = features['signal'];
  const days = features['daysSinceSignal'];
  if (typeof signal === 'string' && signal.length > 0 && typeof days === 'number' && Number.isFinite(days) && days >= 0) {
    const key = `signal-window\u0000${signal}`;
    visit(key, family(key, () => ({ dimension: 'signal-window', context: { signal }, levelName: 'window' })), signalWindowBand(days));
  }
}
