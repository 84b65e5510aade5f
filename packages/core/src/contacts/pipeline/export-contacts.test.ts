import { describe, expect, it } from 'vitest';
import type { StoredContact } from '../../store/store.js';
import type { ContactField, MappedRow } from '../contact.js';
import { normalizeContact } from '../normalize/normalize-contact.js';
import { contactsToCsv, toExportedContacts } from './export-contacts.js';

/** A stored contact of one row, normalized as the import does it. */
function contactOf(id: string, fields: Partial<Record<ContactField, string[]>>): StoredContact {
  const mapped: MappedRow = { fields, custom: {} };
  return {
    id,
    record: normalizeContact(mapped),
    values: {},
    sources: [{ source: 'import', file: 'list.csv', row: 1, at: '2026-01-01T00:00:00.000Z' }],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** The CSV's rows as objects by header, for a CSV without quoted commas or line breaks in its cells. */
function rowsOf(csv: string): Record<string, string>[] {
  const [header = '', ...lines] = csv.trim().split('\r\n');
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [columns[index], cell])));
}

const ann = contactOf('ct_ann', {
  honorific: ['Dr.'],
  firstName: ['Ann'],
  middleName: ['Marie'],
  lastName: ['Lee'],
  nameSuffix: ['PhD'],
  email: ['ann@acme.com'],
  // A US number without a country: normalization cannot read it and keeps it as an issue only.
  phone: ['(415) 555-0101', '+44 20 7946 0958', 'call me'],
  department: ['Engineering'],
  tags: ['vip; beta | 2026'],
  notes: ['Met at SaaStr'],
  birthDate: ['1980-03-04'],
  connectedOn: ['15 Jan 2024'],
});

describe('toExportedContacts and contactsToCsv', () => {
  it('exports every value the import stored: name parts, department, tags, notes, dates and unreadable phones', () => {
    const [row] = toExportedContacts([ann], () => undefined);
    expect(row).toMatchObject({
      middleName: 'Marie',
      honorific: 'Dr',
      nameSuffix: 'PhD',
      department: 'Engineering',
      tags: 'vip; beta; 2026',
      notes: 'Met at SaaStr',
      birthDate: '1980-03-04',
      connectedOn: '2024-01-15',
      phone: '+442079460958',
      otherPhones: '',
      invalidPhones: '(415) 555-0101; call me',
    });
    const [csvRow] = rowsOf(contactsToCsv([row!]));
    expect(csvRow).toMatchObject({
      middleName: 'Marie',
      honorific: 'Dr',
      nameSuffix: 'PhD',
      department: 'Engineering',
      tags: 'vip; beta; 2026',
      notes: 'Met at SaaStr',
      birthDate: '1980-03-04',
      connectedOn: '2024-01-15',
      invalidPhones: '(415) 555-0101; call me',
    });
  });

  it('exports technologies, street, postcode, the list\'s own id and the company LinkedIn URL, which fit and re-import need', () => {
    const cy = contactOf('ct_cy', {
      fullName: ['Cy Ng'],
      technologies: ['HubSpot, Salesforce'],
      street: ['1 Main St'],
      postcode: ['94105'],
      externalId: ['crm-42'],
      companyLinkedinUrl: ['linkedin.com/company/acme'],
    });
    const [row] = toExportedContacts([cy], () => undefined);
    expect(row).toMatchObject({ id: 'ct_cy', technologies: 'HubSpot; Salesforce', street: '1 Main St', postcode: '94105', externalId: 'crm-42' });
    expect(row?.companyLinkedinUrl).toMatch(/^https:\/\/www\.linkedin\.com\/company\/acme/);
    const [csvRow] = rowsOf(contactsToCsv([row!]));
    expect(csvRow).toMatchObject({ technologies: 'HubSpot; Salesforce', street: '1 Main St', postcode: '94105', externalId: 'crm-42', companyLinkedinUrl: row?.companyLinkedinUrl });
  });

  it('gives an empty cell, not "undefined", for a contact without those values', () => {
    const [row] = toExportedContacts([contactOf('ct_bob', { fullName: ['Bob Stone'], email: ['bob@shop.io'] })], () => undefined);
    for (const column of ['middleName', 'honorific', 'nameSuffix', 'department', 'tags', 'notes', 'birthDate', 'connectedOn', 'invalidPhones', 'technologies', 'externalId', 'street', 'postcode', 'companyLinkedinUrl'] as const) {
      expect(row?.[column]).toBe('');
    }
  });

  it('leaves the name empty for a contact without one: the email is in its own column, and an import would read it as a name', () => {
    const info = contactOf('ct_info', { email: ['info@acme.com'] });
    const joined = contactOf('ct_parts', { firstName: ['Ann'], lastName: ['Lee'] });
    delete joined.record.fullName;
    const [infoRow, partsRow] = toExportedContacts([info, joined], () => undefined);
    expect(infoRow).toMatchObject({ name: '', email: 'info@acme.com' });
    expect(partsRow?.name).toBe('Ann Lee');
    expect(rowsOf(contactsToCsv([infoRow!]))[0]).toMatchObject({ name: '', email: 'info@acme.com' });
  });

  it('lists an unreadable phone once, though a merged contact carries it from several rows', () => {
    const merged = contactOf('ct_merged', { fullName: ['Eve Adams'], phone: ['555-0101'] });
    merged.record.issues.push(...contactOf('ct_other', { phone: [' 555-0101 '] }).record.issues);
    expect(merged.record.issues.filter((issue) => issue.field === 'phone')).toHaveLength(2);
    expect(toExportedContacts([merged], () => undefined)[0]?.invalidPhones).toBe('555-0101');
    const formula = contactOf('ct_formula', { fullName: ['Mal Lory'], phone: ['=HYPERLINK("http://evil.example")'] });
    expect(toExportedContacts([formula], () => undefined)[0]?.invalidPhones).toBe('=HYPERLINK("http://evil.example")');
  });

  it('keeps every earlier column where it was, the new ones after invalidEmails and the custom ones last', () => {
    const withCustom = contactOf('ct_custom', { fullName: ['Cy Ng'] });
    withCustom.record.custom['Shoe size'] = { value: 'EU 42', type: 'text' };
    const header = contactsToCsv(toExportedContacts([withCustom], () => undefined)).split('\r\n')[0];
    expect(header).toBe(
      [
        'id,name,firstName,lastName,email,otherEmails,phone,otherPhones,title,seniority,function,company,domain,industry,employees,',
        'linkedinUrl,city,region,country,fit,reasons,sources,invalidEmails,',
        'invalidPhones,middleName,honorific,nameSuffix,department,tags,notes,birthDate,connectedOn,',
        'technologies,externalId,street,postcode,companyLinkedinUrl,website,custom:Shoe size',
      ].join(''),
    );
  });

  it('writes a custom column custom(TYPE):NAME only when the import would not sniff the type back, with the type most contacts give it', () => {
    const contacts = ['00123', '00456', '00789'].map((badge, index) => {
      const contact = contactOf(`ct_${index}`, { fullName: [`Person ${index}`], website: ['https://www.acme.com/team'] });
      contact.record.custom['Badge'] = { value: badge, type: index === 2 ? 'id' : 'text' };
      contact.record.custom['Personal email'] = { value: `p${index}@gmail.com`, type: 'email' };
      return contact;
    });
    const exported = toExportedContacts(contacts, () => undefined);
    expect(exported[0]).toMatchObject({ website: 'https://www.acme.com/team', domain: 'acme.com', customTypes: { Badge: 'text', 'Personal email': 'email' } });
    const header = contactsToCsv(exported).split('\r\n')[0];
    expect(header).toMatch(/,companyLinkedinUrl,website,custom\(text\):Badge,custom:Personal email$/);
  });

  it('neutralizes formulas in every new text column', () => {
    const evil = contactOf('ct_evil', { fullName: ['Mal Lory'], phone: ['=cmd|calc'], tags: ['=1+1'] });
    // Set directly: the normalizer drops some of these (an honorific must look like one), the export must not trust that.
    Object.assign(evil.record, { middleName: '=cmd', honorific: '@SUM(A1)', nameSuffix: '-2+3', department: '+cmd|calc', notes: '=x', birthDate: '=1', connectedOn: '=2' });
    const exported = toExportedContacts([evil], () => undefined);
    const [row] = rowsOf(contactsToCsv(exported));
    expect(row).toMatchObject({
      middleName: "'=cmd",
      honorific: "'@SUM(A1)",
      nameSuffix: "'-2+3",
      department: "'+cmd|calc",
      tags: "'=1+1",
      notes: "'=x",
      birthDate: "'=1",
      connectedOn: "'=2",
      // The phone cell split on `|`: both parts unreadable, the first one a formula.
      invalidPhones: "'=cmd; calc",
    });
    const notes = contactsToCsv([{ ...exported[0]!, notes: '=HYPERLINK("http://evil.example","click")\nsecond line' }]);
    expect(notes).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")\nsecond line"`);
  });
});
