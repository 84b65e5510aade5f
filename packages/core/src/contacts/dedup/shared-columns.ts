/**
 * Identifier-typed custom columns (id, email, phone, url) that do not identify a person: their
 * values repeat across many records. A house number mapped as an id (febrl's `street_number`: 6-14
 * records per value, up to 166), a company's CRM id on each of its contacts, a head count. Blocking
 * on such a column as on an identifier paired every two records of a value (4 of febrl 4a + 4b's
 * 20.6 candidate pairs per record, none of them needed); a shared column keys loosely instead, a
 * probe for the records nothing else identifies (see `forEachBlockingKey`).
 */
import type { CustomFeature, RecordFeatures } from './record-features.js';

/**
 * Filled values per distinct value above which a column is shared. A real identifier repeats once
 * per copy of a person: 1.2-2.2 in the labelled files, and more than 4 copies of everyone is a list
 * no one has.
 */
export const maxRecordsPerIdentifier = 4;

/** True for the custom types that `forEachBlockingKey` keys by exact value. */
export function keyedType(type: CustomFeature['type']): boolean {
  return type === 'email' || type === 'phone' || type === 'id' || type === 'url';
}

/**
 * True when a filled value of `column` identifies its record: a keyed column that is not shared,
 * except a url (a website, often a company's, not a person's).
 */
export function identifyingColumn(column: CustomFeature): boolean {
  return column.type !== 'url' && keyedType(column.type) && column.shared !== true;
}

/**
 * Sets `shared` on every keyed custom column of `features` that has none yet, from the values it
 * holds now: an index decides once, when it is built, so the records added later key as the first.
 */
export function markSharedColumns(features: RecordFeatures): void {
  for (const column of features.custom) {
    if (column.shared !== undefined || !keyedType(column.type)) continue;
    const distinct = new Set<string>();
    let filled = 0;
    for (const value of column.values) {
      if (value === '') continue;
      filled++;
      distinct.add(value);
    }
    column.shared = filled > maxRecordsPerIdentifier * distinct.size;
  }
}
