import { describe, expect, it } from 'vitest';
import { companyLetters, createOrganisationIds, domainLetters } from './organisation-letters.js';

describe('createOrganisationIds', () => {
  it('gives a company and a domain spelled alike one id, and 0 to spellings too short to identify', () => {
    expect(companyLetters('white and scott')).toBe('whiteandscott');
    expect(domainLetters('white-and-scott.co.uk')).toBe('whiteandscott');
    const ids = createOrganisationIds();
    const white = ids.companyId('white and scott');
    expect(white).toBeGreaterThan(0);
    expect(ids.domainId('white-and-scott.co.uk')).toBe(white);
    expect(ids.companyId('white and scott')).toBe(white);
    expect(ids.companyId('')).toBe(0);
    expect(ids.companyId('a b')).toBe(0);
    expect(ids.domainId('io.com')).toBe(0);
  });

  it('keeps ids in first-seen order of the spellings through the memo\'s growth', () => {
    const ids = createOrganisationIds();
    const names = Array.from({ length: 5000 }, (_, k) => `company ${k % 2500}`);
    const got = names.map((name) => ids.companyId(name));
    // 2,500 distinct spellings, numbered from 1 as first seen, the repeats answered alike
    expect(got.slice(0, 2500)).toEqual(Array.from({ length: 2500 }, (_, k) => k + 1));
    expect(got.slice(2500)).toEqual(got.slice(0, 2500));
    expect(ids.domainId('company17.com')).toBe(18);
  });
});
