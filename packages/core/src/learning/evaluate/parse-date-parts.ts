/** The parts of a date cell the reply model can learn from: the send's weekday and hour. */
export interface DateParts {
  /** English weekday name, e.g. `Monday`. */
  weekday: string;
  /** Hour of day 0–23 as written in the cell (an offset or `Z` is ignored), or undefined for a date alone. */
  hour: number | undefined;
  /** The date and time as written, in milliseconds as if UTC: for ordering rows, not for clocks. */
  writtenTime: number;
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// ISO 8601 and its spreadsheet spellings: 2025-01-06, 2025/01/06, 2025-01-06 09:00, 2025-01-06T09:00:00.000Z, …+02:00.
const isoDate = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Reads a year-first date (with an optional time) without a time zone library: the weekday of the
 * calendar date and the hour as written. Day-first and month-first dates (`06/01/2025`) are not
 * read, since which is which cannot be told from one cell.
 *
 * @example
 * parseDateParts('2025-01-06 09:30'); // { weekday: 'Monday', hour: 9, writtenTime: 1736155800000 }
 */
export function parseDateParts(cell: string): DateParts | undefined {
  const match = isoDate.exec(cell.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const hour = match[4] === undefined ? undefined : Number(match[4]);
  if (hour !== undefined && (hour > 23 || Number(match[5]) > 59)) return undefined;
  const minute = match[5] === undefined ? 0 : Number(match[5]);
  return { weekday: weekdays[date.getUTCDay()] ?? 'Sunday', hour, writtenTime: date.getTime() + ((hour ?? 0) * 60 + minute) * 60_000 };
}
