import type { ContactRecord } from '../contact.js';

/**
 * True when a record names or reaches a person: a name, a valid email, a phone or a LinkedIn
 * profile. A row without any of these cannot be contacted or deduplicated and is rejected.
 */
export function hasIdentity(record: ContactRecord): boolean {
  return Boolean(
    record.fullName ||
      record.firstName ||
      record.lastName ||
      record.linkedinSlug ||
      record.phones.length > 0 ||
      record.emails.some((email) => email.valid),
  );
}
