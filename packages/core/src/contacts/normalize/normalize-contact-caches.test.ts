import { describe, expect, it } from 'vitest';
import { defaultContactColumns, generateContacts } from '../../testing/index.js';
import type { ContactField, MappedRow } from '../contact.js';
import { normalizeContact } from './normalize-contact.js';

/** Maps generated rows (keyed by column header) onto contact fields, as the importer's mapping would. */
function mappedRows(count: number): MappedRow[] {
  const { rows } = generateContacts({ seed: 11, count, duplicateRate: 0.3, columns: { fullName: 'Full Name' } });
  const fieldOf = new Map<string, ContactField>();
  for (const [field, header] of Object.entries({ ...defaultContactColumns, fullName: 'Full Name' })) {
    if (header !== null) fieldOf.set(header, field as ContactField);
  }
  return rows.map((row) => {
    const mapped: MappedRow = { fields: {}, custom: {} };
    for (const [header, value] of Object.entries(row)) {
      const field = fieldOf.get(header);
      if (field !== undefined) mapped.fields[field] = [value];
    }
    return mapped;
  });
}

describe('normalizeContact caches', () => {
  it('gives the same records on a cold and a warm cache, and callers cannot change cached results', () => {
    const rows = mappedRows(3_000);
    const cold = rows.map((row) => normalizeContact(row, { defaultCountry: 'US' }));
    // Mutating the first pass's records must not leak into the second pass through shared cached objects.
    const snapshot = structuredClone(cold);
    for (const record of cold) {
      record.phones.push('+10000000000');
      record.emails.push({ address: 'x@y.z', valid: false, role: false, free: false, disposable: false });
      record.issues.length = 0;
    }
    const warm = rows.map((row) => normalizeContact(row, { defaultCountry: 'US' }));
    expect(warm).toEqual(snapshot);
    expect(new Set(snapshot.map((record) => record.companyKey)).size).toBeGreaterThan(1);
  });
});
