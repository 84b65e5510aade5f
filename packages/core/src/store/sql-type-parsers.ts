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
