import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMapping, mapColumns, type ColumnMapping } from './map-columns.js';
import { readDelimited } from './parse-delimited.js';

const dedupData = new URL('../../../../../../shared/data/dedup/', import.meta.url);

const fieldsOf = (mapping: ColumnMapping) => Object.fromEntries(mapping.columns.map((column) => [column.column, column.type ? `${column.field}:${column.type}` : column.field]));

async function sampleOf(name: string) {
  const file = await readDelimited({ path: new URL(name, dedupData).pathname });
  const rows: string[][] = [];
  for await (const row of file.rows()) if (rows.length < 200) rows.push(row.cells);
  return { header: file.header, rows };
}

describe('mapColumns', () => {
  it('maps Google Contacts with its table', () => {
    const header = ['First Name', 'Last Name', 'Organization Name', 'Organization Title', 'E-mail 1 - Label', 'E-mail 1 - Value', 'E-mail 2 - Value', 'Phone 1 - Value', 'Labels'];
    const mapping = mapColumns(header, [['Ada', 'Lovelace', 'Engines Ltd', 'CTO', '* Work', 'ada@example.com', 'ada@home.example', '+44 20 7946 0000', '* myContacts']]);
    expect(mapping.format).toBe('google-contacts');
    expect(fieldsOf(mapping)).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Organization Name': 'company',
      'Organization Title': 'title',
      'E-mail 1 - Label': 'custom:text',
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      Labels: 'tags',
    });
    expect(mapping.columns[5]).toMatchObject({ confidence: 1, source: 'format' });
  });

  it('does not let Apollo "Company Name for Emails" win over "Company"', () => {
    const header = ['First Name', 'Last Name', 'Title', 'Company', 'Company Name for Emails', 'Email', '# Employees', 'Person Linkedin Url'];
    const row = ['Ada', 'Lovelace', 'VP Sales', 'Analytical Engines Inc', 'Analytical Engines', 'ada@example.com', '120', 'http://www.linkedin.com/in/ada'];
    const mapping = mapColumns(header, [row]);
    expect(mapping.format).toBe('apollo');
    expect(fieldsOf(mapping)).toMatchObject({ Company: 'company', 'Company Name for Emails': 'custom:text', '# Employees': 'employees', 'Person Linkedin Url': 'linkedinUrl' });
    expect(applyMapping(mapping, header, row).fields.company).toEqual(['Analytical Engines Inc']);
    // Without format recognition the generic names keep the same rule.
    expect(fieldsOf(mapColumns(['Company', 'Company Name for Emails'], [], { format: 'unknown' }))).toEqual({ Company: 'company', 'Company Name for Emails': 'custom:text' });
  });

  it("maps Outlook's phones, email and web page; its Title is the honorific", () => {
    const header = ['Title', 'First Name', 'Job Title', 'Company', 'Business Phone', 'Mobile Phone', 'Business Fax', 'E-mail Address', 'E-mail Display Name', 'Web Page', 'Business Country/Region'];
    const mapping = mapColumns(header, [['Dr.', 'Ada', 'CTO', 'Engines', '+1 415 555 0100', '+1 415 555 0101', '+1 415 555 0102', 'ada@example.com', 'Ada (ada@example.com)', 'https://engines.example', 'United States']]);
    expect(mapping.format).toBe('outlook-desktop');
    expect(fieldsOf(mapping)).toMatchObject({
      Title: 'honorific',
      'Job Title': 'title',
      'Business Phone': 'phone',
      'Mobile Phone': 'phone',
      'Business Fax': 'custom:phone',
      'E-mail Address': 'email',
      'Web Page': 'website',
      'Business Country/Region': 'country',
    });
  });

  it('maps generic synonyms, case/underscore/punctuation-insensitively', () => {
    const header = ['FNAME', 'Family-Name', 'Date_of_Birth', 'Town', 'Province', 'Post Code', 'Street', 'Organisation', 'Role', 'LinkedIn', 'Headcount', 'Contact ID', 'Work Email', 'Email 2'];
    expect(fieldsOf(mapColumns(header, []))).toEqual({
      FNAME: 'firstName',
      'Family-Name': 'lastName',
      Date_of_Birth: 'birthDate',
      Town: 'city',
      Province: 'region',
      'Post Code': 'postcode',
      Street: 'street',
      Organisation: 'company',
      Role: 'title',
      LinkedIn: 'linkedinUrl',
      Headcount: 'employees',
      'Contact ID': 'externalId',
      'Work Email': 'email',
      'Email 2': 'email',
    });
  });

  it('uses content: emails in an oddly named column, and lowers confidence when content contradicts the name', () => {
    const rows = [
      ['ada@example.com', '+44 20 7946 0000', 'x'],
      ['grace@example.com', '+1 415 555 0100', 'y'],
      ['alan@example.com', '+33 1 23 45 67 89', 'z'],
    ];
    const mapping = mapColumns(['Reach me', 'Email', 'Profile'], rows);
    expect(mapping.columns[0]).toMatchObject({ field: 'email', source: 'content' });
    expect(mapping.columns[0]?.confidence).toBeLessThan(0.9);
    expect(mapping.columns[1]).toMatchObject({ field: 'email' });
    expect(mapping.columns[1]?.confidence).toBeLessThan(0.6);
    expect(mapping.columns[1]?.reason).toMatch(/check this column/);
    const confirmed = mapColumns(['Email'], rows.map((row) => [row[0] as string])).columns[0];
    expect(confirmed?.confidence).toBeGreaterThan(0.9);
    expect(mapColumns(['URL'], [['https://www.linkedin.com/in/ada'], ['https://uk.linkedin.com/in/grace']]).columns[0]?.field).toBe('linkedinUrl');
  });

  it('keeps a yes/no flag named after an email or phone (Salesforce HasOptedOutOfEmail) as a custom column', () => {
    const salesforce = mapColumns(
      ['Id', 'IsDeleted', 'LastName', 'FirstName', 'Email', 'HasOptedOutOfEmail', 'DoNotCall', 'OwnerId'],
      [['00Q1', 'false', 'Smith', 'John', 'js@globex.com', 'false', 'false', '005A']],
    );
    expect(salesforce.format).toBe('salesforce');
    expect(fieldsOf(salesforce)).toMatchObject({ Email: 'email', HasOptedOutOfEmail: 'custom:text' });
    const report = mapColumns(['Email', 'Email Opt Out', 'Mobile Phone', 'Unsubscribed From All Email'], [
      ['a@b.com', 'Yes', '+1 415 555 0101', 'no'],
      ['c@d.com', 'No', '', 'TRUE'],
    ]);
    expect(fieldsOf(report)).toEqual({ Email: 'email', 'Email Opt Out': 'custom:text', 'Mobile Phone': 'phone', 'Unsubscribed From All Email': 'custom:text' });
  });

  it('keeps checkboxes written as 0 and 1 (a Salesforce weekly Data Export) out of the email and phone fields', () => {
    const header = ['Id', 'LastName', 'FirstName', 'Email', 'HasOptedOutOfEmail', 'HasOptedOutOfFax', 'DoNotCall', 'IsUnreadByOwner', 'Phone'];
    const rows = [
      ['00Q1', 'Davis', 'Noah', 'noah@maplelabs.ca', '0', '0', '0', '1', '(416) 555-0143'],
      ['00Q2', 'Rossi', 'Giulia', 'giulia.rossi@ferrero.com', '1', '0', '1', '0', '+39 0173 295111'],
      ['00Q3', 'Wright', 'Ethan', 'ethan@globex.example', '0', '1', '0', '0', ''],
    ];
    const salesforce = mapColumns(header, rows);
    expect(salesforce.format).toBe('salesforce');
    expect(fieldsOf(salesforce)).toMatchObject({ Email: 'email', HasOptedOutOfEmail: 'custom:text', HasOptedOutOfFax: 'custom:text', DoNotCall: 'custom:text', Phone: 'phone' });
    // Without the format's table (a custom report), the 0/1 values still say it is a flag.
    const generic = mapColumns(['Email', 'Opted Out Of Email'], rows.map((row) => [row[3] as string, row[4] as string]));
    expect(fieldsOf(generic)).toEqual({ Email: 'email', 'Opted Out Of Email': 'custom:text' });
  });

  it("keeps HubSpot's IP location columns apart from the contact's own city and country", () => {
    const mapping = mapColumns(
      ['Record ID', 'First Name', 'Last Name', 'Email', 'City', 'Country/Region', 'IP City', 'IP Country', 'IP State/Region', 'Lifecycle Stage', 'Lead Status'],
      [['501', 'Jane', 'Doe', 'jane@acme.io', '', '', 'Ashburn', 'Germany', 'Virginia', 'Lead', 'New']],
    );
    expect(mapping.format).toBe('hubspot');
    expect(fieldsOf(mapping)).toMatchObject({ City: 'city', 'Country/Region': 'country', 'IP City': 'custom:text', 'IP Country': 'custom:text', 'IP State/Region': 'custom:text' });
  });

  it('maps German and French headers (localized Outlook and Excel exports)', () => {
    const german = mapColumns(
      ['Vorname', 'Nachname', 'E-Mail-Adresse', 'Firma', 'Position', 'Telefon', 'Land', 'Ort', 'Postleitzahl'],
      [['Jürgen', 'Müller', 'jm@firma.de', 'Firma GmbH', 'Geschäftsführer', '030 1234567', 'Deutschland', 'Berlin', '10115']],
    );
    expect(fieldsOf(german)).toEqual({
      Vorname: 'firstName', Nachname: 'lastName', 'E-Mail-Adresse': 'email', Firma: 'company', Position: 'title', Telefon: 'phone', Land: 'country', Ort: 'city', Postleitzahl: 'postcode',
    });
    const french = mapColumns(
      ['Prénom', 'Nom de famille', 'Adresse e-mail', 'Société', 'Fonction', 'Téléphone', 'Pays', 'Ville', 'Code postal'],
      [['Élodie', 'Dubois', 'elodie@societe.fr', 'Société SARL', 'Directrice commerciale', '01 23 45 67 89', 'France', 'Paris', '75001']],
    );
    expect(fieldsOf(french)).toEqual({
      Prénom: 'firstName', 'Nom de famille': 'lastName', 'Adresse e-mail': 'email', Société: 'company', Fonction: 'title', Téléphone: 'phone', Pays: 'country', Ville: 'city', 'Code postal': 'postcode',
    });
  });

  it('maps a bare French "Nom" as a name (beside "Prénom" it holds the surname), not as a custom column', () => {
    const french = mapColumns(['Civilité', 'Prénom', 'Nom', 'Société'], [['M.', 'Étienne', 'Durand', 'Qonto SAS']]);
    expect(fieldsOf(french)).toEqual({ Civilité: 'honorific', Prénom: 'firstName', Nom: 'fullName', Société: 'company' });
  });

  it('maps Spanish, Italian, Dutch and Portuguese spreadsheet headers', () => {
    const spanish = mapColumns(
      ['Nombre', 'Apellidos', 'Empresa', 'Cargo', 'Correo electrónico', 'Teléfono', 'Móvil', 'Ciudad', 'Código postal', 'País', 'Empleados'],
      [['María José', 'García López', 'Telefónica S.A.', 'Directora Comercial', 'mjgarcia@telefonica.es', '912 345 678', '612 345 678', 'Madrid', '28013', 'España', '1200']],
    );
    expect(fieldsOf(spanish)).toEqual({
      Nombre: 'fullName', Apellidos: 'lastName', Empresa: 'company', Cargo: 'title', 'Correo electrónico': 'email', Teléfono: 'phone', Móvil: 'phone', Ciudad: 'city', 'Código postal': 'postcode', País: 'country', Empleados: 'employees',
    });
    const italian = mapColumns(
      ['Nome', 'Cognome', 'Azienda', 'Ruolo', 'Email', 'Telefono', 'Cellulare', 'Indirizzo', 'Città', 'CAP', 'Provincia', 'Paese', 'Dipendenti'],
      [['Marco', 'Rossi', 'Satispay S.p.A.', 'Responsabile vendite', 'marco@satispay.com', '02 1234 5678', '347 123 4567', 'Via Roma 1', 'Milano', '20121', 'MI', 'Italia', '350']],
    );
    expect(fieldsOf(italian)).toEqual({
      Nome: 'fullName', Cognome: 'lastName', Azienda: 'company', Ruolo: 'title', Email: 'email', Telefono: 'phone', Cellulare: 'phone', Indirizzo: 'street', Città: 'city', CAP: 'postcode', Provincia: 'region', Paese: 'country', Dipendenti: 'employees',
    });
    const dutch = mapColumns(
      ['Voornaam', 'Tussenvoegsel', 'Achternaam', 'Bedrijf', 'Functie', 'E-mailadres', 'Telefoonnummer', 'Mobiel', 'Adres', 'Plaats', 'Land', 'Medewerkers'],
      [['Jan', 'de', 'Vries', 'Mollie B.V.', 'Sales Manager', 'jan@mollie.com', '020 123 4567', '06 12345678', 'Keizersgracht 1', 'Amsterdam', 'Nederland', '900']],
    );
    expect(fieldsOf(dutch)).toEqual({
      Voornaam: 'firstName', Tussenvoegsel: 'middleName', Achternaam: 'lastName', Bedrijf: 'company', Functie: 'title', 'E-mailadres': 'email', Telefoonnummer: 'phone', Mobiel: 'phone', Adres: 'street', Plaats: 'city', Land: 'country', Medewerkers: 'employees',
    });
    const portuguese = mapColumns(
      ['Nome', 'Sobrenome', 'Empresa', 'Cargo', 'E-mail', 'Telemóvel', 'Cidade', 'País'],
      [['Ana', 'Silva', 'Farfetch', 'Gestora de Crescimento', 'ana@farfetch.com', '912 345 678', 'Lisboa', 'Portugal']],
    );
    expect(fieldsOf(portuguese)).toEqual({
      Nome: 'fullName', Sobrenome: 'lastName', Empresa: 'company', Cargo: 'title', 'E-mail': 'email', Telemóvel: 'phone', Cidade: 'city', País: 'country',
    });
    const german = mapColumns(['Vorname', 'Nachname', 'Mobil', 'Mitarbeiter'], [['Jürgen', 'Müller', '0171 1234567', '45']]);
    expect(fieldsOf(german)).toEqual({ Vorname: 'firstName', Nachname: 'lastName', Mobil: 'phone', Mitarbeiter: 'employees' });
  });

  it('sniffs types of custom columns', () => {
    const rows = [
      ['2024-01-02', 'https://x.example', '+44 20 7946 0000', 'SW1A 1AA', 'A-1001', 'hello'],
      ['2024-02-03', 'https://y.example', '+1 415 555 0100', 'EC1A 1BB', 'A-1002', 'world'],
    ];
    const mapping = mapColumns(['Seen', 'Homepage of friend', 'Hotline', 'Box', 'Ticket', 'Vibe'], rows);
    expect(mapping.columns.map((column) => `${column.field}:${column.type}`)).toEqual([
      'custom:date',
      'custom:url',
      'custom:phone',
      'custom:postcode',
      'custom:id',
      'custom:text',
    ]);
    expect(mapping.columns[5]?.confidence).toBeLessThan(0.6);
  });

  it('types a custom column by its head word: dates and statuses about an email are not emails (HubSpot, Salesforce)', () => {
    const header = [
      'Last marketing email open date', 'EmailBouncedDate', 'Recent Sales Email Replied Date', 'Time registration email was sent',
      'Email hard bounce reason', 'Email Status', 'Phone Type', 'Secondary Email', 'Assistant Phone Number', 'E-mail Display Name',
    ];
    // The date columns are empty in these rows (as most are in an all-properties export): the header alone types them.
    const rows = [
      ['', '', '', '', 'Mailbox full', 'Verified', 'Mobile', 'ada@home.example', '+44 20 7946 0000', 'Ada Lovelace'],
      ['', '', '', '', '', 'Unavailable', 'Work', '', '', 'Grace Hopper'],
    ];
    const mapping = mapColumns(header, rows);
    expect(mapping.columns.map((column) => `${column.column} ${column.field}:${column.type}`)).toEqual([
      'Last marketing email open date custom:date',
      'EmailBouncedDate custom:date',
      'Recent Sales Email Replied Date custom:date',
      'Time registration email was sent custom:text',
      'Email hard bounce reason custom:text',
      'Email Status custom:text',
      'Phone Type custom:text',
      'Secondary Email email:undefined',
      'Assistant Phone Number phone:undefined',
      'E-mail Display Name custom:name',
    ]);
  });

  it("keeps a recognized export's other standard columns as custom without flagging them for a check", () => {
    // Header lists from ../shared/data/exports/HEADERS.md §3a (Outlook desktop), §6 (Salesforce Lead API names), §7 (lemlist).
    const outlook = [
      'Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Company', 'Department', 'Job Title', 'Business Street', 'Business Street 2', 'Business Street 3', 'Business City', 'Business State',
      'Business Postal Code', 'Business Country/Region', 'Home Street', 'Home Street 2', 'Home Street 3', 'Home City', 'Home State', 'Home Postal Code', 'Home Country/Region', 'Other Street',
      'Other Street 2', 'Other Street 3', 'Other City', 'Other State', 'Other Postal Code', 'Other Country/Region', "Assistant's Phone", 'Business Fax', 'Business Phone', 'Business Phone 2',
      'Callback', 'Car Phone', 'Company Main Phone', 'Home Fax', 'Home Phone', 'Home Phone 2', 'ISDN', 'Mobile Phone', 'Other Fax', 'Other Phone', 'Pager', 'Primary Phone', 'Radio Phone',
      'TTY/TDD Phone', 'Telex', 'Account', 'Anniversary', "Assistant's Name", 'Billing Information', 'Birthday', 'Business Address PO Box', 'Categories', 'Children', 'Directory Server',
      'E-mail Address', 'E-mail Type', 'E-mail Display Name', 'E-mail 2 Address', 'E-mail 2 Type', 'E-mail 2 Display Name', 'E-mail 3 Address', 'E-mail 3 Type', 'E-mail 3 Display Name', 'Gender',
      'Government ID Number', 'Hobby', 'Home Address PO Box', 'Initials', 'Internet Free Busy', 'Keywords', 'Language', 'Location', "Manager's Name", 'Mileage', 'Notes', 'Office Location',
      'Organizational ID Number', 'Other Address PO Box', 'Priority', 'Private', 'Profession', 'Referred By', 'Sensitivity', 'Spouse', 'User 1', 'User 2', 'User 3', 'User 4', 'Web Page',
    ];
    const outlookRow = outlook.map((column) => ({ Gender: 'Unspecified', Priority: 'Normal', Private: 'False', Sensitivity: 'Normal', 'First Name': 'Ada', 'E-mail Address': 'ada@example.com' })[column] ?? '');
    const salesforce = [
      'Id', 'IsDeleted', 'MasterRecordId', 'LastName', 'FirstName', 'Salutation', 'Name', 'Title', 'Company', 'City', 'Country', 'Phone', 'Email', 'LeadSource', 'Status', 'Industry', 'Rating',
      'IsConverted', 'ConvertedDate', 'IsUnreadByOwner', 'CreatedDate', 'SystemModstamp', 'DoNotCall', 'HasOptedOutOfFax', 'Jigsaw', 'JigsawContactId', 'CleanStatus', 'CompanyDunsNumber',
      'EmailBouncedReason', 'EmailBouncedDate',
    ];
    const salesforceRow = salesforce.map((column) => ({ Id: '00Q5g00000AbCdEAAV', IsDeleted: 'false', IsConverted: 'false', DoNotCall: 'false', CleanStatus: 'Pending', LastName: 'Lovelace', Email: 'ada@example.com' })[column] ?? '');
    const lemlist = ['email', 'firstName', 'lastName', 'companyName', 'phone', 'campaigns', 'owner', 'leadStatus', 'addedToLemlist', 'isActiveInCampaigns', 'emailDeliverability', 'emailVerificationDate'];
    const lemlistRow = ['ada@example.com', 'Ada', 'Lovelace', 'Engines', '', 'Q4', 'max@us.example', 'Interested', '2026-09-01T08:00:00.000Z', 'false', 'deliverable', ''];
    for (const [header, row, format] of [[outlook, outlookRow, 'outlook-desktop'], [salesforce, salesforceRow, 'salesforce'], [lemlist, lemlistRow, 'lemlist']] as const) {
      const mapping = mapColumns(header, [row]);
      expect(mapping.format).toBe(format);
      expect(mapping.columns.filter((column) => column.confidence < 0.6).map((column) => column.column)).toEqual([]);
    }
    const unknown = mapColumns(['Email', 'Mileage'], [['ada@example.com', '12']]);
    expect(unknown.columns[1]?.confidence).toBeLessThan(0.6);
  });

  it('applies overrides with confidence 1 and field types from --field', () => {
    const mapping = mapColumns(['Nom', 'dob', 'Kundennummer', 'Extra'], [['Ada', '1815-12-10', 'K1', 'x']], {
      overrides: { nom: 'fullName', Extra: 'custom' },
      fieldTypes: { dob: 'date', Kundennummer: 'id' },
    });
    expect(mapping.columns.map((column) => [column.field, column.type, column.confidence, column.source])).toEqual([
      ['fullName', undefined, 1, 'override'],
      ['birthDate', 'date', 0.95, 'name'],
      ['custom', 'id', 1, 'override'],
      ['custom', 'text', 1, 'override'],
    ]);
  });

  it('rejects unknown override fields, types and columns with mapping-invalid', () => {
    expect(() => mapColumns(['A'], [], { overrides: { A: 'shoeSize' } })).toThrow(
      expect.objectContaining({ code: 'mapping-invalid', message: expect.stringMatching(/Unknown field "shoeSize".*Valid fields: fullName, firstName.*custom/) }),
    );
    expect(() => mapColumns(['A'], [], { fieldTypes: { A: 'colour' as never } })).toThrow(expect.objectContaining({ code: 'mapping-invalid' }));
    expect(() => mapColumns(['A'], [], { overrides: { B: 'email' } })).toThrow(expect.objectContaining({ code: 'mapping-invalid', message: expect.stringContaining('No column named "B"') }));
  });

  it('reads --map fields written in another case or with separators, and suggests the field meant by a typo', () => {
    const mapping = mapColumns(['Firma', 'Vorname', 'Profil'], [], { overrides: { Firma: 'Company', Vorname: 'first_name', Profil: 'LinkedIn URL' } });
    expect(mapping.columns.map((column) => column.field)).toEqual(['company', 'firstName', 'linkedinUrl']);
    expect(() => mapColumns(['Firma'], [], { overrides: { Firma: 'compnay' } })).toThrow(
      expect.objectContaining({ code: 'mapping-invalid', message: expect.stringMatching(/^Unknown field "compnay" for column "Firma" \(did you mean company\?\)\. Valid fields: fullName, /) }),
    );
    expect(() => mapColumns(['Firma'], [], { overrides: { Firm: 'company' }, file: 'excel-de.csv' })).toThrow(
      expect.objectContaining({ message: 'No column named "Firm" in excel-de.csv (did you mean "Firma"?). Columns: "Firma".' }),
    );
  });

  it.runIf(existsSync(dedupData))('maps Febrl with no flags', async () => {
    const { header, rows } = await sampleOf('febrl/febrl_dataset1.csv');
    expect(fieldsOf(mapColumns(header, rows))).toEqual({
      rec_id: 'custom:id',
      given_name: 'firstName',
      surname: 'lastName',
      street_number: 'custom:id',
      address_1: 'street',
      address_2: 'custom:address',
      suburb: 'city',
      postcode: 'postcode',
      state: 'region',
      date_of_birth: 'birthDate',
      soc_sec_id: 'custom:id',
    });
  });

  it.runIf(existsSync(dedupData))('maps splink fake_1000 and the dedupe csv_example', async () => {
    const fake = await sampleOf('splink-fake-1000/fake_1000.csv');
    expect(fieldsOf(mapColumns(fake.header, fake.rows))).toEqual({
      unique_id: 'externalId',
      first_name: 'firstName',
      surname: 'lastName',
      dob: 'birthDate',
      city: 'city',
      email: 'email',
      cluster: 'custom:id',
    });
    const sites = await sampleOf('dedupe-csv-example/csv_example_messy_input.csv');
    expect(fieldsOf(mapColumns(sites.header, sites.rows))).toMatchObject({
      'Site name': 'company',
      Address: 'street',
      Zip: 'postcode',
      Phone: 'phone',
      Fax: 'custom:phone',
      'Email Address': 'email',
      Director: 'custom:name',
      'IDHS Provider ID': 'custom:id',
    });
  });

  it('types a column named as an id as an id even when its digits look like phone numbers', () => {
    const header = ['Provider ID', 'Name'];
    const rows = [['123456789', 'Ada Lovelace'], ['987654321', 'Grace Hopper'], ['555123456', 'Alan Turing']];
    expect(fieldsOf(mapColumns(header, rows))['Provider ID']).toBe('custom:id');
  });
});

describe('applyMapping', () => {
  it('collects fields in column order, keeps custom columns by (unique) header name and skips empty cells', () => {
    const header = ['Email', 'Work Email', 'Notes', 'Notes', '', 'Nickname'];
    const mapping = mapColumns(header, [], { overrides: { Nickname: 'custom' }, fieldTypes: { Nickname: 'name' } });
    const row = applyMapping(mapping, header, [' ada@home.example ', 'ada@work.example', 'first', '', 'mystery', '']);
    expect(row).toEqual({
      fields: { email: ['ada@home.example', 'ada@work.example'], notes: ['first'] },
      custom: { 'Column 5': { value: 'mystery', type: 'text' } },
    });
    expect(mapping.columns[3]?.key).toBe('Notes (2)');
  });
});
