import type { Provenance } from '../../contacts/contact.js';
import type { SqlClient } from '../sql-client.js';
import { toJsonParam } from './to-json-param.js';

/**
 * Stored form of one source: a provenance of an import row is `[importId, row]` when the import run
 * is stored with the same file and start time (`{ source: 'import', importId, file, row, at }` is
 * then fully recoverable from the run); any other provenance stays a plain object. Cuts ~120 bytes
 * per source of every contact and company. Plain entries (stored before this encoding) read back
 * unchanged.
 * @internal
 */
export type StoredProvenance = Provenance | [string, number];

/** File and start time of import runs, by id. @internal */
export type ImportRuns = ReadonlyMap<string, { file: string; at: string }>;

/** The import ids that `sources` (plain or stored form) refer to. */
function importIdsOf(sourceLists: Iterable<readonly StoredProvenance[]>): string[] {
  const ids = new Set<string>();
  // Most sources of a bulk write name the same import: the set is only asked for a new name.
  let last: string | undefined;
  for (const list of sourceLists) {
    for (const source of list) {
      const id = Array.isArray(source) ? source[0] : source.importId;
      if (typeof id === 'string' && id !== last) ids.add((last = id));
    }
  }
  return [...ids];
}

/** Loads the runs the given source lists refer to, in one query. @internal */
export async function loadImportRuns(
  client: SqlClient,
  tenantId: string,
  sourceLists: Iterable<readonly StoredProvenance[]>,
): Promise<ImportRuns> {
  const ids = importIdsOf(sourceLists);
  const runs = new Map<string, { file: string; at: string }>();
  if (ids.length === 0) return runs;
  const rows = await client.query<{ id: string; file: string; started_at: string }>(
    'SELECT id, file, started_at FROM imports WHERE tenant_id = $1 AND id = ANY (ARRAY(SELECT json_array_elements_text($2::json)))',
    [tenantId, toJsonParam(ids)],
  );
  for (const row of rows) runs.set(row.id, { file: row.file, at: row.started_at });
  return runs;
}

/** True when `source` is exactly `{ source: 'import', importId, file, row, at }` of a known run. */
function isRunRow(source: Provenance, runs: ImportRuns): boolean {
  if (source.source !== 'import' || typeof source.importId !== 'string' || !Number.isInteger(source.row)) return false;
  const run = runs.get(source.importId);
  if (run === undefined || run.file !== source.file || run.at !== source.at) return false;
  let members = 0;
  for (const key in source) {
    if (key !== 'source' && key !== 'importId' && key !== 'file' && key !== 'row' && key !== 'at') return false;
    members += 1;
  }
  return members === 5;
}

/** Sources in their stored form. @internal */
export function encodeSources(sources: readonly Provenance[], runs: ImportRuns): StoredProvenance[] {
  return sources.map((source) => (isRunRow(source, runs) ? [source.importId as string, source.row as number] : source));
}

/** Sources back from their stored form. @internal */
export function decodeSources(stored: readonly StoredProvenance[], runs: ImportRuns): Provenance[] {
  return stored.map((source): Provenance => {
    if (!Array.isArray(source)) return source;
    const [importId, row] = source;
    const run = runs.get(importId);
    return { source: 'import', importId, file: run?.file, row, at: run?.at ?? '' };
  });
}
