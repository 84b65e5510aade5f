import { splitTrailingZone, type TrailingZone } from './split-trailing-zone.js';
import { ambiguousZones, zoneOffsets } from './time-zone-abbreviations.js';
import { canonicalTimeZone, instantOfWallClock, placeOnClock } from './zoned-clock.js';

/** Which number comes first in a slash date: `06/05/2024` is 6 May (`dmy`) or June 5 (`mdy`). */
export type DateOrder = 'dmy' | 'mdy';

// Year first, with -, / or . between its parts (`2026/10/05 09:00` as well as ISO 8601).
// A time may carry am/pm (`2026-03-02 9:00 pm`, as spreadsheets write it).
const isoDate = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:\s*([ap])\.?m\.?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;
// Java's ZonedDateTime writes the region after the offset (`…+01:00[Europe/Paris]`, `…Z[UTC]`).
const regionSuffix = /^(.*(?:z|utc|[+-]\d{2}:?\d{2}))\[[a-z0-9_+\-/]+\]$/i;
// Words tools write around a time: `at` between a date and its time (Gmail, Outlook and Google Sheets:
// `March 2, 2026 at 9:15 AM`), French `à` (`02/03/2026 à 09:15`), German `Uhr` after it (`09:15 Uhr`, `9 Uhr`).
const wordBeforeTime = /(\d),?\s+(?:at|à)\s+(?=\d{1,2}:\d{2})/i;
const hourWord = /(?<=[\s,])(\d{1,2})(:\d{2}(?::\d{2})?)?\s*uhr(?![a-z])/i;
const slashDate = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/i;
// Days since 1899-12-30 (Excel's day 0), from 1980 to 2100: a plausible send date.
const excelSerial = /^\d{5}(?:\.\d+)?$/;
const excelDayZero = Date.UTC(1899, 11, 30);
const excelDays = { min: 29_221, max: 73_051 };

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
 * month names (`May 6, 2024`, `02-Mar-26`, RFC 2822's `Mon, 02 Mar 2026 09:15:00 +0100 (CET)`), year-first
 * slash dates (`2026/10/05 09:00`), Java's zoned form (`2026-03-02T10:00:00+01:00[Europe/Paris]`: the
 * offset counts) and `Date.toString()` (`Mon Mar 02 09:15:00 CET 2026`). A time may end with an offset
 * (`+01:00`, `-0500`, `+01`, `UTC+1`, `GMT-5`), which always places it, whatever zone name or comment
 * follows; else with a zone abbreviation of `zoneOffsets` (`5 Oct 2026 09:00 CET`); an ambiguous (`IST`)
 * or unknown one makes the value unreadable (`unreadableDateReason` says why). `at` or `à` may join the
 * date and the time (`March 2, 2026 at 9:15 AM`), and `Uhr` follow the time (`02.03.2026 09:15 Uhr`).
 * A region (`2026-03-02T10:00:00[Europe/Paris]`, `… 10:00 America/New_York`) is read by its own rules.
 * Month and weekday names are English ones. A time without a zone is on the clock of `timeZone`
 * (an IANA name; default UTC, so the same file gives the same instants on every machine). A date
 * without a time, and midnight exactly, is midnight UTC whatever the zone: how a dates-only history
 * is kept (it has a day and no hour; see `sendClock`).
 * @returns The instant as an ISO string (`toISOString()` form), or undefined when unreadable.
 */
export function parseHistoryDate(text: string, order: DateOrder = 'mdy', timeZone = 'UTC'): string | undefined {
  const written = readWrittenDate(text, order);
  return written?.zoneless ? placeOnClock(written.value, timeZone) : written?.value;
}

/** A date-time read as written: the instant its own zone gives, or, written without one, its wall-clock time as if UTC. */
export interface WrittenDate {
  /** `toISOString()` form. */
  value: string;
  /** No zone was written: `value` is the wall-clock time, which a zone places (`placeOnClock`). */
  zoneless: boolean;
}

/** `parseHistoryDate` before a zone places a time written without one. @internal */
export function readWrittenDate(text: string, order: DateOrder = 'mdy'): WrittenDate | undefined {
  const trimmed = withoutTimeWords(text.trim());
  if (trimmed === '') return undefined;
  // An offset places the time, whatever name follows it (`+01:00[Europe/Paris]`); a name alone is looked
  // up in `zoneOffsets`, or as a region (`Europe/Paris`) by the runtime's zone rules.
  const zone = splitTrailingZone(trimmed) ?? regionAfterTime(trimmed);
  const local = parseLocal(zone?.local ?? trimmed, order);
  if (local === undefined) return undefined;
  if (zone === undefined) return { value: local, zoneless: true };
  const offset = zone.offsetMinutes ?? zoneOffsets[zone.name?.toUpperCase() ?? ''];
  if (offset !== undefined) return Number.isNaN(offset) ? undefined : { value: new Date(Date.parse(local) - offset * 60_000).toISOString(), zoneless: false };
  const region = zone.name?.includes('/') ? canonicalTimeZone(zone.name) : undefined;
  return region === undefined ? undefined : { value: new Date(instantOfWallClock(Date.parse(local), region)).toISOString(), zoneless: false };
}

/** A region written after a time without brackets (`2026-03-02 10:00 America/New_York`), which `splitTrailingZone` does not take. */
function regionAfterTime(text: string): TrailingZone | undefined {
  const match = /^(.*\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s*[ap]\.?m\.?)?)\s+\[?([a-z]+(?:\/[a-z0-9_+\-]+)+)\]?$/i.exec(text);
  return match === null ? undefined : { local: match[1] ?? '', name: match[2] ?? '' };
}

/**
 * Why `parseHistoryDate` cannot read a value it could read but for its zone (`IST`, `[Europe/Paris]`),
 * or, in a value with a day and a year, a word that is no English month or weekday name (`2 mars 2026`).
 * @returns The reason, or undefined when the value is not one of those.
 */
export function unreadableDateReason(text: string): string | undefined {
  const trimmed = withoutTimeWords(text.trim());
  const region = /\[([a-z0-9_+\-/]+)\]$/i.exec(trimmed);
  if (region !== null && !regionSuffix.test(trimmed) && canonicalTimeZone(region[1] ?? '') === undefined) {
    return `time zone "${region[1]}" is not one this system knows: write the offset instead, e.g. "2026-03-02T10:00:00+01:00"`;
  }
  const value = regionSuffix.exec(trimmed)?.[1] ?? trimmed;
  const zone = splitTrailingZone(value);
  return unknownZoneReason(zone) ?? unknownWordReason(zone?.local ?? value);
}

/** Why a zone name alone (no offset before it) is refused, or undefined when there is none or it is known. */
function unknownZoneReason(zone: TrailingZone | undefined): string | undefined {
  if (zone?.name === undefined || zone.offsetMinutes !== undefined) return undefined;
  if (zone.name.includes('/') && canonicalTimeZone(zone.name) !== undefined) return undefined;
  const name = /^[a-z]{2,5}$/i.test(zone.name) ? zone.name.toUpperCase() : zone.name;
  if (zoneOffsets[name] !== undefined) return undefined;
  const ambiguous = ambiguousZones[name];
  if (ambiguous !== undefined) return `time zone "${name}" is ambiguous (${ambiguous.names}): write the offset instead, e.g. "09:00 ${ambiguous.example}"`;
  return `time zone "${name}" is not one Compound knows: write the offset instead, e.g. "09:00 +02:00"`;
}

/** The first word of three letters or more that is no month or weekday name, in a date-time with a day and a year (two numbers besides the time). */
function unknownWordReason(local: string): string | undefined {
  const text = local.replace(/\s+(?:utc|gmt|ut)$/i, '');
  if ((text.replace(clockTime, ' ').match(/\d+/g) ?? []).length < 2) return undefined;
  const word = (text.match(/\p{L}{3,}/gu) ?? []).find((candidate) => !dateWord.test(candidate));
  return word === undefined ? undefined : `"${word}" is not a month or weekday name Compound reads (English ones only): write the date with numbers, e.g. "2026-03-02 09:15"`;
}

/**
 * The date-time without the words tools write around its time: `March 2, 2026 at 9:15 AM` is
 * `March 2, 2026 9:15 AM`, `02.03.2026 9 Uhr` is `02.03.2026 9:00`. @internal
 */
export function withoutTimeWords(text: string): string {
  return text.replace(wordBeforeTime, '$1 ').replace(hourWord, (_match, hour: string, minutes: string | undefined) => `${hour}${minutes ?? ':00'}`);
}

/**
 * Reads an Excel date serial (`45935.375`: days since 1899-12-30, the fraction the time of day, UTC),
 * to the second, from 1980 to 2100.
 * @returns The instant as an ISO string, or undefined when the text is not such a number.
 */
export function parseExcelSerial(text: string): string | undefined {
  const value = text.trim();
  if (!excelSerial.test(value)) return undefined;
  const days = Number(value);
  if (days < excelDays.min || days > excelDays.max) return undefined;
  return new Date(excelDayZero + Math.round(days * 86_400) * 1000).toISOString();
}

/** Whether a date column holds Excel serials: at least one value, and every non-empty value is one. */
export function excelSerialColumn(values: Iterable<string>): boolean {
  return everyValue(values, parseExcelSerial);
}

/** At least one non-empty value, and `parse` reads every one. */
function everyValue(values: Iterable<string>, parse: (text: string) => string | undefined): boolean {
  let seen = false;
  for (const value of values) {
    if (value.trim() === '') continue;
    if (parse(value) === undefined) return false;
    seen = true;
  }
  return seen;
}

// Seconds (10 digits, with a fraction as Python's time() writes them) or milliseconds (13 digits)
// since 1970, from 2001 to 2286: HubSpot's `created`.
const epochTime = /^(\d{10}(?:\.\d{1,9})?|\d{13})$/;

/**
 * Reads a Unix time: seconds (`1760000000`, `1760000000.25`) or milliseconds (`1760000000000`, as HubSpot's email
 * events write `created`) since 1970-01-01 UTC.
 * @returns The instant as an ISO string, or undefined when the text is not such a number.
 */
export function parseEpochTime(text: string): string | undefined {
  const value = text.trim();
  if (!epochTime.test(value)) return undefined;
  return new Date(value.length === 13 ? Number(value) : Math.floor(Number(value) * 1000)).toISOString();
}

/** Whether a date column holds Unix times: at least one value, and every non-empty value is one. */
export function epochTimeColumn(values: Iterable<string>): boolean {
  return everyValue(values, parseEpochTime);
}

/** The hour of a 12-hour clock time (`meridiem` starts with a or p) on the 24-hour clock, or undefined when it is not 1–12. */
function twelveHour(hour: number, meridiem: string): number | undefined {
  if (hour < 1 || hour > 12) return undefined;
  return (hour % 12) + (meridiem[0]?.toLowerCase() === 'p' ? 12 : 0);
}

/** A date and time with no zone after the time (ISO 8601's own offset after a date aside), read at UTC. */
function parseLocal(value: string, order: DateOrder): string | undefined {
  const iso = isoDate.exec(value);
  if (iso !== null) {
    const [, year, , month, day, hour, minute, second, fraction, meridiem, zone] = iso;
    const millisecond = fraction === undefined ? 0 : Math.floor(Number(`0${fraction}`) * 1000);
    const hours = meridiem === undefined ? Number(hour ?? 0) : twelveHour(Number(hour), meridiem);
    if (hours === undefined) return undefined;
    return build(Number(year), Number(month), Number(day), hours, Number(minute ?? 0), Number(second ?? 0), millisecond, offsetOf(zone));
  }
  const slash = slashDate.exec(value);
  if (slash !== null) {
    const [, first, second, year, hour, minute, seconds, meridiem] = slash;
    const fullYear = year?.length === 2 ? 2000 + Number(year) : Number(year);
    const hours = meridiem === undefined ? Number(hour ?? 0) : twelveHour(Number(hour), meridiem);
    if (hours === undefined) return undefined;
    const [day, month] = order === 'dmy' ? [Number(first), Number(second)] : [Number(second), Number(first)];
    return build(fullYear, month, day, hours, Number(minute ?? 0), Number(seconds ?? 0), 0, 0);
  }
  return parseMonthNameDate(value);
}

// The words of a month-name date: months, weekdays (either abbreviated), am/pm.
const dateWord = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|[ap]m)$/i;
const clockTime = /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?/g;

/**
 * A month-name date (`May 6, 2024`, `Mon, 06 May 2024 09:30`, `02-Mar-26`, `2 Mar 2026 UTC`) by
 * `Date.parse`, at UTC. `Date.parse` reads nearly anything (`Mayor 3` as 3 May 2001), and a zone it
 * knows anywhere in the text would overrule the UTC added here: only month and weekday names, am/pm,
 * a closing `UTC`/`GMT` and a day and year reach it, without an offset (`+1`) or comment.
 */
function parseMonthNameDate(value: string): string | undefined {
  const text = value.replace(/\s+(?:utc|gmt|ut)$/i, '');
  if (!/[a-z]{3}/i.test(text) || /[+(]|\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*-/.test(text)) return undefined;
  if (!(text.match(/[a-z]+/gi) ?? []).every((word) => dateWord.test(word))) return undefined;
  if ((text.replace(clockTime, ' ').match(/\d+/g) ?? []).length < 2) return undefined;
  const time = Date.parse(`${text} UTC`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
