import { getDomain } from 'tldts';
import { boundedMemo } from './bounded-memo.js';
import { isDisposableEmailDomain } from './is-disposable-email-domain.js';
import { isFreeMailDomain } from './is-free-mail-domain.js';
import { isPlaceholderValue } from './is-placeholder-value.js';

// Private suffixes (github.io, blogspot.com, herokuapp.com) count, so acme.github.io stays acme's own.
const tldtsOptions = { allowPrivateDomains: true } as const;

/**
 * Platforms whose profile pages people paste as a "website". A URL on one of them with a path
 * (`linkedin.com/company/acme`) names the platform, not the company; the bare host still counts.
 */
const profilePlatforms = new Set([
  'linkedin.com',
  'facebook.com',
  'fb.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'medium.com',
  'crunchbase.com',
  'angel.co',
  'wellfound.com',
  'github.com',
  'gitlab.com',
  'xing.com',
  'google.com',
  'bit.ly',
  'linktr.ee',
  'about.me',
  'wa.me',
]);

const schemeAndHost = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)(.*)$/i;
const meaningfulPath = /^\/[^?#]*[a-z0-9]/i;
const trailingJunk = /[>.\s]+$/;
const trailingJunkCharacter = /^[>.\s]$/;

/**
 * The registrable domain (eTLD+1, via tldts) of a website value: `https://www.acme.co.uk/about` →
 * `acme.co.uk`. Returns `undefined` for empty or placeholder values, bare words, IP addresses,
 * free-mail hosts, and profile pages on platforms such as LinkedIn or Facebook.
 *
 * @example domainFromWebsite('http://www.Acme.com/contact') // 'acme.com'
 */
export function domainFromWebsite(url: string): string | undefined {
  return websiteDomain(url);
}

// A company's website repeats on every one of its contacts, and tldts parses each time: once per text.
const websiteDomain = boundedMemo((url: string): string | undefined => {
  const text = url.trim();
  if (text.length === 0 || isPlaceholderValue(text) || text.includes('@')) return undefined;
  const domain = getDomain(text, tldtsOptions);
  if (domain === null) return undefined;
  const lower = domain.toLowerCase();
  if (isFreeMailDomain(lower)) return undefined;
  if (profilePlatforms.has(lower)) {
    const path = schemeAndHost.exec(text)?.[2] ?? '';
    if (meaningfulPath.test(path)) return undefined;
  }
  return lower;
});

/**
 * The registrable company domain of an email address: `jane@mail.acme.co.uk` → `acme.co.uk`.
 * Free-mail (gmail.com, yahoo.co.uk, …) and disposable domains return `undefined`: they say
 * nothing about the employer.
 *
 * @example domainFromEmail('jane@gmail.com') // undefined
 */
export function domainFromEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  let host = email.slice(at + 1).trim();
  // The pattern tries every position of the host: only a host that ends in junk has any to remove.
  if (trailingJunkCharacter.test(host.charAt(host.length - 1))) host = host.replace(trailingJunk, '');
  return hostDomain(host.toLowerCase());
}

// Email hosts repeat across a company's contacts: tldts runs once per host.
const hostDomain = boundedMemo((host: string): string | undefined => {
  if (host.length === 0 || isFreeMailDomain(host) || isDisposableEmailDomain(host)) return undefined;
  const domain = getDomain(host, tldtsOptions);
  if (domain === null || isFreeMailDomain(domain) || isDisposableEmailDomain(domain)) return undefined;
  return domain;
});
