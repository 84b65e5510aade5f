import type { DateOrder } from '../events/parse-history-date.js';
import { parseHistoryDate, withoutTimeWords } from '../events/parse-history-date.js';
import { splitTrailingZone } from '../events/split-trailing-zone.js';

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

// Other forms, read by the events import's `parseHistoryDate`: day/month/year or month/day/year
// (`01/06/2025`, `6.1.2025 9:30`), year-first dates it reads and the pattern above does not
// (`2025-01-06 9:30 pm`), and dates with an English month name and a four-digit year
// (`Jan 06, 2025`, `6 January 2025`, `Mon, 06 Jan 2025 09:00:00 +0000`).
const numericDate = /^(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\b/;
const monthName = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])/i;
const fourDigitYear = /\b\d{4}\b/;
const clockTime = /\b\d{1,2}:\d{2}/;

/**
 * Reads a date (with an optional time) without a time zone library: the weekday of the calendar
 * date and the hour, both as written, local to the sender, whatever offset or zone follows
 * (`Mon, 02 Mar 2026 09:15:00 +0100` is Monday, hour 9, not 8 at UTC): a send hour is the
 * sender's. Year-first dates (ISO 8601 and its spreadsheet spellings) are read here; day/month/year
 * and month/day/year dates (`01/06/2025`, read by `order`, which `inferHistoryDateOrder` infers
 * from a column's values) and month-name dates (`Jan 06, 2025`) as the events import reads them
 * (`parseHistoryDate`), without their zone. A German `Uhr` time has its hour (`2.3.2026 9 Uhr` is hour 9).
 *
 * @param order Which number comes first in a slash or dot date. Default `mdy`.
 * @example
 * parseDateParts('2025-01-06 09:30'); // { weekday: 'Monday', hour: 9, writtenTime: 1736155800000 }
 * parseDateParts('06/01/2025', 'dmy')?.weekday; // 'Monday'
 */
export function parseDateParts(cell: string, order: DateOrder = 'mdy'): DateParts | undefined {
  // As the events import reads it: `9 Uhr` as the clock time it is, `at` before a time dropped, and
  // the zone cut off (`+0100 (CET)`, Java's `Mon Mar 02 09:15:00 CET 2026` and `+01:00[Europe/Paris]`,
  // JavaScript's `(Central European Standard Time)`).
  const trimmed = withoutTimeWords(cell.trim());
  const text = splitTrailingZone(trimmed)?.local ?? trimmed;
  const match = isoDate.exec(text);
  if (!match) return otherDateParts(text, order);
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

/** A numeric date not read above, or a month-name date, through `parseHistoryDate` (which reads a zoneless time at UTC: as written). */
function otherDateParts(text: string, order: DateOrder): DateParts | undefined {
  // Only what looks like a date reaches the lenient parser (it would read `Q1 2025` or `Mayor 3`).
  if (!numericDate.test(text) && !(monthName.test(text) && fourDigitYear.test(text))) return undefined;
  const instant = parseHistoryDate(text, order);
  if (instant === undefined) return undefined;
  const date = new Date(instant);
  return { weekday: weekdays[date.getUTCDay()] ?? 'Sunday', hour: clockTime.test(text) ? date.getUTCHours() : undefined, writtenTime: date.getTime() };
}
