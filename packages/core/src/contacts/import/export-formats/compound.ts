import type { ExportFormat } from './export-format.js';

/**
 * Compound's own CSV export (`compound export`, `contactsToCsv`), read back after the user edited it
 * in a spreadsheet. Every column goes back to the field it came from; list cells (`otherEmails`,
 * `otherPhones`, `tags`) are `; `-separated and split as any list is. The invalid addresses and
 * numbers go back to email and phone, where normalization sets them apart again. `fit`, `reasons`,
 * `sources` and `function` are ours (recomputed on import) and are kept as custom text, as any
 * column no field takes. `custom:NAME` columns fall back to the generic mapping.
 * @see ../../pipeline/export-contacts.ts (the column list)
 */
export const compoundExportFormat: ExportFormat = {
  id: 'compound',
  label: 'Compound export',
  markers: ['otheremails', 'otherphones', 'invalidemails', 'invalidphones', 'linkedinurl', 'reasons', 'sources'],
  columns: {
    id: 'externalId',
    name: 'fullName',
    firstname: 'firstName',
    lastname: 'lastName',
    email: 'email',
    otheremails: 'email',
    phone: 'phone',
    otherphones: 'phone',
    title: 'title',
    seniority: 'seniority',
    function: 'custom:text',
    company: 'company',
    domain: 'website',
    industry: 'industry',
    employees: 'employees',
    linkedinurl: 'linkedinUrl',
    city: 'city',
    region: 'region',
    country: 'country',
    fit: 'custom:text',
    reasons: 'custom:text',
    sources: 'custom:text',
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
  },
};
