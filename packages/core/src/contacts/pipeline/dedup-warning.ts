import type { ContactRecord } from '../contact.js';

/** Share of accepted rows with an identifier below which an import that merged rows warns. */
export const minIdentifiedShare = 0.5;

/** True when a record carries something only one person has: a valid email, a phone, a LinkedIn profile or an id column. */
export function identified(record: ContactRecord): boolean {
  if (record.linkedinSlug || record.phones.length > 0 || record.emails.some((email) => email.valid)) return true;
  for (const key in record.custom) {
    const type = record.custom[key]?.type;
    if (type === 'id' || type === 'email' || type === 'phone') return true;
  }
  return false;
}

/**
 * A warning for an import whose rows mostly carry no identifier (an event list of names and
 * companies) but were merged: those duplicates were matched on names, companies, places and dates
 * alone, where two people of one name can look alike (febrl's 5,000 different people without
 * their ids: 43 namesake pairs merged). `count` of the `total` accepted rows are `identified`
 * (counted while the import still holds the parsed rows). Undefined when most rows are identified
 * or nothing merged.
 */
export function weakIdentifiersWarning(count: number, total: number, duplicatesMerged: number): string | undefined {
  if (total === 0 || duplicatesMerged === 0 || count >= minIdentifiedShare * total) return undefined;
  const share = Math.round((100 * count) / total);
  return (
    `only ${count} of ${total} rows (${share}%) carry an email, phone, LinkedIn URL or id: the ${duplicatesMerged} merged ` +
    `row${duplicatesMerged === 1 ? ' was' : 's were'} matched on names, companies, places and dates alone, where two people of one name can look alike; ` +
    'review the contacts merged from several rows (column sources of the export) before reaching out'
  );
}
