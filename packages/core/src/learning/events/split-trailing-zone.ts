/** A date-time cell cut at the end of its time: the local date and time, and the zone written after it. */
export interface TrailingZone {
  /** The date and time as written, without the zone (`Mon, 02 Mar 2026 09:15:00`). */
  local: string;
  /**
   * Minutes east of UTC that a numeric offset says (`+0100`, `-05:00`, `+01`, `Z`, `UTC`, `UTC+1`, `GMT-5`):
   * the first one after the time. Undefined when the zone is only a name.
   */
  offsetMinutes?: number;
  /** A zone name, comment or region after the time or its offset, as written without its parentheses or brackets (`CET`, `Central European Standard Time`, `Europe/Paris`). */
  name?: string;
}

const time = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s*[ap]\.?m\.?(?![a-z]))?`;
// `Z`, `UTC`/`GMT`/`UT` with an optional offset of one or two hour digits (`UTC+1`, `GMT-05:00`),
// or an ISO 8601 / RFC 2822 offset (`+01`, `+0100`, `+01:00`).
const offset = String.raw`z|(?:utc|gmt|ut)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}(?::?\d{2})?`;
// The first time (an offset such as `+05:30` looks like one), then at most: an offset, a zone name (`CET`),
// a comment in parentheses (RFC 2822's `(CET)`, JavaScript's `(Central European Standard Time)`), as email
// headers, Go, Python and JavaScript write them, or a region in brackets (Java's `+01:00[Europe/Paris]`).
const zoneAfterTime = new RegExp(String.raw`^(.*?${time})\s*(${offset})?\s*([a-z]{2,5})?\s*(?:\(([^()]{1,60})\)|\[([a-z0-9_+\-/]{1,60})\])?$`, 'i');
// Java's `Date.toString()` and Unix `date` put the zone between the time and the year: `Mon Mar 02 09:15:00 CET 2026`.
const zoneBeforeYear = new RegExp(String.raw`^(.*[a-z].*?)\s+(${time})\s+(${offset}|[a-z]{2,5})\s+(\d{4})$`, 'i');
const meridiem = /^[ap]m$/i;
/** Characters of the longest date-time looked at (`Wednesday, September 30, 2026 09:15:00 GMT+0100 (Central European Summer Time)` is 80): a note is not searched. */
const longestDateTime = 120;

/**
 * Splits the time zone off the end of a date-time: `Mon, 02 Mar 2026 09:15:00 +0100 (CET)` is
 * `Mon, 02 Mar 2026 09:15:00` at +60 minutes, named `CET`. Java's `Mon Mar 02 09:15:00 CET 2026`
 * is read as `Mon Mar 02 2026 09:15:00` named `CET`.
 * @returns The parts, or undefined when no zone follows a time (a date alone, a zoneless time). An
 * offset no zone has (hours above 14, minutes above 59: `+15:00`) gives `offsetMinutes: NaN`.
 * @example splitTrailingZone('2 March 2026 09:15 UTC+1') // { local: '2 March 2026 09:15', offsetMinutes: 60 }
 */
export function splitTrailingZone(text: string): TrailingZone | undefined {
  if (text.length > longestDateTime) return undefined;
  const javaForm = zoneBeforeYear.exec(text);
  const value = javaForm === null ? text : `${javaForm[1]} ${javaForm[4]} ${javaForm[2]} ${javaForm[3]}`;
  const match = zoneAfterTime.exec(value);
  if (match === null) return undefined;
  const [, local = '', written, abbreviation, comment, region] = match;
  const name = abbreviation !== undefined && meridiem.test(abbreviation) ? undefined : (abbreviation ?? comment?.trim() ?? region);
  if (written === undefined && name === undefined) return undefined;
  return {
    local: local.trim(),
    ...(written === undefined ? {} : { offsetMinutes: offsetMinutes(written) }),
    ...(name === undefined ? {} : { name }),
  };
}

/** Minutes east of UTC of a written offset (`+0100`, `UTC-5`, `Z`), NaN when out of range. */
function offsetMinutes(written: string): number {
  const digits = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(written);
  if (digits === null) return 0;
  const [, sign, hours, minutes = '0'] = digits;
  if (Number(hours) > 14 || Number(minutes) > 59) return Number.NaN;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}
