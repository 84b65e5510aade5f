import type { ContactRecord, Provenance } from '../../contacts/contact.js';
import type { FieldValues } from '../store.js';
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

/**
 * `values` relative to `record` (see `DerivedFieldValues`); only the overriding fields are encoded
 * (compact, against `sources`). `sources` must not be empty.
 * @internal
 */
export function encodeDerivedValues(values: FieldValues, sources: readonly Provenance[], record: ContactRecord): DerivedFieldValues {
  const first = sources[0];
  const derived = recordValues(record);
  const overrides: FieldValues = {};
  for (const field in values) {
    const list = values[field] ?? [];
    const expected = derived.get(field);
    const same =
      expected !== undefined &&
      list.length === expected.length &&
      list.every((entry, index) => entry.value === expected[index] && sameSource(entry.source, first));
    if (!same) overrides[field] = list;
  }
  for (const field of derived.keys()) if (!(field in values)) overrides[field] = [];
  return [0, encodeFieldValues(overrides, sources)];
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
