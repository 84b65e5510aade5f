import { describe, expect, it } from 'vitest';
import { contact, sampleContacts } from './__fixtures__/sample-contacts.js';
import { dedup } from './dedup.js';
import { createDedupIndex } from './dedup-index.js';

describe('createDedupIndex', () => {
  it('resolves a new row to its existing duplicate and misses a stranger', () => {
    const { records } = sampleContacts();
    const model = dedup(records).model;
    const index = createDedupIndex(records, { model });
    const target = records[10];
    if (target === undefined) throw new Error('fixture too small');
    const resolved = index.resolve(contact({ firstName: target.firstName ?? '', lastName: target.lastName ?? '', birthDate: target.birthDate ?? '', city: target.city ?? '' }));
    expect(resolved.match).toBeDefined();
    const matched = records[resolved.match ?? -1];
    expect([matched?.firstName, matched?.lastName, matched?.birthDate]).toEqual([target.firstName, target.lastName, target.birthDate]);
    expect(resolved.score).toBeGreaterThanOrEqual(0.9);
    expect(index.resolve(contact({ firstName: 'zebulon', lastName: 'quixote', city: 'lima' })).match).toBeUndefined();
  });

  it('matches exact keys and finds records added later', () => {
    const { records } = sampleContacts();
    const index = createDedupIndex(records);
    const added = index.add(contact({ firstName: 'zelda', lastName: 'quinn', email: 'zq@acme.io' }));
    expect(added).toBe(records.length);
    expect(index.size).toBe(records.length + 1);
    const resolved = index.resolve(contact({ firstName: 'zelda', lastName: 'quinn', email: 'zq@acme.io', city: 'oslo' }));
    expect(resolved.match).toBe(added);
    expect(resolved.reason?.keys).toContain('email');
  });

  it('resolves a query alike whatever was resolved before it: no value of the previous query stays', () => {
    const { records } = sampleContacts();
    records.push(contact({ firstName: 'zelda', lastName: 'quinn', email: 'zq@acme.io', title: 'Head of Growth' }));
    records.push(contact({ email: 'info@primesignal.io', company: 'Prime Signal', companyKey: 'prime signal' }));
    const queries = [
      contact({ firstName: 'zelda', lastName: 'quinn', email: 'zq@acme.io', title: 'Accountant' }),
      contact({ email: 'info@primesignal.io', company: 'Prime Signal', companyKey: 'prime signal' }),
    ];
    const alone = queries.map((query) => createDedupIndex(records).resolve(query));
    // the shared inbox is one contact
    expect(alone[1]?.match).toBe(records.length - 1);
    const index = createDedupIndex(records);
    index.resolve(contact({ firstName: 'yusuf', lastName: 'okafor', title: 'Head of Growth' }));
    expect(queries.map((query) => index.resolve(query))).toEqual(alone);
  });

  it('lets a query known by its surname only meet a namesake added later, but not a complete query', () => {
    const { records } = sampleContacts();
    const index = createDedupIndex(records);
    index.add(contact({ firstName: 'Zelda', lastName: 'Quinn', email: 'zq@acme.io' }));
    // a probe (one name, no identifier) is scored against the surname block's target
    expect(index.resolve(contact({ lastName: 'Quinn' })).score).toBeGreaterThan(0);
    // two complete records with identifiers never meet through a surname alone
    expect(index.resolve(contact({ firstName: 'Xavier', lastName: 'Quinn', email: 'xq@other.io' })).score).toBe(0);
  });
});
