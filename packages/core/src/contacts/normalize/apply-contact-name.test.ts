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

  it('completes a missing part from a family-name-first full name, keeping its written order', () => {
    const wang = { fullName: '王小明', firstName: '小明', middleName: undefined, lastName: '王' };
    expect(nameOf({ fullName: '王小明', firstName: '小明' })).toEqual(wang);
    expect(nameOf({ fullName: '王小明', lastName: '王' })).toEqual(wang);
    const kim = { fullName: '김민준', firstName: '민준', middleName: undefined, lastName: '김' };
    expect(nameOf({ fullName: '김민준', firstName: '민준' })).toEqual(kim);
    expect(nameOf({ fullName: '김민준', lastName: '김' })).toEqual(kim);
    const an = { fullName: 'Nguyễn Văn An', firstName: 'An', middleName: 'Văn', lastName: 'Nguyễn' };
    expect(nameOf({ fullName: 'Nguyễn Văn An', firstName: 'An' })).toEqual(an);
    expect(nameOf({ fullName: 'Nguyễn Văn An', lastName: 'Nguyễn' })).toEqual(an);
    const taro = { fullName: '山田 太郎', firstName: '太郎', middleName: undefined, lastName: '山田' };
    expect(nameOf({ fullName: '山田 太郎', firstName: '太郎' })).toEqual(taro);
    expect(nameOf({ fullName: '山田 太郎', lastName: '山田' })).toEqual(taro);
    // A Japanese name kept whole when it stands alone: the first-name column says where the family name ends.
    expect(nameOf({ fullName: '田中翔', firstName: '翔', email: 'sho@acme.co.jp' })).toMatchObject({ firstName: '翔', lastName: '田中' });
    expect(nameOf({ fullName: 'Jane Doe', firstName: 'Jane' })).toEqual({ fullName: 'Jane Doe', firstName: 'Jane', middleName: undefined, lastName: 'Doe' });
    expect(nameOf({ fullName: 'Mary Ann Smith', firstName: 'Mary Ann' })).toEqual({
      fullName: 'Mary Ann Smith',
      firstName: 'Mary Ann',
      middleName: undefined,
      lastName: 'Smith',
    });
  });

  it('splits a Chinese name written without a space, unless the row looks Japanese', () => {
    const whole = { fullName: '田中翔', firstName: undefined, middleName: undefined, lastName: undefined };
    expect(nameOf({ fullName: '王小明', email: 'wang@acme.cn' })).toEqual({ fullName: '王小明', firstName: '小明', middleName: undefined, lastName: '王' });
    expect(nameOf({ fullName: '田中翔', email: 'sho@acme.cn' })).toMatchObject({ firstName: '中翔', lastName: '田' });
    expect(nameOf({ fullName: '田中翔', email: 'tanaka@acme.co.jp' })).toEqual(whole);
    expect(nameOf({ fullName: '田中翔', website: 'https://www.acme.jp/team' })).toEqual(whole);
    expect(nameOf({ fullName: '田中翔', country: 'Japan' })).toEqual(whole);
    expect(nameOf({ fullName: '田中翔', location: 'Osaka, Japan' })).toEqual(whole);
    expect(nameOf({ fullName: '田中翔', company: 'ソニー株式会社' })).toEqual(whole);
    expect(nameOf({ fullName: '田中翔', phone: '+81 3-1234-5678' })).toEqual(whole);
    // A Japanese row's Hangul name is read as Korean all the same; a Chinese row is not Japanese for its .jpg photo.
    expect(nameOf({ fullName: '김민준', country: 'JP' })).toMatchObject({ firstName: '민준', lastName: '김' });
    expect(nameOf({ fullName: '王小明', website: 'https://acme.cn/wang.jpg' })).toMatchObject({ firstName: '小明', lastName: '王' });
  });
});
