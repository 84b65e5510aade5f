export { bufferBlob, copyPayloads } from './pglite-copy-text.mjs';

/**
 * The statements of one `copyRows` call: `COPY table (columns) FROM '/dev/blob'`, wrapped, when the
 * rows' references are already checked, in `SET LOCAL session_replication_role = replica` and back,
 * which skips per-row triggers (foreign-key checks) for this COPY only. Run as one `exec` so nothing
 * else can run in between; a failed COPY rolls the setting back with its transaction or savepoint.
 * @internal
 */
export function copyStatement(table: string, columns: readonly string[], referencesChecked: boolean): string {
  const copy = `COPY ${table} (${columns.map((column) => `"${column}"`).join(', ')}) FROM '/dev/blob'`;
  return referencesChecked
    ? `SET LOCAL session_replication_role = replica; ${copy}; SET LOCAL session_replication_role = origin`
    : copy;
}
