/**
 * Simulated days are business days (Monday–Friday) from a fixed start, so send weekdays are real.
 */

/** Monday 6 January 2025, 00:00 UTC: day 0 of every simulation. */
const startMs = Date.UTC(2025, 0, 6);
const dayMs = 86_400_000;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Calendar time (ms since the epoch) of business day `day` at `hour` (fractional hours allowed). */
export function simulationTime(day: number, hour = 0): number {
  const calendarDay = Math.floor(day / 5) * 7 + (day % 5);
  return startMs + calendarDay * dayMs + hour * 3_600_000;
}

/** ISO 8601 time of business day `day` at `hour`. */
export function simulationIso(day: number, hour = 0): string {
  return new Date(simulationTime(day, hour)).toISOString();
}

/** Weekday (`mon`…`fri`) of business day `day`. */
export function simulationWeekday(day: number): string {
  return weekdays[day % 5] ?? 'mon';
}
