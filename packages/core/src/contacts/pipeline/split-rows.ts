import { hasIdentity } from './has-identity.js';
import type { ContactFile, ContactFileRow } from './read-contact-file.js';
import type { ContactRecord } from '../contact.js';

/** A row that can be imported: it has a record and no rejection. */
export type AcceptedRow = ContactFileRow & { record: ContactRecord };

/** The reason stored with a blank row's raw cells. */
export const blankRowReason = 'blank row: every cell is empty';

/**
 * Rejects the rows that nothing identifies, then splits the file's rows into the accepted ones (an
 * array the import empties as it merges), the rejected ones and the blank ones (skipped, not
 * counted in `rowCount`), keeping the rest of the file.
 */
export function splitRows(file: ContactFile): {
  contactFile: Omit<ContactFile, 'rows'>;
  rowCount: number;
  accepted: Array<AcceptedRow | undefined>;
  rejectedRows: ContactFileRow[];
  blankRows: ContactFileRow[];
} {
  const { rows, ...contactFile } = file;
  const accepted: Array<AcceptedRow | undefined> = [];
  const rejectedRows: ContactFileRow[] = [];
  const blankRows: ContactFileRow[] = [];
  for (const row of rows) {
    if (row.blank) {
      blankRows.push(row);
      continue;
    }
    if (!row.rejection && row.record && !hasIdentity(row.record)) {
      const invalid = row.record.issues.find((issue) => issue.field === 'email');
      row.rejection = {
        reason: `no name, valid email, phone or LinkedIn URL: nothing identifies a person${invalid ? ` (email "${invalid.value}": ${invalid.reason})` : ''}`,
        ...(invalid ? { field: 'email' } : {}),
      };
    }
    if (row.rejection || !row.record) rejectedRows.push(row);
    else accepted.push(row as AcceptedRow);
  }
  return { contactFile, rowCount: rows.length - blankRows.length, accepted, rejectedRows, blankRows };
}
