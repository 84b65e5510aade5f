import type { ContactRecord, EmailInfo } from '../../contacts/contact.js';

/**
 * Compact stored form of a contact record. Every record carries six list members that are mostly
 * empty and a five-member object per email; at 100k contacts those are ~10 MB of JSON that PGlite
 * would ingest for nothing. Stored: empty `emails`/`phones`/`technologies`/`tags`/`issues` arrays and
 * an empty `custom` object are left out, and each email is `[address, flags]` (bits: 1 valid,
 * 2 role, 4 free, 8 disposable). `decodeRecord` restores the plain record, and reads the plain
 * form (records stored before this encoding) unchanged.
 * @internal
 */
export type StoredRecord = Omit<ContactRecord, 'emails'> & { emails?: Array<EmailInfo | CompactEmail> };

/** `[address, flags]`. @internal */
export type CompactEmail = [string, number];

const listMembers = ['emails', 'phones', 'technologies', 'tags', 'issues'] as const;

function emailFlags(email: EmailInfo): number {
  return (email.valid ? 1 : 0) | (email.role ? 2 : 0) | (email.free ? 4 : 0) | (email.disposable ? 8 : 0);
}

/** True when `email` has exactly the five members of `EmailInfo`, so the tuple form loses nothing. */
function isPlainEmail(email: EmailInfo): boolean {
  let members = 0;
  for (const key in email) {
    if (key !== 'address' && key !== 'valid' && key !== 'role' && key !== 'free' && key !== 'disposable') return false;
    members += 1;
  }
  return members === 5 && typeof email.address === 'string';
}

/** The record in its stored form (see `StoredRecord`). @internal */
export function encodeRecord(record: ContactRecord): StoredRecord {
  const stored: Record<string, unknown> = {};
  for (const key in record) {
    const value = record[key as keyof ContactRecord];
    if (value === undefined) continue;
    if (key === 'emails') {
      if (record.emails.length > 0) stored[key] = record.emails.map((email) => (isPlainEmail(email) ? [email.address, emailFlags(email)] : email));
    } else if (key === 'custom') {
      if (Object.keys(record.custom).length > 0) stored[key] = value;
    } else if (!(Array.isArray(value) && value.length === 0 && (listMembers as readonly string[]).includes(key))) {
      stored[key] = value;
    }
  }
  return stored as StoredRecord;
}

/**
 * The plain record back from its stored form (compact or plain), completed in place: `stored` is a
 * freshly parsed document its caller owns (a copy per contact cost a third of decoding 80k summaries).
 * Members keep their order; restored empty lists come last, as a copy would put them. @internal
 */
export function decodeRecord(stored: StoredRecord): ContactRecord {
  const record = stored as ContactRecord & { emails: Array<EmailInfo | CompactEmail> };
  const emails = record.emails ?? [];
  for (let index = 0; index < emails.length; index++) {
    const email = emails[index];
    if (!Array.isArray(email)) continue;
    const [address, flags] = email;
    emails[index] = { address, valid: (flags & 1) !== 0, role: (flags & 2) !== 0, free: (flags & 4) !== 0, disposable: (flags & 8) !== 0 };
  }
  record.emails = emails;
  record.phones ??= [];
  record.technologies ??= [];
  record.tags ??= [];
  record.custom ??= {};
  record.issues ??= [];
  return record as ContactRecord;
}
