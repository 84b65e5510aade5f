import { describe, expect, it } from 'vitest';
import type { Provenance } from '../contact.js';
import { contact } from './__fixtures__/sample-contacts.js';
import { mergeCluster } from './merge-cluster.js';

const at = '2025-01-01T00:00:00.000Z';

describe('mergeCluster', () => {
  it('keeps every source value with its provenance and unions emails and phones', () => {
    const records = [
      contact({ firstName: 'Anna', lastName: 'Meyer', email: 'anna@acme.io', city: 'Berlin', custom: { crmId: { value: '17', type: 'id' } } }),
      contact({ firstName: 'Anna', lastName: 'Meier', email: 'anna@gmail.com', phone: '+4930123456', title: 'CTO' }),
      contact({ firstName: 'Ann', lastName: 'Meyer', email: 'anna@acme.io', city: 'Hamburg' }),
    ];
    const provenance: Provenance[] = records.map((_, row) => ({ source: 'import', file: 'a.csv', row: row + 1, at }));
    const merged = mergeCluster(records, [0, 1, 2], provenance);
    expect(merged.record.firstName).toBe('Anna');
    expect(merged.record.lastName).toBe('Meyer');
    expect(merged.record.city).toBe('Berlin');
    expect(merged.record.title).toBe('CTO');
    expect(merged.record.emails.map((email) => email.address)).toEqual(['anna@acme.io', 'anna@gmail.com']);
    expect(merged.record.phones).toEqual(['+4930123456']);
    expect(merged.record.custom['crmId']?.value).toBe('17');
    expect(merged.values['lastName']?.map((value) => [value.value, value.source.row])).toEqual([['Meyer', 1], ['Meier', 2], ['Meyer', 3]]);
    expect(merged.values['city']?.map((value) => value.value)).toEqual(['Berlin', 'Hamburg']);
    expect(merged.values['email']).toHaveLength(3);
    expect(merged.values['custom.crmId']?.[0]?.source.row).toBe(1);
    expect(merged.sources).toHaveLength(3);
  });

  it('takes the whole name from one member, the one whose first and last names most members share', () => {
    const provenance: Provenance[] = [0, 1, 2, 3].map((row) => ({ source: 'import', row, at }));
    const named = (firstName: string, lastName: string) => contact({ fullName: `${firstName} ${lastName}`, firstName, lastName });
    // swapped names: voting first and last apart gave "Grace" "Grace", named "Kirk Grace"
    const swapped = [named('Kirk', 'Grace'), named('Grace', 'Kik'), named('Grace', 'Kiirk'), named('Grace', 'Kirk')];
    const merged = mergeCluster(swapped, [0, 1, 2, 3], provenance).record;
    expect([merged.fullName, merged.firstName, merged.lastName]).toEqual(['Grace Kik', 'Grace', 'Kik']);
    // typos on either side: the member holding both majorities
    const typos = [named('Jon', 'Smith'), named('John', 'Smth'), named('John', 'Smith')];
    expect(mergeCluster(typos, [0, 1, 2], provenance).record.fullName).toBe('John Smith');
    // a member's missing middle name is not filled from another member
    const middle = [named('Anna', 'Meyer'), { ...named('Anna', 'Meyer'), middleName: 'Lena', fullName: 'Anna Lena Meyer' }];
    expect(mergeCluster(middle, [0, 1], provenance).record).toMatchObject({ fullName: 'Anna Meyer', firstName: 'Anna', lastName: 'Meyer' });
    expect(mergeCluster(middle, [0, 1], provenance).record.middleName).toBeUndefined();
  });

  it('keeps the accents an ASCII export dropped, for the name and for every other field', () => {
    const provenance: Provenance[] = [0, 1, 2].map((row) => ({ source: 'import', row, at }));
    const named = (firstName: string, lastName: string, company: string, city: string) => contact({ fullName: `${firstName} ${lastName}`, firstName, lastName, company, city });
    // the plain form twice (a CRM that strips accents), the accented once (LinkedIn)
    const records = [named('Jose', 'Garcia', 'Muller GmbH', 'Zurich'), named('José', 'García', 'Müller GmbH', 'Zürich'), named('Jose', 'Garcia', 'Muller GmbH', 'Zurich')];
    const merged = mergeCluster(records, [0, 1, 2], provenance).record;
    expect([merged.fullName, merged.firstName, merged.lastName, merged.company, merged.city]).toEqual(['José García', 'José', 'García', 'Müller GmbH', 'Zürich']);
    // another spelling is no accented form: the majority stays
    const other = [named('Jon', 'Smith', 'Acme', 'Koln'), named('Jön', 'Smyth', 'Acmé Labs', 'Bonn'), named('Jon', 'Smith', 'Acme', 'Koln')];
    const plain = mergeCluster(other, [0, 1, 2], provenance).record;
    expect([plain.fullName, plain.company, plain.city]).toEqual(['Jon Smith', 'Acme', 'Koln']);
  });

  it('breaks ties toward the last record when asked', () => {
    const records = [contact({ city: 'Berlin' }), contact({ city: 'Hamburg' })];
    const provenance: Provenance[] = records.map((_, row) => ({ source: 'import', row, at }));
    expect(mergeCluster(records, [0, 1], provenance).record.city).toBe('Berlin');
    expect(mergeCluster(records, [0, 1], provenance, { prefer: 'last' }).record.city).toBe('Hamburg');
  });
  it('keeps the employer LinkedIn page and every other scalar field of a record', () => {
    const records = [
      contact({ firstName: 'Anna', companyLinkedinUrl: 'https://www.linkedin.com/company/acme', connectedOn: '2024-03-01' }),
      contact({ firstName: 'Anna', birthDate: '1990-01-02', externalId: 'x-1' }),
    ];
    const provenance: Provenance[] = records.map((_, row) => ({ source: 'import', row: row + 1, at }));
    const merged = mergeCluster(records, [0, 1], provenance);
    expect(merged.record.companyLinkedinUrl).toBe('https://www.linkedin.com/company/acme');
    expect(merged.record.connectedOn).toBe('2024-03-01');
    expect(merged.record.birthDate).toBe('1990-01-02');
    expect(merged.record.externalId).toBe('x-1');
    expect(merged.values['companyLinkedinUrl']?.map((value) => value.source.row)).toEqual([1]);
    // One-record clusters take the other path through mergeCluster.
    expect(mergeCluster(records, [0], provenance).record.companyLinkedinUrl).toBe('https://www.linkedin.com/company/acme');
  });
});
