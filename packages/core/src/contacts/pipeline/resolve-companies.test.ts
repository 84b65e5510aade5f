import { describe, expect, it } from 'vitest';
import type { ContactField, MappedRow } from '../contact.js';
import { normalizeContact } from '../normalize/normalize-contact.js';
import { createCompanyResolver } from './resolve-companies.js';

function row(fields: Partial<Record<ContactField, string>>): MappedRow {
  return { fields: Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, [value]])), custom: {} };
}

const source = { source: 'import', at: '2026-01-01T00:00:00.000Z' };

function resolver() {
  let next = 0;
  return createCompanyResolver([], { createId: () => `co_${++next}`, now: () => source.at });
}

describe('createCompanyResolver', () => {
  it('links a contact to the company it names, not to the company of an unrelated website', () => {
    const companies = resolver();
    const personio = companies.resolve(normalizeContact(row({ company: 'Personio', email: 'ben@personio.de', website: 'personio.de' })), source);
    const withEmail = companies.resolve(normalizeContact(row({ company: 'Cabify', email: 'ana@cabify.com', website: 'https://www.personio.de' })), source);
    const withoutEmail = companies.resolve(normalizeContact(row({ company: 'Cabify', website: 'https://www.personio.de' })), source);
    expect(withEmail).not.toBe(personio);
    expect(withoutEmail).toBe(withEmail);
    expect(companies.get(withEmail ?? '')).toMatchObject({ name: 'Cabify', key: 'cabify', domain: 'cabify.com' });
    expect(companies.get(personio ?? '')).toMatchObject({ name: 'Personio', domain: 'personio.de' });
    expect(companies.get(personio ?? '')?.values['name']).toEqual([{ value: 'Personio', source }]);
  });

  it('does not give a named company the domain of an unrelated website', () => {
    const companies = resolver();
    const cabify = companies.resolve(normalizeContact(row({ company: 'Cabify', website: 'https://www.personio.de' })), source);
    expect(companies.get(cabify ?? '')).toMatchObject({ name: 'Cabify', key: 'cabify' });
    expect(companies.get(cabify ?? '')?.domain).toBeUndefined();
  });

  it("keeps a company whose name does not spell its website's domain together (Alphabet, abc.xyz, @google.com)", () => {
    const companies = resolver();
    const first = companies.resolve(normalizeContact(row({ company: 'Alphabet', email: 'sundar@google.com', website: 'https://abc.xyz' })), source);
    const second = companies.resolve(normalizeContact(row({ company: 'Alphabet Inc.', website: 'abc.xyz' })), source);
    expect(second).toBe(first);
    expect(companies.get(first ?? '')).toMatchObject({ name: 'Alphabet', key: 'alphabet', domain: 'abc.xyz' });
  });

  it('matches the common case by domain, then by name', () => {
    const companies = resolver();
    const first = companies.resolve(normalizeContact(row({ company: 'Acme, Inc.', website: 'https://acme.com/about' })), source);
    const byDomain = companies.resolve(normalizeContact(row({ email: 'joe@acme.com' })), source);
    const byName = companies.resolve(normalizeContact(row({ company: 'ACME' })), source);
    expect(byDomain).toBe(first);
    expect(byName).toBe(first);
    expect(companies.changed()).toHaveLength(1);
  });

  it("takes the industry, size and country most contacts give, whatever the rows' order, and keeps a stored company's", () => {
    const people = [
      { company: 'Lighthouse Pixel', website: 'lighthousepixel.io', country: 'Germany', employees: '120', industry: 'Biotech' },
      { company: 'Lighthouse Pixel', website: 'lighthousepixel.io', country: 'Spain', employees: '120' },
      { company: 'Lighthouse Pixel', website: 'lighthousepixel.io', country: 'Spain', employees: '150', industry: 'Biotechnology' },
    ];
    const resolved = (order: typeof people) => {
      const companies = resolver();
      const ids = order.map((fields) => companies.resolve(normalizeContact(row(fields)), source));
      return companies.get(ids[0] ?? '');
    };
    for (const order of [people, [...people].reverse()]) {
      // Spain 2 of 3; 120 employees 2 of 3; Biotech and Biotechnology tie: the smaller text
      expect(resolved(order)).toMatchObject({ country: 'ES', employees: 120, industry: 'Biotech' });
    }
    const stored = resolved([people[0] as (typeof people)[number]]);
    const later = createCompanyResolver(stored ? [stored] : [], { createId: () => 'co_new', now: () => source.at });
    const id = later.resolve(normalizeContact(row(people[1] as (typeof people)[number])), source);
    later.resolve(normalizeContact(row(people[2] as (typeof people)[number])), source);
    expect(later.get(id ?? '')).toMatchObject({ country: 'DE', employees: 120, industry: 'Biotech' });
  });

  it('names a company met first through a work email after the name its contacts give, in this import or a later one', () => {
    const companies = resolver();
    const id = companies.resolve(normalizeContact(row({ email: 'ben@opennest.com' })), source);
    expect(companies.get(id ?? '')).toMatchObject({ name: 'opennest.com' });
    companies.resolve(normalizeContact(row({ email: 'nick@opennest.com', company: 'Opennest' })), source);
    companies.resolve(normalizeContact(row({ company: 'Opennest Inc.' })), source);
    companies.resolve(normalizeContact(row({ email: 'olivia@opennest.com', company: 'Opennest' })), source);
    expect(companies.get(id ?? '')).toMatchObject({ name: 'Opennest', key: 'opennest', domain: 'opennest.com' });

    const first = resolver();
    const storedId = first.resolve(normalizeContact(row({ email: 'ben@opennest.com' })), source);
    const later = createCompanyResolver(first.changed(), { createId: () => 'co_new', now: () => source.at });
    expect(later.resolve(normalizeContact(row({ company: 'Opennest, Inc.', email: 'melissa@opennest.com' })), source)).toBe(storedId);
    expect(later.get(storedId ?? '')?.name).toBe('Opennest, Inc.');

    // a name a list gave stays, as the other fields an earlier import set do
    const again = createCompanyResolver(later.changed(), { createId: () => 'co_other', now: () => source.at });
    again.resolve(normalizeContact(row({ company: 'Opennest', email: 'olivia@opennest.com' })), source);
    expect(again.get(storedId ?? '')?.name).toBe('Opennest, Inc.');
  });
});
