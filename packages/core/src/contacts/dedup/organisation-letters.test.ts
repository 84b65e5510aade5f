import { describe, expect, it } from 'vitest';
import { companyLetters, createOrganisationIds, domainLetters, spellsOrganisation } from './organisation-letters.js';

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

  it('spells a company of two or three Han, Hangul or kana characters (a syllable each), not two Latin letters', () => {
    expect(companyLetters('腾讯')).toBe('腾讯');
    expect(companyLetters('삼성')).toBe('삼성');
    expect(companyLetters('ソニー')).toBe('ソニー');
    expect(companyLetters('三')).toBe('');
    // Latin letters among them count as letters: four are needed
    expect(companyLetters('lg 电子')).toBe('lg电子');
    expect(spellsOrganisation('lg电')).toBe(false);
    expect(spellsOrganisation('ab')).toBe(false);
    const ids = createOrganisationIds();
    expect(ids.companyId('小米')).toBeGreaterThan(0);
    expect(ids.companyId('小米')).not.toBe(ids.companyId('腾讯'));
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
