import type { ColumnValue } from '../sql-client.js';

/**
 * The `COPY ... FROM '/dev/blob'` payloads for `rows` in PostgreSQL text format, one per 20,000 rows:
 * `\N` for null, `t`/`f` for booleans; backslash, tab and line breaks escaped; a NUL becomes U+FFFD
 * (PostgreSQL text cannot hold U+0000).
 * @internal
 */
export declare function copyTexts(rows: ReadonlyArray<readonly ColumnValue[]>): Generator<string>;
