import { describe, expect, it } from 'vitest';
import { contact } from './__fixtures__/sample-contacts.js';
import { candidatePairs } from './blocking.js';
import { buildFeatures } from './record-features.js';
import { identifyingColumn, markSharedColumns } from './shared-columns.js';
import type { ContactRecord, CustomValue, FieldType } from '../contact.js';

function id(value: string): CustomValue {
  return { value, type: 'id' };
}

/** Ten different people; `unit` a house number typed as an id (five records per value), `member` a real id. */
function people(): ContactRecord[] {
  const names = ['anna adler', 'boris becker', 'carla castro', 'david dietrich', 'elena engel', 'felix fischer', 'greta garcia', 'hugo hoffmann', 'ines ivanova', 'jonas jansen'];
  return names.map((name, index) => {
    const [firstName, lastName] = name.split(' ');
    const record = contact({ firstName, lastName, phone: `49301234${String(index).padStart(2, '0')}` });
    record.custom = { unit: id(String(index % 2)), member: id(`m-${index}`) };
    return record;
  });
}

function pairsOf(records: ContactRecord[]): string[] {
  const features = buildFeatures(records);
  markSharedColumns(features);
  const candidates = candidatePairs(features);
  return Array.from(candidates.left, (left, k) => `${left}-${candidates.right[k]}`);
}

describe('shared identifier columns', () => {
  it('marks an id column whose values repeat more than four times each, not one that identifies', () => {
    const features = buildFeatures(people());
    markSharedColumns(features);
    const byKey = Object.fromEntries(features.custom.map((column) => [column.key, column.shared]));
    expect(byKey).toEqual({ unit: true, member: false });
  });

  it('counts an id, email or phone column as identifying unless shared; never a url or text column', () => {
    const column = (type: FieldType, shared?: boolean) => ({ key: type, type, values: [], tokens: [], ...(shared === undefined ? {} : { shared }) });
    expect((['id', 'email', 'phone', 'url', 'text'] as const).map((type) => identifyingColumn(column(type)))).toEqual([true, true, true, false, false]);
    expect(identifyingColumn(column('id', true))).toBe(false);
    expect(identifyingColumn(column('id', false))).toBe(true);
  });

  it('does not pair two identified people through a shared value alone', () => {
    expect(pairsOf(people())).toEqual([]);
  });

  it('still pairs a record with one name through the shared value, and an identifying id always', () => {
    const records = people();
    // "Castro" with no first name and no phone shares unit 0 with the even records
    const castro = contact({ lastName: 'castro' });
    castro.custom = { unit: id('0') };
    records.push(castro);
    const pairs = pairsOf(records);
    for (const even of [0, 2, 4, 6, 8]) expect(pairs).toContain(`${even}-10`);
    expect(pairs.some((pair) => pair.startsWith('1-') || pair.endsWith('-1'))).toBe(false);
    // the same member id pairs two complete records
    const twin = contact({ firstName: 'anne', lastName: 'adlerr', phone: '4930999999' });
    twin.custom = { member: id('m-0') };
    expect(pairsOf([...people(), twin])).toContain('0-10');
  });
});
