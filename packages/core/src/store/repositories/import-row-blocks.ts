import { CompoundError } from '../../errors/compound-error.js';
import { insertRows } from '../insert-rows.js';
import type { ColumnValue, SqlClient } from '../sql-client.js';
import type { StoredImportRow } from '../store.js';
import { rawAsCells, rawFromStored } from './compact-json.js';
import { toJsonParam } from './to-json-param.js';

/** Row numbers per stored block (see migration 0006): rows 1–1000 are block 0, 1001–2000 block 1, ... */
const rowsPerBlock = 1000;

/** One stored row of a block: `[row, raw, status, reason, contact_id]`. @internal */
export type BlockEntry = [number, string[] | Record<string, string>, StoredImportRow['status'], string | null, string | null];

const blockColumns = ['tenant_id', 'import_id', 'block', 'entries'] as const;

/** The block of a row number, as the migration's SQL computes it (`(row - 1) / 1000`, truncated). */
function blockOf(row: number): number {
  return Math.trunc((row - 1) / rowsPerBlock);
}

function byRow(left: BlockEntry, right: BlockEntry): number {
  return left[0] - right[0];
}

/** A stored entry back to the row it was written from. @internal */
export function entryToRow(importId: string, entry: BlockEntry, header: readonly string[] | null): StoredImportRow {
  const [row, raw, status, reason, contactId] = entry;
  const stored: StoredImportRow = { importId, row, raw: rawFromStored(raw, header), status };
  if (reason !== null) stored.reason = reason;
  if (contactId !== null) stored.contactId = contactId;
  return stored;
}

/**
 * Writes `rows` (one import's, no row number twice) into their blocks, with the import's stored
 * header. A block already stored (rows re-added, or a block written in two calls) is read back,
 * and its rows that `rows` does not replace are written again with the new ones; an import's
 * first write of a block only appends. Run inside a transaction.
 * @internal
 */
export async function writeRowBlocks(
  tx: SqlClient,
  tenantId: string,
  importId: string,
  rows: readonly StoredImportRow[],
  header: readonly string[] | null,
): Promise<void> {
  const blocks = new Map<number, BlockEntry[]>();
  for (const row of rows) {
    if (!Number.isInteger(row.row)) {
      throw new CompoundError({ code: 'invalid-argument', message: `Row ${row.row} of import ${importId} is not an integer row number.`, context: { tenantId } });
    }
    const raw = (header && rawAsCells(row.raw, header)) ?? row.raw;
    const block = blockOf(row.row);
    let entries = blocks.get(block);
    if (entries === undefined) blocks.set(block, (entries = []));
    entries.push([row.row, raw, row.status, row.reason ?? null, row.contactId ?? null]);
  }
  const keys = JSON.stringify([...blocks.keys()]);
  // Usually none: an import writes each block once.
  const stored = await tx.query<{ block: number; entries: BlockEntry[] }>(
    'DELETE FROM import_row_blocks WHERE tenant_id = $1 AND import_id = $2 AND block = ANY (ARRAY(SELECT json_array_elements_text($3::json)::integer)) RETURNING block, entries',
    [tenantId, importId, keys],
  );
  for (const { block, entries: kept } of stored) {
    const entries = blocks.get(block) ?? [];
    const replaced = new Set(entries.map((entry) => entry[0]));
    for (const entry of kept) if (!replaced.has(entry[0])) entries.push(entry);
  }
  const cells: ColumnValue[][] = [];
  for (const [block, entries] of blocks) cells.push([tenantId, importId, block, toJsonParam(entries.sort(byRow))]);
  cells.sort((left, right) => Number(left[2]) - Number(right[2]));
  await insertRows(tx, 'import_row_blocks', blockColumns, cells);
}
