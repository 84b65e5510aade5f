// PostgreSQL `COPY` text format, shared by `pglite-driver.ts` (PGlite on the calling thread),
// `pglite-worker-client.ts` and `pglite-worker.mjs` (PGlite in a worker thread). Plain JavaScript so
// the worker, which Node runs as is from the sources and from the published package, can import it;
// types in the `.d.mts` beside.

/** Rows per `COPY` statement: bounds the text held in memory at once (a contact is under 1 KB). */
const rowsPerCopy = 20_000;

const specialCharacters = /[\\\t\n\r\0]/;
const escapes = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\uFFFD' };
const encoder = new TextEncoder();

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
 * The `COPY ... FROM '/dev/blob'` payloads for `rows` in text format, as UTF-8: one per
 * `rowsPerCopy` rows, each built when it is asked for. Each line is encoded into one growing buffer
 * as it is built: joining the lines into one string and encoding that (a flattened copy of ~13 MB
 * per 20,000 contacts, then its bytes) cost ~40% more CPU for 100k contacts.
 */
export function* copyPayloads(rows) {
  for (let start = 0; start < rows.length; start += rowsPerCopy) {
    const end = Math.min(rows.length, start + rowsPerCopy);
    let bytes = new Uint8Array(64 * 1024);
    let length = 0;
    for (let index = start; index < end; index++) {
      const row = rows[index] ?? [];
      let line = '';
      for (let cell = 0; cell < row.length; cell++) line += (cell === 0 ? '' : '\t') + copyCell(row[cell]);
      line += '\n';
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (bytes.length - length < line.length * 3) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, length + line.length * 3));
        grown.set(bytes.subarray(0, length));
        bytes = grown;
      }
      length += encoder.encodeInto(line, bytes.subarray(length)).written;
    }
    yield bytes.slice(0, length);
  }
}

/**
 * A stand-in for a `Blob` of `bytes` for `exec(sql, { blob })`: PGlite only calls the blob's
 * `arrayBuffer()`, so the bytes are handed over as they are. A real `Blob` copied them in and,
 * read back in chunks, out again (~10% of the worker's time in COPYing 100k contacts).
 */
export function bufferBlob(bytes) {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = whole ? bytes.buffer : bytes.slice().buffer;
  return { size: buffer.byteLength, type: '', arrayBuffer: async () => buffer };
}
