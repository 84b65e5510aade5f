import { describe, expect, it } from 'vitest';
import { contactsToCsv } from '../pipeline/export-contacts.js';
import { mapColumns } from './map-columns.js';
import { recognizeExportFormat } from './recognize-export-format.js';

// Header lists from ../shared/data/exports/HEADERS.md.
const csv = (line: string) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '').trim());

const headers: Record<string, string[]> = {
  'linkedin-connections': csv('First Name,Last Name,URL,Email Address,Company,Position,Connected On'),
  'google-contacts': csv(
    'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address',
  ),
  'google-contacts-legacy': csv(
    'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value',
  ),
  'outlook-desktop': csv(
    `"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title","Business Street","Business Street 2","Business Street 3","Business City","Business State","Business Postal Code","Business Country/Region","Home Street","Home Street 2","Home Street 3","Home City","Home State","Home Postal Code","Home Country/Region","Other Street","Other Street 2","Other Street 3","Other City","Other State","Other Postal Code","Other Country/Region","Assistant's Phone","Business Fax","Business Phone","Business Phone 2","Callback","Car Phone","Company Main Phone","Home Fax","Home Phone","Home Phone 2","ISDN","Mobile Phone","Other Fax","Other Phone","Pager","Primary Phone","Radio Phone","TTY/TDD Phone","Telex","Account","Anniversary","Assistant's Name","Billing Information","Birthday","Business Address PO Box","Categories","Children","Directory Server","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","E-mail 2 Type","E-mail 2 Display Name","E-mail 3 Address","E-mail 3 Type","E-mail 3 Display Name","Gender","Government ID Number","Hobby","Home Address PO Box","Initials","Internet Free Busy","Keywords","Language","Location","Manager's Name","Mileage","Notes","Office Location","Organizational ID Number","Other Address PO Box","Priority","Private","Profession","Referred By","Sensitivity","Spouse","User 1","User 2","User 3","User 4","Web Page"`,
  ),
  'outlook-com': csv(
    "Title,First Name,Middle Name,Last Name,Suffix,Given Name Yomi,Family Name Yomi,Home Street,Home City,Home State,Home Postal Code,Home Country,Company,Department,Job Title,Office Location,Business Street,Business City,Business State,Business Postal Code,Business Country,Other Street,Other City,Other State,Other Postal Code,Other Country,Assistant's Phone,Business Fax,Business Phone,Business Phone 2,Callback,Car Phone,Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,Mobile Phone,Other Fax,Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Anniversary,Birthday,E-mail Address,E-mail Type,E-mail 2 Address,E-mail 2 Type,E-mail 3 Address,E-mail 3 Type,Notes,Spouse,Web Page",
  ),
  hubspot: csv(
    '"Record ID","First Name","Last Name","Email","Phone Number","Contact owner","Primary Associated Company ID","Last Activity Date","Lead Status","Marketing contact status","Create Date","Associated Company"',
  ),
  salesforce: csv(
    'Id, IsDeleted, MasterRecordId, LastName, FirstName, Salutation, MiddleName, Suffix, Name, Title, Company, Street, City, State, PostalCode, Country, Latitude, Longitude, Phone, MobilePhone, Fax, Email, Website, PhotoUrl, Description, LeadSource, Status, Industry, Rating, AnnualRevenue, NumberOfEmployees, OwnerId, HasOptedOutOfEmail, IsConverted, ConvertedDate',
  ),
  'salesforce-report': csv(
    'Lead Owner, First Name, Last Name, Title, Company / Account, Email, Phone, Mobile, Lead Source, Lead Status, Rating, Industry, Street, City, State/Province, Zip/Postal Code, Country, Create Date, Last Activity',
  ),
  apollo: csv(
    'First Name,Last Name,Title,Company,Company Name for Emails,Email,Email Status,Seniority,First Phone,Work Direct Phone,Mobile Phone,Corporate Phone,# Employees,Industry,Person Linkedin Url,Website,Company Linkedin Url,Twitter Url,City,State,Country',
  ),
  lemlist: csv(
    'email,companyName,phone,campaigns,owner,leadStatus,addedToLemlist,firstContactedDate,lastContactedDate,firstLeadLaunchedDate,lastLeadLaunchedDate,lastRepliedDate,lastLeadMarkedAsInterestedDate,isActiveInCampaigns,emailDeliverability,emailVerificationDate',
  ),
};

describe('recognizeExportFormat', () => {
  for (const [format, header] of Object.entries(headers)) {
    it(`recognizes ${format}`, () => {
      const result = recognizeExportFormat(header);
      expect(result.format).toBe(format);
      expect(result.confidence).toBeGreaterThanOrEqual(0.6);
    });
  }

  it('recognizes an Apollo fixture subset and the HubSpot all-properties export prefix', () => {
    expect(recognizeExportFormat(csv('First Name,Last Name,Title,Company,Company Name for Emails,Email,Email Status,Seniority,Departments,Person Linkedin Url,Website,Company Linkedin Url,# Employees,Country')).format).toBe('apollo');
    const hubspotAll = csv('"Record ID","First Name","Last Name","Annual Revenue","Average Pageviews","Became a Customer Date","City","Company Name","Contact owner","Create Date","Email","Job Title","Lead Status","Lifecycle Stage","Phone Number","höbbela"');
    expect(recognizeExportFormat(hubspotAll).format).toBe('hubspot');
  });

  it("recognizes Compound's own export and maps each column back to the field it came from", () => {
    const header = csv(contactsToCsv([]).trim());
    expect(recognizeExportFormat(header)).toEqual({ format: 'compound', confidence: 1 });
    const row = header.map(() => '');
    const mapping = mapColumns(header, [row]);
    const fields = Object.fromEntries(mapping.columns.map((column) => [column.column, column.field]));
    expect(fields).toMatchObject({
      id: 'derived',
      externalId: 'externalId',
      technologies: 'technologies',
      street: 'street',
      postcode: 'postcode',
      companyLinkedinUrl: 'companyLinkedinUrl',
      name: 'fullName',
      otherEmails: 'email',
      otherPhones: 'phone',
      invalidEmails: 'email',
      invalidPhones: 'phone',
      // Computed from the website and the emails, which the export writes too.
      domain: 'derived',
      website: 'website',
      linkedinUrl: 'linkedinUrl',
      tags: 'tags',
      connectedOn: 'connectedOn',
      fit: 'derived',
      reasons: 'derived',
      sources: 'derived',
      function: 'derived',
    });
  });

  it("reads the domain of an export written before the website column as the website, and a typed custom column with its type", () => {
    const header = csv(contactsToCsv([]).trim()).filter((column) => column !== 'website');
    header.push('custom(text):Code', 'custom(nonsense):Other', 'custom:Plain');
    expect(recognizeExportFormat(header).format).toBe('compound');
    const row = header.map((column) => (column === 'custom(text):Code' ? '12345' : ''));
    const byColumn = Object.fromEntries(mapColumns(header, [row, row, row]).columns.map((column) => [column.column, column]));
    expect(byColumn['domain']).toMatchObject({ field: 'website' });
    expect(byColumn['custom(text):Code']).toMatchObject({ field: 'custom', key: 'Code', type: 'text', source: 'format' });
    // Not a field type: the header is a column like any other, kept whole.
    expect(byColumn['custom(nonsense):Other']).toMatchObject({ field: 'custom', key: 'custom(nonsense):Other' });
    expect(byColumn['custom:Plain']).toMatchObject({ field: 'custom', key: 'Plain' });
    // `--field` wins over the header's type.
    const typed = mapColumns(header, [row], { fieldTypes: { 'custom(text):Code': 'id' } });
    expect(typed.columns.find((column) => column.column === 'custom(text):Code')).toMatchObject({ type: 'id', key: 'Code' });
  });

  it('recognizes a German Outlook export and maps its business address, phones and categories', () => {
    const header = csv(
      '"Anrede","Vorname","Weitere Vornamen","Nachname","Suffix","Firma","Abteilung","Position","Straße geschäftlich","Straße geschäftlich 2","Ort geschäftlich","Region geschäftlich","Postleitzahl geschäftlich","Land/Region geschäftlich","Straße privat","Ort privat","Postleitzahl privat","Land/Region privat","Fax geschäftlich","Telefon geschäftlich","Mobiltelefon","Telefon privat","Geburtstag","Kategorien","E-Mail-Adresse","E-Mail-Typ","E-Mail: Angezeigter Name","E-Mail 2: Adresse","Notizen","Webseite","Geschlecht","Priorität","Vertraulichkeit","Privat"',
    );
    expect(recognizeExportFormat(header)).toEqual({ format: 'outlook-desktop-de', confidence: 1 });
    const row = ['Herr', 'Klaus', '', 'Wagner', '', 'Bosch GmbH', 'Einkauf', 'Leiter Einkauf', 'Robert-Bosch-Platz 1', '', 'Gerlingen', 'BW', '70839', 'Deutschland', 'Hauptstr. 5', 'Stuttgart', '70173', 'Deutschland', '0711 811-0', '0711 811-1234', '0172 9876543', '', '12.04.1975', 'Lieferanten', 'klaus.wagner@de.bosch.com', 'SMTP', 'Klaus Wagner', '', '', 'www.bosch.de', 'Männlich', 'Normal', 'Normal', 'Aus'];
    const mapping = mapColumns(header, [row]);
    const fields = Object.fromEntries(mapping.columns.map((column) => [column.column, column.type ? `${column.field}:${column.type}` : column.field]));
    expect(fields).toMatchObject({
      'Straße geschäftlich': 'street',
      'Ort geschäftlich': 'city',
      'Postleitzahl geschäftlich': 'postcode',
      'Land/Region geschäftlich': 'country',
      'Ort privat': 'custom:address',
      'Postleitzahl privat': 'custom:postcode',
      'Telefon geschäftlich': 'phone',
      'Telefon privat': 'phone',
      'Fax geschäftlich': 'custom:phone',
      Kategorien: 'tags',
      'E-Mail 2: Adresse': 'email',
    });
    expect(mapping.columns.filter((column) => column.confidence < 0.6).map((column) => column.column)).toEqual([]);
  });

  it('answers unknown for generic or empty headers', () => {
    expect(recognizeExportFormat(['First Name', 'Last Name', 'Email', 'Company'])).toMatchObject({ format: 'unknown' });
    expect(recognizeExportFormat(['rec_id', 'given_name', 'surname'])).toMatchObject({ format: 'unknown' });
    expect(recognizeExportFormat([])).toEqual({ format: 'unknown', confidence: 0 });
  });
});
