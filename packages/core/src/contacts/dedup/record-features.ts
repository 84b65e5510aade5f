/**
 * Per-record comparison features, computed once and stored column by column (one array per field),
 * so comparing a pair reads prepared strings and never re-normalizes or allocates.
 */
import type { ContactRecord, FieldType } from '../contact.js';
import { normalizeForMatch } from './field-comparators.js';
import { titleKey } from './title-key.js';
import { canonicalStreetTokens } from './key-texts.js';

/** One custom column, prepared for its type's comparator. */
export interface CustomFeature {
  key: string;
  type: FieldType;
  /** Prepared value per record; '' when missing. */
  values: string[];
  /** Token lists per record (address and text types only; empty otherwise). */
  tokens: (readonly string[])[];
  /** Set by `markSharedColumns` (`shared-columns.ts`) before blocking: an identifier-typed column whose values many records share. */
  shared?: boolean;
}

/** Prepared features of a list of records, column by column; '' marks a missing value. */
export interface RecordFeatures {
  size: number;
  first: string[];
  last: string[];
  /** Non-role email addresses per record: the valid ones, then garbled ones (invalid, with an @ and 4+ letters). */
  emails: (readonly string[])[];
  /**
   * Role addresses (info@, sales@) of a record with no person name: a contact that is only a
   * shared inbox, which two such records sharing are one contact. Empty on a named record: the
   * people behind one inbox are not one person, so a role address is never a key between them.
   */
  inboxes: (readonly string[])[];
  /** Registrable domain of the first non-free, non-role email; '' otherwise. */
  workDomain: string[];
  /** Phone digits per record. */
  phones: (readonly string[])[];
  linkedin: string[];
  company: string[];
  domain: string[];
  city: string[];
  postcode: string[];
  region: string[];
  /** Street tokens per record. */
  street: (readonly string[])[];
  /** Birth date digits (`YYYYMMDD`). */
  birthDate: string[];
  /** Job title key (`titleKey`). */
  title: string[];
  custom: CustomFeature[];
  /** Secondary order inside large blocks: last name, first name, company, email. */
  sortKey: string[];
}

const noStrings: readonly string[] = Object.freeze([]);

function tokens(value: string): readonly string[] {
  return value === '' ? noStrings : value.split(' ');
}

function digits(value: string | undefined): string {
  return value === undefined ? '' : value.replace(/\D+/g, '');
}

function prepareCustom(type: FieldType, raw: string): string {
  switch (type) {
    case 'email':
    case 'url':
      return raw.trim().toLowerCase();
    case 'phone':
      return digits(raw);
    case 'date':
      // The day only (YYYYMMDD of an ISO date): a custom date keeps its time of day
      // (`2023-11-02T09:15`), which says nothing about whether two records are one person
      return digits(raw).slice(0, 8);
    case 'postcode':
    case 'id':
      return raw.replace(/\s+/g, '').toLowerCase();
    default:
      return normalizeForMatch(raw);
  }
}

/** Letters an invalid address needs, besides an @, to be compared as a garbled address. */
const minGarbledLetters = 4;

/** True when an invalid address holds an @ and at least `minGarbledLetters` letters. */
function garbledAddress(address: string): boolean {
  if (!address.includes('@')) return false;
  let letters = 0;
  for (let i = 0; i < address.length && letters < minGarbledLetters; i++) {
    const code = address.charCodeAt(i) | 32;
    if (code >= 97 && code <= 122) letters++;
  }
  return letters >= minGarbledLetters;
}

/**
 * A first name without a trailing middle initial (`tom c` → `tom`, from "Tom C."): a Latin letter
 * only (a Korean given name typed with a space, `민 준`, is one name, not 민 and an initial).
 */
function withoutMiddleInitial(first: string): string {
  const length = first.length;
  return length > 2 && first.charCodeAt(length - 2) === 32 && first.charCodeAt(length - 1) < 128 ? first.slice(0, length - 2) : first;
}

/** Splits the record's name into normalized first and last names (falling back to `fullName`). */
function splitName(record: ContactRecord): [string, string] {
  let first = record.firstName === undefined ? '' : withoutMiddleInitial(normalizeForMatch(record.firstName));
  let last = record.lastName === undefined ? '' : normalizeForMatch(record.lastName);
  if (first === '' && last === '' && record.fullName !== undefined) {
    const parts = normalizeForMatch(record.fullName).split(' ').filter((part) => part !== '');
    if (parts.length === 1) last = parts[0] ?? '';
    else if (parts.length > 1) {
      first = parts[0] ?? '';
      last = parts[parts.length - 1] ?? '';
    }
  }
  return [first, last];
}

/** An empty feature table, ready for `appendFeatures`. */
export function emptyFeatures(customTypes: ReadonlyMap<string, FieldType> = new Map()): RecordFeatures {
  return {
    size: 0,
    first: [],
    last: [],
    emails: [],
    inboxes: [],
    workDomain: [],
    phones: [],
    linkedin: [],
    company: [],
    domain: [],
    city: [],
    postcode: [],
    region: [],
    street: [],
    birthDate: [],
    title: [],
    custom: [...customTypes].map(([key, type]) => ({ key, type, values: [], tokens: [] })),
    sortKey: [],
  };
}

/**
 * Empties `features` in place, custom columns kept (their values dropped): every column, so a
 * column added to the table later cannot keep a previous record's value.
 */
export function clearFeatures(features: RecordFeatures): void {
  for (const [name, column] of Object.entries(features)) if (name !== 'custom' && Array.isArray(column)) column.length = 0;
  for (const custom of features.custom) {
    custom.values.length = 0;
    custom.tokens.length = 0;
  }
  features.size = 0;
}

/** Appends one record's prepared features; custom columns not in the table are ignored. */
export function appendFeatures(features: RecordFeatures, record: ContactRecord): void {
  const [first, last] = splitName(record);
  features.first.push(first);
  features.last.push(last);
  const emails: string[] = [];
  let garbled: string[] | undefined;
  let inboxes: string[] | undefined;
  let workDomain = '';
  for (const email of record.emails) {
    if (email.address === '') continue;
    if (email.role) {
      if (first === '' && last === '' && email.valid) (inboxes ??= []).push(email.address);
      continue;
    }
    // an invalid address that still looks like one (f@b@reese.com, j.riley9tbennett.ne@) is one
    // address garbled and can agree partially (after the valid ones: no work domain, and blocking
    // does not count it as an identifier); one without an @ or letters ('10/01/15' from a shifted
    // column) identifies nothing
    if (!email.valid) {
      if (garbledAddress(email.address)) (garbled ??= []).push(email.address);
      continue;
    }
    emails.push(email.address);
    if (workDomain === '' && !email.free) workDomain = email.address.slice(email.address.indexOf('@') + 1);
  }
  if (garbled !== undefined) emails.push(...garbled);
  features.emails.push(emails.length === 0 ? noStrings : emails);
  features.inboxes.push(inboxes ?? noStrings);
  features.workDomain.push(workDomain);
  const phones = record.phones.map(digits);
  // a local number the normalizer could not place (7 digits, no area code) still identifies within one file
  for (const issue of record.issues) if (issue.field === 'phone') phones.push(digits(issue.value));
  for (let k = phones.length - 1; k >= 0; k--) if ((phones[k] ?? '').length < 5) phones.splice(k, 1);
  features.phones.push(phones.length === 0 ? noStrings : phones);
  features.linkedin.push(record.linkedinSlug ?? '');
  const company = record.companyKey ?? (record.company === undefined ? '' : normalizeForMatch(record.company));
  features.company.push(company);
  features.domain.push(record.domain ?? '');
  features.city.push(record.city === undefined ? '' : normalizeForMatch(record.city));
  features.postcode.push(record.postcode === undefined ? '' : record.postcode.replace(/\s+/g, '').toLowerCase());
  features.region.push(record.region === undefined ? '' : normalizeForMatch(record.region));
  features.street.push(canonicalStreetTokens(tokens(record.street === undefined ? '' : normalizeForMatch(record.street))));
  features.birthDate.push(digits(record.birthDate));
  features.title.push(record.title === undefined ? '' : titleKey(record.title));
  for (const column of features.custom) {
    const raw = record.custom[column.key];
    const value = raw === undefined ? '' : prepareCustom(column.type, raw.value);
    column.values.push(value);
    column.tokens.push(column.type === 'address' ? canonicalStreetTokens(tokens(value)) : column.type === 'text' || column.type === 'name' ? tokens(value) : noStrings);
  }
  features.sortKey.push(last !== '' || first !== '' ? `${last} ${first}` : company !== '' ? company : (emails[0] ?? ''));
  features.size++;
}

/** The custom columns (key → type) present in any record, in first-seen order. */
export function customColumns(records: readonly ContactRecord[]): Map<string, FieldType> {
  const columns = new Map<string, FieldType>();
  for (const record of records) {
    for (const key in record.custom) {
      const value = record.custom[key];
      if (value !== undefined && !columns.has(key)) columns.set(key, value.type);
    }
  }
  return columns;
}

/** Prepared features of every record. */
export function buildFeatures(records: readonly ContactRecord[], customTypes = customColumns(records)): RecordFeatures {
  const features = emptyFeatures(customTypes);
  for (const record of records) appendFeatures(features, record);
  return features;
}

/** Records whose values `touchRecords` loads ahead of a pass over the table in record order. */
export const touchAhead = 16;

/** Sum of the values `touchRecords` last read. */
let touched = 0;

/**
 * Loads the value strings of records `[from, to)` without using them. A record's strings lie
 * anywhere on the heap: a pass that reads them record by record waits for each miss in turn, and
 * loading the next records' together in one short loop lets the processor fetch them in parallel.
 */
export function touchRecords(features: RecordFeatures, from: number, to: number): void {
  let sum = 0;
  for (let i = from; i < Math.min(to, features.size); i++) {
    sum +=
      (features.first[i]?.length ?? 0) +
      (features.last[i]?.length ?? 0) +
      (features.emails[i]?.[0]?.length ?? 0) +
      (features.phones[i]?.[0]?.length ?? 0) +
      (features.company[i]?.length ?? 0) +
      (features.domain[i]?.length ?? 0) +
      (features.city[i]?.length ?? 0) +
      (features.birthDate[i]?.length ?? 0) +
      (features.title[i]?.length ?? 0) +
      (features.street[i]?.length ?? 0);
  }
  // kept where the optimizer cannot drop the loads
  touched = sum;
}
