import type { StoredCompany, StoredContact } from '../../store/store.js';
import type { ContactRecord, FieldType } from '../contact.js';
import { mapColumns } from '../import/map-columns.js';
import { neutralizeFormula } from './neutralize-formula.js';
import { emailCountryPhoneWarning } from '../normalize/email-domain-country.js';

/** One contact of an export: the clean, deduplicated values with fit and reasons. */
export interface ExportedContact {
  id: string;
  /** Full name, else first and last name; '' when the contact has none (never the email: see `contactName` for a display name). */
  name: string;
  firstName: string;
  lastName: string;
  /** The primary valid email ('' when the contact has none). */
  email: string;
  /** The other valid emails, `; `-separated. */
  otherEmails: string;
  /** Addresses the import kept but found invalid (an Exchange X.500 path, `not-an-email`), `; `-separated: never in `email`. */
  invalidEmails: string;
  phone: string;
  otherPhones: string;
  /**
   * Phone numbers the import kept as given but could not read (a national number without a country,
   * `not a phone`), `; `-separated: never in `phone`. The import lists them under "Values that need a look".
   */
  invalidPhones: string;
  title: string;
  seniority: string;
  function: string;
  company: string;
  domain: string;
  industry: string;
  employees: string;
  linkedinUrl: string;
  city: string;
  region: string;
  country: string;
  fit: number | null;
  reasons: string;
  sources: number;
  middleName: string;
  /** `Dr.`, `Mr.`, ... */
  honorific: string;
  /** `Jr.`, `PhD`, ... */
  nameSuffix: string;
  department: string;
  /** Tags/labels, `; `-separated. */
  tags: string;
  notes: string;
  /** ISO date (YYYY-MM-DD). */
  birthDate: string;
  /** ISO date (YYYY-MM-DD), as LinkedIn's `Connected On`. */
  connectedOn: string;
  /** Technologies the company uses, `; `-separated (ICP fit scores them). */
  technologies: string;
  /** The contact's id in the system the list came from (a CRM's record id), not Compound's `id`. */
  externalId: string;
  street: string;
  postcode: string;
  /** Canonical `https://www.linkedin.com/company/<slug>` of the employer. */
  companyLinkedinUrl: string;
  custom: Record<string, string>;
  /**
   * The website as the list gave it (`https://www.acme.com/about`); `domain` is the company domain
   * Compound took from it or from a work email.
   */
  website: string;
  /**
   * The type of each custom field (as `--field col:type` set it or the import sniffed it), which
   * dedup compares it by: `{ 'Start date': 'date' }`.
   */
  customTypes: Record<string, FieldType>;
}

/** Display name of a contact: full name, else first + last, else the email, else the LinkedIn slug. */
export function contactName(contact: StoredContact): string {
  const record = contact.record;
  return personName(record) || (record.emails[0]?.address ?? record.linkedinSlug ?? '');
}

/** The contact's own name: full name, else first + last, else ''. */
function personName(record: ContactRecord): string {
  return record.fullName ?? [record.firstName, record.lastName].filter(Boolean).join(' ');
}

/** The reason normalization gives a cell that looks like a formula: a note about the cell, not a failure to read it. */
const formulaWarning = /^looks like a spreadsheet formula/;

/**
 * The phone values the import could not read, as given and each once (a merged contact may carry
 * the same one from several rows): normalization keeps them only as `phone` issues. A cell that
 * looks like a formula has a warning too, beside the issues of its unreadable parts (a formula is
 * never a phone number): the parts are listed, not the cell twice.
 */
function invalidPhones(record: ContactRecord): string {
  const values = new Set<string>();
  for (const issue of record.issues) {
    const value = issue.value.trim();
    // A number read by its email domain's country was kept: its warning names no invalid phone.
    if (issue.field === 'phone' && value !== '' && !formulaWarning.test(issue.reason) && !emailCountryPhoneWarning.test(issue.reason)) values.add(value);
  }
  return [...values].join('; ');
}

/** Flattens stored contacts (in the given order) into export rows. */
export function toExportedContacts(
  contacts: readonly StoredContact[],
  companyOf: (id: string) => StoredCompany | undefined,
): ExportedContact[] {
  return contacts.map((contact) => {
    const record = contact.record;
    const company = contact.companyId ? companyOf(contact.companyId) : undefined;
    const custom: Record<string, string> = {};
    const customTypes: Record<string, FieldType> = {};
    for (const [name, value] of Object.entries(record.custom)) {
      custom[name] = value.value;
      customTypes[name] = value.type;
    }
    const valid = record.emails.filter((email) => email.valid);
    return {
      id: contact.id,
      // Not the display name: an email in the name column would come back from an import as a name.
      name: personName(record),
      firstName: record.firstName ?? '',
      lastName: record.lastName ?? '',
      email: valid[0]?.address ?? '',
      otherEmails: valid.slice(1).map((email) => email.address).join('; '),
      invalidEmails: record.emails.filter((email) => !email.valid).map((email) => email.address).join('; '),
      phone: record.phones[0] ?? '',
      otherPhones: record.phones.slice(1).join('; '),
      invalidPhones: invalidPhones(record),
      title: record.title ?? '',
      seniority: record.seniority ?? '',
      function: record.function ?? '',
      company: company?.name ?? record.company ?? '',
      domain: company?.domain ?? record.domain ?? '',
      industry: record.industry ?? company?.industry ?? '',
      employees: String(record.employees ?? company?.employees ?? ''),
      linkedinUrl: record.linkedinUrl ?? '',
      city: record.city ?? '',
      region: record.region ?? '',
      country: record.country ?? '',
      fit: contact.fit ?? null,
      reasons: (contact.fitReasons ?? []).map((reason) => reason.text).join('; '),
      sources: contact.sources.length,
      middleName: record.middleName ?? '',
      honorific: record.honorific ?? '',
      nameSuffix: record.nameSuffix ?? '',
      department: record.department ?? '',
      tags: record.tags.join('; '),
      notes: record.notes ?? '',
      birthDate: record.birthDate ?? '',
      connectedOn: record.connectedOn ?? '',
      technologies: record.technologies.join('; '),
      externalId: record.externalId ?? '',
      street: record.street ?? '',
      postcode: record.postcode ?? '',
      companyLinkedinUrl: record.companyLinkedinUrl ?? '',
      custom,
      // After `custom`: the fields added later go last, so no field of the JSON moves.
      website: record.website ?? '',
      customTypes,
    };
  });
}

const baseColumns = [
  'id', 'name', 'firstName', 'lastName', 'email', 'otherEmails', 'phone', 'otherPhones', 'title', 'seniority', 'function',
  'company', 'domain', 'industry', 'employees', 'linkedinUrl', 'city', 'region', 'country', 'fit', 'reasons', 'sources',
  // Added after the first columns, so the earlier ones keep their positions: a new column goes at the
  // end of this list, and the custom columns always come after all of them.
  'invalidEmails', 'invalidPhones', 'middleName', 'honorific', 'nameSuffix', 'department', 'tags', 'notes', 'birthDate',
  'connectedOn', 'technologies', 'externalId', 'street', 'postcode', 'companyLinkedinUrl', 'website',
] as const;

/** How `contactsToCsv` writes its text. */
export interface ContactsToCsvOptions {
  /**
   * Start with a UTF-8 byte-order mark (U+FEFF), so Excel on Windows reads the file as UTF-8 (without
   * it, `Müller` shows as `MÃ¼ller`); Compound's own import, Google Sheets, LibreOffice and Numbers read
   * it either way. Default false: the caller that writes a file decides (the SDK's `exportContacts`
   * and `compound export` default to true).
   */
  bom?: boolean;
}

/**
 * Writes export rows as CSV (RFC 4180: comma, CRLF, quotes doubled), custom fields as extra columns
 * `custom:NAME`, sorted by name. A custom field whose type the import would not sniff back from the
 * column (a `--field Code:text` column of digits sniffs as `id`) is written `custom(TYPE):NAME`,
 * which the import reads back with that type. Every cell that a spreadsheet would execute as a
 * formula is neutralized.
 */
export function contactsToCsv(rows: readonly ExportedContact[], options: ContactsToCsvOptions = {}): string {
  const customColumns = [...new Set(rows.flatMap((row) => Object.keys(row.custom)))].sort();
  const cellRows = rows.map((row) => {
    const cells = baseColumns.map((column) => {
      const value = row[column];
      return value === null ? '' : typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : value;
    });
    for (const name of customColumns) cells.push(row.custom[name] ?? '');
    return cells.map(neutralizeFormula);
  });
  const header = [...baseColumns, ...customHeaders(customColumns, rows, cellRows)];
  const lines = [header.map(csvCell).join(','), ...cellRows.map((cells) => cells.map(csvCell).join(','))];
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/**
 * The header of each custom column: `custom:NAME` when the import, reading the export's first rows
 * as it samples them, gives the field the type most of its contacts have; else `custom(TYPE):NAME`.
 */
function customHeaders(names: readonly string[], rows: readonly ExportedContact[], cellRows: readonly (readonly string[])[]): string[] {
  const plain = names.map((name) => `custom:${name}`);
  if (names.length === 0) return plain;
  const header = [...baseColumns, ...plain];
  // Same as `compound import` reads it: the compound format, mapColumns' own sample of the first rows.
  const sniffed = mapColumns(header, cellRows, { format: 'compound' }).columns.slice(baseColumns.length);
  return names.map((name, index) => {
    const type = commonType(rows, name);
    return type === undefined || sniffed[index]?.type === type ? `custom:${name}` : `custom(${type}):${name}`;
  });
}

/** The type most rows with a value in custom field `name` give it (the first of equals), or undefined. */
function commonType(rows: readonly ExportedContact[], name: string): FieldType | undefined {
  const counts = new Map<FieldType, number>();
  for (const row of rows) {
    const type = Object.hasOwn(row.customTypes, name) ? row.customTypes[name] : undefined;
    if (type !== undefined && Object.hasOwn(row.custom, name)) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  let best: FieldType | undefined;
  for (const [type, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = type;
  return best;
}

/** A CSV cell of a value already neutralized (`neutralizeFormula`): quoted when it needs to be. */
function csvCell(safe: string): string {
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
