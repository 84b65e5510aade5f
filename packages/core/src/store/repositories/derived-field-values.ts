import type { ContactRecord, Provenance } from '../../contacts/contact.js';
import type { FieldValues } from '../store.js';
import { decodeFieldValues } from './compact-json.js';
import type { CompactFieldValues, CompactSourcedValue } from './compact-json.js';

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

function sameAsDerived(list: readonly CompactSourcedValue[], derived: readonly string[] | undefined): boolean {
  if (derived === undefined || list.length !== derived.length) return false;
  return list.every((entry, index) => entry[1] === 0 && entry[0] === derived[index]);
}

/** `compact` (entries referencing sources by index) relative to `record`. @internal */
export function encodeDerivedValues(compact: CompactFieldValues, record: ContactRecord): DerivedFieldValues {
  const derived = recordValues(record);
  const overrides: CompactFieldValues = {};
  for (const field in compact) {
    const list = (compact[field] ?? []) as CompactSourcedValue[];
    if (!sameAsDerived(list, derived.get(field))) overrides[field] = list;
  }
  for (const field of derived.keys()) if (!(field in compact)) overrides[field] = [];
  return [0, overrides];
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
