import { describe, expect, it } from 'vitest';
import { contact } from './__fixtures__/sample-contacts.js';
import { candidatePairs } from './blocking.js';
import { slugNameEnd } from './address-letters.js';
import { byLastBit, forEachBlockingKey, probeBit, targetBit } from './blocking-keys.js';
import { canonicalStreetTokens, dateKey, emailLetters, streetKey, streetNames } from './key-texts.js';
import { fnvOffset, hashOf, mixText } from './key-hash.js';
import { buildFeatures } from './record-features.js';
import type { ContactRecord } from '../contact.js';

function pairsOf(records: ContactRecord[]): string[] {
  const candidates = candidatePairs(buildFeatures(records));
  return Array.from(candidates.left, (left, k) => `${left}-${candidates.right[k]}`);
}

describe('blocking keys', () => {
  it('pairs a record naming its company with one carrying only the company\'s domain, and survives a typo in either name', () => {
    const records = [
      contact({ firstName: 'Jonathan', lastName: 'Turner', company: 'Stoneloop', city: 'Leeds' }),
      contact({ firstName: 'Jonathan', lastName: 'Turnre', domain: 'stoneloop.io', phone: '4930123456' }),
      contact({ firstName: 'Jonahtan', lastName: 'Turner', domain: 'stone-loop.io', email: 'jt@stone-loop.io' }),
    ];
    expect(pairsOf(records)).toEqual(expect.arrayContaining(['0-1', '0-2', '1-2']));
  });

  it('orders day and month in a date key, so a swap keeps the key', () => {
    expect(dateKey('19780819')).toBe('19780819');
    expect(dateKey('19781908')).toBe('19780819');
    expect(dateKey('1978')).toBe('1978');
  });

  it('keys a street by house number and street name, whatever the direction and street type', () => {
    expect(streetKey(['1020', 'w', 'bryn', 'mawr', 'ave'])).toBe('1020 bry');
    expect(streetKey(['1020', 'west', 'bryn', 'mawr', '211'])).toBe('1020 bry');
    // an ordinal street without its suffix
    expect(streetKey(['520', 'e', '79th'])).toBe('520 79');
    expect(streetKey(['112', 'e', '51st', 'street'])).toBe(streetKey(['112', 'east', '51', 'street']));
    expect(streetKey(['1', 'e', '113thk', 'st'])).toBe('1 113');
    // no house number: the longest word
    expect(streetKey(['miller', 'place'])).toBe(' mille');
  });

  it('names a street by its words past the number, direction and type, or by a direction when nothing else names it', () => {
    expect(streetNames(['1020', 'w', 'bryn', 'mawr', 'ave'])).toEqual(['bryn', 'mawr']);
    expect(streetNames(['2820', 'w', 'north', 'ave'])).toEqual(['north']);
    expect(streetNames(['112', 'e', '51st', 'st'])).toEqual(['51']);
    // a one-letter direction names nothing
    expect(streetNames(['5', 'n', 'st'])).toEqual([]);
  });

  it('abbreviates street types, unit words and directions as USPS does, but not a direction that names the street', () => {
    expect(canonicalStreetTokens(['12', 'main', 'street'])).toEqual(['12', 'main', 'st']);
    expect(canonicalStreetTokens(['3800', 'north', 'austin', 'avenue', 'suite', '4'])).toEqual(['3800', 'n', 'austin', 'ave', 'ste', '4']);
    expect(canonicalStreetTokens(['2820', 'west', 'north', 'avenue'])).toEqual(['2820', 'west', 'north', 'ave']);
    // a street type as the longest word no longer keys a street with no house number
    expect(streetKey(canonicalStreetTokens(['rose', 'street']))).toBe(' rose');
  });

  it('finds the name part of a LinkedIn slug before its generated suffix', () => {
    const name = (slug: string): string => slug.slice(0, slugNameEnd(slug));
    expect(name('laura-king-1a2b3c4d')).toBe('laura-king');
    expect(name('lauraking3f9e1')).toBe('lauraking');
    expect(name('nicoletaylor14594')).toBe('nicoletaylor');
    // a vanity slug, and one whose last segment is a word
    expect(name('lauraking')).toBe('lauraking');
    expect(name('laura-king-cafe')).toBe('laura-king-cafe');
  });

  it('pairs two organisation records at one house number however its street is written, among many organisations', () => {
    // 30 organisations between them in company order: the block of records with no name does not pair them
    const others = Array.from({ length: 30 }, (_, k) => contact({ company: `Lakeside Centre ${k}`, street: `${100 + k} W Lake St`, phone: `31255500${String(k).padStart(2, '0')}` }));
    const records = [contact({ company: 'Chicago State University Tiny Tots Villa', street: '8128 S Dr Martin Luther King Dr', phone: '4836251' }), ...others, contact({ company: 'Tiny Tot Villa', street: '8128 S King Drive', phone: '4836521' })];
    expect(pairsOf(records)).toContain(`0-${records.length - 1}`);
    // a person is never keyed by the house number alone
    const keysOf = (record: ContactRecord): string[] => {
      const emitted: string[] = [];
      forEachBlockingKey(buildFeatures([record]), 0, (hash, role) => emitted.push(`${hash}/${role}`));
      return emitted;
    };
    const numberKey = `${hashOf(mixText(fnvOffset, 'sn:8128'))}/0`;
    expect(keysOf(contact({ company: 'Tiny Tot Villa', street: '8128 S King Drive' }))).toContain(numberKey);
    expect(keysOf(contact({ firstName: 'Ann', lastName: 'Lee', street: '8128 S King Drive' }))).not.toContain(numberKey);
  });

  it('pairs two records of one person by birth year and the first or last letter of a name when the names are garbled past their phonetic codes', () => {
    const records = [
      contact({ firstName: 'Sara', lastName: 'Jackson', email: 'kimashley@nguyen.info', birthDate: '1999-11-04', city: 'Liverpool' }),
      contact({ firstName: 'Asa', lastName: 'Jkcaso', birthDate: '1999-09-18', city: 'Liveprol' }),
      contact({ firstName: 'Elliot', birthDate: '1983-08-28', city: 'Leeds' }),
      contact({ firstName: 'Oliet', email: 'phumphrey@hanson-johnson.net', birthDate: '1983-11-16' }),
    ];
    expect(pairsOf(records)).toEqual(expect.arrayContaining(['0-1', '2-3']));
    // loose: a complete record with an identifier (an address, or an id column) is a target, one without a probe
    const roleOf = (record: ContactRecord, text: string): number[] => {
      const emitted: { hash: number; role: number }[] = [];
      forEachBlockingKey(buildFeatures([record]), 0, (hash, role) => emitted.push({ hash, role }));
      const hash = hashOf(mixText(fnvOffset, text));
      return emitted.filter((entry) => entry.hash === hash).map((entry) => entry.role);
    };
    // with the first letter, the year's decade digit is masked
    expect(roleOf(records[0] as ContactRecord, 'ya:19?9:j')).toEqual([targetBit]);
    expect(roleOf(records[1] as ContactRecord, 'ya:19?9:j')).toEqual([probeBit]);
    expect(roleOf(records[1] as ContactRecord, 'yz:1999:o')).toEqual([probeBit]);
    const withId = contact({ firstName: 'Asa', lastName: 'Jkcaso', birthDate: '1999-09-18', custom: { ssn: { value: '5123456', type: 'id' } } });
    expect(roleOf(withId, 'ya:19?9:a')).toEqual([targetBit]);
  });

  it('keeps only the letters of an email local part', () => {
    expect(emailLetters('roberta.25@smith.net')).toBe('roberta');
    expect(emailLetters('a_b-9@x.org')).toBe('ab');
  });

  it('hashes each key from its pieces exactly as the text of the key would hash', () => {
    const features = buildFeatures([contact({ firstName: 'Ann', lastName: 'Leeds', birthDate: '1978-19-08', email: 'ann.k9@x.org', city: 'York' })]);
    const emitted: string[] = [];
    forEachBlockingKey(features, 0, (hash, role) => emitted.push(`${hash}/${role}`));
    const key = (text: string, role = 0): string => `${hashOf(mixText(fnvOffset, text))}/${role}`;
    // Ann / Leeds: Soundex a500 / l320; the record has an email, so its loose keys are targets
    expect(emitted).toEqual(
      expect.arrayContaining([
        key('e:ann.k9@x.org'),
        key('l:annk'),
        key('n:a500:l320'),
        key('m:an:le', targetBit | byLastBit),
        key('b:19780819'),
        key('f:a500:1978'),
        key('v:1908:al'),
        key('hf:a500', targetBit),
        key('c:york:a500', targetBit),
      ]),
    );
    expect(emitted).not.toContainEqual(key('hf:a500', probeBit));
  });
});

describe('candidate pairs', () => {
  it('returns every pair once, sorted, when there are enough to be radix-sorted (400 phones shared by 20 records each)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const name = (n: number): string => `${letters[n % 26]}${letters[Math.floor(n / 26) % 26]}${letters[Math.floor(n / 676) % 26]}on`;
    const records = Array.from({ length: 8000 }, (_, i) =>
      contact({ firstName: name(i), lastName: name(i * 7 + 3), phone: `4930${String(100_000 + Math.floor(i / 20))}` }),
    );
    const candidates = candidatePairs(buildFeatures(records));
    expect(candidates.count).toBeGreaterThanOrEqual(400 * 190);
    let ordered = true;
    for (let k = 0; k < candidates.count; k++) {
      const left = candidates.left[k] ?? 0;
      const right = candidates.right[k] ?? 0;
      const previousLeft = candidates.left[k - 1] ?? -1;
      const previousRight = candidates.right[k - 1] ?? -1;
      if (left >= right || left < previousLeft || (left === previousLeft && right <= previousRight)) ordered = false;
    }
    expect(ordered).toBe(true);
    const pairs = new Set(Array.from(candidates.left, (left, k) => `${left}-${candidates.right[k]}`));
    for (let group = 0; group < 400; group++) {
      for (let x = 0; x < 20; x++) for (let y = x + 1; y < 20; y++) expect(pairs.has(`${group * 20 + x}-${group * 20 + y}`)).toBe(true);
    }
  });

  it('pairs every two records of an identifier block of up to 20 (one organisation listed 15 times)', () => {
    const records = Array.from({ length: 15 }, (_, k) => contact({ company: `Marcy Newberry ${k % 2 === 0 ? 'Association' : 'Fosco Park'}`, phone: '3127466024' }));
    expect(pairsOf(records)).toHaveLength((15 * 14) / 2);
  });

  it('pairs a diminutive with its full given name (Tony and Anthony Evans, different identifiers)', () => {
    const records = [
      contact({ firstName: 'Tony', lastName: 'Evans', email: 'tony@redzen.io' }),
      contact({ firstName: 'Anthony', lastName: 'Evans', phone: '16048397560' }),
    ];
    expect(pairsOf(records)).toEqual(['0-1']);
  });

  it('pairs email addresses whose local part (letters and digits) agrees at different domains', () => {
    const records = [
      contact({ firstName: 'Theodore', email: 't.m39@brooks-sawyer.com' }),
      contact({ firstName: 'Etheodroe', email: 't.m39@brooks-sawer.com' }),
    ];
    expect(pairsOf(records)).toEqual(['0-1']);
  });

  it('pairs two people of one company with the same initials when both names have a typo', () => {
    const records = [
      contact({ firstName: 'Jammes', lastName: 'Evasn', company: 'Iron Kestrel Analytics', phone: '13056957761' }),
      contact({ firstName: 'Jeas', lastName: 'Evans', email: 'jevans@iron-kestrel-analytics.co', domain: 'iron-kestrel-analytics.co' }),
    ];
    expect(pairsOf(records)).toEqual(['0-1']);
  });

  it('in a large surname block without birth dates, a probe meets the namesakes whose other name starts alike', () => {
    const firsts = ['adam', 'bruno', 'carl', 'dirk', 'emil', 'frank', 'gerd', 'hans', 'ivan', 'jan', 'kurt', 'lars', 'max', 'nils', 'otto', 'paul', 'rolf', 'sven', 'tim', 'uwe'];
    const records = [contact({ firstName: 'Florian', lastName: 'Becker' })];
    for (const [k, first] of [...firsts, ...firsts].entries()) records.push(contact({ firstName: `${first}${k}`, lastName: 'Becker', email: `b${k}@x${k}.org` }));
    records.push(contact({ firstName: 'Forian', lastName: 'Becker', email: 'florian@juniperyard.io' }));
    // 42 Beckers: in file order the probe (record 0) would meet only records 1..5
    expect(pairsOf(records)).toContain(`0-${records.length - 1}`);
  });

  it('pairs a record known by its surname only with a namesake who has an email (a probe meets a target)', () => {
    const records = [
      contact({ lastName: 'Green', birthDate: '1984-10-03' }),
      contact({ firstName: 'Thomas', lastName: 'Green', birthDate: '1974-10-05', email: 'thomas.green@clark.org' }),
    ];
    expect(pairsOf(records)).toEqual(['0-1']);
  });

  it('does not pair two complete records with identifiers through a shared surname alone', () => {
    const records = [
      contact({ firstName: 'Thomas', lastName: 'Green', email: 'tg@clark.org' }),
      contact({ firstName: 'Maria', lastName: 'Green', email: 'mg@lopez.org' }),
    ];
    expect(pairsOf(records)).toEqual([]);
  });

  it('pairs swapped first and last names when the swapped surname has a typo (order-free name prefixes)', () => {
    const records = [
      contact({ firstName: 'Alfie', lastName: 'Griffihs' }),
      contact({ firstName: 'Griffiths', lastName: 'Alfie', email: 'a.griffiths@garner-bridges.com' }),
    ];
    expect(pairsOf(records)).toEqual(['0-1']);
  });

  it('pairs a named record with an address shaped from its name, but not two namesakes through that shape', () => {
    const records = [
      contact({ firstName: 'Laura', lastName: 'King', phone: '441615086415' }),
      contact({ email: 'l.king@northwind.io' }),
      contact({ firstName: 'Laurence', lastName: 'Kong', email: 'laurencek@x.org' }),
      contact({ firstName: 'Lena', lastName: 'King', phone: '441615086499' }),
    ];
    // Laura King owns lking, Laurence Kong laurencek and lkong; Lena King (lking too) meets the address, not Laura
    expect(pairsOf(records)).toEqual(['0-1', '1-3']);
  });

  it('pairs a named record with a LinkedIn slug spelling its name, when the slug\'s record has a mistyped name', () => {
    const records = [
      contact({ firstName: 'Laura', lastName: 'Thomas', phone: '358504753518' }),
      contact({ firstName: 'Laau', lastName: 'Tohmas', linkedinSlug: 'laura-thomas-ede8d1f0' }),
    ];
    expect(pairsOf(records)).toEqual(['0-1']);
  });

  it('pairs a record missing a name with a namesake of its town born the same year (city + birth year)', () => {
    const records = [
      contact({ firstName: 'Oievr', city: 'London', birthDate: '2009-12-21' }),
      contact({ firstName: 'Oliver', lastName: 'Atkinson', city: 'London', birthDate: '2009-01-21', email: 'oliver.atkinson@moran-smith.com' }),
      contact({ firstName: 'Oliver', lastName: 'Atkinson', city: 'London', birthDate: '2010-01-21', phone: '441615086415' }),
    ];
    expect(pairsOf(records)).toContain('0-1');
    expect(pairsOf(records)).not.toContain('0-2');
  });

  it('pairs birth dates with day and month swapped', () => {
    const records = [
      contact({ firstName: 'Ann', lastName: 'Lee', birthDate: '1978-08-19', email: 'ann@a.org' }),
      contact({ firstName: 'Bo', lastName: 'Xu', birthDate: '1978-19-08', email: 'bo@b.org' }),
    ];
    expect(pairsOf(records)).toEqual(['0-1']);
  });

  it('in a large surname block, a probe meets the namesakes born closest to it', () => {
    const records = [contact({ lastName: 'Green', birthDate: '1984-10-03' })];
    for (let k = 0; k < 40; k++) {
      const day = String(1 + k).padStart(2, '0');
      records.push(contact({ firstName: `Name${String.fromCharCode(97 + (k % 26))}x`, lastName: 'Green', birthDate: `19${50 + k}-01-${day}`, email: `g${k}@x${k}.org` }));
    }
    const partners = pairsOf(records).filter((pair) => pair.startsWith('0-')).map((pair) => Number(pair.slice(2)));
    // record i (from 1) was born in 1949 + i; the probe (born October 1984) sorts right after the
    // namesake born January 1984, and the window (6) reaches five records each way: 1980..1989;
    // the initial `g` with the year's decade masked (19?4) adds those born 1954, 1964 and 1974
    const years = partners.map((index) => 1949 + index).sort((a, b) => a - b);
    expect(years).toEqual([1954, 1964, 1974, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989]);
  });
});

describe('candidatePairs', () => {
  it('pairs every two records of a full block once, past the first size of its pair buffer', () => {
    // 20 records sharing name, phone and city: one block of each key, 190 pairs from each
    const records = Array.from({ length: 20 }, (_, k) => contact({ firstName: 'Ada', lastName: 'Byron', phone: '442071234567', city: 'London', birthDate: `19${10 + k}-01-01` }));
    const expected = records.flatMap((_, a) => records.slice(a + 1).map((__, offset) => `${a}-${a + 1 + offset}`));
    expect(pairsOf(records)).toEqual(expected);
  });
});
