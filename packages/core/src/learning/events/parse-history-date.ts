/** Which number comes first in a slash date: `06/05/2024` is 6 May (`dmy`) or June 5 (`mdy`). */
export type DateOrder = 'dmy' | 'mdy';

const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;
const slashDate = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/i;
const hasZone = /(?:\bgmt|\butc|z|[+-]\d{2}:?\d{2})$/i;

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond: number, offsetMinutes: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(time);
  // Date.UTC rolls 31 April over to 1 May; a date that rolled over was not a real date.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  return new Date(time - offsetMinutes * 60_000).toISOString();
}

function offsetOf(zone: string | undefined): number {
  if (zone === undefined || /^(z|utc)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/**
 * Reads a date or date-time as exports write them: ISO 8601 (`2024-05-06`, `2024-05-06 09:30`,
 * `2024-05-06T09:30:00+02:00`), slash or dot dates (`06/05/2024 9:30 am`, read by `order`), and
 * month names (`May 6, 2024`, RFC 2822). A time without a zone is taken as UTC, so the same file
 * gives the same instants on every machine.
 * @returns The instant as an ISO string (`toISOString()` form), or undefined when unreadable.
 */
export function parseHistoryDate(text: string, order: DateOrder = 'mdy'): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const iso = isoDate.exec(value);
  if (iso !== null) {
    const [, year, month, day, hour, minute, second, fraction, zone] = iso;
    const millisecond = fraction === undefined ? 0 : Math.floor(Number(`0${fraction}`) * 1000);
    return build(Number(year), Number(month), Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), millisecond, offsetOf(zone));
  }
  const slash = slashDate.exec(value);
  if (slash !== null) {
    const [, first, second, year, hour, minute, seconds, meridiem] = slash;
    const fullYear = year?.length === 2 ? 2000 + Number(year) : Number(year);
    let hours = Number(hour ?? 0);
    if (meridiem !== undefined) {
      if (hours < 1 || hours > 12) return undefined;
      hours = (hours % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
    }
    const [day, month] = order === 'dmy' ? [Number(first), Number(second)] : [Number(second), Number(first)];
    return build(fullYear, month, day, hours, Number(minute ?? 0), Number(seconds ?? 0), 0, 0);
  }
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const time = Date.parse(hasZone.test(value) ? value : `${value} UTC`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * Decides whether slash dates put the day or the month first, from values where only one reading
 * is possible (`25/03/2024` is day-first, `03/25/2024` month-first).
 * @returns The order, or undefined when no value tells (every slash date is ambiguous, or none is a slash date).
 */
export function detectDateOrder(values: Iterable<string>): DateOrder | undefined {
  for (const value of values) {
    const slash = slashDate.exec(value.trim());
    if (slash === null) continue;
    if (Number(slash[1]) > 12) return 'dmy';
    if (Number(slash[2]) > 12) return 'mdy';
  }
  return undefined;
}
