import type { ContactField, ContactRecord, EmailInfo, FieldIssue, MappedRow } from '../contact.js';
import { emptyContactRecord } from '../empty-contact-record.js';
import { addressCountry } from './address-country.js';
import { boundedMemo } from './bounded-memo.js';
import { applyName } from './apply-contact-name.js';
import { canonicalLinkedinCompanyUrl, canonicalLinkedinUrl } from './canonical-linkedin-url.js';
import { chooseCompanyDomain } from './choose-company-domain.js';
import { collectEmails, exchangeAddressReason } from './collect-emails.js';
import { emailCountryPhoneReason, emailDomainCountry } from './email-domain-country.js';
import { sortWebsiteCells } from './website-cells.js';
import { firstValue } from './first-value.js';
import { isPlaceholderValue } from './is-placeholder-value.js';
import { looksLikeFormula } from './looks-like-formula.js';
import { moveContactDetailsOutOfNames } from './move-contact-details-out-of-names.js';
import { companyNameOf } from './normalize-company-name.js';
import { normalizeCountry } from './normalize-country.js';
import { normalizeCustomValue } from './normalize-custom-value.js';
import type { NormalizeCustomValueOptions } from './normalize-custom-value.js';
import { normalizeDate } from './normalize-date.js';
import type { NormalizeDateOptions } from './normalize-date.js';
import { domainFromEmail, domainFromWebsite } from './normalize-domain.js';
import { isScientificNotation, normalizePhone, normalizePhones, scientificNotationPhoneReason } from './normalize-phone.js';
import { normalizeTags } from './normalize-tags.js';
import { parseEmployeeCount } from './parse-employee-count.js';
import { parseLocation } from './parse-location.js';
import { seniorityFromLabel } from './seniority-from-label.js';
import { splitList } from './split-list.js';
import { departmentToFunction, titleToFunction } from './title-to-function.js';
import { titleToSeniority } from './title-to-seniority.js';

/** Options for {@link normalizeContact}. */
export interface NormalizeContactOptions {
  /**
   * ISO 3166-1 alpha-2 country for national phone numbers when the row has no recognisable country
   * of its own. Default: none (national numbers without a country are reported as issues).
   */
  defaultCountry?: string;
  /** How to read ambiguous numeric dates such as `03/04/1990`. Default `month-first`. */
  datePreference?: 'month-first' | 'day-first';
}

/**
 * Custom key under which the employee band is kept when the employees cell was a band (`51-200`):
 * `employees` holds the band's lower bound, this key the band itself.
 */
export const employeesRangeKey = 'employeesRange';

/**
 * Custom key of the Exchange addresses of a row (`/o=ExchangeLabs/…/cn=Recipients/cn=…`, which
 * Outlook exports in `E-mail Address` with `E-mail Type` = `EX`): not emails, but each names one
 * mailbox, so they are kept (`; `-separated) as an identifier.
 */
export const exchangeAddressKey = 'exchangeAddress';

/**
 * Custom key of the phone extensions of a row: `phones` holds E.164 numbers, which have no
 * extension, so each number that had one is kept here as `+12133734253 ext. 55` (`; `-separated).
 */
export const phoneExtensionsKey = 'phoneExtensions';

/** Custom key of a birthday without a year (`--12-25`, as Google Contacts writes one): no birth date to compare, but kept. */
const birthdayWithoutYearKey = 'birthdayWithoutYear';
const birthdayWithoutYear = /^--(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

const whitespaceRun = /\s+/g;
// Whitespace that collapsing would change: a run of two or more, or a tab, new line or other space character.
const uncollapsedWhitespace = /\s{2,}|[^\S ]/;
const postcodeSpaces = /\s+/g;
// Dates repeat across a list (a connection day, an export day): each distinct cell is parsed once
// per reading of ambiguous dates (month-first is normalizeDate's default).
const isoDates = {
  'month-first': boundedMemo((raw: string) => normalizeDate(raw)),
  'day-first': boundedMemo((raw: string) => normalizeDate(raw, { prefer: 'day-first' })),
} satisfies Record<NonNullable<NormalizeDateOptions['prefer']>, (raw: string) => string | undefined>;

/**
 * Normalizes one mapped import row into a {@link ContactRecord}. Never throws: a value that cannot be
 * normalized is dropped from its field (or kept raw where the record allows it) and reported in
 * `issues` with the field, the raw value and the reason. Placeholders (`-`, `N/A`, `null`) count as
 * empty.
 *
 * - Names: separate first/last columns win (cleaned, re-cased when ALL CAPS or all lower case) and
 *   are joined into `fullName`; otherwise `fullName` is split into parts. A full name also fills a
 *   missing first or last name (`Vorname;Name`, `Prénom;Nom`: see `completeNameParts`) and a
 *   missing middle name, honorific or suffix.
 * - Emails: every address from every email column; valid personal addresses first, then role and
 *   disposable ones, then invalid ones (kept with `valid: false` and reported). An Exchange address
 *   (Outlook's `EX` type) is no email: it is kept in `custom.exchangeAddress` and reported once.
 * - Phones: E.164; the default country is the row's country when recognised, else the country of
 *   another address of the row (a custom address column named for a country), else
 *   `options.defaultCountry`. Unparseable numbers are reported, not kept; an extension is kept beside
 *   its number in `custom.phoneExtensions` (`+12133734253 ext. 55`).
 * - Company: cleaned `company` plus matching `companyKey`; non-employers (`Self-employed`, `Stealth`)
 *   keep `company` but get no key.
 * - Domain: from the website, else from the first valid work (non-free, non-disposable) email. A
 *   website whose domain does not spell the named company stays the domain unless a work email
 *   spells the company or the site is on a shared platform (`jane.wixsite.com`); then it yields,
 *   and is reported (see `chooseCompanyDomain`).
 * - LinkedIn: canonical profile URL and slug; canonical company page URL; a LinkedIn page in a
 *   website column (Google Contacts keeps profiles there) fills them, and the website is the other value.
 * - Title: `seniority` from an explicit seniority column when it is a known label (Apollo, Sales
 *   Navigator), else from the title; `function` from the title, else from the department.
 * - Location: `country` as ISO alpha-2 when recognised (else raw); a free-text `location` fills
 *   missing city, region and country. `postcode` upper case without spaces.
 * - Employees: a number, or a band's lower bound with the band kept in `custom.employeesRange`.
 * - Technologies and tags: split on `,` `;` `|` new lines and ` ::: `, de-duplicated ignoring case;
 *   Google Contacts' `* myContacts` is dropped and its other system groups lose the `* ` (`starred`).
 * - Dates (`birthDate`, `connectedOn`): ISO `YYYY-MM-DD`; unparseable dates are reported and dropped;
 *   a birthday without a year (`--12-25`) is kept in `custom.birthdayWithoutYear`.
 * - Custom columns: normalized by type (see `normalizeCustomValue`); blank ones are dropped.
 *
 * @example normalizeContact({ fields: { fullName: ['DR. JANE DOE'], email: ['Jane@Acme.com'] }, custom: {} })
 */
export function normalizeContact(mapped: MappedRow, options: NormalizeContactOptions = {}): ContactRecord {
  // Members are added in the merge's field order (the address held until its turn), so a record is
  // its contact's record as it is (`ownSurvivor`), not copied member by member.
  const record = emptyContactRecord();
  const issues = record.issues;
  const fields = inOneShape(mapped.fields, issues);

  applyName(record, fields);

  const countryRaw = firstValue(fields.country);
  let country = countryRaw === undefined ? undefined : (normalizeCountry(countryRaw) ?? countryRaw);
  const cityCell = firstValue(fields.city);
  const regionCell = firstValue(fields.region);
  let city = cityCell === undefined ? undefined : collapseWhitespace(cityCell);
  let region = regionCell === undefined ? undefined : collapseWhitespace(regionCell);
  const location = firstValue(fields.location);
  if (location !== undefined) {
    const parsed = parseLocation(location);
    country ??= parsed.country;
    city ??= parsed.city;
    region ??= parsed.region;
  }

  const collected = collectEmails(fields.email, issues);
  record.emails = collected.emails;
  if (collected.exchangeAddresses.length > 0) {
    record.custom[exchangeAddressKey] = { value: collected.exchangeAddresses.join('; '), type: 'id' };
    for (const value of collected.exchangeAddresses) issues.push({ field: 'email', value, reason: exchangeAddressReason(exchangeAddressKey) });
  }
  // The row's country, else the country of its other address (Outlook's Home Country), else the default.
  const phoneCountry = country !== undefined && country.length === 2 ? country : (addressCountry(mapped.custom) ?? options.defaultCountry);
  let extensions: string[] | undefined;
  for (const cell of fields.phone ?? []) {
    const { phones, invalid } = normalizePhones(cell, phoneCountry);
    // The first cell's numbers are distinct already (normalizePhones drops repeats): one array of their size.
    if (record.phones.length === 0) record.phones = phones.map((phone) => phone.e164);
    else for (const phone of phones) if (!record.phones.includes(phone.e164)) record.phones.push(phone.e164);
    for (const phone of phones) {
      if (phone.extension === undefined) continue;
      const text = `${phone.e164} ext. ${phone.extension}`;
      if (!(extensions ??= []).includes(text)) extensions.push(text);
    }
    for (const value of invalid) {
      const national = !value.trim().startsWith('+') && !value.trim().startsWith('00');
      // No country anywhere in the row: its email's country domain (`.co.uk`) may read the number.
      const byEmail = phoneCountry === undefined && national ? emailDomainCountry(record.emails) : undefined;
      const read = byEmail && normalizePhone(value, byEmail.country);
      if (byEmail && read) {
        if (!record.phones.includes(read.e164)) record.phones.push(read.e164);
        issues.push({ field: 'phone', value, reason: emailCountryPhoneReason(byEmail) });
        continue;
      }
      // A formula (`=2+5`) is no number with any country: the country advice would mislead.
      const reason = isScientificNotation(value)
        ? scientificNotationPhoneReason
        : looksLikeFormula(value)
          ? 'a spreadsheet formula, not a phone number: kept as given in invalidPhones'
          : phoneCountry === undefined && national
          ? 'no country code and no country for this row: add a Country column or pass --country CC'
          : `not a valid phone number${phoneCountry ? ` for ${phoneCountry}` : ''}`;
      issues.push({ field: 'phone', value, reason });
    }
  }

  // A column of the file with this name keeps its own value.
  if (extensions !== undefined) record.custom[phoneExtensionsKey] ??= { value: extensions.join('; '), type: 'text' };

  const companyRaw = firstValue(fields.company);
  const company = companyRaw === undefined ? undefined : companyNameOf(companyRaw);
  if (company !== undefined && !isPlaceholderValue(company.display)) {
    record.company = company.display;
    if (!company.nonCompany) record.companyKey = company.key;
  }

  const websites = sortWebsiteCells(fields.website);
  const website = websites.website;
  const websiteDomain = website === undefined ? undefined : domainFromWebsite(website);
  if (website === undefined || websiteDomain === undefined || record.company === undefined || record.companyKey === undefined) {
    const domain = websiteDomain ?? domainFromEmails(record.emails);
    if (domain !== undefined) record.domain = domain;
  } else {
    // both a company and a website's domain: the one case where they can disagree
    const emails = record.emails;
    const chosen = chooseCompanyDomain({
      company: { name: record.company, key: record.companyKey },
      website: { value: website, domain: websiteDomain },
      emailDomain: () => domainFromEmails(emails),
    });
    if (chosen.domain !== undefined) record.domain = chosen.domain;
    if (chosen.issue !== undefined) issues.push(chosen.issue);
  }
  if (website !== undefined) record.website = website;

  // Title first: it adds no issue, so the issues keep their order.
  applyTitle(record, firstValue(fields.title), firstValue(fields.department), firstValue(fields.seniority));
  // A LinkedIn column wins over a LinkedIn page kept among the websites.
  applyLinkedin(record, withMore(fields.linkedinUrl, websites.profiles), withMore(fields.companyLinkedinUrl, websites.companyPages), issues);

  const street = firstValue(fields.street);
  if (street !== undefined) record.street = collapseWhitespace(street);
  if (city !== undefined) record.city = city;
  if (region !== undefined) record.region = region;
  const postcode = firstValue(fields.postcode);
  if (postcode !== undefined) record.postcode = postcode.toUpperCase().replace(postcodeSpaces, '');
  if (country !== undefined) record.country = country;

  const industry = firstValue(fields.industry);
  if (industry !== undefined) record.industry = collapseWhitespace(industry);
  const employees = firstValue(fields.employees);
  if (employees !== undefined) {
    const count = parseEmployeeCount(employees);
    if (count === undefined) {
      issues.push({ field: 'employees', value: employees, reason: 'unparseable employee count' });
    } else {
      record.employees = count.count;
      if (count.range !== undefined) record.custom[employeesRangeKey] = { value: count.range, type: 'text' };
    }
  }
  const notes = firstValue(fields.notes);
  if (notes !== undefined) record.notes = notes;
  const externalId = firstValue(fields.externalId);
  if (externalId !== undefined) record.externalId = externalId;
  record.technologies = splitList(fields.technologies);
  record.tags = normalizeTags(fields.tags);

  const isoDate = isoDates[options.datePreference ?? 'month-first'];
  const birthRaw = firstValue(fields.birthDate);
  const yearless = birthRaw === undefined ? null : birthdayWithoutYear.exec(birthRaw.trim());
  let birthDate: string | undefined;
  if (yearless !== null) record.custom[birthdayWithoutYearKey] = { value: yearless[0], type: 'text' };
  else birthDate = dateField('birthDate', birthRaw, isoDate, issues);
  const connectedOn = dateField('connectedOn', firstValue(fields.connectedOn), isoDate, issues);
  if (connectedOn !== undefined) record.connectedOn = connectedOn;
  if (birthDate !== undefined) record.birthDate = birthDate;

  // Made only for a row with custom columns (many files have none).
  let customOptions: NormalizeCustomValueOptions | undefined;
  for (const column in mapped.custom) {
    const custom = mapped.custom[column] as MappedRow['custom'][string];
    customOptions ??= customValueOptions(phoneCountry, options.datePreference);
    const normalized = normalizeCustomValue(column, custom, customOptions);
    if (normalized.value !== undefined) record.custom[column] = normalized.value;
    if (normalized.issue !== undefined) issues.push(normalized.issue);
  }
  return record;
}

/** `text` with each whitespace run as one space; most cells need no change, and are returned without a copy. */
function collapseWhitespace(text: string): string {
  return uncollapsedWhitespace.test(text) ? text.replace(whitespaceRun, ' ') : text;
}

/** normalizeCustomValue's options for a row: its phone country and the file's date order, when there are. */
function customValueOptions(defaultCountry: string | undefined, datePreference: NormalizeContactOptions['datePreference']): NormalizeCustomValueOptions {
  const options: NormalizeCustomValueOptions = {};
  if (defaultCountry !== undefined) options.defaultCountry = defaultCountry;
  if (datePreference !== undefined) options.datePreference = datePreference;
  return options;
}

/** The ISO date in `raw`, or `undefined` (with an issue when `raw` was there but unparseable). */
function dateField(field: 'birthDate' | 'connectedOn', raw: string | undefined, isoDate: (raw: string) => string | undefined, issues: FieldIssue[]): string | undefined {
  if (raw === undefined) return undefined;
  const iso = isoDate(raw);
  if (iso === undefined) issues.push({ field, value: raw, reason: 'unparseable date' });
  return iso;
}

function domainFromEmails(emails: readonly EmailInfo[]): string | undefined {
  for (const email of emails) {
    if (!email.valid) continue;
    const domain = domainFromEmail(email.address);
    if (domain !== undefined) return domain;
  }
  return undefined;
}

function withMore(cells: readonly string[] | undefined, more: readonly string[]): readonly string[] | undefined {
  return more.length === 0 ? cells : [...(cells ?? []), ...more];
}

function applyLinkedin(
  record: ContactRecord,
  profileCells: readonly string[] | undefined,
  companyCells: readonly string[] | undefined,
  issues: FieldIssue[],
): void {
  for (const cell of profileCells ?? []) {
    const trimmed = cell.trim();
    if (trimmed.length === 0 || isPlaceholderValue(trimmed)) continue;
    const canonical = canonicalLinkedinUrl(trimmed);
    if (canonical === undefined) {
      issues.push({ field: 'linkedinUrl', value: trimmed, reason: 'not a LinkedIn profile URL' });
    } else if (record.linkedinUrl === undefined) {
      record.linkedinUrl = canonical.url;
      record.linkedinSlug = canonical.slug;
    }
  }
  for (const cell of companyCells ?? []) {
    const trimmed = cell.trim();
    if (trimmed.length === 0 || isPlaceholderValue(trimmed)) continue;
    const canonical = canonicalLinkedinCompanyUrl(trimmed);
    if (canonical === undefined) {
      issues.push({ field: 'companyLinkedinUrl', value: trimmed, reason: 'not a LinkedIn company URL' });
    } else {
      record.companyLinkedinUrl ??= canonical.url;
    }
  }
}

function applyTitle(
  record: ContactRecord,
  title: string | undefined,
  department: string | undefined,
  seniorityLabel: string | undefined,
): void {
  if (title !== undefined) record.title = collapseWhitespace(title);
  if (department !== undefined) record.department = collapseWhitespace(department);
  const seniority =
    (seniorityLabel === undefined ? undefined : seniorityFromLabel(seniorityLabel)) ??
    (title === undefined ? undefined : titleToSeniority(title)) ??
    (seniorityLabel === undefined ? undefined : titleToSeniority(seniorityLabel));
  if (seniority !== undefined) record.seniority = seniority;
  const fromTitle = title === undefined ? undefined : titleToFunction(title);
  const fromDepartment = department === undefined ? undefined : departmentToFunction(department);
  const jobFunction =
    fromTitle !== undefined && fromTitle !== 'other' ? fromTitle : fromDepartment !== undefined && fromDepartment !== 'other' ? fromDepartment : (fromTitle ?? fromDepartment);
  if (jobFunction !== undefined) record.function = jobFunction;
}

/**
 * `fields` copied into an object that has every field, in one order. Rows come in hundreds of shapes
 * (whichever fields a row fills, in whichever order the columns came), and each of the thirty reads
 * of a field by name below then misses V8's inline caches; a `for…in` copy reads the row's own keys
 * through its enumeration cache instead, and every later read sees the one shape. Values are the
 * same: a field the row lacks reads as `undefined` either way.
 *
 * The same pass reports cells that a spreadsheet would run as a formula (`=HYPERLINK(...)`,
 * `@SUM(A1)`; see `looksLikeFormula`): they are kept as text (and neutralized on export), but
 * said, since a name or company should never be one.
 */
function inOneShape(fields: MappedRow['fields'], issues: FieldIssue[]): MappedRow['fields'] {
  // every field listed (the type makes a new ContactField a compile error here until it is added)
  const uniform: Record<ContactField, string[] | undefined> = {
    fullName: undefined,
    firstName: undefined,
    middleName: undefined,
    lastName: undefined,
    honorific: undefined,
    nameSuffix: undefined,
    email: undefined,
    phone: undefined,
    company: undefined,
    title: undefined,
    department: undefined,
    seniority: undefined,
    linkedinUrl: undefined,
    website: undefined,
    companyLinkedinUrl: undefined,
    street: undefined,
    city: undefined,
    region: undefined,
    postcode: undefined,
    country: undefined,
    location: undefined,
    industry: undefined,
    employees: undefined,
    technologies: undefined,
    notes: undefined,
    tags: undefined,
    externalId: undefined,
    connectedOn: undefined,
    birthDate: undefined,
  };
  for (const key in fields) {
    const values = fields[key as ContactField];
    uniform[key as ContactField] = values;
    if (values === undefined) continue;
    for (const value of values) {
      if (looksLikeFormula(value)) issues.push({ field: key, value, reason: 'looks like a spreadsheet formula: kept as text, neutralized on export' });
    }
  }
  moveContactDetailsOutOfNames(uniform, issues);
  return uniform;
}
