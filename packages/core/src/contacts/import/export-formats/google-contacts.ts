import type { ColumnTarget, ExportFormat } from './export-format.js';

/** Repeated groups shared by both Google CSV layouts (`E-mail 1 - Value`, `Address 1 - City`, ...). */
const googleGroups: ReadonlyArray<readonly [RegExp, ColumnTarget]> = [
  [/^e-mail \d+ - value$/, 'email'],
  [/^phone \d+ - value$/, 'phone'],
  [/^website \d+ - value$/, 'website'],
  [/^address \d+ - street$/, 'street'],
  [/^address \d+ - city$/, 'city'],
  [/^address \d+ - region$/, 'region'],
  [/^address \d+ - postal code$/, 'postcode'],
  [/^address \d+ - country$/, 'country'],
  [/^address \d+ - (formatted|po box|extended address)$/, 'custom:address'],
  [/^organization \d+ - name$/, 'company'],
  [/^organization \d+ - title$/, 'title'],
  [/^organization \d+ - department$/, 'department'],
  [/^event \d+ - value$/, 'custom:date'],
  [/^relation \d+ - value$/, 'custom:name'],
  [/^.+ \d+ - (label|type)$/, 'custom:text'],
  [/^.+ \d+ - .+$/, 'custom:text'],
];

/**
 * `E-mail 2 - Label` labels `E-mail 2 - Value` (`Type` in the legacy layout); `* Work` marks the
 * primary address, a work one.
 * @see ../shared/data/exports/HEADERS.md §2a "Observed value conventions"
 */
const googleLabels = { value: /^((?:e-mail|phone) \d+) - value$/, label: '$1 - label' };
const googleLegacyLabels = { value: googleLabels.value, label: '$1 - type' };

/**
 * Google Contacts "Google CSV" export, current layout (Google Contacts web app since ~2023).
 * @see ../shared/data/exports/HEADERS.md §2a
 */
export const googleContactsFormat: ExportFormat = {
  id: 'google-contacts',
  label: 'Google Contacts',
  markers: ['organization name', 'file as', 'labels', 'e-mail 1 - label', 'phonetic first name', 'organization title'],
  columns: {
    'first name': 'firstName',
    'middle name': 'middleName',
    'last name': 'lastName',
    'phonetic first name': 'custom:name',
    'phonetic middle name': 'custom:name',
    'phonetic last name': 'custom:name',
    'name prefix': 'honorific',
    'name suffix': 'nameSuffix',
    nickname: 'custom:name',
    'file as': 'custom:name',
    'organization name': 'company',
    'organization title': 'title',
    'organization department': 'department',
    birthday: 'birthDate',
    notes: 'notes',
    photo: 'custom:url',
    labels: 'tags',
  },
  patterns: googleGroups,
  labelColumns: googleLabels,
};

/**
 * Google Contacts legacy "Google CSV" layout (before 2023; still accepted on import).
 * @see ../shared/data/exports/HEADERS.md §2b
 */
export const googleContactsLegacyFormat: ExportFormat = {
  id: 'google-contacts-legacy',
  label: 'Google Contacts (legacy)',
  markers: ['given name', 'family name', 'additional name', 'group membership', 'yomi name', 'e-mail 1 - type'],
  columns: {
    name: 'fullName',
    'given name': 'firstName',
    'additional name': 'middleName',
    'family name': 'lastName',
    'yomi name': 'custom:name',
    'given name yomi': 'custom:name',
    'additional name yomi': 'custom:name',
    'family name yomi': 'custom:name',
    'name prefix': 'honorific',
    'name suffix': 'nameSuffix',
    initials: 'custom:text',
    nickname: 'custom:name',
    'short name': 'custom:name',
    'maiden name': 'custom:name',
    birthday: 'birthDate',
    gender: 'custom:text',
    location: 'location',
    'billing information': 'custom:text',
    'directory server': 'custom:text',
    mileage: 'custom:text',
    occupation: 'title',
    hobby: 'custom:text',
    sensitivity: 'custom:text',
    priority: 'custom:text',
    subject: 'custom:text',
    notes: 'notes',
    language: 'custom:text',
    photo: 'custom:url',
    'group membership': 'tags',
  },
  patterns: googleGroups,
  labelColumns: googleLegacyLabels,
};
