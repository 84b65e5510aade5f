import { describe, expect, it } from 'vitest';
import { contact } from './__fixtures__/sample-contacts.js';
import { createRecordComparer } from './compare-records.js';
import { dedup } from './dedup.js';
import { estimateU } from './fellegi-sunter.js';
import { buildFeatures } from './record-features.js';

/** A seeded LCG: `next(limit)` gives an integer in [0, limit). */
function seededInts(seed: number): (limit: number) => number {
  let state = seed;
  return (limit) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return (state >>> 8) % limit;
  };
}

describe('fitDedupModel', () => {
  // 40 people listed six times each: 1 in 48 random pairs is one person listed twice
  const firstNames = ['anna', 'boris', 'carla', 'david', 'elena', 'felix', 'greta', 'hugo'];
  const lastNames = ['adler', 'becker', 'castro', 'dietrich', 'engel'];
  const moreFirstNames = [...firstNames, 'ines', 'jonas', 'klara', 'lukas'];
  const moreLastNames = [...lastNames, 'fischer', 'garcia', 'hoffmann', 'jansen', 'keller'];
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

  it('merges no namesakes in a list without duplicates: identifiers that never agree bound the match share', () => {
    // 600 different people from 12 × 10 names: five per name on average, each with their own
    // email, id and birth date. EM alone took every candidate pair for a match here.
    const next = seededInts(7);
    const people = Array.from({ length: 600 }, (_, index) => {
      const first = moreFirstNames[next(12)] ?? '';
      const last = moreLastNames[next(10)] ?? '';
      return contact({
        firstName: first,
        lastName: last,
        email: `${first.charAt(0)}${last}${index}@mail${next(50)}.org`,
        birthDate: `19${10 + next(80)}-0${1 + next(9)}-1${next(9)}`,
        city: ['berlin', 'hamburg', 'munich'][next(3)],
        custom: { ssn: { value: String(1_000_000 + next(8_999_999)), type: 'id' } },
      });
    });
    const { clusters, model } = dedup(people);
    expect(model.lambda).toBeLessThan(0.01);
    expect(clusters).toHaveLength(600);
  });

  it('bounds the match share by matches per record when no identifier can: namesakes with no email or id', () => {
    // the same kind of list with names, birth dates and cities only
    const next = seededInts(11);
    const people = Array.from({ length: 600 }, () =>
      contact({
        firstName: moreFirstNames[next(12)] ?? '',
        lastName: moreLastNames[next(10)] ?? '',
        birthDate: `19${10 + next(80)}-0${1 + next(9)}-1${next(9)}`,
        city: ['berlin', 'hamburg', 'munich'][next(3)],
      }),
    );
    const { clusters, model } = dedup(people);
    // 5 matches per record over ~16.5k candidate pairs: λ ≈ 0.18 (EM alone: 0.999)
    expect(model.lambda).toBeLessThan(0.25);
    expect(600 - clusters.length).toBeLessThan(30);
  });
});

