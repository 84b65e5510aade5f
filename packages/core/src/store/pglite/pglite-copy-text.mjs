// PostgreSQL `COPY` text format, shared by `pglite-copy-rows.ts` (PGlite on the calling thread) and
// `pglite-worker.mjs` (PGlite in a worker thread). Plain JavaScript so the worker, which Node runs
// as is from the sources and from the published package, can import it; types in the `.d.mts` beside.

/** Rows per `COPY` statement: bounds the text held in memory at once (a contact is under 1 KB). */
const rowsPerCopy = 20_000;

const specialCharacters = /[\\\t\n\r\0]/;
const escapes = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\uFFFD' };

/**
 * One cell in `COPY` text format: `\N` for null, `t`/`f` for booleans; backslash, tab and line
 * breaks escaped. PostgreSQL text cannot hold U+0000, so a NUL becomes U+FFFD (as in `toJsonParam`).
 */
function copyCell(value) {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return specialCharacters.test(value) ? value.replace(/[\\\t\n\r\0]/g, (character) => escapes[character] ?? character) : value;
}

/**
 * The `COPY ... FROM '/dev/blob'` payloads for `rows` in text format: one per `rowsPerCopy` rows,
 * each built when it is asked for.
 */
export function* copyTexts(rows) {
  for (let start = 0; start < rows.length; start += rowsPerCopy) {
    const lines = [];
    const end = Math.min(rows.length, start + rowsPerCopy);
    for (let index = start; index < end; index++) lines.push((rows[index] ?? []).map(copyCell).join('\t'));
    lines.push('');
    yield lines.join('\n');
  }
}
