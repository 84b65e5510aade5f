/**
 * Phones held by many records (a switchboard, an office line): agreement on one of them is weak
 * and never an exact key (compare-records.ts).
 */
import { fnvOffset, mixText } from './key-hash.js';

/**
 * Phones held more than `limit` times. Phones are first counted by hash (a count per bucket,
 * capped): only the phones of buckets past the limit are counted exactly, so a million distinct
 * phones never become a million Map keys.
 */
export function phonesSharedBy(table: readonly (readonly string[])[], limit: number): Set<string> {
  // about two buckets a record (2^21 at a million): few buckets of distinct phones pass the limit
  const bits = Math.min(21, Math.max(10, Math.ceil(Math.log2(table.length + 1)) + 1));
  const buckets = new Uint8Array(2 ** bits);
  // a bucket at the cap holds more than `limit` phones, or at least 255 (so the cap is a necessary bound either way)
  const cap = Math.min(255, limit + 1);
  const bucketOf = (phone: string): number => mixText(fnvOffset, phone) >>> (32 - bits);
  for (const phones of table) {
    for (const phone of phones) {
      const bucket = bucketOf(phone);
      if ((buckets[bucket] ?? 0) < cap) buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
  }
  const counts = new Map<string, number>();
  for (const phones of table) for (const phone of phones) if ((buckets[bucketOf(phone)] ?? 0) >= cap) counts.set(phone, (counts.get(phone) ?? 0) + 1);
  const shared = new Set<string>();
  for (const [phone, count] of counts) if (count > limit) shared.add(phone);
  return shared;
}
