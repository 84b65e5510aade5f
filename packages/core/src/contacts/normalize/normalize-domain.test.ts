import { describe, expect, it } from 'vitest';
import { domainFromEmail, domainFromWebsite, isSharedHostDomain } from './normalize-domain.js';

describe('domainFromWebsite', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['www.acme.com', 'acme.com'],
    ['http://www.acme.com/', 'acme.com'],
    ['https://www.Acme.com/about/team?x=1#top', 'acme.com'],
    ['HTTPS://WWW.ACME.CO.UK', 'acme.co.uk'],
    ['https://shop.acme.co.uk:8443/path', 'acme.co.uk'],
    ['  acme.de  ', 'acme.de'],
    ['https://acme.github.io', 'acme.github.io'],
    ['https://jane.wordpress.com/about', 'jane.wordpress.com'],
    ['www.acme.business.site', 'acme.business.site'],
    ['wordpress.com', 'wordpress.com'],
    ['linkedin.com', 'linkedin.com'],
    ['https://www.linkedin.com/company/acme', undefined],
    ['facebook.com/acme', undefined],
    ['gmail.com', undefined],
    ['acme', undefined],
    ['192.168.1.1', undefined],
    ['', undefined],
    ['N/A', undefined],
    ['jane@acme.com', undefined],
  ])('%j → %s', (url, domain) => {
    expect(domainFromWebsite(url)).toBe(domain);
  });
});

describe('domainFromEmail', () => {
  it.each([
    ['jane@acme.com', 'acme.com'],
    ['jane@mail.acme.co.uk', 'acme.co.uk'],
    ['Jane@ACME.COM', 'acme.com'],
    ['jane@gmail.com', undefined],
    ['jane@googlemail.com', undefined],
    ['jane@yahoo.co.uk', undefined],
    ['jane@seznam.cz', undefined],
    ['jane@mailinator.com', undefined],
    ['jane', undefined],
    ['jane@', undefined],
    ['jane@localhost', undefined],
  ])('%j → %s', (email, domain) => {
    expect(domainFromEmail(email)).toBe(domain);
  });
});

describe('isSharedHostDomain', () => {
  it.each([
    ['jane.wixsite.com', true],
    ['jane.github.io', true],
    ['acme.vercel.app', true],
    ['jane.wordpress.com', true],
    ['wordpress.com', true],
    ['google.com', true],
    ['linktr.ee', true],
    ['acme.com', false],
    ['acme.co.uk', false],
    ['vw.de', false],
  ])('%s → %s', (domain, shared) => {
    expect(isSharedHostDomain(domain)).toBe(shared);
  });
});
