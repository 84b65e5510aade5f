import type { ContactField, FieldIssue } from '../contact.js';

/**
 * Takes email addresses out of the name fields of a row (in place), into its emails: a CRM or an
 * export fills the name with the address of a contact that has none.
 */
export function moveEmailsOutOfNames(fields: Record<ContactField, string[] | undefined>, issues: FieldIssue[]): void {
  for (const field of nameFieldsToCheck) {
    const values = fields[field];
    if (values !== undefined && values.some((value) => value.includes('@'))) fields[field] = emailsOutOfName(field, values, fields, issues);
  }
}

/** Name fields a CRM or an export fills with an email address when it has no name. */
const nameFieldsToCheck = ['fullName', 'firstName', 'lastName'] as const;
const wholeEmail = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[a-z]{2,}$/i;
// `Jane Doe <jane@acme.com>`, as mail clients write an address.
const nameWithAddress = /^(.*?)\s*<([^\s@<>]+@[^\s@<>]+\.[a-z]{2,})>$/i;

/**
 * The values of a name field with email addresses taken out: a cell that is an address
 * (`john.doe@acme.com`, a contact with no name in the source) becomes one of the row's emails
 * instead of the name `John.doe@acme.com`; `Jane Doe <jane@acme.com>` keeps `Jane Doe` and gives
 * the address. Each is reported, unless the row's email columns already hold the address.
 */
function emailsOutOfName(field: ContactField, values: readonly string[], uniform: Record<ContactField, string[] | undefined>, issues: FieldIssue[]): string[] | undefined {
  const kept: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
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
