import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContactRecord, Provenance } from '../contact.js';
import { contact } from '../dedup/__fixtures__/sample-contacts.js';
import { mergeCluster } from '../dedup/merge-cluster.js';
import { encodeDerivedValues } from '../../store/repositories/derived-field-values.js';
import { writeContactsCsv } from '../../testing/index.js';
import { readContactFile } from './read-contact-file.js';
import { oneRowContact } from './one-row-contact.js';

const at = '2026-01-01T00:00:00.000Z';
const source: Provenance = { source: 'import', importId: 'imp_1', file: 'a.csv', row: 7, at };

/** What the import stored for a row before `oneRowContact`: `mergeCluster` of a cluster of one. */
function merged(row: ContactRecord) {
  return mergeCluster([row], [0], [source]);
}

/** The rows of a generated file of 400 contacts. */
async function generatedRows(seed: number) {
  const directory = await mkdtemp(join(tmpdir(), 'compound-one-row-'));
  try {
    await writeContactsCsv(join(directory, 'people.csv'), { seed, count: 400 });
    return (await readContactFile(join(directory, 'people.csv'))).rows;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
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

  it('says its values are the record\'s own (valuesFromRecord) exactly when the store would derive them all', () => {
    const made = oneRowContact('ct_4', contact({ firstName: 'Anna', email: 'anna@acme.io', employees: 40 }), source, at);
    expect(made.valuesFromRecord).toBe(true);
    expect(encodeDerivedValues(made.values, made.sources, made.record)).toEqual([0, {}]);
    // Not carried by a copy.
    expect({ ...made }.valuesFromRecord).toBeUndefined();
    // Values assigned, or a record changed since: checked when read.
    made.record.notes = 'met at a fair';
    expect(made.valuesFromRecord).toBe(true);
    // A member oneSourceValues does not list: the derived form marks it as having no values.
    (made.record as unknown as Record<string, unknown>)['nickname'] = 'Annie';
    expect(made.valuesFromRecord).toBe(false);
    expect(encodeDerivedValues(made.values, made.sources, made.record)).toEqual([0, { nickname: [] }]);
    const assigned = oneRowContact('ct_6', contact({ firstName: 'Anna' }), source, at);
    assigned.values = { firstName: [{ value: 'Ann', source }] };
    expect(assigned.valuesFromRecord).toBe(false);
  });

  it('derives values the store encodes as [0, {}] for every contact of a generated file that says so', async () => {
    let derived = 0;
    for (const row of await generatedRows(3)) {
      if (!row.record) continue;
      const made = oneRowContact('ct_7', row.record, { ...source, row: row.row }, at);
      const encoded = encodeDerivedValues(made.values, made.sources, made.record);
      if (made.valuesFromRecord === true) {
        derived += 1;
        expect(encoded).toEqual([0, {}]);
      }
    }
    expect(derived).toBeGreaterThan(300);
  });

  it('keeps a generated row\'s record as its contact\'s record, equal to the survivor mergeCluster makes, members in its order', async () => {
    let kept = 0;
    for (const row of await generatedRows(5)) {
      if (!row.record) continue;
      const survivor = JSON.stringify(merged(row.record).record);
      const made = oneRowContact('ct_8', row.record, { ...source, row: row.row }, at);
      if (made.record === row.record) kept += 1;
      expect(JSON.stringify(made.record)).toBe(survivor);
    }
    expect(kept).toBeGreaterThan(390);
  });

  it('copies a row whose survivor differs from it: members out of field order, an email or tag twice, a role address first', () => {
    const info = { address: 'info@acme.io', valid: true, role: true, free: false, disposable: false };
    const anna = { address: 'anna@acme.io', valid: true, role: false, free: false, disposable: false };
    const outOfOrder = { ...contact({ lastName: 'Meyer' }), firstName: 'Anna' };
    const rows = [outOfOrder, { ...contact({ firstName: 'Anna' }), emails: [info, anna] }, { ...contact({ firstName: 'Anna' }), emails: [anna, anna] }, { ...contact({ firstName: 'Anna' }), tags: ['a', 'a'] }];
    for (const row of rows) {
      const survivor = merged(row).record;
      const made = oneRowContact('ct_9', row, source, at);
      expect(made.record).not.toBe(row);
      expect(JSON.stringify(made.record)).toBe(JSON.stringify(survivor));
    }
    expect(Object.keys(oneRowContact('ct_9', outOfOrder, source, at).record).slice(-2)).toEqual(['firstName', 'lastName']);
  });
});
