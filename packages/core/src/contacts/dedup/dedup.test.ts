import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../contact.js';
import { normalizeContact } from '../normalize/normalize-contact.js';
import { contact, sampleContacts } from './__fixtures__/sample-contacts.js';
import { blockCandidates, dedup } from './dedup.js';
import { strongestFirst } from './pair-order.js';
import type { MatchModel } from './fellegi-sunter.js';

function sameCluster(clusters: number[][], a: number, b: number): boolean {
  return clusters.some((cluster) => cluster.includes(a) && cluster.includes(b));
}

function truePairs(labels: string[], clusters: number[][]): { found: number; wrong: number; total: number } {
  let found = 0;
  let wrong = 0;
  let total = 0;
  for (let a = 0; a < labels.length; a++) {
    for (let b = a + 1; b < labels.length; b++) {
      const together = sameCluster(clusters, a, b);
      if (labels[a] === labels[b]) {
        total++;
        if (together) found++;
      } else if (together) wrong++;
    }
  }
  return { found, wrong, total };
}

function expectPartition(clusters: number[][], size: number): void {
  const seen = clusters.flat();
  expect(seen.length).toBe(size);
  expect([...seen].sort((x, y) => x - y)).toEqual(Array.from({ length: size }, (_, i) => i));
  for (const cluster of clusters) expect([...cluster].sort((x, y) => x - y)).toEqual(cluster);
}

describe('dedup', () => {
  it('finds the sample duplicates without false merges', () => {
    const { records, labels } = sampleContacts();
    const result = dedup(records);
    expectPartition(result.clusters, records.length);
    const pairs = truePairs(labels, result.clusters);
    expect(pairs.found).toBe(pairs.total);
    expect(pairs.wrong).toBe(0);
    expect(result.stats.records).toBe(records.length);
    expect(result.stats.pairsPerRecord).toBeLessThanOrEqual(20);
    expect(result.stats.clusters).toBe(result.clusters.length);
  });

  it('merges the duplicates of a list of a few rows, where random pairs are too few to tell how rare an equal name is', () => {
    const person = (fields: Record<string, string>) => normalizeContact({ fields: Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, [value]])), custom: {} });
    const emma = { firstName: 'Emma', lastName: 'Janssen', title: 'Head of Growth' };
    const two = [person({ ...emma, company: 'Mollie B.V.', country: 'Netherlands' }), person({ ...emma, company: 'Mollie', country: 'NL' })];
    expect(dedup(two).clusters).toEqual([[0, 1]]);
    const three = [person({ ...emma, email: 'emma@mollie.com', company: 'Mollie B.V.' }), person({ ...emma, email: 'emma.janssen@gmail.com', company: 'Mollie' }), person({ ...emma, company: 'Mollie' })];
    expect(sameCluster(dedup(three).clusters, 1, 2)).toBe(true);
    // Namesakes at other companies stay apart.
    const namesakes = [person({ firstName: 'John', lastName: 'Smith', company: 'Acme Inc' }), person({ firstName: 'John', lastName: 'Smith', company: 'Globex GmbH' })];
    expect(dedup(namesakes).clusters).toEqual([[0], [1]]);
  });

  it('merges on a shared email and explains why', () => {
    const { records } = sampleContacts();
    const a = records.length;
    records.push(contact({ firstName: 'zelda', lastName: 'quinn', email: 'zq@acme.io' }));
    records.push(contact({ firstName: 'zelda', lastName: 'quinn-smith', email: 'zq@acme.io', city: 'oslo' }));
    const result = dedup(records);
    expect(sameCluster(result.clusters, a, a + 1)).toBe(true);
    const pair = result.pairs.find((candidate) => candidate.a === a && candidate.b === a + 1);
    expect(pair?.reason.keys).toContain('email');
    expect(pair?.reason.evidence['firstName']).toBe('equal');
  });

  it('ignores role mailboxes as keys', () => {
    const { records } = sampleContacts();
    const a = records.length;
    records.push(contact({ firstName: 'zelda', lastName: 'quinn', email: 'info@acme.io' }));
    records.push(contact({ firstName: 'yusuf', lastName: 'okafor', email: 'info@acme.io' }));
    expect(sameCluster(dedup(records).clusters, a, a + 1)).toBe(false);
  });

  it('merges two records with no person name that share a role address at one company: a contact that is only a shared inbox', () => {
    const { records } = sampleContacts();
    const a = records.length;
    const inbox = { email: 'info@primesignal.io', company: 'Prime Signal', companyKey: 'prime signal' };
    records.push(contact(inbox), contact(inbox));
    // named on one side: a person behind the inbox, not the inbox itself
    records.push(contact({ ...inbox, firstName: 'zelda', lastName: 'quinn' }));
    // another company's records at the same address (a typed-over company), and another address
    records.push(contact({ ...inbox, company: 'Globex', companyKey: 'globex' }), contact({ ...inbox, email: 'sales@primesignal.io' }));
    const result = dedup(records);
    expect(result.clusters.find((cluster) => cluster.includes(a))).toEqual([a, a + 1]);
    expect(result.pairs.find((pair) => pair.a === a && pair.b === a + 1)?.reason.keys).toContain('email');
  });

  it('does not merge different people sharing a switchboard phone', () => {
    const { records } = sampleContacts();
    const start = records.length;
    const people = [['zelda', 'quinn'], ['yusuf', 'okafor'], ['wanda', 'pike'], ['victor', 'hale'], ['uma', 'reyes'], ['tobias', 'lind']];
    for (const [first, last] of people) records.push(contact({ firstName: first, lastName: last, company: 'Acme', companyKey: 'acme', phone: '+4930123456' }));
    const { clusters } = dedup(records);
    for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) expect(sameCluster(clusters, start + i, start + j)).toBe(false);
  });

  it('never merges one name with two different LinkedIn profiles', () => {
    const { records } = sampleContacts();
    const a = records.length;
    records.push(contact({ firstName: 'john', lastName: 'smith', linkedinSlug: 'john-smith-1', city: 'berlin', company: 'Acme', companyKey: 'acme' }));
    records.push(contact({ firstName: 'john', lastName: 'smith', linkedinSlug: 'john-smith-2', city: 'berlin', company: 'Acme', companyKey: 'acme' }));
    records.push(contact({ firstName: 'john', lastName: 'smith', linkedinSlug: 'john-smith-1', email: 'john@acme.io' }));
    const { clusters } = dedup(records);
    expect(sameCluster(clusters, a, a + 1)).toBe(false);
    expect(sameCluster(clusters, a, a + 2)).toBe(true);
  });

  it('guards against chaining two LinkedIn profiles through a profile-less record', () => {
    const { records } = sampleContacts();
    const a = records.length;
    records.push(contact({ firstName: 'john', lastName: 'smith', linkedinSlug: 'john-smith-1', email: 'js@acme.io' }));
    records.push(contact({ firstName: 'john', lastName: 'smith', email: 'js@acme.io', phone: '+4930999999' }));
    records.push(contact({ firstName: 'john', lastName: 'smith', linkedinSlug: 'john-smith-2', phone: '+4930999999' }));
    const { clusters } = dedup(records);
    expectPartition(clusters, records.length);
    expect(sameCluster(clusters, a, a + 2)).toBe(false);
    expect(sameCluster(clusters, a, a + 1) || sameCluster(clusters, a + 1, a + 2)).toBe(true);
  });

  describe('chaining guard', () => {
    it('judges two clusters on their strongest pair of members with both names, not on a root without names', () => {
      const { records } = sampleContacts();
      const a = records.length;
      // cluster one: an address alone (its root, no names) and Chidi Okonkwo with that address;
      // cluster two: two Chidi Okonkwo records sharing a phone; the roots share no field at all
      records.push(contact({ email: 'c.okonkwo@hotmail.com' }));
      records.push(contact({ firstName: 'chidi', lastName: 'okonkwo', email: 'c.okonkwo@hotmail.com', birthDate: '1981-04-12', city: 'leeds' }));
      records.push(contact({ firstName: 'chidi', lastName: 'okonkwo', phone: '+447700900123', birthDate: '1981-04-12', city: 'leeds' }));
      records.push(contact({ firstName: 'chidi', lastName: 'okonkwo', phone: '+447700900123' }));
      const { clusters } = dedup(records);
      expect(clusters.find((cluster) => cluster.includes(a))).toEqual([a, a + 1, a + 2, a + 3]);
    });

    it('joins two clusters through a shared work email when their roots conflict but other members agree', () => {
      const { records } = sampleContacts();
      const a = records.length;
      // cluster one: "Bobby Williasm" (its root) and Robert Williams at robert.williams@ with one
      // phone; cluster two: "Rovert Williams" (its root) at the same address and a Robert Williams
      // sharing his profile. The roots conflict on the first name; Rovert's address is Robert's
      const address = 'robert.williams@harris-digital.co.uk';
      records.push(contact({ firstName: 'bobby', lastName: 'williasm', email: address, phone: '+441612130120' }));
      records.push(contact({ firstName: 'rovert', lastName: 'williams', email: address, linkedinSlug: 'robert-williams-cc7057f5' }));
      records.push(contact({ firstName: 'robert', lastName: 'williams', email: 'robertwilliams4613@btinternet.com', linkedinSlug: 'robert-williams-cc7057f5' }));
      records.push(contact({ firstName: 'robert', lastName: 'williams', email: address, phone: '+441612130120' }));
      const { clusters } = dedup(records);
      expect(clusters.find((cluster) => cluster.includes(a))).toEqual([a, a + 1, a + 2, a + 3]);
    });

    it('keeps apart two clusters whose members with both names are different people, linked through a lone surname', () => {
      const { records } = sampleContacts();
      const a = records.length;
      records.push(contact({ firstName: 'jack', lastName: 'turnbull', phone: '+447700900301', birthDate: '1950-02-03', city: 'oslo' }));
      records.push(contact({ lastName: 'turnbull', phone: '+447700900301', birthDate: '1990-05-06', city: 'oslo' }));
      records.push(contact({ firstName: 'maria', lastName: 'turnbull', phone: '+447700900302', birthDate: '1990-05-06', city: 'oslo' }));
      records.push(contact({ firstName: 'maria', lastName: 'turnbull', phone: '+447700900302' }));
      const { clusters } = dedup(records);
      expect(clusters.find((cluster) => cluster.includes(a))).toEqual([a, a + 1]);
      expect(clusters.find((cluster) => cluster.includes(a + 2))).toEqual([a + 2, a + 3]);
    });
  });

  it('keeps existing contacts first and apart on re-import', () => {
    const { records, labels } = sampleContacts();
    const existing = records.filter((_, i) => labels.indexOf(labels[i] ?? '') === i);
    const reimport = records.slice(0, 60);
    const all = [...existing, ...reimport];
    const result = dedup(all, { existingCount: existing.length });
    expectPartition(result.clusters, all.length);
    for (const cluster of result.clusters) {
      expect(cluster.filter((index) => index < existing.length).length).toBeLessThanOrEqual(1);
    }
    // every re-imported row lands in a cluster led by an existing contact
    for (let k = 0; k < reimport.length; k++) {
      const cluster = result.clusters.find((members) => members.includes(existing.length + k));
      expect(cluster?.[0]).toBeLessThan(existing.length);
    }
  });

  it('joins linked records first, whatever their scores, and keeps two existing ones apart', () => {
    const records = [
      contact({ firstName: 'Ada', lastName: 'Byron', email: 'ada@engines.example' }),
      contact({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' }),
      contact({ firstName: 'Alan', lastName: 'Turing', email: 'alan@bletchley.example' }),
      contact({ firstName: 'Ada', lastName: 'Byron', email: 'ada@engines.example' }),
    ];
    const unlinked = dedup(records, { existingCount: 2 });
    expect(unlinked.clusters).toEqual([[0, 3], [1], [2]]);
    // Row 2 is linked to the first contact although nothing about it agrees; row 3 to the second,
    // although it is the first one's twin: a link outranks any score. Linking the two existing
    // contacts to one row does nothing more: they stay apart.
    const linked = dedup(records, { existingCount: 2, links: [[0, 2], [1, 3], [0, 3]] });
    expect(linked.clusters).toEqual([[0, 2], [1, 3]]);
    expect(linked.pairs.find((pair) => pair.a === 0 && pair.b === 2)?.reason).toMatchObject({ keys: ['row'], score: 1 });
    expect(linked.pairs.find((pair) => pair.a === 1 && pair.b === 3)?.reason.keys).toEqual(['row']);
    expect(() => dedup(records, { links: [[0, 4]] })).toThrow(/outside the 4 given/);
  });

  it('compares only pairs with a focused record', () => {
    const records = [
      contact({ firstName: 'Ada', lastName: 'Byron', email: 'ada@engines.example' }),
      contact({ firstName: 'Ada', lastName: 'Byron', email: 'ada@engines.example' }),
      contact({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' }),
      contact({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' }),
    ];
    expect(dedup(records).clusters).toEqual([[0, 1], [2, 3]]);
    // The two Adas are both settled: never compared, so never merged; the focused Grace still meets the settled one.
    const focused = dedup(records, { focus: Uint8Array.from([0, 0, 0, 1]) });
    expect(focused.clusters).toEqual([[0], [1], [2, 3]]);
    expect(focused.stats.candidatePairs).toBe(1);
  });

  it('exposes candidate pairs for blocking recall', () => {
    const { records } = sampleContacts();
    const candidates = blockCandidates(records);
    expect(candidates.count).toBeGreaterThan(0);
    for (let k = 0; k < candidates.count; k++) expect(candidates.left[k]).toBeLessThan(candidates.right[k] ?? 0);
  });

  it('always returns a partition (property)', () => {
    const name = fc.constantFrom('anna', 'ann', 'boris', 'bob', 'robert', 'carla', '');
    const arbitrary = fc.array(
      fc.record({ first: name, last: fc.constantFrom('meyer', 'meier', 'smith', ''), email: fc.constantFrom('', 'a@x.io', 'b@x.io'), phone: fc.constantFrom('', '+4930111', '+4930222') }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arbitrary, (rows) => {
        const records = rows.map((row) =>
          contact({
            ...(row.first === '' ? {} : { firstName: row.first }),
            ...(row.last === '' ? {} : { lastName: row.last }),
            ...(row.email === '' ? {} : { email: row.email }),
            ...(row.phone === '' ? {} : { phone: row.phone }),
          }),
        );
        expectPartition(dedup(records).clusters, records.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('dedup: rare names a typo apart', () => {
  it('does not merge two rare names a typo apart that share nothing else (P12 L12 / P120 L120)', () => {
    const records = Array.from({ length: 200 }, (_, index) => contact({ firstName: `P${index}`, lastName: `L${index}`, email: `p${index}@c${index % 40}.example` }));
    expect(dedup(records).clusters).toHaveLength(200);
  });
});

describe('dedup: one address written with two separators', () => {
  it('joins two clusters of one person whose work addresses differ only in a separator (the demo list\'s Rocío Martín)', () => {
    const person = (fields: Record<string, string>) => normalizeContact({ fields: Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, [value]])), custom: {} });
    const company = 'Bluedesk Consulting';
    const rows: Record<string, string>[] = [
      { firstName: 'Rocío', lastName: 'Maartín', email: 'rocio.martin@bluedeskconsulting.com', company, title: 'Controller', phone: '+55 (0)219 29 497 884', linkedinUrl: 'https://www.linkedin.com/in/rociomartinc97df', country: 'Brazil' },
      { fullName: 'Rocoí Martín', email: 'rocio.martin@bluedeskconsulting.com', company, phone: '+55 219 29 497 884', country: 'Brazil', city: 'Rio de Janeiro' },
      { firstName: 'Rocío', lastName: 'Martín', company, title: 'Accountant', linkedinUrl: 'http://www.linkedin.com/in/rociomartinc97df' },
      { firstName: 'Rocíoo', lastName: 'Martín', email: 'rocio_martin@bluedeskconsulting.com', company, title: 'Financial Analyst', country: 'Brazil' },
      { firstName: 'Rocío', lastName: 'Martín', email: 'rocio_martin@Bluedeskconsulting.com', company, title: 'Financial Analyst', country: 'BR' },
    ];
    const rocio = rows.map(person);
    const { records } = sampleContacts();
    const first = records.length;
    const result = dedup([...records, ...rocio]);
    expect(result.clusters).toContainEqual([first, first + 1, first + 2, first + 3, first + 4]);
  });
});

describe('dedup: same-surname colleagues', () => {
  it('does not merge two people at one company who share a surname and a city', () => {
    const records = [
      contact({ firstName: 'Andrea', lastName: 'Schneider', company: 'Primecast', companyKey: 'primecast', city: 'Zurich', email: 'andrea.schneider@primecast.com' }),
      contact({ firstName: 'Andreas', lastName: 'Schneider', company: 'Primecast', companyKey: 'primecast', city: 'Zurich', email: 'andreas.schneider@primecast.com' }),
      contact({ firstName: 'Knut', lastName: 'Schneider', company: 'Primecast', companyKey: 'primecast', city: 'Zurich' }),
      contact({ firstName: 'Andrea', lastName: 'Schneider', company: 'Primecast GmbH', companyKey: 'primecast', city: 'Zurich', email: 'andrea.schneider@primecast.com' }),
    ];
    const { clusters } = dedup(records);
    expect(clusters).toEqual([[0, 3], [1], [2]]);
  });

  describe('a full name shared without other corroboration', () => {
    const { records: crowd } = sampleContacts();
    const amelia = (city: string, email: string, birthDate: string): ContactRecord => contact({ firstName: 'Amelia', lastName: 'Alexander', city, email, birthDate });

    it('merges two records of a full name rare in the list that differ in email and birth date', () => {
      // a fixed model in which a different email or a birth date weeks away weighs little (in the
      // sample every duplicate keeps its email, so a model fitted to it rightly weighs a different
      // email at -5 bits): log2(m/u) names equal +4 each, email different -1, city equal +2,
      // birth date within a month -0.5; the rare name lowers the bar below the 0.5 bits left
      const flat = (levels: number): number[] => Array.from({ length: levels }, () => 1 / levels);
      const withWeight = (levels: number, level: number, bits: number): number[] => flat(levels).map((value, l) => (l === level ? value * 2 ** bits : value));
      const model: MatchModel = {
        fields: [{ name: 'firstName', levels: 4 }, { name: 'lastName', levels: 4 }, { name: 'email', levels: 3 }, { name: 'city', levels: 3 }, { name: 'birthDate', levels: 6 }],
        m: [withWeight(4, 3, 4), withWeight(4, 3, 4), withWeight(3, 0, -1), withWeight(3, 2, 2), withWeight(6, 3, -0.5)],
        u: [flat(4), flat(4), flat(3), flat(3), flat(6)],
        lambda: 0.5,
        iterations: 0,
      };
      const records = [...crowd, amelia('berlin', 'amelia@one.org', '1983-05-19'), amelia('berlin', 'ia@two.org', '1983-04-30')];
      expect(sameCluster(dedup(records, { model }).clusters, crowd.length, crowd.length + 1)).toBe(true);
      // the same pair among namesakes enough to expect one by chance is kept apart
      const namesakes = Array.from({ length: 12 }, (_, k) => amelia('hamburg', `a${k}@company${k}.org`, `${1940 + 3 * k}-01-10`));
      expect(sameCluster(dedup([...records, ...namesakes], { model }).clusters, crowd.length, crowd.length + 1)).toBe(false);
    });

    it('keeps apart namesakes of a full name common in the list', () => {
      const records = [...crowd];
      // birth dates at least three digits apart, so no pair is corroborated by a similar date
      for (let k = 0; k < 12; k++) records.push(amelia('berlin', `a${k}@company${k}.org`, `${1940 + 3 * k}-${String(1 + k).padStart(2, '0')}-${10 + k}`));
      const { clusters } = dedup(records);
      for (let k = 1; k < 12; k++) expect(sameCluster(clusters, crowd.length, crowd.length + k)).toBe(false);
    });

    it('keeps a lone surname apart from the several people who bear it when only the city agrees', () => {
      const russells = ['sofia', 'leah', 'oscar', 'mia', 'jacob', 'ella'].map((first, k) => contact({ firstName: first, lastName: 'Russell', city: 'berlin', email: `${first}.russell@company${k}.org`, birthDate: `${1950 + 7 * k}-0${1 + k}-1${k}` }));
      const lone = contact({ lastName: 'Russell', city: 'berlin' });
      const records = [...crowd, ...russells, lone];
      const { clusters } = dedup(records);
      for (let k = 0; k < russells.length; k++) expect(sameCluster(clusters, crowd.length + k, records.length - 1)).toBe(false);
    });
  });

  describe('a weak name agreement (dwayne / duane) without an exact identifier', () => {
    // a fixed model, log2(m/u) per level: first name 1 → 0, last name 3 → +4, city 2 → +2, birth date 5 (equal) → +8
    const flat = (levels: number): number[] => Array.from({ length: levels }, () => 1 / levels);
    const withWeight = (levels: number, level: number, bits: number): number[] => flat(levels).map((value, l) => (l === level ? value * 2 ** bits : value));
    const model: MatchModel = {
      fields: [{ name: 'firstName', levels: 4 }, { name: 'lastName', levels: 4 }, { name: 'city', levels: 3 }, { name: 'birthDate', levels: 6 }],
      m: [flat(4), withWeight(4, 3, 4), withWeight(3, 2, 2), withWeight(6, 5, 8)],
      u: [flat(4), flat(4), flat(3), flat(6)],
      lambda: 0.5,
      iterations: 0,
    };
    const okafors = (birthDate?: string): ContactRecord[] => [
      contact({ firstName: 'Dwayne', lastName: 'Okafor', city: 'berlin', ...(birthDate === undefined ? {} : { birthDate }) }),
      contact({ firstName: 'Duane', lastName: 'Okafor', city: 'berlin', ...(birthDate === undefined ? {} : { birthDate }) }),
      contact({ firstName: 'Anna', lastName: 'Adler', city: 'hamburg', birthDate: '1980-01-01' }),
    ];

    it('merges when the other fields add 2 + 6 bits (birth date and city: 10)', () => {
      expect(sameCluster(dedup(okafors('1971-03-14'), { model }).clusters, 0, 1)).toBe(true);
    });

    it('keeps them apart when only the city agrees (2 bits), though the match probability is 0.98', () => {
      expect(sameCluster(dedup(okafors(), { model }).clusters, 0, 1)).toBe(false);
    });
  });

  describe('a rare full name and a job title, nothing else to compare (a LinkedIn export row beside a CRM row)', () => {
    // a fixed model, log2(m/u) per level: names equal +4 each, title equal +4.5, different -3.5
    const flat = (levels: number): number[] => Array.from({ length: levels }, () => 1 / levels);
    const withWeight = (levels: number, level: number, bits: number): number[] => flat(levels).map((value, l) => (l === level ? value * 2 ** bits : value));
    const model: MatchModel = {
      fields: [{ name: 'firstName', levels: 4 }, { name: 'lastName', levels: 4 }, { name: 'email', levels: 3 }, { name: 'company', levels: 3 }, { name: 'title', levels: 3 }],
      m: [withWeight(4, 3, 4), withWeight(4, 3, 4), flat(3), flat(3), withWeight(3, 2, 4.5).map((value, l) => (l === 0 ? value / 2 ** 3.5 : value))],
      u: [flat(4), flat(4), flat(3), flat(3), flat(3)],
      lambda: 0.5,
      iterations: 0,
    };
    const others = ['Maja Lund', 'Oskar Berg', 'Elin Dahl', 'Nils Strand', 'Sigrid Moen', 'Tore Vik', 'Astrid Holm', 'Lars Ek'].map((name, k) => {
      const [firstName, lastName] = name.split(' ');
      return contact({ firstName, lastName, email: `${firstName?.toLowerCase()}@firm${k}.no`, company: `Firm ${k}`, companyKey: `firm ${k}`, title: 'Product Manager' });
    });
    const ingrid = (title: string): ContactRecord[] => [
      ...others,
      contact({ firstName: 'Ingrid', lastName: 'Halvorsen', email: 'ingrid.halvorsen@fjordline.no', company: 'Fjordline', companyKey: 'fjordline', title: 'VP of Sales' }),
      contact({ firstName: 'Ingrid', lastName: 'Halvorsen', title }),
    ];

    it('merges them when the title agrees, however it is written', () => {
      expect(sameCluster(dedup(ingrid('Vice President, Sales'), { model }).clusters, others.length, others.length + 1)).toBe(true);
    });

    it('keeps them apart when the titles differ', () => {
      expect(sameCluster(dedup(ingrid('Nurse'), { model }).clusters, others.length, others.length + 1)).toBe(false);
    });
  });
});

describe('strongestFirst', () => {
  it('orders positions by score, highest first, ties in position order, as the comparator sort did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0.9, 0.93, 0.999, 1, 0.95), { maxLength: 200 }), (scores) => {
        const expected = Array.from(scores.keys()).sort((x, y) => (scores[y] ?? 0) - (scores[x] ?? 0) || x - y);
        expect(Array.from(strongestFirst(scores))).toEqual(expected);
      }),
    );
  });
});
