import { describe, expect, it } from 'vitest';
import { normalizeCountry } from './normalize-country.js';

describe('normalizeCountry', () => {
  it.each([
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['DE', 'DE'],
    ['de', 'DE'],
    ['DEU', 'DE'],
    ['Česko', 'CZ'],
    ['Czechia', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['Česká republika', 'CZ'],
    ['Norge', 'NO'],
    ['Suomi', 'FI'],
    ['España', 'ES'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['United Kingdom', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States', 'US'],
    ['the United States', 'US'],
    ['US', 'US'],
    ['America', 'US'],
    ['  united   states of america ', 'US'],
    ['Österreich', 'AT'],
    ['Schweiz', 'CH'],
    ['The Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['Polska', 'PL'],
    ['Sverige', 'SE'],
    ['Danmark', 'DK'],
    ['Ísland', 'IS'],
    ['Liechtenstein', 'LI'],
    ['Türkiye', 'TR'],
    ['Korea, Republic of', 'KR'],
    ['Viet Nam', 'VN'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Canada', 'CA'],
    ['Australia', 'AU'],
    ['New Zealand', 'NZ'],
    ['India', 'IN'],
    ['Japan', 'JP'],
    ['Singapore', 'SG'],
    ['Israel', 'IL'],
    ['Brazil', 'BR'],
    ['Brasil', 'BR'],
    ['Mexico', 'MX'],
    ['México', 'MX'],
    ['Switzerland', 'CH'],
  ])('%j → %s', (raw, code) => {
    expect(normalizeCountry(raw)).toBe(code);
  });

  it.each(['', '  ', 'Atlantis', 'Europe', 'XX', 'San Francisco'])('%j → undefined', (raw) => {
    expect(normalizeCountry(raw)).toBeUndefined();
  });

  it('covers every EU and EEA member', () => {
    const members = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO'];
    for (const code of members) expect(normalizeCountry(code)).toBe(code);
  });

  it('is idempotent', () => {
    for (const raw of ['Deutschland', 'UK', 'Česko', 'usa']) {
      const code = normalizeCountry(raw) ?? '';
      expect(normalizeCountry(code)).toBe(code);
    }
  });
});
