import type { DedupResult } from '../dedup/index.js';
import type { ContactSummary, StoredContact, TenantStore } from '../../store/store.js';

/**
 * Accepted row index → index in `existing` of the live contact an earlier import put the row into,
 * for the rows stored before with the same key (see `createImportRowKeyer`).
 */
export async function linkSeenRows(store: TenantStore, existing: readonly ContactSummary[], rowKeys: readonly string[]): Promise<Map<number, number>> {
  const linked = new Map<number, number>();
  if (existing.length === 0 || rowKeys.length === 0) return linked;
  const contactOf = await store.imports.contactsByRowKey(rowKeys.filter((key) => key !== ''));
  if (contactOf.size === 0) return linked;
  const indexOf = new Map(existing.map((contact, index) => [contact.id, index]));
  rowKeys.forEach((key, row) => {
    const contact = contactOf.get(key);
    // A contact merged into another since (or deleted) is not live: such a row is matched afresh.
    const index = contact === undefined ? undefined : indexOf.get(contact);
    if (index !== undefined) linked.set(row, index);
  });
  return linked;
}

/** Dedup's result when every accepted row is linked: one cluster per linked contact, its rows after it. */
export function linkedClusters(existingCount: number, linkedTo: ReadonlyMap<number, number>): Pick<DedupResult, 'clusters' | 'pairs' | 'stats'> {
  const started = performance.now();
  const byContact = new Map<number, number[]>();
  for (const [row, contact] of linkedTo) {
    let members = byContact.get(contact);
    if (members === undefined) byContact.set(contact, (members = [contact]));
    members.push(existingCount + row);
  }
  const clusters = [...byContact.values()].map((members) => members.sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  const records = existingCount + linkedTo.size;
  return {
    clusters,
    pairs: [],
    stats: { records, candidatePairs: 0, clusterMatePairs: 0, pairsPerRecord: 0, comparisons: 0, matchedPairs: 0, clusters: clusters.length, ms: performance.now() - started },
  };
}

/** Dedup's `focus` for a re-import: 1 for the accepted rows not linked, 0 for the stored contacts and the linked rows. */
export function unlinkedRows(existingCount: number, acceptedCount: number, linkedTo: ReadonlyMap<number, number>): Uint8Array {
  const focus = new Uint8Array(existingCount + acceptedCount);
  for (let row = 0; row < acceptedCount; row++) if (!linkedTo.has(row)) focus[existingCount + row] = 1;
  return focus;
}

/**
 * The stored contacts an import rewrites, read whole (values and sources): those of the clusters
 * that hold a row not linked to the cluster's stored contact, or more than one stored contact.
 * A cluster whose rows are all linked to its contact leaves it as it was, so its summary serves.
 */
export async function wholeContacts(
  store: TenantStore,
  existing: readonly ContactSummary[],
  clusters: readonly number[][],
  linkedTo: ReadonlyMap<number, number>,
): Promise<Map<string, StoredContact>> {
  const ids: string[] = [];
  for (const cluster of clusters) {
    const head = cluster[0];
    if (head === undefined || head >= existing.length) continue;
    let stored = 0;
    let fresh = false;
    for (const index of cluster) {
      if (index < existing.length) stored += 1;
      else if (linkedTo.get(index - existing.length) !== head) fresh = true;
    }
    if (!fresh && stored === 1) continue;
    for (const index of cluster) if (index < existing.length) ids.push(existing[index]?.id ?? '');
  }
  const contacts = await store.contacts.getMany(ids);
  return new Map(contacts.map((contact) => [contact.id, contact]));
}
