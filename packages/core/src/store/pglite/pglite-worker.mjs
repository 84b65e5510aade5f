// The PGlite database of `openPgliteStore`, run in a worker thread so its WASM (which ingests SQL
// on the thread that runs it) does not compete with the import's JavaScript on the main thread.
// Plain JavaScript on purpose: a worker starts from a file Node can run as is, in the sources
// (tests, benchmarks) as in the published package. The main side is `pglite-worker-client.ts`.
//
// Messages in: { id, op: 'open' | 'query' | 'exec' | 'copyRows' | 'copyBytes' | 'close', ... }, handled one at a time
// in arrival order. Replies: { id, result } or { id, error: { message, code, detail, ... } }.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { bufferBlob, copyPayloads } from './pglite-copy-text.mjs';

const keepText = (text) => text;
// Types the main thread parses itself (sqlTypeParsers) come back as their text form.
const parsers = Object.fromEntries(workerData.textTypes.map((oid) => [oid, keepText]));

let db;
let queue = Promise.resolve();

const handlers = {
  async open({ dataDir }) {
    db = await PGlite.create({ dataDir, parsers });
    return null;
  },
  async query({ sql, params }) {
    const result = await db.query(sql, params);
    return { rows: result.rows, fields: result.fields.map((field) => ({ name: field.name, type: field.dataTypeID })) };
  },
  async exec({ sql }) {
    await db.exec(sql);
    return null;
  },
  // COPY text is built here, not on the main thread: the rows arrive as structured clones (cheaper
  // to send than to escape and join), and this thread has room while the main thread encodes the
  // next chunk. Same text as PGlite without a worker: both use pglite-copy-text.mjs.
  async copyRows({ sql, rows }) {
    for (const bytes of copyPayloads(rows)) await db.exec(sql, { blob: bufferBlob(bytes) });
    return null;
  },
  // COPY text built and encoded by the main thread (`encodeHere`), its bytes transferred and handed
  // to PGlite as they are (`bufferBlob`).
  async copyBytes({ sql, bytes }) {
    await db.exec(sql, { blob: bufferBlob(bytes) });
    return null;
  },
  async close() {
    await db?.close();
    return null;
  },
};

function describeError(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const described = { message: error.message, name: error.name };
  for (const key of ['code', 'detail', 'hint', 'position', 'schema', 'table', 'column', 'constraint', 'severity']) {
    if (error[key] !== undefined) described[key] = error[key];
  }
  return described;
}

parentPort.on('message', (message) => {
  queue = queue.then(async () => {
    try {
      parentPort.postMessage({ id: message.id, result: await handlers[message.op](message) });
    } catch (error) {
      parentPort.postMessage({ id: message.id, error: describeError(error) });
    }
  });
});
