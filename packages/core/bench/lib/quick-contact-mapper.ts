/**
 * A stand-in for mapColumns → normalizeContact, used only when those are not available: maps the
 * benchmark files' known headers to ContactRecord fields by name, everything else to a custom text
 * column.
 */
import type { ContactRecord, FieldType } from '../../src/contacts/contact.js';
import { emptyContactRecord } from '../../src/contacts/empty-contact-record.js';

const roleLocals = new Set(['info', 'admin', 'sales', 'support', 'contact', 'office', 'hello', 'team']);
const freeDomains = new Set(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com']);

/** Maps one raw row (stripped of truth columns) to a ContactRecord. */
export function quickContact(row: Record<string, string>): ContactRecord {
  const record = emptyContactRecord();
  const streetParts: string[] = [];
  for (const [header, raw] of Object.entries(row)) {
    const value = raw.trim();
    if (value === '') continue;
    const key = header.toLowerCase().replace(/[^a-z0-9]+/g, '_');
    if (key === 'given_name' || key === 'first_name') record.firstName = value;
    else if (key === 'surname' || key === 'last_name') record.lastName = value;
    else if (key === 'street_number' || key === 'address_1' || key === 'address') streetParts.push(value);
    else if (key === 'suburb' || key === 'city') record.city = value;
    else if (key === 'postcode' || key === 'zip') record.postcode = value;
    else if (key === 'state') record.region = value;
    else if (key === 'date_of_birth' || key === 'dob') {
      const digits = value.replace(/\D/g, '');
      if (digits.length === 8) record.birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
    } else if (key === 'email' || key === 'email_address') {
      const address = value.toLowerCase();
      const local = address.split('@')[0] ?? '';
      const domain = address.split('@')[1] ?? '';
      record.emails.push({ address, valid: true, role: roleLocals.has(local), free: freeDomains.has(domain), disposable: false });
    } else if (key === 'phone') record.phones.push(value.replace(/\D/g, ''));
    else if (key === 'site_name' || key === 'company') {
      record.company = value;
      record.companyKey = value.toLowerCase().replace(/\b(inc|llc|ltd|gmbh|corp|co)\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
    } else if (key === 'full_name') record.fullName = value;
    else if (key === 'job_title' || key === 'title') record.title = value;
    else if (key === 'linkedin_url') {
      const slug = /\/in\/([^/?#]+)/.exec(value)?.[1];
      if (slug !== undefined) record.linkedinSlug = decodeURIComponent(slug).toLowerCase();
    } else if (key === 'country') record.country = value;
    else if (key === 'industry') record.industry = value;
    else if (key === 'employees') record.employees = Number(value);
    else if (key === 'technologies') record.technologies = value.split(/[;,]\s*/);
    else if (key === 'website') record.website = value;
    else {
      const type: FieldType = key === 'soc_sec_id' ? 'id' : key === 'address_2' ? 'address' : key === 'fax' ? 'phone' : 'text';
      record.custom[header] = { value, type };
    }
  }
  if (streetParts.length > 0) record.street = streetParts.join(' ');
  return record;
}
