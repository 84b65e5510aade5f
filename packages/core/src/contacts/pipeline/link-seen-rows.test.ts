import { describe, expect, it } from 'vitest';
import { contact, sampleContacts } from '../dedup/__fixtures__/sample-contacts.js';
import { dedup } from '../dedup/index.js';
import { matchUnlinkedRows } from './link-seen-rows.js';

describe('matchUnlinkedRows', () => {
  it('leaves out linked rows equal to their contacts, matches the rest and puts every row in its contact cluster', () => {
    // Stored: anna (0) and boris (1). Rows: anna again as stored (2), boris with another spelling
    // (3, linked but different), a new anna row with a typo (4), a new person (5).
    const anna = contact({ firstName: 'anna', lastName: 'adler', email: 'anna.adler@example.com', city: 'berlin' });
    const boris = contact({ firstName: 'boris', lastName: 'becker', email: 'boris@example.com' });
    const records = [
      anna,
      boris,
      structuredClone(anna),
      contact({ firstName: 'borys', lastName: 'becker', email: 'boris@example.com' }),
      contact({ firstName: 'ana', lastName: 'adler', email: 'anna.adler@example.com', city: 'berlin' }),
      contact({ firstName: 'carla', lastName: 'castro', email: 'carla@example.com' }),
    ];
    const linkedTo = new Map([
      [0, 0],
      [1, 1],
    ]);

    const result = matchUnlinkedRows(records, 2, linkedTo);

    // the row equal to anna's record is not matched: 2 stored + the differing linked row + 2 new rows
    expect(result.stats.records).toBe(5);
    expect(result.clusters).toEqual([[0, 2, 4], [1, 3], [5]]);
    expect(result.pairs).toContainEqual(expect.objectContaining({ a: 0, b: 2, reason: expect.objectContaining({ keys: ['row'] }) }));
    expect(result.pairs).toContainEqual(expect.objectContaining({ a: 0, b: 4 }));
    expect(result.pairs).toContainEqual(expect.objectContaining({ a: 1, b: 3, reason: expect.objectContaining({ keys: expect.arrayContaining(['row']) }) }));
  });

  it('gives the sample list the clusters that matching every record with the same links gives', () => {
    const { records: people } = sampleContacts();
    // Every other record of the list is stored as it is; the file repeats the whole list, so its
    // even rows are linked to their stored contacts and its odd rows are new.
    const stored = people.filter((_, index) => index % 2 === 0);
    const records = [...stored, ...people.map((record) => structuredClone(record))];
    const linkedTo = new Map(stored.map((_, index) => [2 * index, index]));

    const result = matchUnlinkedRows(records, stored.length, linkedTo);

    // the linked rows are left out: the stored records and the new rows are matched
    expect(result.stats.records).toBe(stored.length + people.length - linkedTo.size);
    const focus = new Uint8Array(records.length);
    for (let row = 1; row < people.length; row += 2) focus[stored.length + row] = 1;
    const links = [...linkedTo].map(([row, contact]): [number, number] => [contact, stored.length + row]);
    const full = dedup(records, { existingCount: stored.length, links, focus });
    expect(full.stats.records).toBe(records.length);
    expect(result.clusters).toEqual(full.clusters);
    // some new rows joined stored contacts (the check is not vacuous)
    expect(result.clusters.filter((cluster) => cluster[0]! < stored.length && cluster.some((index) => index >= stored.length && !linkedTo.has(index - stored.length))).length).toBeGreaterThan(5);
  });
});
