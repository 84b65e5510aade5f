import { describe, expect, it } from 'vitest';
import { emptyContactRecord } from '../empty-contact-record.js';
import type { ContactRecord } from '../contact.js';
import { identified, weakIdentifiersWarning as warningOf } from './dedup-warning.js';

function person(parts: Partial<ContactRecord>): ContactRecord {
  return { ...emptyContactRecord(), ...parts };
}

/** The warning for these accepted rows, counted as the import counts them. */
function weakIdentifiersWarning(records: readonly ContactRecord[], duplicatesMerged: number): string | undefined {
  return warningOf(records.filter(identified).length, records.length, duplicatesMerged);
}

describe('weakIdentifiersWarning', () => {
  const named = person({ firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical' });
  const withEmail = person({ firstName: 'Ada', emails: [{ address: 'ada@analytical.io', valid: true, role: false, free: false, disposable: false }] });
  const withId = person({ lastName: 'Babbage', custom: { member: { value: 'm-1', type: 'id' } } });

  it('warns when most rows carry no identifier and rows were merged, with the counts', () => {
    const warning = weakIdentifiersWarning([named, named, named, withEmail], 2);
    expect(warning).toMatch(/^only 1 of 4 rows \(25%\) carry an email, phone, LinkedIn URL or id: the 2 merged rows were matched on names/);
  });

  it('stays quiet when half the rows are identified, or nothing was merged', () => {
    expect(weakIdentifiersWarning([named, withEmail], 1)).toBeUndefined();
    expect(weakIdentifiersWarning([named, named, withId, withId], 1)).toBeUndefined();
    expect(weakIdentifiersWarning([named, named, named], 0)).toBeUndefined();
    expect(weakIdentifiersWarning([], 0)).toBeUndefined();
  });

  it('does not count an invalid address as an identifier', () => {
    const invalid = person({ firstName: 'Ada', emails: [{ address: 'ada@', valid: false, role: false, free: false, disposable: false }] });
    expect(weakIdentifiersWarning([invalid, invalid, named], 1)).toMatch(/^only 0 of 3 rows/);
  });
});
