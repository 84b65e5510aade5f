import type { JobFunction, Seniority } from '../../contacts/contact.js';
import { normalizeCountry } from '../../contacts/normalize/normalize-country.js';
import { parseEmployeeCount } from '../../contacts/normalize/parse-employee-count.js';
import { seniorityFromLabel } from '../../contacts/normalize/seniority-from-label.js';
import { titleToFunction } from '../../contacts/normalize/title-to-function.js';
import { titleToSeniority } from '../../contacts/normalize/title-to-seniority.js';
import type { StoredCompany, StoredContact } from '../../store/store.js';
import type { HistoryField } from './detect-history-columns.js';
import type { ImportEventHistoryOptions } from './import-event-history.js';

/**
 * What is known of a send's recipient that segments and the reply model use: seniority and job
 * function, company size, industry and country. Each part is optional.
 */
export interface SendProfile {
  seniority?: Seniority;
  function?: JobFunction;
  /** Employee count of the recipient's company (a band's lower bound, as the contact import reads `51-200`). */
  employees?: number;
  industry?: string;
  /** ISO 3166-1 alpha-2 when recognised, else as written. */
  country?: string;
}

/** The profile fields, in the order they are filled and reported. */
export const sendProfileFields = ['seniority', 'function', 'employees', 'industry', 'country'] as const;

/**
 * The profile a history row's own columns give (title, seniority, company size, industry,
 * country), read with the contact import's normalizers: a seniority column when it is a known
 * label, else the title's seniority (`VP Sales` → `vp`); the title's job function; a size band's
 * lower bound (`51-200` → 51); the country as ISO alpha-2 when recognised. Unreadable cells are left out.
 */
export function rowSendProfile(cell: (field: HistoryField) => string): SendProfile {
  const profile: SendProfile = {};
  const title = cell('title');
  const label = cell('seniority');
  const seniority =
    (label === '' ? undefined : seniorityFromLabel(label)) ?? (title === '' ? undefined : titleToSeniority(title)) ?? (label === '' ? undefined : titleToSeniority(label));
  if (seniority !== undefined) profile.seniority = seniority;
  const jobFunction = title === '' ? undefined : titleToFunction(title);
  if (jobFunction !== undefined) profile.function = jobFunction;
  const size = cell('companySize');
  const employees = size === '' ? undefined : parseEmployeeCount(size)?.count;
  if (employees !== undefined && employees > 0) profile.employees = employees;
  const industry = cell('industry').replace(/\s+/g, ' ');
  if (industry !== '') profile.industry = industry;
  const country = cell('country');
  if (country !== '') profile.country = normalizeCountry(country) ?? country;
  return profile;
}

/** The profile of a stored contact: its record's values, its company's employee count, industry and country where the record has none. */
export function contactSendProfile(contact: StoredContact, company?: StoredCompany): SendProfile {
  const record = contact.record;
  const profile: SendProfile = {};
  if (record.seniority) profile.seniority = record.seniority;
  if (record.function) profile.function = record.function;
  const employees = record.employees ?? company?.employees;
  if (employees !== undefined) profile.employees = employees;
  const industry = record.industry ?? company?.industry;
  if (industry) profile.industry = industry;
  const country = record.country ?? company?.country;
  if (country) profile.country = country;
  return profile;
}

/**
 * The row's profile values that the stored contact's profile lacks: the stored contact's values
 * win, the row fills the gaps (a history-only workspace, where no contact is known, takes the row's).
 */
export function missingFromContact(contact: SendProfile, row: SendProfile): SendProfile {
  const added: SendProfile = {};
  for (const field of sendProfileFields) {
    if (contact[field] === undefined && row[field] !== undefined) Object.assign(added, { [field]: row[field] });
  }
  return added;
}

/** Whether a profile says nothing. */
export function isEmptyProfile(profile: SendProfile): boolean {
  return sendProfileFields.every((field) => profile[field] === undefined);
}

/** What decides a send's segment: the row's segment cell, its matched contact, the row's own profile. */
export interface SendSegmentInput {
  /** The row's segment cell, trimmed; empty when the file has none. */
  segmentCell: string;
  contact?: StoredContact;
  companies: ReadonlyMap<string, StoredCompany>;
  /** The row's own profile (`rowSendProfile`). */
  row: SendProfile;
  options: Pick<ImportEventHistoryOptions, 'segmentOf' | 'segmentOfProfile' | 'defaults'>;
}

/**
 * The segment of a send and the profile attributes its row adds. The segment is, first found: the
 * row's segment cell; `segmentOfProfile` of the contact's profile completed by the row's (when the
 * contact is known or the row says something); `segmentOf` of the contact; `defaults.segment`.
 * The attributes are the row's profile values the contact lacks (industry lower-cased, as the
 * reply model's contact features are), so a stored contact's values are never overridden.
 */
export function sendSegment(input: SendSegmentInput): { segment?: string; attributes?: Record<string, string | number> } {
  const { contact, options } = input;
  const company = contact?.companyId === undefined ? undefined : input.companies.get(contact.companyId);
  const known = contact === undefined ? {} : contactSendProfile(contact, company);
  const added = missingFromContact(known, input.row);
  const result: { segment?: string; attributes?: Record<string, string | number> } = {};
  if (!isEmptyProfile(added)) {
    const attributes: Record<string, string | number> = {};
    for (const field of sendProfileFields) {
      const value = added[field];
      if (value !== undefined) attributes[field] = field === 'industry' && typeof value === 'string' ? value.toLowerCase() : value;
    }
    result.attributes = attributes;
  }
  const fromProfile = options.segmentOfProfile !== undefined && (contact !== undefined || !isEmptyProfile(input.row)) ? options.segmentOfProfile({ ...known, ...added }) : undefined;
  const segment = input.segmentCell || fromProfile || (contact === undefined ? undefined : options.segmentOf?.(contact)) || options.defaults?.segment;
  if (segment !== undefined && segment !== '') result.segment = segment;
  return result;
}
