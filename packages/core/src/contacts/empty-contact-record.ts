import type { ContactRecord } from './contact.js';

/** A contact record with no values. */
export function emptyContactRecord(): ContactRecord {
  return { emails: [], phones: [], technologies: [], tags: [], custom: {}, issues: [] };
}
