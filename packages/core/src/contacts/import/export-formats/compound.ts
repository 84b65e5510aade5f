import { employeesRangeKey, exchangeAddressKey, phoneExtensionsKey } from '../../normalize/normalize-contact.js';
import type { ExportFormat } from './export-format.js';

/**
 * Compound's own CSV export (`compound export`, `contactsToCsv`), read back after the user edited it
 * in a spreadsheet, so that an export imported again gives the same contacts and exports the same.
 * Every column goes back to the field it came from; list cells (`otherEmails`, `otherPhones`,
 * `tags`) are `; `-separated and split as any list is. The invalid addresses and numbers go back to
 * email and phone, where normalization sets them apart again. `fit`, `reasons`, `sources`,
 * `function` and `id` are computed by Compound (from the playbook, the merges, the title; a new
 * contact gets a new id, and the list's own id is in `externalId`): they are
 * `derived`, computed again by the import, not stored as the user's data (their cells stay in the
 * stored raw rows; `--map fit=custom` keeps one as a custom column). `domain` is derived too (from
 * `website` and the emails) when the file has a `website` column; an export written before that
 * column had only `domain`, which is then read as the website. `custom:NAME` goes back to the
 * custom field NAME, `custom(TYPE):NAME` to the custom field NAME of type TYPE (the export writes
 * the type where sniffing would not give it back, e.g. one set by `--field`), and the quote the export put before a formula-like cell (`'+31 6 …`) comes off.
 * Recognized by three of its markers, so a list that merely has a `linkedinUrl` or `sources`
 * column is not taken for it.
 * @see ../../pipeline/export-contacts.ts (the column list)
 */
export const compoundExportFormat: ExportFormat = {
  id: 'compound',
  label: 'Compound export',
  markers: ['otheremails', 'otherphones', 'invalidemails', 'invalidphones', 'linkedinurl', 'reasons', 'sources'],
  minMarkers: 3,
  customFieldPrefix: 'custom:',
  // The custom fields normalizeContact creates, with the types it gives them.
  customFieldTypes: {
    [employeesRangeKey]: 'text',
    [exchangeAddressKey]: 'id',
    [phoneExtensionsKey]: 'text',
    birthdayWithoutYear: 'text',
  },
  neutralizesFormulas: true,
  // Exports before the `website` column wrote the company domain only: there it is the website.
  derivedWhenPresent: { domain: 'website' },
  columns: {
    // Compound's own contact id: the contact gets one again (the list's own id is `externalId`).
    id: 'derived',
    name: 'fullName',
    firstname: 'firstName',
    lastname: 'lastName',
    email: 'email',
    otheremails: 'email',
    phone: 'phone',
    otherphones: 'phone',
    title: 'title',
    seniority: 'seniority',
    function: 'derived',
    company: 'company',
    domain: 'website',
    industry: 'industry',
    employees: 'employees',
    linkedinurl: 'linkedinUrl',
    city: 'city',
    region: 'region',
    country: 'country',
    fit: 'derived',
    reasons: 'derived',
    sources: 'derived',
    invalidemails: 'email',
    invalidphones: 'phone',
    middlename: 'middleName',
    honorific: 'honorific',
    namesuffix: 'nameSuffix',
    department: 'department',
    tags: 'tags',
    notes: 'notes',
    birthdate: 'birthDate',
    connectedon: 'connectedOn',
    technologies: 'technologies',
    externalid: 'externalId',
    street: 'street',
    postcode: 'postcode',
    companylinkedinurl: 'companyLinkedinUrl',
    website: 'website',
  },
};
