import type { RawCells, StoredImportRow } from '../../store/store.js';
import { rawCellsOf, type ContactFileRow } from './read-contact-file.js';

/**
 * The stored raw row of a file row. With the row's cells as text (`rawCells`), the store writes
 * that text and `raw` is built only if read; without, `raw` is built now.
 */
export function storedRow(row: ContactFileRow, fields: Omit<StoredImportRow, 'raw' | 'rawCells'>): StoredImportRow {
  const rawCells = rawCellsOf(row);
  return rawCells === undefined ? { ...fields, raw: row.raw } : new CellsImportRow(fields, rawCells);
}

/** A stored raw row whose `raw` is built from its `rawCells` when read. */
class CellsImportRow implements StoredImportRow {
  importId: string;
  row: number;
  status: StoredImportRow['status'];
  reason?: string;
  contactId?: string;
  rowKey?: string;

  constructor(
    fields: Omit<StoredImportRow, 'raw' | 'rawCells'>,
    readonly rawCells: RawCells,
  ) {
    this.importId = fields.importId;
    this.row = fields.row;
    this.status = fields.status;
    if (fields.reason !== undefined) this.reason = fields.reason;
    if (fields.contactId !== undefined) this.contactId = fields.contactId;
    if (fields.rowKey !== undefined) this.rowKey = fields.rowKey;
  }

  get raw(): Record<string, string> {
    const cells = JSON.parse(this.rawCells.json) as string[];
    return Object.fromEntries(this.rawCells.keys.map((key, index) => [key, cells[index] ?? '']));
  }
}
