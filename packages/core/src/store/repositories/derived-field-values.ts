import type { ContactRecord, Provenance } from '../../contacts/contact.js';
import type { FieldValues, SourcedValue } from '../store.js';
import { decodeFieldValues, encodeFieldValues } from './compact-json.js';
import type { CompactFieldValues } from './compact-json.js';

/**
 * Stored form of a contact's `values` relative to its record: `[0, overrides]`. Every field the
 * record holds counts as given by the contact's first source (`sources[0]`), which is exactly what
 * a contact built from one row has; `overrides` lists, in the compact form, only the fields whose
 * source values differ from that (an empty list: the field has no source values). A contact from
 * one row stores `[0, {}]` instead of its ~500 bytes of values, and nothing is lost: decoding gives
 * back every value with its source.
 * @internal
 */
export type DerivedFieldValues = [0, CompactFieldValues];

/**
 * The values one record gives per field, as `mergeCluster` lists them for a cluster of one: each
 * non-empty text or number member as text, `email` per address, `phone` per number, `custom.<key>`
 * per custom column.
 */
function recordValues(record: ContactRecord): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key in record) {
    const value = record[key as keyof ContactRecord];
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') out.set(key, [String(value)]);
  }
  if (record.emails.length > 0) out.set('email', record.emails.map((email) => email.address));
  if (record.phones.length > 0) out.set('phone', [...record.phones]);
  for (const key in record.custom) {
    const custom = record.custom[key];
    if (custom !== undefined) out.set(`custom.${key}`, [custom.value]);
  }
  return out;
}

/**
 * Calls `visit` with each field `recordValues(record)` lists (a field twice if the record repeats
 * it), without building its values: this runs for every contact written whose values leave out
 * some field of its record.
 */
function forEachRecordField(record: ContactRecord, visit: (field: string) => void): void {
  for (const key in record) {
    const value = record[key as keyof ContactRecord];
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') visit(key);
  }
  if (record.emails.length > 0) visit('email');
  if (record.phones.length > 0) visit('phone');
  for (const key in record.custom) if (record.custom[key] !== undefined) visit(`custom.${key}`);
}

/** True when two provenances are the same source (as `encodeFieldValues` would index them). */
function sameSource(a: Provenance, b: Provenance | undefined): boolean {
  if (a === b) return true;
  if (b === undefined) return false;
  let members = 0;
  for (const key in a) {
    if (key !== 'source' && key !== 'importId' && key !== 'file' && key !== 'row' && key !== 'at') return false;
    members += 1;
  }
  for (const key in b) if (key !== 'source' && key !== 'importId' && key !== 'file' && key !== 'row' && key !== 'at') return false;
  return a.source === b.source && a.importId === b.importId && a.file === b.file && a.row === b.row && a.at === b.at && members > 0;
}

/** True when `list` is exactly `[{ value: expected, source: first }]`. */
function isOneValue(list: readonly SourcedValue[], expected: string, first: Provenance | undefined): boolean {
  const entry = list[0];
  return list.length === 1 && entry !== undefined && entry.value === expected && sameSource(entry.source, first);
}

/**
 * True when `list` is what `recordValues(record).get(field)` lists, each from `first`; compared in
 * place, without building `recordValues` (this runs for every field of every contact written).
 */
function matchesRecord(field: string, list: readonly SourcedValue[], record: ContactRecord, first: Provenance | undefined): boolean {
  if (field === 'email' && record.emails.length > 0) {
    return list.length === record.emails.length && list.every((entry, index) => entry.value === record.emails[index]?.address && sameSource(entry.source, first));
  }
  if (field === 'phone' && record.phones.length > 0) {
    return list.length === record.phones.length && list.every((entry, index) => entry.value === record.phones[index] && sameSource(entry.source, first));
  }
  if (field.startsWith('custom.')) {
    const key = field.slice('custom.'.length);
    if (Object.hasOwn(record.custom, key)) {
      const custom = record.custom[key];
      return custom !== undefined && isOneValue(list, custom.value, first);
    }
  }
  if (!Object.hasOwn(record, field)) return false;
  const value: unknown = record[field as keyof ContactRecord];
  if (typeof value === 'string') return value !== '' && isOneValue(list, value, first);
  return typeof value === 'number' && isOneValue(list, String(value), first);
}

/** How many fields `recordValues(record)` lists, counted without building it. */
function recordValueCount(record: ContactRecord): number {
  let count = 0;
  for (const key in record) {
    const value = record[key as keyof ContactRecord];
    if (((typeof value === 'string' && value !== '') || typeof value === 'number') && key !== 'email' && key !== 'phone') count += 1;
  }
  if (record.emails.length > 0) count += 1;
  if (record.phones.length > 0) count += 1;
  for (const key in record.custom) if (record.custom[key] !== undefined) count += 1;
  return count;
}

/**
 * `values` relative to `record` (see `DerivedFieldValues`); only the overriding fields are encoded
 * (compact, against `sources`). `sources` must not be empty.
 * @internal
 */
export function encodeDerivedValues(values: FieldValues, sources: readonly Provenance[], record: ContactRecord): DerivedFieldValues {
  const first = sources[0];
  const overrides: FieldValues = {};
  let overridden = false;
  // Fields of `values` equal to the record's; when they are all of the record's fields, no field
  // of the record is missing from `values` (the common case: a contact from one row).
  let matched = 0;
  for (const field in values) {
    const list = values[field] ?? [];
    if (matchesRecord(field, list, record, first)) matched += 1;
    else {
      overrides[field] = list;
      overridden = true;
    }
  }
  if (matched !== recordValueCount(record)) {
    forEachRecordField(record, (field) => {
      if (!(field in values)) {
        overrides[field] = [];
        overridden = true;
      }
    });
  }
  return [0, overridden ? encodeFieldValues(overrides, sources) : {}];
}

/** `values` back from `[0, overrides]` against the record and sources it was encoded with. @internal */
export function decodeDerivedValues(stored: DerivedFieldValues, record: ContactRecord, sources: readonly Provenance[]): FieldValues {
  const overrides = decodeFieldValues(stored[1], sources);
  const source = sources[0] ?? { source: 'unknown', at: '' };
  const out: FieldValues = {};
  for (const [field, list] of recordValues(record)) {
    const override = overrides[field];
    if (override === undefined) out[field] = list.map((value) => ({ value, source }));
    else if (override.length > 0) out[field] = override;
  }
  for (const field in overrides) if (!(field in out) && (overrides[field]?.length ?? 0) > 0) out[field] = overrides[field] ?? [];
  return out;
}
