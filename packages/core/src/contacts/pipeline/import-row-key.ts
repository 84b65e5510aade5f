import { hash } from 'node:crypto';
import type { ColumnMapping } from '../import/index.js';
import { rawCellsOf, type ContactFileRow } from './read-contact-file.js';

/**
 * Bumped when normalization changes what a row reads as, so rows stored by an older version are
 * matched afresh instead of linked as unchanged.
 */
const rowKeyVersion = 1;

/**
 * Keys of a file's rows for `StoredImportRow.rowKey`: a digest (SHA-256, first 128 bits) of the
 * row's raw cells with their header, and of how the import reads them: each column's field and
 * type, and the default phone country. The same row of the same export, read the same way, gets
 * the same key in every import; a changed cell, column or `--map` gives another.
 *
 * @example
 * const keyOf = createImportRowKeyer(file.mapping, 'US');
 * keyOf(file.rows[0]); // 'q3V1...' (22 characters)
 */
export function createImportRowKeyer(mapping: ColumnMapping, defaultCountry: string | undefined): (row: ContactFileRow) => string {
  const reading = JSON.stringify([rowKeyVersion, mapping.columns.map((column) => [column.key, column.field, column.type ?? '']), defaultCountry ?? '']);
  // The rows of one file share a few key lists: each is encoded once.
  const encodedKeys = new Map<readonly string[], string>();
  return (row) => {
    const cells = rawCellsOf(row);
    let text: string;
    if (cells === undefined) text = JSON.stringify(Object.entries(row.raw));
    else {
      let keys = encodedKeys.get(cells.keys);
      if (keys === undefined) encodedKeys.set(cells.keys, (keys = JSON.stringify(cells.keys)));
      text = `${keys}\n${cells.json}`;
    }
    // One-shot `hash`: half the time of createHash().update().digest() per row.
    return hash('sha256', `${reading}\n${text}`, 'base64url').slice(0, 22);
  };
}
