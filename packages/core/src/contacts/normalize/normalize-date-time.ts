import { normalizeDate } from './normalize-date.js';
import type { NormalizeDateOptions } from './normalize-date.js';

const whitespaceRun = /\s+/g;
// A time at the end of a date cell: `2023-11-02 09:15`, `2023-11-02T09:15:30.250Z`,
// `1/15/2026, 9:30 AM`, `15.01.2026 10:22:05 +01:00`.
const trailingTime = /[\sT,](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)? ?(?:([ap])\.?m\.?)? ?(z|utc|gmt|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses a date that may carry a time of day, for custom date columns (HubSpot's `Create Date`,
 * `Last Activity Date`: `2023-11-02 09:15`). The date is read as {@link normalizeDate} reads it
 * (same formats and `options`); a time after it is kept in ISO 8601 form: `2023-11-02T09:15`,
 * with seconds and their fraction when the cell has them (`2023-11-02T09:15:30`), 12-hour times
 * written in 24 hours (`9:30 PM` → `21:30`) and the zone when one is given (`Z` for `Z`, `UTC` and
 * `GMT`; `+01:00`). A midnight without a zone (`2023-11-02 00:00:00`) is how spreadsheets write a
 * plain date, so it is read as the date alone. A time that is not a clock time (`25:00`) leaves the
 * date alone too. Returns `undefined` when the date does not parse.
 *
 * @example normalizeDateTime('2023-11-02 09:15') // '2023-11-02T09:15'
 * @example normalizeDateTime('1/15/2026, 9:30 PM') // '2026-01-15T21:30'
 */
export function normalizeDateTime(raw: string, options: NormalizeDateOptions = {}): string | undefined {
  const date = normalizeDate(raw, options);
  if (date === undefined) return undefined;
  const match = trailingTime.exec(raw.trim().replace(whitespaceRun, ' '));
  if (!match) return date;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = match[3] === undefined ? undefined : Number(match[3]);
  const meridiem = match[5]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return date;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || (second !== undefined && second > 59)) return date;
  const zone = zoneOf(match[6]);
  if (zone === '' && hour === 0 && minute === 0 && !second && !Number(match[4] ?? 0)) return date;
  const seconds = second === undefined ? '' : `:${pad(second)}${match[4] ?? ''}`;
  return `${date}T${pad(hour)}:${pad(minute)}${seconds}${zone}`;
}

function zoneOf(raw: string | undefined): string {
  if (raw === undefined) return '';
  if (/^(?:z|utc|gmt)$/i.test(raw)) return 'Z';
  const digits = raw.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
