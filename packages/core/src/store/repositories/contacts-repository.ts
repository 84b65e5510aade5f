import type { Provenance } from '../../contacts/contact.js';
import { insertRows } from '../insert-rows.js';
import type { ColumnValue, SqlClient } from '../sql-client.js';
import type { ContactsRepository, ContactSummary, FieldValues, StoredContact } from '../store.js';
import { decodeFieldValues, encodeFieldValues } from './compact-json.js';
import type { CompactFieldValues } from './compact-json.js';
import { decodeRecord, encodeRecord } from './compact-record.js';
import type { StoredRecord } from './compact-record.js';
import { decodeDerivedValues, encodeDerivedValues } from './derived-field-values.js';
import type { DerivedFieldValues } from './derived-field-values.js';
import { decodeStoredFitReasons, fitReasonIds, loadFitReasons } from './fit-reason-dictionary.js';
import type { StoredFitReasons } from './fit-reason-dictionary.js';
import { decodeSources, encodeSources, loadImportRuns } from './provenance-refs.js';
import type { ImportRuns, StoredProvenance } from './provenance-refs.js';
import { deleteKeys } from './delete-keys.js';
import { settleAll, toJsonParam } from './to-json-param.js';

/** A stored row; the documents are JSON text (`text` columns since migration 0006). */
interface ContactRow {
  id: string;
  company_id: string | null;
  fit: number | null;
  fit_reasons: string | null;
  playbook_version: number | null;
  merged_into: string | null;
  record: string;
  values: string;
  sources: string;
  created_at: string;
  updated_at: string;
}

/**
 * Contacts encoded per bulk append: the database starts on the first while the next is encoded.
 * 1,000 spent ~0.4 s more CPU per 100k contacts than 10,000 on PGlite (twice the statements: each
 * append also writes its first row in a checked COPY of its own, and each COPY has a fixed cost).
 */
const encodeChunk = 10_000;
/**
 * Chunks encoded and not yet appended, at most: the database appends one while the next waits
 * queued and this thread encodes the one after. Unbounded, every chunk's cells were held at once
 * when the database is the slower side (~1.5 KB per contact: +440 MB live at 300k contacts).
 */
const chunksInFlight = 2;
/** The smallest of the last, shrinking chunks (see `chunkEnd`). */
const lastChunkMin = 2_500;

/**
 * End of the chunk of `length` contacts that starts at `start`: `encodeChunk` contacts, except that
 * the last ~20,000 are halved down to `lastChunkMin` (10k, 5k, 2.5k, 2.5k), so what the database
 * has left to append once this thread has encoded the last chunk is a few thousand contacts, not
 * 10,000 (~0.25 s of PGlite time); two more statements per call.
 */
function chunkEnd(start: number, length: number): number {
  const remaining = length - start;
  if (remaining > 2 * encodeChunk) return start + encodeChunk;
  const half = Math.max(lastChunkMin, Math.ceil(remaining / 2));
  return start + (remaining - half < lastChunkMin ? remaining : half);
}

/** The columns `summaries` reads. */
type SummaryRow = Pick<ContactRow, 'id' | 'company_id' | 'fit' | 'playbook_version' | 'record' | 'created_at' | 'updated_at'>;

const columns = `id, company_id, fit, fit_reasons, playbook_version, merged_into, record, "values", sources, created_at, updated_at`;
const writtenColumns = [
  'tenant_id', 'id', 'email', 'company_id', 'fit', 'fit_reasons', 'playbook_version', 'merged_into', 'record', 'values', 'sources',
  'created_at', 'updated_at',
] as const;

/** Stored rows back to contacts, with the import runs and fit reasons they refer to. */
async function toStoredContacts(client: SqlClient, tenantId: string, rows: readonly ContactRow[]): Promise<StoredContact[]> {
  const documents = rows.map((row) => ({
    record: JSON.parse(row.record) as StoredRecord,
    values: JSON.parse(row.values) as DerivedFieldValues | CompactFieldValues | FieldValues,
    sources: JSON.parse(row.sources) as StoredProvenance[],
    fitReasons: row.fit_reasons === null ? null : (JSON.parse(row.fit_reasons) as StoredFitReasons),
  }));
  const [runs, reasons] = await Promise.all([
    loadImportRuns(client, tenantId, documents.map((document) => document.sources)),
    loadFitReasons(client, tenantId, documents.map((document) => document.fitReasons)),
  ]);
  return rows.map((row, index) => {
    const document = documents[index] as (typeof documents)[number];
    const record = decodeRecord(document.record);
    const sources: Provenance[] = decodeSources(document.sources, runs);
    const values = Array.isArray(document.values) ? decodeDerivedValues(document.values, record, sources) : decodeFieldValues(document.values, sources);
    const contact: StoredContact = { id: row.id, record, values, sources, createdAt: row.created_at, updatedAt: row.updated_at };
    if (row.company_id !== null) contact.companyId = row.company_id;
    if (row.fit !== null) contact.fit = row.fit;
    if (document.fitReasons !== null) contact.fitReasons = decodeStoredFitReasons(document.fitReasons, reasons);
    if (row.playbook_version !== null) contact.playbookVersion = row.playbook_version;
    if (row.merged_into !== null) contact.mergedInto = row.merged_into;
    return contact;
  });
}

function byId(left: { id: string }, right: { id: string }): number {
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

/**
 * The last contact of each id (what sequential upserts would leave), in id order. The sort is
 * stable, so each id's last contact ends its run of equal ids; no set of 100k ids is built.
 */
function lastPerIdInIdOrder(contacts: readonly StoredContact[]): StoredContact[] {
  const sorted = [...contacts].sort(byId);
  const unique: StoredContact[] = [];
  for (let index = 0; index < sorted.length; index++) {
    const contact = sorted[index] as StoredContact;
    if (sorted[index + 1]?.id !== contact.id) unique.push(contact);
  }
  return unique;
}

/** The derived form of values that are exactly the record's, from its first source (`valuesFromRecord`). */
const valuesOfRecordOnly: DerivedFieldValues = [0, {}];

/** Positions in `writtenColumns` of the cells that need the store's lookups (see `completeCells`). */
const fitReasonsCell = 5;
const sourcesCell = 10;

/**
 * One contact as the cells of `writtenColumns`, but for fit reasons and sources (see
 * `completeCells`): the costly documents, encoded while the store looks up reason ids and runs.
 */
function contactCells(tenantId: string, contact: StoredContact): ColumnValue[] {
  const values =
    contact.valuesFromRecord === true && contact.sources.length > 0
      ? valuesOfRecordOnly
      : contact.sources.length > 0
        ? encodeDerivedValues(contact.values, contact.sources, contact.record)
        : encodeFieldValues(contact.values, contact.sources);
  return [
    tenantId,
    contact.id,
    contact.record.emails[0]?.address ?? null,
    contact.companyId ?? null,
    contact.fit ?? null,
    null,
    contact.playbookVersion ?? null,
    contact.mergedInto ?? null,
    toJsonParam(encodeRecord(contact.record)),
    toJsonParam(values),
    null,
    contact.createdAt,
    contact.updatedAt,
  ];
}

/** Fills the fit reasons and sources cells of `contactCells`. */
function completeCells(cells: ColumnValue[], contact: StoredContact, runs: ImportRuns, reasonIds: number[] | undefined): ColumnValue[] {
  cells[fitReasonsCell] = reasonIds === undefined ? null : JSON.stringify(reasonIds);
  cells[sourcesCell] = toJsonParam(encodeSources(contact.sources, runs));
  return cells;
}

/**
 * The contacts of one tenant over any `SqlClient`. Every statement filters on (or writes)
 * `tenant_id = tenantId`. A bulk upsert deletes the ids it replaces and appends all rows (COPY on
 * PGlite) in one transaction. Record, values, sources and fit reasons are stored compactly
 * (`compact-record.ts`, `derived-field-values.ts`, `provenance-refs.ts`, `fit-reason-dictionary.ts`)
 * and decoded on read.
 */
export function createContactsRepository(client: SqlClient, tenantId: string): ContactsRepository {
  // Fit reason ids stored by this repository's earlier upserts (JSON tuple → id): an import writes
  // its contacts in chunks that share most reasons. Valid while `client`'s transaction lives, and
  // added to only after the upsert that found them committed (or released its savepoint).
  const reasonIds = new Map<string, number>();
  return {
    async list(options = {}) {
      const order = options.orderBy === 'fit' ? 'fit DESC NULLS LAST, id' : 'id';
      const rows = await client.query<ContactRow>(
        `SELECT ${columns} FROM contacts WHERE tenant_id = $1 AND merged_into IS NULL ORDER BY ${order} LIMIT $2`,
        [tenantId, options.limit ?? null],
      );
      return toStoredContacts(client, tenantId, rows);
    },

    async get(id) {
      const rows = await client.query<ContactRow>(`SELECT ${columns} FROM contacts WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
      const [contact] = await toStoredContacts(client, tenantId, rows);
      return contact;
    },

    async summaries() {
      // Row objects, in one statement. Pages of one text each (scalars and record joined by
      // control characters) read 80k contacts in 3.8 s against 4.7 s, but only after an ANALYZE:
      // PGlite runs no autovacuum, so on a freshly imported table the planner sorts the whole table
      // for every page (7.1 s).
      const rows = await client.query<SummaryRow>(
        'SELECT id, company_id, fit, playbook_version, record, created_at, updated_at FROM contacts WHERE tenant_id = $1 AND merged_into IS NULL ORDER BY id',
        [tenantId],
      );
      return rows.map((row) => {
        const summary: ContactSummary = { id: row.id, record: decodeRecord(JSON.parse(row.record) as StoredRecord), createdAt: row.created_at, updatedAt: row.updated_at };
        if (row.company_id !== null) summary.companyId = row.company_id;
        if (row.fit !== null) summary.fit = row.fit;
        if (row.playbook_version !== null) summary.playbookVersion = row.playbook_version;
        return summary;
      });
    },

    async getMany(ids) {
      if (ids.length === 0) return [];
      // A join on the list, not `id = ANY (array)`, which tests each row against the whole list.
      const rows = await client.query<ContactRow>(
        `SELECT ${columns} FROM (SELECT DISTINCT json_array_elements_text($2::json) AS id) wanted JOIN contacts USING (id) WHERE tenant_id = $1 ORDER BY id`,
        [tenantId, JSON.stringify(ids)],
      );
      return toStoredContacts(client, tenantId, rows);
    },

    async upsertMany(contacts, options = {}) {
      // In key order, the primary-key index takes neighbouring entries one after another instead of
      // jumping between random leaf pages (ids are random).
      const unique = lastPerIdInIdOrder(contacts);
      if (unique.length === 0) return;
      const chunkCells = (start: number): ColumnValue[][] =>
        unique.slice(start, chunkEnd(start, unique.length)).map((contact) => contactCells(tenantId, contact));
      const looked = await client.transaction(async (tx) => {
        // The lookups and the delete are independent: sent together, one round trip.
        const runsLoaded = loadImportRuns(tx, tenantId, unique.map((contact) => contact.sources));
        // One reason list per contact (empty when unscored), so ids line up with `unique` by index.
        const reasonsLooked = fitReasonIds(tx, tenantId, unique.map((contact) => contact.fitReasons ?? []), reasonIds);
        const freshIds = options.freshIds;
        const replaced = freshIds === undefined ? unique : unique.filter((contact) => !freshIds.has(contact.id));
        const deleted = deleteKeys(tx, 'contacts', tenantId, replaced.map((contact) => contact.id));
        // The first chunk's documents are encoded (now, synchronously) while the store answers; a
        // failure there still waits for the statements sent.
        let firstChunk: ColumnValue[][] = [];
        const encoded = (async () => {
          firstChunk = chunkCells(0);
        })();
        // The delete is not waited for: the appends queue behind it (a transaction runs its
        // statements in call order), so the first chunks are completed and sent while the database
        // deletes, not after (PGlite's worker idled 20-50 ms per 100k-contact call).
        const appended = (async () => {
          await settleAll([runsLoaded, reasonsLooked, encoded]);
          const [runs, reasons] = [await runsLoaded, await reasonsLooked];
          // Each chunk is sent as soon as it is encoded: a driver on another thread (PGlite's worker,
          // a server) ingests one chunk while this thread encodes the next, `chunksInFlight` at most.
          const appends: Array<Promise<void>> = [];
          const checkedTenant = new Set<string>();
          for (let start = 0; start < unique.length; start = chunkEnd(start, unique.length)) {
            const oldest = appends[appends.length - chunksInFlight];
            // A failed append ends the loop: the settle below still waits for those sent.
            if (oldest !== undefined && (await oldest.then(() => false, () => true))) break;
            const rows = start === 0 ? firstChunk : chunkCells(start);
            firstChunk = [];
            rows.forEach((cells, offset) => {
              const contact = unique[start + offset] as StoredContact;
              completeCells(cells, contact, runs, contact.fitReasons === undefined ? undefined : reasons.ids[start + offset]);
            });
            // This thread waits on the database here, which appends ~3x slower than contacts are
            // encoded: the COPY text is built here too (on PGlite's worker it was ~0.7 s per 100k).
            appends.push(insertRows(tx, 'contacts', writtenColumns, rows, () => tenantId, checkedTenant, { encodeHere: true }));
          }
          await settleAll(appends);
          return reasons.looked;
        })();
        // A failed delete fails the appends after it too: its error is the one reported.
        await settleAll([deleted, appended]);
        return appended;
      });
      for (const [tuple, id] of looked) reasonIds.set(tuple, id);
    },

    async count() {
      const [row] = await client.query<{ count: number }>(
        'SELECT count(*) AS count FROM contacts WHERE tenant_id = $1 AND merged_into IS NULL',
        [tenantId],
      );
      return row?.count ?? 0;
    },
  };
}
