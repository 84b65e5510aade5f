import type { ContactRecord, Provenance } from '../contact.js';
import { mergeOneRecord, oneSourceValues, oneSourceValuesListEveryMember, ownSurvivor, survivorListsUnchanged } from '../dedup/merge-cluster.js';
import type { FieldValues, StoredContact } from '../../store/store.js';

/**
 * `values` computed from the contact's record and its one source on each read, not held. An
 * import holds every contact it makes until the save, and their value lists (an entry object and
 * an array per field) were ~40% of the heap there: 625k entries for 50k rows. Assigning `values`
 * replaces the accessor by a plain property.
 */
const valuesOfRecord: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: StoredContact): FieldValues {
    const source = this.sources[0];
    return source === undefined ? {} : oneSourceValues(this.record, source);
  },
  set(this: StoredContact, values: FieldValues): void {
    Object.defineProperty(this, 'values', { value: values, enumerable: true, configurable: true, writable: true });
  },
};

/**
 * `StoredContact.valuesFromRecord` of such a contact, checked when read: `values` is still the
 * accessor (not assigned) and `oneSourceValues` lists every member of the record as it is now.
 * Not enumerable, so a copy of the contact does not carry it.
 */
const valuesFromRecord: PropertyDescriptor = {
  enumerable: false,
  configurable: true,
  get(this: StoredContact): boolean {
    return Object.getOwnPropertyDescriptor(this, 'values')?.get === valuesOfRecord.get && this.sources.length > 0 && oneSourceValuesListEveryMember(this.record);
  },
};

/**
 * The new contact one row makes (a cluster of one, matching no stored contact): the survivor and
 * values `mergeCluster` gives, with the values read from the survivor when they are its own
 * (`survivorListsUnchanged`), i.e. unless the row repeats an email or phone or lists a role address
 * before a personal one. The row is handed over: it is the contact's record when it is already
 * its own survivor (`ownSurvivor`).
 */
export function oneRowContact(id: string, row: ContactRecord, source: Provenance, at: string): StoredContact {
  const record = ownSurvivor(row) ?? mergeOneRecord(row);
  if (!survivorListsUnchanged(row, record)) {
    return { id, record, values: oneSourceValues(row, source), sources: [source], createdAt: at, updatedAt: at };
  }
  return Object.defineProperties({ id, record, sources: [source], createdAt: at, updatedAt: at }, { values: valuesOfRecord, valuesFromRecord }) as StoredContact;
}
