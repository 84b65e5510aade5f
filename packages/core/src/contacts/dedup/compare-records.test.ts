import { describe, expect, it } from 'vitest';
import { contact } from './__fixtures__/sample-contacts.js';
import { createRecordComparer } from './compare-records.js';
import { compareEmailLevel } from './field-comparators.js';
import { appendFeatures, buildFeatures } from './record-features.js';

describe('createRecordComparer', () => {
  const addresses = ['jan.novak@firma.cz', 'jan.novka@firma.cz', 'jan.novak@firma.com', 'jan.nowak@firma.cz', 'petr.svoboda@jinde.cz', 'jn@firma.cz', 'jan.novak1@firma.cz'];

  it('gives the email level of compareEmailLevel whether or not the addresses are read', () => {
    const records = addresses.map((email) => contact({ firstName: 'Jan', lastName: 'Novak', email }));
    const features = buildFeatures(records);
    const comparer = createRecordComparer(features);
    const slot = comparer.fields.findIndex((field) => field.name === 'email');
    const levels = new Int8Array(comparer.fields.length);
    for (let a = 0; a < addresses.length; a++) {
      for (let b = 0; b < addresses.length; b++) {
        if (a === b) continue;
        comparer.compare(a, b, levels);
        expect(levels[slot]).toBe(compareEmailLevel([addresses[a] ?? ''], [addresses[b] ?? ''], false));
      }
    }
  });

  it('compares records appended after construction and records with several addresses alike', () => {
    const features = buildFeatures([contact({ firstName: 'Jan', lastName: 'Novak', email: 'jan.novak@firma.cz' })]);
    const comparer = createRecordComparer(features);
    const several = contact({ firstName: 'Jan', lastName: 'Novak', email: 'x@y.cz' });
    several.emails.push({ address: 'jan.novka@firma.cz', valid: true, role: false, free: false, disposable: false });
    appendFeatures(features, several);
    appendFeatures(features, contact({ firstName: 'Jan', lastName: 'Novak', email: 'jan.novak@firma.cz' }));
    const slot = comparer.fields.findIndex((field) => field.name === 'email');
    const levels = new Int8Array(comparer.fields.length);
    comparer.compare(0, 1, levels);
    expect(levels[slot]).toBe(1);
    comparer.compare(0, 2, levels);
    expect(levels[slot]).toBe(2);
  });
});
