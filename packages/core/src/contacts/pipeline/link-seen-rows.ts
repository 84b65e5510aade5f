import type { ContactRecord } from '../contact.js';
import { dedup, type DedupOptions, type DedupPair, type DedupResult } from '../dedup/index.js';
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

/**
 * Dedup of an import that links some rows (`linkedTo`, accepted row → stored contact) and not all:
 * the stored contacts and the rows not linked are matched, only the latter may still pair (dedup's
 * `focus`), and each linked row then joins its contact's cluster. The linked rows are left out of
 * matching: their contacts stand for them, and blocking, features and the model no longer grow with
 * the rows a weekly re-export repeats. `records` are the stored contacts' records, then the accepted
 * rows'; clusters and pairs come back in that index space.
 */
export function matchUnlinkedRows(
  records: ReadonlyArray<ContactRecord | undefined>,
  existingCount: number,
  linkedTo: ReadonlyMap<number, number>,
  options: DedupOptions = {},
): Pick<DedupResult, 'clusters' | 'pairs' | 'stats'> {
  /** Index in `records` of each record matched: the stored contacts, then the rows not linked or linked to a contact whose record differs. */
  const fullIndex: number[] = [];
  const matched: ContactRecord[] = [];
  /** Linked rows left out (accepted row → stored contact): their records equal their contacts'. */
  const standIns = new Map<number, number>();
  for (let index = 0; index < records.length; index++) {
    const contact = index >= existingCount ? linkedTo.get(index - existingCount) : undefined;
    if (contact !== undefined && sameRecord(records[index], records[contact])) {
      standIns.set(index - existingCount, contact);
      continue;
    }
    fullIndex.push(index);
    matched.push(records[index] as ContactRecord);
  }
  const focus = new Uint8Array(matched.length);
  const links: Array<[number, number]> = [];
  for (let index = existingCount; index < matched.length; index++) {
    const contact = linkedTo.get((fullIndex[index] ?? 0) - existingCount);
    if (contact === undefined) focus[index] = 1;
    else links.push([contact, index]);
  }
  const result = dedup(matched, { ...options, existingCount, focus, links });
  const toFull = (index: number): number => fullIndex[index] ?? index;
  const clusters = result.clusters.map((cluster) => cluster.map(toFull));
  // Stored contacts keep their indexes (they come first in both spaces).
  const clusterOf = new Map<number, number[]>();
  for (const cluster of clusters) for (const index of cluster) if (index < existingCount) clusterOf.set(index, cluster);
  const pairs: DedupPair[] = result.pairs.map((pair) => ({ ...pair, a: toFull(pair.a), b: toFull(pair.b) }));
  const joined = new Set<number[]>();
  for (const [row, contact] of standIns) {
    const cluster = clusterOf.get(contact);
    // dedup returns every record in a cluster: a stored contact missing from them is a bug
    if (cluster === undefined) throw new Error(`matchUnlinkedRows: stored contact ${contact} is in no cluster`);
    cluster.push(existingCount + row);
    joined.add(cluster);
    pairs.push({ a: contact, b: existingCount + row, score: 1, reason: { keys: ['row'], score: 1, evidence: {} } });
  }
  for (const cluster of joined) cluster.sort((a, b) => a - b);
  return { clusters, pairs, stats: result.stats };
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

/** Whether two records hold the same values, in any key order (a linked row that adds nothing its contact lacks). */
function sameRecord(a: ContactRecord | undefined, b: ContactRecord | undefined): boolean {
  return a !== undefined && b !== undefined && sameValue(a, b);
}

/** Deep equality of JSON-like values; an object key whose value is undefined counts as absent. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let leftKeys = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    leftKeys += 1;
    if (!sameValue(left[key], right[key])) return false;
  }
  let rightKeys = 0;
  for (const key in right) if (right[key] !== undefined) rightKeys += 1;
  return leftKeys === rightKeys;
}
