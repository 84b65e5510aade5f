/**
 * PostgreSQL type OIDs whose text form both drivers parse the same way, so PGlite and `pg` return
 * identical JS values. OIDs are fixed in `pg_type.dat` of every PostgreSQL release.
 * @see https://github.com/postgres/postgres/blob/master/src/include/catalog/pg_type.dat
 */
const oids = {
  int8: 20,
  int2: 21,
  int4: 23,
  float4: 700,
  float8: 701,
  numeric: 1700,
  json: 114,
  jsonb: 3802,
  timestamp: 1114,
  timestamptz: 1184,
} as const;

/**
 * Parses PostgreSQL's text form of a timestamp (`2024-05-01 09:30:00.123+00`, `...+05:30`, or no
 * offset for `timestamp`, read as UTC) into `toISOString()` form. `infinity` stays as is.
 */
export function parseTimestamp(text: string): string {
  // A read of many rows meets the same instant again and again (every contact of one import has its
  // `created_at`), so the last answer is kept.
  if (text === lastTimestamp.text) return lastTimestamp.iso;
  const iso = utcTimestamp(text) ?? anyTimestamp(text);
  lastTimestamp.text = text;
  lastTimestamp.iso = iso;
  return iso;
}

const lastTimestamp = { text: '', iso: '' };
const utcPattern = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

/**
 * The common case, a UTC `timestamptz` (`2024-05-01 09:30:00.123456+00`), rewritten as text:
 * milliseconds are the first three fraction digits, as `Date.parse` keeps them. The text comes from
 * PostgreSQL, which writes only real dates, so it is not checked again.
 */
function utcTimestamp(text: string): string | undefined {
  const match = utcPattern.exec(text);
  if (!match) return undefined;
  const [, date = '', time = '', fraction = ''] = match;
  return `${date}T${time}.${fraction.slice(0, 3).padEnd(3, '0')}Z`;
}

function anyTimestamp(text: string): string {
  const match = /^(\d{4,}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d(?:\.\d+)?)(?:([+-]\d\d)(?::?(\d\d))?(?::?(\d\d))?)?$/.exec(text);
  if (!match) return text;
  const [, date, time, offsetHours, offsetMinutes = '00', offsetSeconds = '00'] = match;
  const base = Date.parse(`${date}T${time}Z`);
  if (Number.isNaN(base)) return text;
  let offsetMs = 0;
  if (offsetHours !== undefined) {
    const sign = offsetHours.startsWith('-') ? -1 : 1;
    offsetMs = sign * (Math.abs(Number(offsetHours)) * 3_600_000 + Number(offsetMinutes) * 60_000 + Number(offsetSeconds) * 1000);
  }
  return new Date(base - offsetMs).toISOString();
}

/** Text parsers by type OID, installed by every driver. Types not listed keep the driver's default. */
export const sqlTypeParsers: Readonly<Record<number, (text: string) => unknown>> = {
  [oids.int8]: Number,
  [oids.int2]: Number,
  [oids.int4]: Number,
  [oids.float4]: Number,
  [oids.float8]: Number,
  [oids.numeric]: Number,
  [oids.json]: (text) => JSON.parse(text) as unknown,
  [oids.jsonb]: (text) => JSON.parse(text) as unknown,
  [oids.timestamp]: parseTimestamp,
  [oids.timestamptz]: parseTimestamp,
};
