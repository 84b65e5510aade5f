import { describe, expect, it } from 'vitest';
import type { ContactRecord, EmailInfo } from '../contact.js';
import { contact } from './__fixtures__/sample-contacts.js';
import { candidatePairs } from './blocking.js';
import { addressShaped } from './address-shape.js';
import { createRecordComparer } from './compare-records.js';
import { buildFeatures } from './record-features.js';

const address = (value: string, valid: boolean): EmailInfo => ({ address: value, valid, role: false, free: false, disposable: false });

describe('garbled addresses', () => {
  it('keeps an invalid address holding an @ and 4+ letters after the valid ones, and never takes a work domain from it', () => {
    const record = contact({ firstName: 'Poppy', lastName: 'Fox' });
    record.emails = [address('poppy.foxo3@rivera.c6m', false), address('10/01/15', false), address('a@b.c', false), address('fox@rivera.com', true)];
    const features = buildFeatures([record]);
    expect(features.emails[0]).toEqual(['fox@rivera.com', 'poppy.foxo3@rivera.c6m']);
    expect(features.workDomain[0]).toBe('rivera.com');
    const garbledOnly = contact({ firstName: 'Poppy', lastName: 'Fox' });
    garbledOnly.emails = [address('f@b@reese.com', false), address('j.riley9tbennett.ne@', false)];
    expect(buildFeatures([garbledOnly]).emails[0]).toEqual(['f@b@reese.com', 'j.riley9tbennett.ne@']);
    expect(buildFeatures([garbledOnly]).workDomain[0]).toBe('');
  });

  it('lets a garbled address agree partially with the valid one it garbles', () => {
    const valid = contact({ firstName: 'Elizabeth', lastName: 'Maxwell', email: 'edwardsmatthew@mayer.com' });
    const garbled = contact({ firstName: 'Elizabeth', lastName: 'Maxwell' });
    garbled.emails = [address('edwards.atthew@mayermom', false)];
    const comparer = createRecordComparer(buildFeatures([valid, garbled]));
    const levels = new Int8Array(comparer.fields.length);
    comparer.compare(0, 1, levels);
    expect(levels[comparer.fields.findIndex((field) => field.name === 'email')]).toBe(1);
  });

  it('does not count a garbled address as an identifier in blocking: its record still probes the loose name keys', () => {
    // the same first name, different surnames: only a loose key (first name) can pair them, and
    // only when one of the two is a probe (a record with no identifier to be found by)
    const known = contact({ firstName: 'Thomas', lastName: 'Brown', email: 'thomas.brown@acme.com' });
    const garbled = contact({ firstName: 'Thomas', lastName: 'Greene' });
    garbled.emails = [address('tgreene@acmecom', false)];
    const paired = (records: ContactRecord[]): boolean => candidatePairs(buildFeatures(records)).count === 1;
    expect(paired([known, garbled])).toBe(true);
    expect(paired([known, contact({ firstName: 'Thomas', lastName: 'Greene', email: 'tgreene@acme.com' })])).toBe(false);
  });

  it('tells the shape of a valid address', () => {
    expect(addressShaped('poppy.fox63@rivera.com')).toBe(true);
    for (const garbled of ['poppy.foxo3@rivera.c6m', 'f@b@reese.com', 'j.riley9tbennett.ne@', 'josep.d@.bell.com', 'tgreene@acmecom', 'ann@acme.c', '']) expect(addressShaped(garbled)).toBe(false);
  });
});

describe('street features', () => {
  it('abbreviates street types and directions, so two spellings of one address agree in full', () => {
    const features = buildFeatures([contact({ company: 'Onward House', street: '3800 North Austin Avenue' }), contact({ company: 'Onward House', street: '3800 N. Austin Ave' })]);
    expect(features.street[0]).toEqual(['3800', 'n', 'austin', 'ave']);
    const comparer = createRecordComparer(features);
    const levels = new Int8Array(comparer.fields.length);
    comparer.compare(0, 1, levels);
    expect(levels[comparer.fields.findIndex((field) => field.name === 'street')]).toBe(3);
  });
});

describe('custom date columns', () => {
  it('compares a date with a time of day by its day: the same day at two times, or with and without a time, agree', () => {
    const dated = (value: string): ContactRecord => {
      const record = contact({ firstName: 'Ana', lastName: 'Silva' });
      record.custom = { Signed: { value, type: 'date' } };
      return record;
    };
    const features = buildFeatures([dated('2023-11-02T09:15'), dated('2023-11-02T17:40+01:00'), dated('2023-11-02'), dated('2023-11-03T09:15')]);
    const values = features.custom[0]?.values;
    expect(values).toEqual(['20231102', '20231102', '20231102', '20231103']);
  });
});

