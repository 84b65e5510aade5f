import type { ColumnValue } from '../sql-client.js';

/**
 * The `COPY ... FROM '/dev/blob'` payloads for `rows` in PostgreSQL text format, as UTF-8, one per
 * 20,000 rows: `\N` for null, `t`/`f` for booleans; backslash, tab and line breaks escaped; a NUL
 * becomes U+FFFD (PostgreSQL text cannot hold U+0000). Each payload owns its whole buffer.
 * @internal
 */
export declare function copyPayloads(rows: ReadonlyArray<readonly ColumnValue[]>): Generator<Uint8Array<ArrayBuffer>>;

/**
 * `bytes` as the `blob` of PGlite's `exec(sql, { blob })`, without copying them (PGlite reads a blob
 * only through `arrayBuffer()`).
 * @internal
 */
export declare function bufferBlob(bytes: Uint8Array): Blob;
