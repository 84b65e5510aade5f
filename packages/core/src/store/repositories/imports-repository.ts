import type { MergeReason } from '../../contacts/contact.js';
import { CompoundError } from '../../errors/compound-error.js';
import { insertRows } from '../insert-rows.js';
import type { ColumnValue, SqlClient } from '../sql-client.js';
import type { ImportsRepository, StoredImport, StoredImportRow, StoredMerge } from '../store.js';
import { rawAsCells, rawFromStored } from './compact-json.js';
import { deleteKeys } from './delete-keys.js';
import { jsonTextParam, lastPerKey, settleAll, toJsonParam } from './to-json-param.js';


interface ImportRunRow {
  id: string;
  file: string;
  format: string;
  status: StoredImport['status'];
  mapping: Record<string, unknown>;
  report: Record<string, unknown> | null;
  started_at: string;
  finished_at: string | null;
}

interface ImportRowRow {
  import_id: string;
  row: number;
  /** JSON text (a `text` column since migration 0006) of the cells array or the plain object. */
  raw: string;
  status: StoredImportRow['status'];
  reason: string | null;
  contact_id: string | null;
  row_key: string | null;
}

interface MergeRow {
  id: string;
  survivor_id: string;
  merged_contact_id: string | null;
  import_id: string | null;
  row: number | null;
  reason: MergeReason;
  at: string;
}

function toStoredImport(row: ImportRunRow): StoredImport {
  const run: StoredImport = {
    id: row.id,
    file: row.file,
    format: row.format,
    status: row.status,
    mapping: row.mapping,
    startedAt: row.started_at,
  };
  if (row.report !== null) run.report = row.report;
  if (row.finished_at !== null) run.finishedAt = row.finished_at;
  return run;
}

function toStoredImportRow(row: ImportRowRow, header: readonly string[] | null): StoredImportRow {
  const stored: StoredImportRow = { importId: row.import_id, row: row.row, raw: rawFromStored(JSON.parse(row.raw) as string[] | Record<string, string>, header), status: row.status };
  if (row.reason !== null) stored.reason = row.reason;
  if (row.contact_id !== null) stored.contactId = row.contact_id;
  if (row.row_key !== null) stored.rowKey = row.row_key;
  return stored;
}

function toStoredMerge(row: MergeRow): StoredMerge {
  const merge: StoredMerge = { id: row.id, survivorId: row.survivor_id, reason: row.reason, at: row.at };
  if (row.merged_contact_id !== null) merge.mergedContactId = row.merged_contact_id;
  if (row.import_id !== null) merge.importId = row.import_id;
  if (row.row !== null) merge.row = row.row;
  return merge;
}

/** Orders `rowColumns` cells by import id, then row number. */
function byImportAndRow(left: readonly ColumnValue[], right: readonly ColumnValue[]): number {
  const [leftImport, rightImport] = [String(left[1]), String(right[1])];
  if (leftImport !== rightImport) return leftImport < rightImport ? -1 : 1;
  return Number(left[2]) - Number(right[2]);
}

/**
 * `lastPerKey` by (import, row), without building a text key per row when no row repeats (an
 * import's rows never do).
 */
function lastPerRow(rows: readonly StoredImportRow[]): StoredImportRow[] {
  const seen = new Map<string, Set<number>>();
  for (const row of rows) {
    let numbers = seen.get(row.importId);
    if (numbers === undefined) seen.set(row.importId, (numbers = new Set()));
    if (numbers.has(row.row)) return lastPerKey(rows, (item) => `${item.importId}\u0000${item.row}`);
    numbers.add(row.row);
  }
  return [...rows];
}

/**
 * The `raw` cell of a row: its cells as an array when its keys are exactly `header`, else the
 * object. A row's `rawCells` text is that array's JSON already, written as is when its keys match.
 */
function storedRaw(row: StoredImportRow, header: readonly string[] | null | undefined, matched: Map<readonly string[], readonly string[]>): string | null {
  const given = row.rawCells;
  if (given !== undefined && header) {
    if (matched.get(given.keys) === header) return jsonTextParam(given.json);
    if (sameList(given.keys, header)) {
      matched.set(given.keys, header);
      return jsonTextParam(given.json);
    }
  }
  const raw = row.raw;
  return toJsonParam((header && rawAsCells(raw, header)) ?? raw);
}

function sameList(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((item, index) => item === right[index]);
}

const runColumns = 'id, file, format, status, mapping, report, started_at, finished_at';

const rowColumns = ['tenant_id', 'import_id', 'row', 'raw', 'status', 'reason', 'contact_id', 'row_key'] as const;
const mergeColumns = ['tenant_id', 'id', 'survivor_id', 'merged_contact_id', 'import_id', 'row', 'reason', 'at'] as const;

/**
 * Import runs, raw rows and merge records of one tenant over any `SqlClient`; every statement is
 * scoped to `tenantId`. Rows and merges are appended in bulk (COPY on PGlite) after deleting the keys
 * they replace (unless the caller says none is stored), in one transaction, so they are idempotent
 * (re-adding a row or merge replaces it). Raw cells are stored as an array against the
 * header kept once per import (`imports.raw_header`) and decoded back to the same record on read.
 */
export function createImportsRepository(client: SqlClient, tenantId: string): ImportsRepository {
  return {
    async create(run) {
      await client.query(
        `INSERT INTO imports (tenant_id, ${runColumns}) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9)`,
        [
          tenantId,
          run.id,
          run.file,
          run.format,
          run.status,
          toJsonParam(run.mapping),
          toJsonParam(run.report),
          run.startedAt,
          run.finishedAt ?? null,
        ],
      );
    },

    async finish(id, update) {
      const updated = await client.query(
        'UPDATE imports SET status = $3, report = coalesce($4::jsonb, report), finished_at = $5 WHERE tenant_id = $1 AND id = $2 RETURNING id',
        [tenantId, id, update.status, toJsonParam(update.report), update.finishedAt],
      );
      if (updated.length === 0) {
        throw new CompoundError({ code: 'not-found', message: `Import ${id} does not exist for this tenant.`, context: { tenantId } });
      }
    },

    async list() {
      const rows = await client.query<ImportRunRow>(
        `SELECT ${runColumns} FROM imports WHERE tenant_id = $1 ORDER BY started_at, id`,
        [tenantId],
      );
      return rows.map(toStoredImport);
    },

    async addRows(rows, options = {}) {
      const unique = lastPerRow(rows);
      // The header is stored once per import (the first call's first row sets it); rows whose keys
      // are exactly that header store their cells as an array.
      if (unique.length === 0) return;
      await client.transaction(async (tx) => {
        const firstOf = new Map<string, StoredImportRow>();
        for (const row of unique) if (!firstOf.has(row.importId)) firstOf.set(row.importId, row);
        // Header updates and deletes are sent together (they run in call order): one round trip.
        const statements: Array<Promise<unknown>> = [];
        const headerOf = [...firstOf].map(([importId, first]) => {
          const updated = tx.query<{ raw_header: string[] | null }>(
            'UPDATE imports SET raw_header = coalesce(raw_header, $3::json) WHERE tenant_id = $1 AND id = $2 RETURNING raw_header',
            [tenantId, importId, toJsonParam(first.rawCells?.keys ?? Object.keys(first.raw))],
          );
          statements.push(updated);
          return [importId, updated] as const;
        });
        for (const importId of options.fresh === true ? [] : firstOf.keys()) {
          const rowNumbers = unique.filter((row) => row.importId === importId).map((row) => row.row);
          statements.push(
            tx.query(
              'DELETE FROM import_rows WHERE tenant_id = $1 AND import_id = $2 AND "row" = ANY (ARRAY(SELECT json_array_elements_text($3::json)::integer))',
              [tenantId, importId, JSON.stringify(rowNumbers)],
            ),
          );
        }
        await settleAll(statements);
        const headers = new Map<string, readonly string[] | null>();
        for (const [importId, updated] of headerOf) headers.set(importId, (await updated)[0]?.raw_header ?? null);
        // Key lists found equal to an import's header (the rows of one file share a few lists).
        const matched = new Map<readonly string[], readonly string[]>();
        const cells = unique.map((row): ColumnValue[] => {
          const header = headers.get(row.importId);
          return [tenantId, row.importId, row.row, storedRaw(row, header, matched), row.status, row.reason ?? null, row.contactId ?? null, row.rowKey ?? null];
        });
        // In key order (an import's rows arrive grouped by contact), the primary-key index takes each
        // row beside the previous one instead of on a random leaf page.
        cells.sort(byImportAndRow);
        await insertRows(tx, 'import_rows', rowColumns, cells, (row) => String(row[1]));
      });
    },

    async rows(importId) {
      const [run] = await client.query<{ raw_header: string[] | null }>(
        'SELECT raw_header FROM imports WHERE tenant_id = $1 AND id = $2',
        [tenantId, importId],
      );
      const header = run?.raw_header ?? null;
      const rows = await client.query<ImportRowRow>(
        'SELECT import_id, "row", raw, status, reason, contact_id, row_key FROM import_rows WHERE tenant_id = $1 AND import_id = $2 ORDER BY "row"',
        [tenantId, importId],
      );
      return rows.map((row) => toStoredImportRow(row, header));
    },

    async contactsByRowKey(keys) {
      const found = new Map<string, string>();
      if (keys.length === 0) return found;
      // A join, not `= ANY (array)` (which tests each stored row against the whole list), and the
      // rows as one JSON text: 100k rows as row objects cost seconds. Unordered: the latest import
      // (start time, then id, then row) is picked here, since sorting 100k rows in SQL spilled to
      // disk and took half of the statement's 1.5 s.
      const [result] = await client.query<{ found: string | null }>(
        `SELECT json_agg(json_build_array(r.row_key, r.contact_id, floor(extract(epoch from i.started_at) * 1000), i.id, r."row"))::text AS found
           FROM (SELECT DISTINCT json_array_elements_text($2::json) AS row_key) k
           JOIN import_rows r ON r.tenant_id = $1 AND r.row_key = k.row_key
           JOIN imports i ON i.tenant_id = r.tenant_id AND i.id = r.import_id
          WHERE r.contact_id IS NOT NULL`,
        [tenantId, JSON.stringify(keys)],
      );
      const rows = result?.found ? (JSON.parse(result.found) as Array<[string, string, number, string, number]>) : [];
      const latest = new Map<string, [string, string, number, string, number]>();
      for (const row of rows) {
        const before = latest.get(row[0]);
        if (before === undefined || laterRow(row, before)) latest.set(row[0], row);
      }
      for (const [key, row] of latest) found.set(key, row[1]);
      return found;
    },

    async addMerges(merges, options = {}) {
      // In id order, for the primary-key index (see `addRows`).
      const unique = lastPerKey(merges, (merge) => merge.id).sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
      if (unique.length === 0) return;
      await client.transaction(async (tx) => {
        // Sent without waiting; the appends below run after it (call order).
        const deleted = options.fresh === true ? Promise.resolve() : deleteKeys(tx, 'merges', tenantId, unique.map((merge) => merge.id));
        const cells = unique.map((merge): ColumnValue[] => [
          tenantId,
          merge.id,
          merge.survivorId,
          merge.mergedContactId ?? null,
          merge.importId ?? null,
          merge.row ?? null,
          toJsonParam(merge.reason),
          merge.at,
        ]);
        await settleAll([deleted, insertRows(tx, 'merges', mergeColumns, cells, () => tenantId)]);
      });
    },

    async merges(survivorId) {
      const rows = await client.query<MergeRow>(
        'SELECT id, survivor_id, merged_contact_id, import_id, "row", reason, at FROM merges WHERE tenant_id = $1 AND survivor_id = $2 ORDER BY at, id',
        [tenantId, survivorId],
      );
      return rows.map(toStoredMerge);
    },
  };
}

/** Whether row `a` of `contactsByRowKey` comes after `b`: later import start, then import id, then row number. */
function laterRow(a: readonly [string, string, number, string, number], b: readonly [string, string, number, string, number]): boolean {
  if (a[2] !== b[2]) return a[2] > b[2];
  if (a[3] !== b[3]) return a[3] > b[3];
  return a[4] > b[4];
}
