import { describe, expect, it } from 'vitest';
import { domainSpellsCompany } from './domain-spells-company.js';
import { normalizeCompanyName } from './normalize-company-name.js';

function spells(domain: string, company: string): boolean | undefined {
  return domainSpellsCompany(domain, normalizeCompanyName(company)?.key ?? '');
}

describe('domainSpellsCompany', () => {
  it('agrees when the domain spells the name, its initials, a part of it or a word of it', () => {
    expect(spells('cabify.com', 'Cabify')).toBe(true);
    expect(spells('personio.de', 'Personio SE & Co. KG')).toBe(true);
    expect(spells('white-and-scott.co.uk', 'White & Scott Ltd')).toBe(true);
    expect(spells('ibm.com', 'International Business Machines Corp.')).toBe(true);
    expect(spells('pg.com', 'Procter & Gamble')).toBe(true);
    expect(spells('telekom.de', 'Deutsche Telekom AG')).toBe(true);
    expect(spells('dhl.com', 'Deutsche Post DHL')).toBe(true);
    expect(spells('kraftheinzcompany.com', 'Kraft Heinz')).toBe(true);
    expect(spells('acme-solutions.com', 'Acme Corp')).toBe(true);
    expect(spells('1und1.de', '1&1')).toBe(true);
    expect(spells('seznam.cz', 'Seznam.cz, a.s.')).toBe(true);
  });

  it('disagrees when the domain spells another name', () => {
    expect(spells('personio.de', 'Cabify')).toBe(false);
    expect(spells('abc.xyz', 'Alphabet')).toBe(false);
    expect(spells('google.com', 'Alphabet')).toBe(false);
  });

  it('cannot tell for labels or keys too short to compare, or not in Latin letters', () => {
    expect(spells('ab.io', 'Zeta')).toBeUndefined();
    expect(spells('xn--bcher-kva.de', 'Bücher')).toBeUndefined();
    expect(spells('yandex.ru', 'Яндекс')).toBeUndefined();
    expect(domainSpellsCompany('acme.com', '')).toBeUndefined();
  });
});
