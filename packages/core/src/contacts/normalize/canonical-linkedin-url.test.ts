import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalLinkedinCompanyUrl, canonicalLinkedinUrl } from './canonical-linkedin-url.js';

describe('canonicalLinkedinUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe', 'jane-doe'],
    ['http://www.linkedin.com/in/jane-doe/', 'jane-doe'],
    ['linkedin.com/in/jane-doe', 'jane-doe'],
    ['www.linkedin.com/in/Jane-Doe-12345678/', 'jane-doe-12345678'],
    ['https://uk.linkedin.com/in/jane-doe', 'jane-doe'],
    ['https://de.linkedin.com/in/jane-doe?trk=public_profile', 'jane-doe'],
    ['https://www.linkedin.com/in/jane-doe?originalSubdomain=cz', 'jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', 'jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/en', 'jane-doe'],
    ['https://www.linkedin.com/mwlite/in/jane-doe', 'jane-doe'],
    ['https://m.linkedin.com/in/jane-doe', 'jane-doe'],
    ['HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE', 'jane-doe'],
    ['  <https://www.linkedin.com/in/jane-doe>  ', 'jane-doe'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller', 'jürgen-müller'],
    ['https://www.linkedin.com/in/J%C3%BCrgen-M%C3%BCller', 'jürgen-müller'],
    ['https://sy.linkedin.com/pub/krzysztof-marzec/a7/576/b50?trk=biz_employee_pub', 'krzysztof-marzec-b50576a7'],
    ['https://www.linkedin.com/pub/jane-doe/1a/2b/3c', 'jane-doe-3c2b1a'],
    ['https://www.linkedin.com/in/ACoAAB1cD2eF3gH', 'ACoAAB1cD2eF3gH'],
    ['https://www.linkedin.com/in/bad%zzescape', 'bad%zzescape'],
  ])('%j → slug %j', (raw, slug) => {
    const result = canonicalLinkedinUrl(raw);
    expect(result?.slug).toBe(slug);
    expect(result?.url).toBe(`https://www.linkedin.com/in/${encodeURIComponent(slug)}`);
  });

  it.each([
    '',
    'jane-doe',
    'https://example.com/in/jane-doe',
    'https://notlinkedin.com/in/jane',
    'https://www.linkedin.com/company/acme',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/pub/dir/jane/doe',
    'https://www.linkedin.com/sales/lead/ACwAAA123,NAME_SEARCH,abc',
    'https://lnkd.in/abc',
  ])('rejects %j', (raw) => {
    expect(canonicalLinkedinUrl(raw)).toBeUndefined();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9%-]{1,30}$/), fc.constantFrom('https://www.', 'http://uk.', ''), (slug, prefix) => {
        const once = canonicalLinkedinUrl(`${prefix}linkedin.com/in/${slug}/`);
        if (once === undefined) return;
        expect(canonicalLinkedinUrl(once.url)).toEqual(once);
      }),
    );
  });
});

describe('canonicalLinkedinCompanyUrl', () => {
  it.each([
    ['https://www.linkedin.com/company/acme', 'acme'],
    ['linkedin.com/company/Acme-Inc/about/', 'acme-inc'],
    ['https://cz.linkedin.com/company/acme?trk=x', 'acme'],
    ['https://www.linkedin.com/company/1035/', '1035'],
    ['https://www.linkedin.com/company-beta/1035', '1035'],
    ['https://www.linkedin.com/sales/company/1035', '1035'],
  ])('%j → slug %j', (raw, slug) => {
    expect(canonicalLinkedinCompanyUrl(raw)).toEqual({ url: `https://www.linkedin.com/company/${slug}`, slug });
  });

  it.each(['https://www.linkedin.com/in/jane', 'https://acme.com/company/acme', 'https://www.linkedin.com/company/'])(
    'rejects %j',
    (raw) => {
      expect(canonicalLinkedinCompanyUrl(raw)).toBeUndefined();
    },
  );
});
