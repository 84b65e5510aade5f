import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../contact.js';
import { contact, sampleContacts } from './__fixtures__/sample-contacts.js';
import { clusterMatePairs, type RecordPairs } from './cluster-mates.js';
import { dedup } from './dedup.js';
import { buildFeatures } from './record-features.js';

/** Sorted pairs from `[a, b]` tuples. */
function pairsOf(list: readonly (readonly [number, number])[]): RecordPairs {
  const sorted = list.map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a])).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { left: Uint32Array.from(sorted, ([a]) => a), right: Uint32Array.from(sorted, ([, b]) => b), count: sorted.length };
}

function listOf(pairs: RecordPairs): [number, number][] {
  return Array.from({ length: pairs.count }, (_, k) => [pairs.left[k] ?? 0, pairs.right[k] ?? 0]);
}

/** Records named r0, r1, …; those in `dated` have a birth date. */
function features(size: number, dated: readonly number[]) {
  return buildFeatures(Array.from({ length: size }, (_, i) => contact({ firstName: `r${i}`, ...(dated.includes(i) ? { birthDate: '1980-05-05' } : {}) })));
}

describe('clusterMatePairs', () => {
  it('pairs a dated record with the links of its links that blocking did not pair with it, once', () => {
    // links 0-1, 1-2, 2-3; 1-3 is a candidate already
    const candidates = pairsOf([[0, 1], [1, 2], [2, 3], [1, 3], [0, 4]]);
    const mates = clusterMatePairs(features(5, [0, 1, 2, 3]), candidates, [0, 2, 4], 8);
    expect(listOf(mates)).toEqual([[0, 2]]);
  });

  it('skips records without a birth date', () => {
    const candidates = pairsOf([[0, 1], [1, 2]]);
    expect(clusterMatePairs(features(3, []), candidates, [0, 1], 8).count).toBe(0);
    // found from the dated side only
    expect(listOf(clusterMatePairs(features(3, [2]), candidates, [0, 1], 8))).toEqual([[0, 2]]);
  });

  it('keeps at most `maxPerRecord` per record, those reached through the most links first', () => {
    // record 0 links to 1 and 2; both link to 5, only 1 links to 3 and 4
    const candidates = pairsOf([[0, 1], [0, 2], [1, 3], [1, 4], [1, 5], [2, 5]]);
    const links = [0, 1, 2, 3, 4, 5];
    expect(listOf(clusterMatePairs(features(6, [0]), candidates, links, 1))).toEqual([[0, 5]]);
    expect(listOf(clusterMatePairs(features(6, [0]), candidates, links, 2))).toEqual([[0, 3], [0, 5]]);
    expect(clusterMatePairs(features(6, [0]), candidates, links, 0).count).toBe(0);
  });
});

describe('dedup second pass', () => {
  /** The sample list plus one person whose first and third records share no blocking key, each an email with the second. */
  function withChain(dated: boolean): { records: ContactRecord[]; first: number } {
    const { records } = sampleContacts();
    const first = records.length;
    const birthDate = (date: string): { birthDate?: string } => (dated ? { birthDate: date } : {});
    records.push(contact({ firstName: 'zora', city: 'bremen', email: 'zora.w@kettle.org', ...birthDate('1980-05-05') }));
    const middle = contact({ firstName: 'zora', lastName: 'quill', city: 'bremen', email: 'zora.w@kettle.org', ...birthDate('1980-05-05') });
    middle.emails.push({ address: 'quill7@brass.net', valid: true, role: false, free: false, disposable: false });
    records.push(middle);
    records.push(contact({ lastName: 'qiull', email: 'quill7@brass.net', ...birthDate('1981-06-05') }));
    return { records, first };
  }

  const scored = (result: ReturnType<typeof dedup>, a: number, b: number): boolean => {
    const pairs = result.candidates;
    if (pairs === undefined) return false;
    for (let k = 0; k < pairs.count; k++) if (pairs.left[k] === a && pairs.right[k] === b) return true;
    return false;
  };

  it('scores a dated record against the records its strong candidates are strong with', () => {
    const { records, first } = withChain(true);
    const result = dedup(records, { returnCandidates: true });
    expect(scored(result, first, first + 2)).toBe(true);
    expect(result.stats.clusterMatePairs).toBeGreaterThan(0);
    expect(result.stats.candidatePairs).toBe(result.candidates?.count);
    expect(result.clusters.find((cluster) => cluster.includes(first))).toEqual([first, first + 1, first + 2]);
    // blocking alone never pairs them
    expect(scored(dedup(records, { returnCandidates: true, maxClusterMatePairs: 0 }), first, first + 2)).toBe(false);
  });

  it('does not run on a list without birth dates', () => {
    const { records, first } = withChain(false);
    for (const record of records) delete record.birthDate;
    const result = dedup(records, { returnCandidates: true });
    expect(result.stats.clusterMatePairs).toBe(0);
    expect(scored(result, first, first + 2)).toBe(false);
  });
});
