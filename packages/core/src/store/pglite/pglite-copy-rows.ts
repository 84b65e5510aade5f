import type { ColumnValue } from '../sql-client.js';

/** Rows per `COPY` statement: bounds the text held in memory at once (a contact is under 1 KB). */
const rowsPerCopy = 20_000;

const specialCharacters = /[\\\t\n\r\0]/;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\uFFFD' };

/**
 * One cell in `COPY` text format: `\N` for null, `t`/`f` for booleans; backslash, tab and line
 * breaks escaped. PostgreSQL text cannot hold U+0000, so a NUL becomes U+FFFD (as in `toJsonParam`).
 */
function copyCell(value: ColumnValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return specialCharacters.test(value) ? value.replace(/[\\\t\n\r\0]/g, (character) => escapes[character] ?? character) : value;
}

/**
 * The `COPY ... FROM '/dev/blob'` payloads for `rows` in text format: one per 20,000 rows.
 * @internal
 */
export function* copyTexts(rows: ReadonlyArray<readonly ColumnValue[]>): Generator<string> {
  for (let start = 0; start < rows.length; start += rowsPerCopy) {
    const lines: string[] = [];
    const end = Math.min(rows.length, start + rowsPerCopy);
    for (let index = start; index < end; index++) lines.push((rows[index] ?? []).map(copyCell).join('\t'));
    lines.push('');
    yield lines.join('\n');
  }
}

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
