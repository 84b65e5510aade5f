import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCsvRow } from './format-csv-row.js';
import { contactHeader, generateContacts, iterateContacts } from './generate-contacts.js';
import { writeContactsCsv } from './write-contacts-csv.js';

function clusterSizes(truth: Int32Array): number[] {
  const sizes = new Map<number, number>();
  for (const id of truth) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  return [...sizes.values()];
}

describe('generateContacts', () => {
  it('is deterministic: the same seed gives the same rows and truth', () => {
    const first = generateContacts({ seed: 11, count: 2_000 });
    const second = generateContacts({ seed: 11, count: 2_000 });
    expect(second.rows).toEqual(first.rows);
    expect(second.truth).toEqual(first.truth);
    const other = generateContacts({ seed: 12, count: 2_000 });
    expect(other.rows).not.toEqual(first.rows);
  });

  it('produces exactly `count` rows, each with every header', () => {
    const { rows, truth, header } = generateContacts({ seed: 1, count: 1_234 });
    expect(rows).toHaveLength(1_234);
    expect(truth).toHaveLength(1_234);
    expect(header).toEqual(contactHeader());
    for (const row of rows.slice(0, 50)) expect(Object.keys(row)).toEqual(header);
  });

  it.each([0, 0.2, 0.35, 0.6])('hits duplicateRate %s within tolerance', (duplicateRate) => {
    const count = 20_000;
    const { truth } = generateContacts({ seed: 5, count, duplicateRate });
    const entities = new Set(truth).size;
    expect((count - entities) / count).toBeCloseTo(duplicateRate, 1);
    expect(Math.abs((count - entities) / count - duplicateRate)).toBeLessThan(0.02);
  });

  it('skews cluster sizes: most duplicated entities have 2 rows, a few have more than 5', () => {
    const sizes = clusterSizes(generateContacts({ seed: 9, count: 30_000 }).truth).filter((size) => size > 1);
    const share = (test: (size: number) => boolean): number => sizes.filter(test).length / sizes.length;
    expect(share((size) => size === 2)).toBeGreaterThan(0.5);
    expect(share((size) => size >= 3 && size <= 5)).toBeGreaterThan(0.25);
    expect(share((size) => size > 5)).toBeGreaterThan(0);
    expect(share((size) => size > 5)).toBeLessThan(0.06);
  });

  it('keeps distinct entities distinct: no work email, LinkedIn slug or phone shared across entities', () => {
    const { rows, truth } = generateContacts({ seed: 3, count: 20_000, duplicateRate: 0 });
    const owners = new Map<string, number>();
    let clashes = 0;
    rows.forEach((row, index) => {
      const slug = /\/in\/([^/?]+)/.exec(row['LinkedIn URL'] ?? '')?.[1];
      const phoneDigits = (row['Phone'] ?? '').replace(/\D/g, '').slice(-9);
      for (const key of [row['Email']?.toLowerCase(), slug && `in:${decodeURIComponent(slug)}`, phoneDigits && `tel:${phoneDigits}`]) {
        if (!key) continue;
        const owner = owners.get(key);
        if (owner !== undefined && owner !== truth[index]) clashes++;
        owners.set(key, truth[index] ?? -1);
      }
    });
    // Emails and slugs are unique by construction; phones are random digits, so a rare coincidence is allowed.
    expect(clashes).toBeLessThanOrEqual(2);
  });

  it('perturbs duplicates realistically while keeping them recognisable', () => {
    const contacts = [...iterateContacts({ seed: 21, count: 5_000, duplicateRate: 0.3, shuffleWindow: 0 })];
    const byEntity = new Map<number, typeof contacts>();
    for (const contact of contacts) byEntity.set(contact.entityId, [...(byEntity.get(contact.entityId) ?? []), contact]);
    let differing = 0;
    let pairs = 0;
    for (const group of byEntity.values()) {
      const [original, ...duplicates] = group;
      for (const duplicate of duplicates) {
        pairs++;
        if (JSON.stringify(duplicate.row) !== JSON.stringify(original?.row)) differing++;
        expect(duplicate.duplicate).toBe(true);
      }
      expect(original?.duplicate).toBe(false);
    }
    expect(pairs).toBeGreaterThan(500);
    expect(differing / pairs).toBeGreaterThan(0.97);
  });

  it('spreads duplicates through the list with the shuffle buffer', () => {
    const { truth } = generateContacts({ seed: 4, count: 10_000, shuffleWindow: 1_000 });
    let adjacent = 0;
    for (let index = 1; index < truth.length; index++) if (truth[index] === truth[index - 1]) adjacent++;
    expect(adjacent).toBeLessThan(50);
  });

  it('renames, adds and drops columns; fills full and split names as real lists do', () => {
    const { header, rows } = generateContacts({
      seed: 2,
      count: 500,
      columns: { fullName: 'Full Name', email: 'E-mail', technologies: null },
    });
    expect(header[0]).toBe('Full Name');
    expect(header).toContain('E-mail');
    expect(header).not.toContain('Technologies');
    expect(rows.some((row) => row['Full Name'] !== '' && row['First Name'] === '')).toBe(true);
    expect(rows.some((row) => row['Full Name'] === '' && row['First Name'] !== '')).toBe(true);
    expect(rows.every((row) => row['Full Name'] !== '' || row['First Name'] !== '')).toBe(true);
  });

  it('includes diacritics, varied LinkedIn forms, phone formats and legal suffixes', () => {
    const { rows } = generateContacts({ seed: 8, count: 3_000 });
    const column = (name: string): string[] => rows.map((row) => row[name] ?? '').filter((value) => value !== '');
    expect(column('Last Name').some((name) => /[áčéěíňóřšťúůýžäöüßøå]/i.test(name))).toBe(true);
    const linkedin = column('LinkedIn URL');
    expect(linkedin.some((url) => url.startsWith('https://www.'))).toBe(true);
    expect(linkedin.some((url) => url.startsWith('linkedin.com'))).toBe(true);
    expect(linkedin.some((url) => /^https:\/\/[a-z]{2}\.linkedin/.test(url))).toBe(true);
    const phones = column('Phone');
    expect(phones.some((phone) => phone.startsWith('+'))).toBe(true);
    expect(phones.some((phone) => phone.startsWith('00'))).toBe(true);
    expect(phones.some((phone) => /^\(\d{3}\) \d{3}-\d{4}$/.test(phone))).toBe(true);
    const companies = column('Company');
    expect(companies.some((company) => /, Inc\.$/.test(company))).toBe(true);
    expect(companies.some((company) => / GmbH$/.test(company))).toBe(true);
  });
});

describe('writeContactsCsv', () => {
  it('streams the same rows as generateContacts to a CSV file', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'compound-contacts-'));
    try {
      const path = join(directory, 'contacts.csv');
      const options = { seed: 6, count: 300, columns: { fullName: 'Full Name' } };
      const result = await writeContactsCsv(path, options);
      const expected = generateContacts(options);
      expect(result.rowCount).toBe(300);
      expect(result.truth).toEqual(expected.truth);
      const text = await readFile(path, 'utf8');
      expect(Buffer.byteLength(text)).toBe(result.bytes);
      expect(text.split('\n')[0]).toBe(expected.header.join(','));
      expect(text.endsWith('\n')).toBe(true);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('formatCsvRow', () => {
  it('quotes only fields that need it and doubles inner quotes', () => {
    expect(formatCsvRow(['plain', 'Doe, Jane', 'say "hi"', 'two\nlines', ''])).toBe('plain,"Doe, Jane","say ""hi""","two\nlines",');
    expect(formatCsvRow(['a;b', 'c,d'], ';')).toBe('"a;b";"c,d"');
  });
});
