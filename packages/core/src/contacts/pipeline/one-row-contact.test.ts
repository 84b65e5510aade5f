import { describe, expect, it } from 'vitest';
import type { ContactRecord, Provenance } from '../contact.js';
import { contact } from '../dedup/__fixtures__/sample-contacts.js';
import { mergeCluster } from '../dedup/merge-cluster.js';
import { oneRowContact } from './one-row-contact.js';

const at = '2026-01-01T00:00:00.000Z';
const source: Provenance = { source: 'import', importId: 'imp_1', file: 'a.csv', row: 7, at };

/** What the import stored for a row before `oneRowContact`: `mergeCluster` of a cluster of one. */
function merged(row: ContactRecord) {
  return mergeCluster([row], [0], [source]);
}

describe('oneRowContact', () => {
  it('reads the values of a plain row from its survivor instead of holding them, with the same values as mergeCluster', () => {
    const row = contact({
      firstName: 'Anna',
      lastName: 'Meyer',
      email: 'anna@acme.io',
      phone: '+4930123456',
      employees: 40,
      custom: { crmId: { value: '17', type: 'id' } },
    });
    const made = oneRowContact('ct_1', row, source, at);
    expect(made.record).toEqual(merged(row).record);
    expect(made.values).toEqual(merged(row).values);
    expect(Object.keys(made.values)).toEqual(Object.keys(merged(row).values));
    expect(made.values['employees']).toEqual([{ value: '40', source }]);
    // Held as an accessor: nothing per field stays on the heap until the save.
    expect(Object.getOwnPropertyDescriptor(made, 'values')?.get).toBeTypeOf('function');
    expect({ ...made }.values).toEqual(merged(row).values);
    expect(made).toMatchObject({ id: 'ct_1', sources: [source], createdAt: at, updatedAt: at });
  });

  it('holds the values of a row whose survivor reorders or drops its emails or phones, as mergeCluster lists them', () => {
    const info = { address: 'info@acme.io', valid: true, role: true, free: false, disposable: false };
    const anna = { address: 'anna@acme.io', valid: true, role: false, free: false, disposable: false };
    const roleFirst = { ...contact({ firstName: 'Anna' }), emails: [info, anna] };
    const repeatedPhone = { ...contact({ firstName: 'Anna' }), phones: ['+4930123456', '+4930123456'] };
    for (const row of [roleFirst, repeatedPhone]) {
      const made = oneRowContact('ct_2', row, source, at);
      expect(made.record).toEqual(merged(row).record);
      expect(made.values).toEqual(merged(row).values);
      expect(Object.getOwnPropertyDescriptor(made, 'values')?.get).toBeUndefined();
    }
    // The row's order, not the survivor's (personal address first).
    expect(oneRowContact('ct_2', roleFirst, source, at).values['email']?.map((value) => value.value)).toEqual(['info@acme.io', 'anna@acme.io']);
    expect(oneRowContact('ct_2', roleFirst, source, at).record.emails.map((email) => email.address)).toEqual(['anna@acme.io', 'info@acme.io']);
  });

  it('keeps values assigned to it', () => {
    const made = oneRowContact('ct_3', contact({ firstName: 'Anna' }), source, at);
    made.values = { firstName: [{ value: 'Ann', source }] };
    expect(made.values).toEqual({ firstName: [{ value: 'Ann', source }] });
  });
});
