import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../contacts/contact.js';
import type { FieldValues, StoredFitReason } from '../store.js';
import { decodeFieldValues, decodeFitReasons, encodeFieldValues, encodeFitReasons, rawAsCells, rawFromStored } from './compact-json.js';

const at = '2024-05-01T09:30:00.000Z';
const first: Provenance = { source: 'import', importId: 'imp-1', file: 'a.csv', row: 1, at };
const second: Provenance = { source: 'import', importId: 'imp-1', file: 'a.csv', row: 7, at };

/** Through JSON, as the database would store it. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('encodeFieldValues / decodeFieldValues', () => {
  it('stores each value as [value, index into sources] and reads the same values back', () => {
    const values: FieldValues = {
      email: [
        { value: 'ada@x.example', source: first },
        { value: 'ada@y.example', source: { ...second } },
      ],
      fullName: [{ value: 'Ada', source: first }],
    };
    const encoded = encodeFieldValues(values, [first, second]);
    expect(encoded).toEqual({ email: [['ada@x.example', 0], ['ada@y.example', 1]], fullName: [['Ada', 0]] });
    expect(decodeFieldValues(viaJson(encoded), viaJson([first, second]))).toEqual(values);
  });

  it('keeps a provenance that is not among the sources inline', () => {
    const user: Provenance = { source: 'user', at };
    const odd = { ...first, extra: 'kept' } as Provenance;
    const values: FieldValues = { title: [{ value: 'CTO', source: user }], city: [{ value: 'Paris', source: odd }] };
    const encoded = encodeFieldValues(values, [first]);
    expect(encoded).toEqual({ title: [['CTO', user]], city: [['Paris', odd]] });
    expect(decodeFieldValues(viaJson(encoded), [first])).toEqual(values);
  });

  it('reads the plain form written before the compact one', () => {
    const values: FieldValues = { email: [{ value: 'ada@x.example', source: first }] };
    expect(decodeFieldValues(viaJson(values), [])).toEqual(values);
  });
});

describe('encodeFitReasons / decodeFitReasons', () => {
  it('round-trips reasons as tuples and reads plain objects', () => {
    const reasons: StoredFitReason[] = [{ dimension: 'industry', score: 1, weight: 3, matched: true, text: 'SaaS → ICP industry' }];
    expect(encodeFitReasons(reasons)).toEqual([['industry', 1, 3, true, 'SaaS → ICP industry']]);
    expect(decodeFitReasons(viaJson(encodeFitReasons(reasons)))).toEqual(reasons);
    expect(decodeFitReasons(viaJson(reasons))).toEqual(reasons);
  });
});

describe('rawAsCells / rawFromStored', () => {
  const header = ['First Name', 'Email', '2024'];

  it('stores cells in header order and zips them back', () => {
    const raw = { 'First Name': 'Ada', Email: 'ada@x.example', 2024: 'yes' };
    const cells = rawAsCells(raw, Object.keys(raw));
    expect(cells).toBeDefined();
    expect(rawFromStored(cells ?? [], Object.keys(raw))).toEqual(raw);
  });

  it('declines a row whose keys are not exactly the header, which is then stored as is', () => {
    expect(rawAsCells({ 'First Name': 'Ada' }, header)).toBeUndefined();
    expect(rawAsCells({ Email: 'x', 'First Name': 'Ada', 2024: '' }, ['Email', 'First Name', 'Other'])).toBeUndefined();
    expect(rawFromStored({ Notes: 'x' }, header)).toEqual({ Notes: 'x' });
  });
});
