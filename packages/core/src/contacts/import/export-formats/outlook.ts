import type { ColumnTarget, ExportFormat } from './export-format.js';

/**
 * Columns shared by Outlook desktop and Outlook.com exports. Outlook's `Title` is the honorific
 * (Mr., Dr.); the job title is `Job Title`. The business address is the canonical one; home and
 * other addresses are kept as custom columns.
 */
const outlookColumns: Readonly<Record<string, ColumnTarget>> = {
  title: 'honorific',
  'first name': 'firstName',
  'middle name': 'middleName',
  'last name': 'lastName',
  suffix: 'nameSuffix',
  company: 'company',
  department: 'department',
  'job title': 'title',
  'business street': 'street',
  'business city': 'city',
  'business state': 'region',
  'business postal code': 'postcode',
  'business country/region': 'country',
  'business country': 'country',
  'business phone': 'phone',
  'business phone 2': 'phone',
  'mobile phone': 'phone',
  'primary phone': 'phone',
  'home phone': 'phone',
  'home phone 2': 'phone',
  'other phone': 'phone',
  "assistant's phone": 'custom:phone',
  'business fax': 'custom:phone',
  'home fax': 'custom:phone',
  'other fax': 'custom:phone',
  callback: 'custom:phone',
  'car phone': 'custom:phone',
  'company main phone': 'custom:phone',
  isdn: 'custom:phone',
  pager: 'custom:phone',
  'radio phone': 'custom:phone',
  'tty/tdd phone': 'custom:phone',
  telex: 'custom:phone',
  'e-mail address': 'email',
  'e-mail 2 address': 'email',
  'e-mail 3 address': 'email',
  'e-mail type': 'custom:text',
  'e-mail 2 type': 'custom:text',
  'e-mail 3 type': 'custom:text',
  'e-mail display name': 'custom:name',
  'e-mail 2 display name': 'custom:name',
  'e-mail 3 display name': 'custom:name',
  'web page': 'website',
  birthday: 'birthDate',
  anniversary: 'custom:date',
  notes: 'notes',
  categories: 'tags',
  account: 'custom:text',
  "assistant's name": 'custom:name',
  "manager's name": 'custom:name',
  spouse: 'custom:name',
  children: 'custom:name',
  'referred by': 'custom:name',
  'given name yomi': 'custom:name',
  'family name yomi': 'custom:name',
  'government id number': 'custom:id',
  'organizational id number': 'custom:id',
  'office location': 'custom:text',
  location: 'location',
  profession: 'custom:text',
  initials: 'custom:text',
  keywords: 'custom:text',
  'internet free busy': 'custom:url',
};

const outlookPatterns: ReadonlyArray<readonly [RegExp, ColumnTarget]> = [
  [/^(home|other) street( \d)?$/, 'custom:address'],
  [/^(home|other|business) address po box$/, 'custom:address'],
  [/^(home|other) postal code$/, 'custom:postcode'],
  [/^(home|other) (city|state|country|country\/region)$/, 'custom:address'],
  [/^business street \d$/, 'custom:address'],
  [/^user \d$/, 'custom:text'],
];

/**
 * Outlook desktop "Comma Separated Values" export (File → Import/Export), 92 columns.
 * @see ../shared/data/exports/HEADERS.md §3a
 */
export const outlookDesktopFormat: ExportFormat = {
  id: 'outlook-desktop',
  label: 'Outlook (desktop)',
  markers: ['e-mail display name', 'business country/region', 'business street 2', 'home country/region', 'internet free busy'],
  columns: outlookColumns,
  patterns: outlookPatterns,
};

/**
 * Outlook.com (live.com) web export, 56 columns.
 * @see ../shared/data/exports/HEADERS.md §3b
 */
export const outlookComFormat: ExportFormat = {
  id: 'outlook-com',
  label: 'Outlook.com',
  markers: ['given name yomi', 'family name yomi', 'business country', 'home country', 'tty/tdd phone'],
  columns: outlookColumns,
  patterns: outlookPatterns,
};
