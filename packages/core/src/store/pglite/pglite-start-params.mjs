// Start-up settings of every PGlite database the store opens, in its worker (pglite-worker.mjs) and
// on the calling thread (index.ts). Plain JavaScript so the worker can import it as is.
//
// shared_buffers: PGlite keeps PostgreSQL's 128MB, which start-up allocates and touches in WASM
// memory on every open. 16MB measured on a 2-core host: PGlite.create on an existing database
// 1.0 -> 0.63 s (1.55 -> 1.2 s CPU), the store's reopen 1.24-1.35 -> 0.62-0.65 s; a 100k import
// 13.4-13.7 vs 13.6-14.4 s, a re-import of the same 100k 32.5-36.1 vs 29.2-32.1 s, reopened and
// re-imported cold 46.3-47.2 vs 42.9-46.6 s, the events bench within noise (2 interleaved pairs each).
// Every CLI command opens the database once, so each starts ~0.4 s sooner.
import { PGlite } from '@electric-sql/pglite';

export const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];
