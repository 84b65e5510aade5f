import { describe, expect, it } from 'vitest';
import type { ContactField, MappedRow } from '../contact.js';
import { normalizeContact } from './normalize-contact.js';

function row(fields: Partial<Record<ContactField, string[]>>): MappedRow {
  return { fields, custom: {} };
}

describe('name cells holding a phone number', () => {
  it('reads a phone number in the name column as a phone, not as the name `+1` `555-0101`', () => {
    const record = normalizeContact(row({ fullName: ['+1 (415) 555-0101'] }));
    expect([record.fullName, record.firstName, record.lastName]).toEqual([undefined, undefined, undefined]);
    expect(record.phones).toEqual(['+14155550101']);
    expect(record.issues).toEqual([{ field: 'fullName', value: '+1 (415) 555-0101', reason: 'a phone number, not a name: read as a phone' }]);
  });

  it('says nothing when the row gives the number in its phone column too (a display name written from it), and adds it once', () => {
    const record = normalizeContact(row({ fullName: ['(415) 555-0101'], phone: ['+1 415 555 0101'] }), { defaultCountry: 'US' });
    expect(record.fullName).toBeUndefined();
    expect(record.phones).toEqual(['+14155550101']);
    expect(record.issues).toEqual([]);
  });

  it('moves a number out of the first and last name columns too', () => {
    const record = normalizeContact(row({ firstName: ['Ann'], lastName: ['020 7946 0958'] }), { defaultCountry: 'GB' });
    expect([record.fullName, record.firstName, record.lastName]).toEqual(['Ann', 'Ann', undefined]);
    expect(record.phones).toEqual(['+442079460958']);
  });

  it('keeps names with digits that are no phone number', () => {
    expect(normalizeContact(row({ fullName: ['Agent 007'] })).fullName).toBe('Agent 007');
    expect(normalizeContact(row({ fullName: ['Louis XIV'] })).fullName).toBe('Louis XIV');
    expect(normalizeContact(row({ fullName: ['1234'] })).phones).toEqual([]);
  });
});
