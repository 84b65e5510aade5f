import { describe, expect, it } from 'vitest';
import { contact } from './__fixtures__/sample-contacts.js';
import { createRecordComparer } from './compare-records.js';
import { dedup } from './dedup.js';
import { estimateU } from './fellegi-sunter.js';
import { buildFeatures } from './record-features.js';

describe('fitDedupModel', () => {
  // 40 people listed six times each: 1 in 48 random pairs is one person listed twice
  const firstNames = ['anna', 'boris', 'carla', 'david', 'elena', 'felix', 'greta', 'hugo'];
  const lastNames = ['adler', 'becker', 'castro', 'dietrich', 'engel'];
  const records = Array.from({ length: 240 }, (_, index) => {
    const person = index % 40;
    const first = firstNames[person % 8] ?? '';
    const last = lastNames[Math.floor(person / 8)] ?? '';
    return contact({ firstName: first, lastName: last, email: `${first}.${last}@x${person}.com`, birthDate: `19${50 + person}-0${1 + (index % 6)}-1${index % 6}` });
  });

  it('estimates u without the duplicates among random pairs, so an exact email anchors', () => {
    const features = buildFeatures(records);
    const comparer = createRecordComparer(features);
    const email = comparer.fields.findIndex((field) => field.name === 'email');
    // 40 × 15 of 28,680 pairs share an address: 2%, too common for an identifier
    expect(estimateU(comparer, features.size)[email]?.[2]).toBeGreaterThan(0.02);
    const { model, clusters } = dedup(records);
    expect(model.u[email]?.[2]).toBeLessThan(1e-3);
    expect(clusters).toHaveLength(40);
  });
});
