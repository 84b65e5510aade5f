import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactField, MappedRow } from '../contact.js';
import { normalizeContact } from './normalize-contact.js';

function row(fields: Partial<Record<ContactField, string | string[]>>, custom: MappedRow['custom'] = {}): MappedRow {
  const mapped: MappedRow = { fields: {}, custom };
  for (const [field, value] of Object.entries(fields)) {
    mapped.fields[field as ContactField] = Array.isArray(value) ? value : [value];
  }
  return mapped;
}

describe('normalizeContact phone country from the email domain', () => {
  it('reads a national number by the country of the email domain when the row has no country, and says so', () => {
    const record = normalizeContact(row({ fullName: 'Abigail Murphy', email: 'abigail@valelane.co.uk', phone: '020 79 460 134' }));
    expect(record.phones).toEqual(['+442079460134']);
    expect(record.issues).toEqual([
      { field: 'phone', value: '020 79 460 134', reason: 'no country for this row: read with country GB, from its email domain (.uk); add a Country column or pass --country CC if that is wrong' },
    ]);
    expect(normalizeContact(row({ email: 'max@web.de', phone: '0171 944 3268' })).phones).toEqual(['+491719443268']);
  });

  it('reads nothing from generic-use domains, disagreeing domains, or a number the country does not have', () => {
    const unread = (email: string | string[], phone: string, extra: Partial<Record<ContactField, string>> = {}) => {
      const record = normalizeContact(row({ email, phone, ...extra }));
      return { phones: record.phones, reason: record.issues.find((issue) => issue.field === 'phone')?.reason };
    };
    const noCountry = 'no country code and no country for this row: add a Country column or pass --country CC';
    expect(unread('ceo@startup.io', '020 79 460 134')).toEqual({ phones: [], reason: noCountry });
    expect(unread(['a@firm.co.uk', 'a@firm.de'], '020 79 460 134')).toEqual({ phones: [], reason: noCountry });
    // (617) is a Boston area code: no UK number.
    expect(unread('a@firm.co.uk', '(617) 555-0123')).toEqual({ phones: [], reason: noCountry });
    // The row's own country wins over the email's.
    expect(unread('a@firm.co.uk', '(617) 555-0123', { country: 'United States' })).toEqual({ phones: ['+16175550123'], reason: undefined });
  });
});

describe('normalizeContact', () => {
  it('gives the same record whatever order the row holds its fields in', () => {
    const fields = {
      fullName: 'Jane Doe',
      email: 'jane@acme.com',
      phone: '(213) 373-4253',
      company: 'Acme, Inc.',
      title: 'Head of Sales',
      country: 'US',
      birthDate: '1990-03-15',
    };
    const forward = normalizeContact(row(fields), { defaultCountry: 'US' });
    const backward = normalizeContact(row(Object.fromEntries(Object.entries(fields).reverse())), { defaultCountry: 'US' });
    expect(backward).toStrictEqual(forward);
    expect(forward).toMatchObject({ fullName: 'Jane Doe', phones: ['+12133734253'], companyKey: 'acme', birthDate: '1990-03-15' });
  });

  it('normalizes a typical CRM row', () => {
    const record = normalizeContact(
      row({
        fullName: 'DR. JANE Q. DOE, PHD',
        email: ['info@acme.com; Jane.Doe@Acme.com', 'jane@gmail.com'],
        phone: '+1 (213) 373-4253 ::: 213 373 4254',
        company: 'ACME, INC.',
        title: 'VP Engineering',
        linkedinUrl: 'https://uk.linkedin.com/in/Jane-Doe/?trk=x',
        country: 'United States',
        employees: '51-200',
        technologies: 'Salesforce, HubSpot ::: salesforce',
        tags: 'vip;2024|event',
        birthDate: '03/15/1990',
      }),
    );
    expect(record).toEqual({
      fullName: 'Jane Q. Doe',
      firstName: 'Jane',
      middleName: 'Q.',
      lastName: 'Doe',
      honorific: 'Dr',
      nameSuffix: 'PhD',
      emails: [
        { address: 'jane.doe@acme.com', valid: true, role: false, free: false, disposable: false },
        { address: 'jane@gmail.com', valid: true, role: false, free: true, disposable: false },
        { address: 'info@acme.com', valid: true, role: true, free: false, disposable: false },
      ],
      phones: ['+12133734253', '+12133734254'],
      company: 'Acme, Inc.',
      companyKey: 'acme',
      domain: 'acme.com',
      title: 'VP Engineering',
      seniority: 'vp',
      function: 'engineering',
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe',
      linkedinSlug: 'jane-doe',
      country: 'US',
      employees: 51,
      technologies: ['Salesforce', 'HubSpot'],
      tags: ['vip', '2024', 'event'],
      birthDate: '1990-03-15',
      custom: { employeesRange: { value: '51-200', type: 'text' } },
      issues: [],
    });
  });

  it('joins separate name columns and re-cases them', () => {
    const record = normalizeContact(row({ firstName: 'JAN', lastName: 'VAN DER BERG, PH.D.', fullName: 'Jan Pieter van der Berg' }));
    expect(record).toMatchObject({
      fullName: 'Jan Pieter van der Berg',
      firstName: 'Jan',
      middleName: 'Pieter',
      lastName: 'van der Berg',
      nameSuffix: 'PhD',
    });
  });

  it('keeps the capitals of an acronym in an ALL-CAPS company name and re-cases its words', () => {
    for (const [raw, company, companyKey] of [
      ['BASF SE', 'BASF SE', 'basf'],
      ['KPMG AG', 'KPMG AG', 'kpmg'],
      ['HSBC HOLDINGS PLC', 'HSBC Holdings PLC', 'hsbc holdings'],
      ['ACME WIDGETS LIMITED', 'Acme Widgets Limited', 'acme widgets'],
    ]) {
      expect(normalizeContact(row({ fullName: 'JANE DOE', company: raw }))).toMatchObject({ fullName: 'Jane Doe', company, companyKey });
    }
    expect(normalizeContact(row({ fullName: 'DJ SMITH' }))).toMatchObject({ fullName: 'DJ Smith', firstName: 'DJ', lastName: 'Smith' });
  });

  it('reads an email address in a name column as an email, not as the name', () => {
    const alone = normalizeContact(row({ fullName: 'john.doe@acme.com' }));
    expect(alone.fullName).toBeUndefined();
    expect(alone.firstName).toBeUndefined();
    expect(alone.emails.map((email) => email.address)).toEqual(['john.doe@acme.com']);
    expect(alone.issues).toEqual([{ field: 'fullName', value: 'john.doe@acme.com', reason: 'an email address, not a name: read as an email' }]);
    const bracketed = normalizeContact(row({ fullName: 'Jane Roe <Jane@Roe.io>' }));
    expect([bracketed.fullName, bracketed.firstName, bracketed.lastName]).toEqual(['Jane Roe', 'Jane', 'Roe']);
    expect(bracketed.emails.map((email) => email.address)).toEqual(['jane@roe.io']);
    // an export's display name repeating the row's email: no issue, one email
    const repeated = normalizeContact(row({ fullName: 'info@prime.io', email: 'info@prime.io' }));
    expect(repeated.emails.map((email) => email.address)).toEqual(['info@prime.io']);
    expect([repeated.fullName, repeated.issues]).toEqual([undefined, []]);
    // a name with an @ that is no address stays a name
    expect(normalizeContact(row({ fullName: 'Ana @ Acme' })).fullName).toBe('Ana @ Acme');
  });

  it('keeps phone extensions beside their E.164 numbers, which cannot hold them', () => {
    const record = normalizeContact(row({ fullName: 'Ann Lee', phone: ['(213) 373-4253 ext. 55', '+1 213 373 4254', '213-373-4253 x55'] }), { defaultCountry: 'US' });
    expect(record.phones).toEqual(['+12133734253', '+12133734254']);
    expect(record.custom).toEqual({ phoneExtensions: { value: '+12133734253 ext. 55', type: 'text' } });
    expect(normalizeContact(row({ fullName: 'Ann Lee', phone: '+1 213 373 4254' })).custom).toEqual({});
  });

  it("keeps Outlook's Exchange address apart from the emails, as written, and says once what it is", () => {
    const exchange = '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=0f3a1b2c4d5e4f6a8b9c0d1e2f3a4b5c-Jane Doe';
    const reason = 'Exchange (X.500) address, not an email address: kept in custom.exchangeAddress; export from Outlook with SMTP addresses to get the email';
    const alone = normalizeContact(row({ fullName: 'Jane Doe', email: exchange }, { 'E-mail Type': { value: 'EX', type: 'text' } }));
    expect(alone.emails).toEqual([]);
    expect(alone.custom).toEqual({ exchangeAddress: { value: exchange, type: 'id' }, 'E-mail Type': { value: 'EX', type: 'text' } });
    expect(alone.issues).toEqual([{ field: 'email', value: exchange, reason }]);
    // beside an SMTP address (E-mail 2 Address), and written with its type in front
    const legacy = 'EX:/O=CONTOSO/OU=FIRST ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JDOE';
    const both = normalizeContact(row({ fullName: 'Jane Doe', email: [legacy, 'Jane@Contoso.com', legacy] }));
    expect(both.emails.map((email) => email.address)).toEqual(['jane@contoso.com']);
    expect(both.custom).toEqual({ exchangeAddress: { value: legacy, type: 'id' } });
    expect(both.issues).toEqual([{ field: 'email', value: legacy, reason }]);
    expect(both.domain).toBe('contoso.com');
  });

  it('reads "Last, First" full names', () => {
    expect(normalizeContact(row({ fullName: 'Novák, Jan' }))).toMatchObject({ firstName: 'Jan', lastName: 'Novák', fullName: 'Jan Novák' });
  });

  it('takes the phone default country from the row, else from the options', () => {
    expect(normalizeContact(row({ phone: '777 123 456', country: 'Česko' }), { defaultCountry: 'US' }).phones).toEqual(['+420777123456']);
    expect(normalizeContact(row({ phone: '777 123 456' }), { defaultCountry: 'CZ' }).phones).toEqual(['+420777123456']);
    expect(normalizeContact(row({ phone: '(213) 373-4253', location: 'Austin, TX' })).phones).toEqual(['+12133734253']);
  });

  it('says why a phone number was not kept', () => {
    expect(normalizeContact(row({ phone: '0171 944 3268', country: 'DE' })).phones).toEqual(['+491719443268']);
    expect(normalizeContact(row({ phone: '07700 900 228', country: 'GB' })).issues).toEqual([
      { field: 'phone', value: '07700 900 228', reason: 'not a valid phone number for GB' },
    ]);
  });

  it('reports bad values as issues without throwing', () => {
    const record = normalizeContact(
      row({
        email: 'jane@acme',
        phone: '12; +420 777 123 456',
        birthDate: '31/31/1990',
        connectedOn: 'yesterday',
        linkedinUrl: 'https://example.com/jane',
        employees: 'lots',
      }),
    );
    expect(record.emails).toEqual([{ address: 'jane@acme', valid: false, role: false, free: false, disposable: false }]);
    expect(record.phones).toEqual(['+420777123456']);
    expect(record.birthDate).toBeUndefined();
    expect(record.issues).toEqual([
      { field: 'email', value: 'jane@acme', reason: 'invalid email address' },
      { field: 'phone', value: '12', reason: 'no country code and no country for this row: add a Country column or pass --country CC' },
      { field: 'linkedinUrl', value: 'https://example.com/jane', reason: 'not a LinkedIn profile URL' },
      { field: 'employees', value: 'lots', reason: 'unparseable employee count' },
      { field: 'birthDate', value: '31/31/1990', reason: 'unparseable date' },
      { field: 'connectedOn', value: 'yesterday', reason: 'unparseable date' },
    ]);
  });

  it('derives the domain from the website first, then from a work email', () => {
    expect(normalizeContact(row({ website: 'https://www.acme.co.uk/about', email: 'jane@other.com' })).domain).toBe('acme.co.uk');
    expect(normalizeContact(row({ email: 'jane@gmail.com; jane@mail.acme.io' })).domain).toBe('acme.io');
    expect(normalizeContact(row({ email: 'jane@gmail.com' })).domain).toBeUndefined();
  });

  it('does not take the domain of a website that names another company than the row, or is a personal site', () => {
    const withEmail = normalizeContact(row({ company: 'Cabify', email: 'ana@cabify.com', website: 'https://www.personio.de' }));
    expect(withEmail).toMatchObject({ company: 'Cabify', domain: 'cabify.com', website: 'https://www.personio.de' });
    expect(withEmail.issues).toEqual([expect.objectContaining({ field: 'website', value: 'https://www.personio.de', reason: expect.stringContaining('website personio.de does not match company Cabify') })]);
    // without a work email the site would link the contact to the company holding that domain: the name decides
    const alone = normalizeContact(row({ company: 'Cabify', email: 'ana@gmail.com', website: 'https://www.personio.de' }));
    expect(alone).toMatchObject({ company: 'Cabify', companyKey: 'cabify', website: 'https://www.personio.de' });
    expect(alone.domain).toBeUndefined();
    expect(alone.issues).toHaveLength(1);
    const personal = normalizeContact(row({ company: 'Cabify', email: 'ana@gmail.com', website: 'https://ana.wordpress.com/portfolio' }));
    expect(personal).toMatchObject({ company: 'Cabify', companyKey: 'cabify', website: 'https://ana.wordpress.com/portfolio' });
    expect(personal.domain).toBeUndefined();
    expect(personal.issues).toEqual([expect.objectContaining({ field: 'website', reason: expect.stringContaining('is a site on a shared platform') })]);
    // the website spells the company: unchanged, and nothing to report
    const matching = normalizeContact(row({ company: 'Personio GmbH', email: 'ana@cabify.com', website: 'https://www.personio.de' }));
    expect(matching).toMatchObject({ domain: 'personio.de', issues: [] });
  });

  it('reads a LinkedIn page kept in a website column (Google Contacts) as the LinkedIn URL', () => {
    // Google Contacts: `Website 1 - Value` a profile, `Website 2 - Value` the company's site.
    const google = normalizeContact(row({ website: ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-4a1b2c', 'https://www.siemens.com'] }));
    expect(google).toMatchObject({
      linkedinUrl: 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-4a1b2c',
      linkedinSlug: 'jürgen-müller-4a1b2c',
      website: 'https://www.siemens.com',
      domain: 'siemens.com',
    });
    const multiValue = normalizeContact(row({ website: 'https://uk.linkedin.com/in/Sophie ::: https://www.linkedin.com/company/acme', email: 'sophie@acme.example' }));
    expect(multiValue).toMatchObject({ linkedinUrl: 'https://www.linkedin.com/in/sophie', companyLinkedinUrl: 'https://www.linkedin.com/company/acme', domain: 'acme.example' });
    expect(multiValue.website).toBeUndefined();
    // A LinkedIn column wins over a profile among the websites.
    const both = normalizeContact(row({ linkedinUrl: 'linkedin.com/in/ada', website: 'https://www.linkedin.com/in/someone-else' }));
    expect(both.linkedinUrl).toBe('https://www.linkedin.com/in/ada');
  });

  it('keeps a non-company without a key and drops placeholders', () => {
    expect(normalizeContact(row({ company: 'Self-employed' }))).toMatchObject({ company: 'Self-employed' });
    expect(normalizeContact(row({ company: 'Self-employed' })).companyKey).toBeUndefined();
    expect(normalizeContact(row({ company: 'N/A', email: '-', phone: 'none' }))).toEqual({
      emails: [],
      phones: [],
      technologies: [],
      tags: [],
      custom: {},
      issues: [],
    });
    // Outlook writes an empty date as `0/0/00`, a German Outlook as `0.0.00`.
    expect(normalizeContact(row({ birthDate: '0.0.00', email: 'ada@example.com' })).issues).toEqual([]);
    // Salesforce Web-to-Lead fills the required LastName and Company with `[not provided]`.
    const webToLead = normalizeContact(row({ lastName: '[not provided]', company: '[not provided]', email: 'lead@unknown.example' }));
    expect(webToLead.company).toBeUndefined();
    expect(webToLead.lastName).toBeUndefined();
    expect(webToLead.emails.map((email) => email.address)).toEqual(['lead@unknown.example']);
  });

  it('lets an explicit seniority column win and falls back to the department for the function', () => {
    expect(normalizeContact(row({ title: 'Growth', seniority: 'C suite', department: 'master_marketing' }))).toMatchObject({
      seniority: 'c-level',
      function: 'marketing',
    });
    expect(normalizeContact(row({ title: 'Head of Sales', seniority: 'something' }))).toMatchObject({ seniority: 'director', function: 'sales' });
    expect(normalizeContact(row({ title: 'Specialist', department: 'Engineering' })).function).toBe('engineering');
  });

  it('splits a free-text location into missing fields', () => {
    expect(normalizeContact(row({ location: 'Prague, Czechia' }))).toMatchObject({ city: 'Prague', country: 'CZ' });
    expect(normalizeContact(row({ location: 'San Francisco Bay Area', city: 'Oakland' }))).toMatchObject({ city: 'Oakland', country: 'US' });
    expect(normalizeContact(row({ country: 'Narnia' })).country).toBe('Narnia');
  });

  it('canonicalizes company LinkedIn pages, postcodes and connection dates', () => {
    const record = normalizeContact(
      row({ companyLinkedinUrl: 'linkedin.com/company/Acme/about', postcode: 'sw1a 1aa', connectedOn: '12 Mar 2021' }),
    );
    expect(record).toMatchObject({
      companyLinkedinUrl: 'https://www.linkedin.com/company/acme',
      postcode: 'SW1A1AA',
      connectedOn: '2021-03-12',
    });
  });

  it('flags a cell that a spreadsheet would run as a formula, whatever the field', () => {
    const record = normalizeContact(row({ fullName: '=HYPERLINK("http://evil.example","click")', email: 'mal@lory.io', company: '=1+1' }));
    expect(record.emails[0]?.address).toBe('mal@lory.io');
    expect(record.issues).toEqual([
      { field: 'fullName', value: '=HYPERLINK("http://evil.example","click")', reason: 'looks like a spreadsheet formula: kept as text, neutralized on export' },
      { field: 'company', value: '=1+1', reason: 'looks like a spreadsheet formula: kept as text, neutralized on export' },
    ]);
  });

  it('says a formula in a phone cell is a formula, not a number missing its country', () => {
    const record = normalizeContact(row({ fullName: 'Bob Stone', phone: '=2+5' }));
    expect(record.phones).toEqual([]);
    expect(record.issues.filter((issue) => issue.field === 'phone').map((issue) => issue.reason)).toEqual([
      'looks like a spreadsheet formula: kept as text, neutralized on export',
      'a spreadsheet formula, not a phone number: kept as given in invalidPhones',
    ]);
  });

  it('takes a name column beside only a first-name column as the surname (Vorname;Name, Prénom;Nom, Nombre;Apellidos)', () => {
    const name = (fields: Partial<Record<ContactField, string>>) => {
      const record = normalizeContact(row(fields));
      return [record.fullName, record.firstName, record.middleName, record.lastName];
    };
    // German Excel: "Vorname;Name", the surname under "Name".
    expect(name({ firstName: 'Jürgen', fullName: 'Müller' })).toEqual(['Jürgen Müller', 'Jürgen', undefined, 'Müller']);
    expect(name({ firstName: 'Anna', fullName: 'von Weizsäcker' })).toEqual(['Anna von Weizsäcker', 'Anna', undefined, 'von Weizsäcker']);
    // Spanish: the given names under "Nombre", the surnames in their own column.
    expect(name({ fullName: 'María José', lastName: 'García López' })).toEqual(['María José García López', 'María José', undefined, 'García López']);
    // The name column holds the whole name: only the missing part is taken from it.
    expect(name({ firstName: 'Jürgen', fullName: 'Jürgen Müller' })).toEqual(['Jürgen Müller', 'Jürgen', undefined, 'Müller']);
    expect(name({ firstName: 'JURGEN', fullName: 'MÜLLER, Jürgen' })).toEqual(['Jurgen Müller', 'Jurgen', undefined, 'Müller']);
    expect(name({ firstName: 'Jane', fullName: 'Jane Q. Doe' })).toEqual(['Jane Q. Doe', 'Jane', 'Q.', 'Doe']);
    expect(name({ lastName: 'Doe', fullName: 'Jane Doe' })).toEqual(['Jane Doe', 'Jane', undefined, 'Doe']);
    // The same single word in both columns adds nothing.
    expect(name({ firstName: 'Cher', fullName: 'cher' })).toEqual(['Cher', 'Cher', undefined, undefined]);
  });

  it('keeps a formula in a name cell as the text it is, as its issue says, instead of parsing it into name parts', () => {
    const formula = '=HYPERLINK("http://evil.example","click")';
    const record = normalizeContact(row({ fullName: formula, email: 'mal@lory.io' }));
    expect([record.fullName, record.firstName, record.lastName]).toEqual([formula, undefined, undefined]);
    const parts = normalizeContact(row({ firstName: '=cmd', lastName: 'Lory', email: 'mal@lory.io' }));
    expect([parts.fullName, parts.firstName, parts.lastName]).toEqual(['=cmd Lory', '=cmd', 'Lory']);
  });

  it('flags a function call after +, - or @ as a formula too, but not a phone number, a handle or a plain name', () => {
    const record = normalizeContact(row({ fullName: '+Bob', email: 'bob@lory.io', company: '@SUM(A1)', title: '-VP', phone: '+44 20 7946 0000', notes: '+cmd|\' /C calc\'!A0' }));
    expect(record.issues).toEqual([
      { field: 'company', value: '@SUM(A1)', reason: 'looks like a spreadsheet formula: kept as text, neutralized on export' },
      { field: 'notes', value: "+cmd|' /C calc'!A0", reason: 'looks like a spreadsheet formula: kept as text, neutralized on export' },
    ]);
  });

  it('says when Excel turned a phone number into scientific notation, instead of calling it invalid', () => {
    const reason = 'Excel wrote this number in scientific notation and dropped its last digits: re-export with the phone column formatted as text';
    const record = normalizeContact(row({ fullName: 'Jane Doe', phone: '4.91711E+11', country: 'DE' }, { Mobile: { value: '4,91711E+11', type: 'phone' } }));
    expect(record.phones).toEqual([]);
    expect(record.issues).toEqual([
      { field: 'phone', value: '4.91711E+11', reason },
      { field: 'Mobile', value: '4,91711E+11', reason },
    ]);
  });

  it("reads a row's national phone numbers with the country of its other address when it has no country of its own (Outlook's Home Country)", () => {
    const custom = { 'Home City': { value: 'Lisboa', type: 'address' as const }, 'Home Country': { value: 'Portugal', type: 'address' as const } };
    expect(normalizeContact(row({ fullName: 'Ana Silva', phone: '912 345 678' }, { ...custom })).phones).toEqual(['+351912345678']);
    // The row's address country is its own: it wins over the default country, and the row's country over it.
    expect(normalizeContact(row({ fullName: 'Ana Silva', phone: '912 345 678' }, { ...custom }), { defaultCountry: 'DE' }).phones).toEqual(['+351912345678']);
    expect(normalizeContact(row({ fullName: 'Ana Silva', phone: '030 1234567', country: 'DE' }, { ...custom })).phones).toEqual(['+49301234567']);
  });

  it("keeps Google's birthday without a year (--12-25) apart instead of calling it unparseable", () => {
    const record = normalizeContact(row({ fullName: 'Jane Doe', birthDate: '--12-25' }));
    expect(record.birthDate).toBeUndefined();
    expect(record.custom).toEqual({ birthdayWithoutYear: { value: '--12-25', type: 'text' } });
    expect(record.issues).toEqual([]);
    expect(normalizeContact(row({ fullName: 'Jane Doe', birthDate: '--13-25' })).issues).toEqual([{ field: 'birthDate', value: '--13-25', reason: 'unparseable date' }]);
  });

  it("reads Outlook's empty date 0/0/00 as no date, not as an unparseable one", () => {
    const record = normalizeContact(row({ fullName: 'Hans Muller', birthDate: '0/0/00' }, { Anniversary: { value: '0/0/00', type: 'date' } }));
    expect(record.birthDate).toBeUndefined();
    expect(record.custom).toEqual({});
    expect(record.issues).toEqual([]);
  });

  it('normalizes custom values by type', () => {
    const record = normalizeContact(
      row({ country: 'CZ' }, {
        'Work email': { value: ' Jane@Acme.COM ', type: 'email' },
        Mobile: { value: '777 123 456', type: 'phone' },
        Since: { value: '15.03.2020', type: 'date' },
        PSC: { value: '110 00', type: 'postcode' },
        Nickname: { value: '  Bobby   B ', type: 'name' },
        Empty: { value: '  ', type: 'text' },
        Broken: { value: 'not a date', type: 'date' },
      }),
    );
    expect(record.custom).toEqual({
      'Work email': { value: 'jane@acme.com', type: 'email' },
      Mobile: { value: '+420777123456', type: 'phone' },
      Since: { value: '2020-03-15', type: 'date' },
      PSC: { value: '11000', type: 'postcode' },
      Nickname: { value: 'Bobby B', type: 'name' },
      Broken: { value: 'not a date', type: 'date' },
    });
    expect(record.issues).toEqual([{ field: 'Broken', value: 'not a date', reason: 'unparseable date' }]);
  });

  it('never throws on arbitrary input', () => {
    const fieldNames: ContactField[] = ['fullName', 'firstName', 'lastName', 'email', 'phone', 'company', 'title', 'website', 'linkedinUrl', 'country', 'location', 'employees', 'birthDate', 'tags'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fieldNames), fc.array(fc.string(), { maxLength: 2 })), (fields) => {
        expect(() => normalizeContact({ fields, custom: {} }, { defaultCountry: 'US' })).not.toThrow();
      }),
    );
  });
});
