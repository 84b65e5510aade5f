import type { ContactField, FieldIssue } from '../contact.js';

/**
 * Takes email addresses and phone numbers out of the name fields of a row (in place), into its
 * emails and phones: a CRM or an export fills the name with the address or number of a contact
 * that has no name. The cell stays in the raw row (the import keeps every cell as read).
 */
export function moveContactDetailsOutOfNames(fields: Record<ContactField, string[] | undefined>, issues: FieldIssue[]): void {
  for (const field of nameFieldsToCheck) {
    const values = fields[field];
    if (values !== undefined && values.some(mayBeContactDetail)) fields[field] = contactDetailsOutOfName(field, values, fields, issues);
  }
}

/** Name fields a CRM or an export fills with an email address or a phone number when it has no name. */
const nameFieldsToCheck = ['fullName', 'firstName', 'lastName'] as const;
const wholeEmail = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[a-z]{2,}$/i;
// `Jane Doe <jane@acme.com>`, as mail clients write an address.
const nameWithAddress = /^(.*?)\s*<([^\s@<>]+@[^\s@<>]+\.[a-z]{2,})>$/i;
// Digits with the spaces, dashes, dots, slashes and brackets phone numbers are written with, after an optional `+`.
const phoneShape = /^\+?[\d\s().\-/]+$/;
const nonDigits = /\D/g;
/** Digits of the shortest subscriber number with its area code (7: `555 0101` is a number, `2024` a year). */
const minPhoneDigits = 7;
/** E.164 allows 15 digits. */
const maxPhoneDigits = 15;
const firstDigit = /\d/;

function mayBeContactDetail(value: string): boolean {
  return value.includes('@') || firstDigit.test(value);
}

/** The digits of `value` when it is written as a phone number and nothing else, else undefined. */
function phoneDigits(value: string): string | undefined {
  if (!phoneShape.test(value)) return undefined;
  const digits = value.replace(nonDigits, '');
  return digits.length >= minPhoneDigits && digits.length <= maxPhoneDigits ? digits : undefined;
}

/**
 * The values of a name field with email addresses and phone numbers taken out: a cell that is an
 * address (`john.doe@acme.com`, a contact with no name in the source) becomes one of the row's
 * emails instead of the name `John.doe@acme.com`; `Jane Doe <jane@acme.com>` keeps `Jane Doe` and
 * gives the address; a cell that is a phone number (`+1 (415) 555-0101`) becomes one of the row's
 * phones instead of first name `+1`, last name `555-0101`. Each is reported, unless the row's email
 * or phone columns already hold it (the same digits, with or without the country code).
 */
function contactDetailsOutOfName(field: ContactField, values: readonly string[], uniform: Record<ContactField, string[] | undefined>, issues: FieldIssue[]): string[] | undefined {
  const kept: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    const digits = phoneDigits(trimmed);
    if (digits !== undefined) {
      const phones = (uniform.phone ??= []);
      // `(415) 555-0101` beside `+1 415 555 0101`: one ends with the other's digits.
      const known = phones.some((phone) => {
        const other = phone.replace(nonDigits, '');
        return other.length >= minPhoneDigits && (other.endsWith(digits) || digits.endsWith(other));
      });
      if (!known) {
        phones.push(trimmed);
        issues.push({ field, value, reason: 'a phone number, not a name: read as a phone' });
      }
      continue;
    }
    const bracketed = nameWithAddress.exec(trimmed);
    const address = wholeEmail.test(trimmed) ? trimmed : bracketed?.[2];
    if (address === undefined) {
      kept.push(value);
      continue;
    }
    const emails = (uniform.email ??= []);
    const known = emails.some((email) => email.trim().toLowerCase() === address.toLowerCase());
    if (!known) emails.push(address);
    const name = bracketed?.[1]?.trim();
    if (name) kept.push(name);
    // A name cell repeating the row's own email (an export's display name for a contact without one) needs no look.
    if (!known) issues.push({ field, value, reason: name ? 'name with an email address: the address is read as an email' : 'an email address, not a name: read as an email' });
  }
  return kept.length > 0 ? kept : undefined;
}
