import { getDomain, getSubdomain } from 'tldts';
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

/**
 * Site builders and blog hosts that give each customer a subdomain but are not private suffixes in
 * the Public Suffix List (as github.io and wixsite.com are): `jane.wordpress.com` is Jane's site,
 * so its domain is `jane.wordpress.com`, not `wordpress.com`.
 */
const hostingPlatforms = new Set([
  'wordpress.com',
  'substack.com',
  'tumblr.com',
  'weebly.com',
  'squarespace.com',
  'godaddysites.com',
  'jimdosite.com',
  'jimdo.com',
  'webnode.com',
  'mystrikingly.com',
  'site123.me',
  'business.site',
]);

const schemeAndHost = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)(.*)$/i;
const meaningfulPath = /^\/[^?#]*[a-z0-9]/i;
const trailingJunk = /[>.\s]+$/;
const trailingJunkCharacter = /^[>.\s]$/;

/**
 * The registrable domain (eTLD+1, via tldts) of a website value: `https://www.acme.co.uk/about` →
 * `acme.co.uk`. Returns `undefined` for empty or placeholder values, bare words, IP addresses,
 * free-mail hosts, and profile pages on platforms such as LinkedIn or Facebook. A site on a blog
 * host or site builder keeps its own name: `jane.wordpress.com`.
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
  if (hostingPlatforms.has(lower)) {
    const site = (getSubdomain(text, tldtsOptions) ?? '').toLowerCase().split('.').filter((label) => label !== 'www').pop();
    if (site !== undefined && site.length > 0) return `${site}.${lower}`;
  }
  return lower;
});

/**
 * Whether a website domain (as {@link domainFromWebsite} gives it) belongs to a platform rather
 * than to one company: a profile or link platform itself (`google.com`, `linktr.ee`), a site
 * builder or blog host (`wordpress.com`), or a customer's site on one (`jane.wixsite.com`,
 * `jane.github.io`, `jane.wordpress.com`). Such a site says who made it, not who employs them.
 *
 * @example isSharedHostDomain('jane.wixsite.com') // true
 */
export function isSharedHostDomain(domain: string): boolean {
  if (profilePlatforms.has(domain) || hostingPlatforms.has(domain)) return true;
  const dot = domain.indexOf('.');
  if (dot > 0 && hostingPlatforms.has(domain.slice(dot + 1))) return true;
  // a site under a private suffix (github.io, wixsite.com, vercel.app): without private suffixes
  // its registrable domain is the platform's
  const icannDomain = getDomain(domain);
  return icannDomain !== null && icannDomain !== domain;
}

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
