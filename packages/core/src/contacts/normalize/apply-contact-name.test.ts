import { describe, expect, it } from 'vitest';
import type { ContactField, MappedRow } from '../contact.js';
import { normalizeContact } from './normalize-contact.js';

function row(fields: Partial<Record<ContactField, string>>): MappedRow {
  const mapped: MappedRow = { fields: {}, custom: {} };
  for (const [field, value] of Object.entries(fields)) mapped.fields[field as ContactField] = [value];
  return mapped;
}

function nameOf(fields: Partial<Record<ContactField, string>>): Record<string, string | undefined> {
  const record = normalizeContact(row(fields));
  return { fullName: record.fullName, firstName: record.firstName, middleName: record.middleName, lastName: record.lastName };
}

describe('applyName (through normalizeContact)', () => {
  it('splits a family-name-first full name when it is the only name column', () => {
    expect(nameOf({ fullName: '김민준' })).toEqual({ fullName: '김민준', firstName: '민준', middleName: undefined, lastName: '김' });
    expect(nameOf({ fullName: 'Nguyễn Văn An' })).toEqual({ fullName: 'Nguyễn Văn An', firstName: 'An', middleName: 'Văn', lastName: 'Nguyễn' });
  });

  it('keeps separate first and last columns as given, whatever order the full name is written in', () => {
    // A diaspora list: the columns say the given name is Nguyen; they win over the full-name cell.
    expect(nameOf({ fullName: 'Nguyễn Văn An', firstName: 'Nguyễn', lastName: 'An' })).toMatchObject({ firstName: 'Nguyễn', lastName: 'An' });
  });

  it('keeps the written order of a full name beside the same parts, as Compound export writes them', () => {
    expect(nameOf({ fullName: 'Nguyễn Văn An', firstName: 'An', lastName: 'Nguyễn' })).toEqual({
      fullName: 'Nguyễn Văn An',
      firstName: 'An',
      middleName: 'Văn',
      lastName: 'Nguyễn',
    });
    expect(nameOf({ fullName: '김민준', firstName: '민준', lastName: '김' })).toEqual({ fullName: '김민준', firstName: '민준', middleName: undefined, lastName: '김' });
    expect(nameOf({ fullName: 'Jane Quinn Doe', firstName: 'Jane', lastName: 'Doe' })).toMatchObject({ fullName: 'Jane Quinn Doe', middleName: 'Quinn' });
  });
});
