import { describe, expect, it } from 'vitest';
import { normalizeContact } from '../normalize/normalize-contact.js';
import { applyMapping, mapColumns } from './map-columns.js';

// As Google Contacts writes them (../shared/data/exports/HEADERS.md §2a, §2b): `*` marks the primary value.
const header = ['First Name', 'Last Name', 'E-mail 1 - Label', 'E-mail 1 - Value', 'E-mail 2 - Label', 'E-mail 2 - Value', 'Phone 1 - Label', 'Phone 1 - Value', 'Phone 2 - Label', 'Phone 2 - Value', 'Labels'];
const ada = ['Ada', 'Lovelace', 'Home', 'ada@gmail.com', '* Work', 'ada@engines.example', 'Mobile', '+44 7911 123456', '* Work', '+44 20 7946 0000', '* myContacts'];

describe('Google Contacts labels', () => {
  it('puts the value labelled `* ...` first, as the primary email and phone', () => {
    const mapping = mapColumns(header, [ada]);
    expect(mapping.format).toBe('google-contacts');
    const mapped = applyMapping(mapping, header, ada);
    expect(mapped.fields.email).toEqual(['ada@engines.example', 'ada@gmail.com']);
    expect(mapped.fields.phone).toEqual(['+44 20 7946 0000', '+44 7911 123456']);
    const record = normalizeContact(mapped);
    expect(record.emails.map((email) => email.address)).toEqual(['ada@engines.example', 'ada@gmail.com']);
    expect(record.phones).toEqual(['+442079460000', '+447911123456']);
  });

  it('keeps the label without the primary mark: `Work`, not `* Work`; a bare `*` keeps no label', () => {
    const mapping = mapColumns(header, [ada]);
    expect(applyMapping(mapping, header, ada).custom).toEqual({
      'E-mail 1 - Label': { value: 'Home', type: 'text' },
      'E-mail 2 - Label': { value: 'Work', type: 'text' },
      'Phone 1 - Label': { value: 'Mobile', type: 'text' },
      'Phone 2 - Label': { value: 'Work', type: 'text' },
    });
    const bare = ['Ada', 'Lovelace', '', 'ada@gmail.com', '*', 'ada@engines.example', '', '', '', '', ''];
    const mapped = applyMapping(mapping, header, bare);
    expect(mapped.fields.email).toEqual(['ada@engines.example', 'ada@gmail.com']);
    expect(mapped.custom).toEqual({});
  });

  it('reads the legacy layout\'s `E-mail 1 - Type` the same way', () => {
    const legacy = ['Name', 'Given Name', 'Family Name', 'Group Membership', 'E-mail 1 - Type', 'E-mail 1 - Value', 'E-mail 2 - Type', 'E-mail 2 - Value'];
    const row = ['Ada Lovelace', 'Ada', 'Lovelace', '* myContacts', 'Other', 'ada@old.example', '* Home', 'ada@home.example'];
    const mapping = mapColumns(legacy, [row]);
    expect(mapping.format).toBe('google-contacts-legacy');
    const mapped = applyMapping(mapping, legacy, row);
    expect(mapped.fields.email).toEqual(['ada@home.example', 'ada@old.example']);
    expect(mapped.custom['E-mail 2 - Type']).toEqual({ value: 'Home', type: 'text' });
  });

  it('leaves a `*` in other files alone', () => {
    const plain = ['Name', 'Email', 'Email Label', 'Email 2'];
    const row = ['Ada Lovelace', 'ada@gmail.com', '* Work', 'ada@engines.example'];
    const mapped = applyMapping(mapColumns(plain, [row]), plain, row);
    expect(mapped.fields.email).toEqual(['ada@gmail.com', 'ada@engines.example']);
  });
});
