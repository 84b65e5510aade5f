/** A canonical LinkedIn URL and the slug that identifies the profile or company. */
export interface CanonicalLinkedinUrl {
  /** `https://www.linkedin.com/in/<slug>` or `https://www.linkedin.com/company/<slug>`, slug percent-encoded. */
  url: string;
  /** Percent-decoded, lower-cased slug (member tokens such as `ACoAA…` keep their case). */
  slug: string;
}

// Any linkedin.com host (www., country subdomains such as uk. or de., mobile m.), optional scheme and port.
const linkedinPath = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com(?::\d+)?(\/[^?#]*)?/i;
const wrapping = /^[\s<"'(]+|[\s>"')]+$/g;
// One character wrapping removes at either end: most URLs have none and are read as they are.
const wrappingCharacter = /^[\s<>"'()]$/;
// Opaque member/company tokens are case-sensitive: lower-casing them would point elsewhere.
const caseSensitiveToken = /^AC[a-zA-Z]AA/;
const invalidSlug = /[\s/?#]/;
const mobilePrefixes = new Set(['mwlite', 'm', 'mobile']);

/**
 * Canonical form of a LinkedIn profile URL: `https://www.linkedin.com/in/<slug>`. Accepts http and
 * https, country and mobile subdomains (`uk.`, `de.`, `m.`), the mobile `/mwlite/in/` path, trailing
 * slashes and sub-pages (`/in/jane/details/experience`), `?trk=` queries, percent-encoded slugs
 * (decoded and lower-cased for the slug key) and legacy `/pub/<name>/<a>/<b>/<c>` URLs, which LinkedIn
 * redirects to `/in/<name>-<c><b><a>`. Returns `undefined` for anything that is not a profile URL
 * (other sites, company pages, Sales Navigator leads, `lnkd.in` short links).
 *
 * @example canonicalLinkedinUrl('https://uk.linkedin.com/in/Jane-Doe/?trk=x') // { url: 'https://www.linkedin.com/in/jane-doe', slug: 'jane-doe' }
 */
export function canonicalLinkedinUrl(raw: string): CanonicalLinkedinUrl | undefined {
  const segments = linkedinSegments(raw);
  if (segments === undefined) return undefined;
  const [kind, name] = segments;
  if (name === undefined) return undefined;
  let slug: string | undefined;
  if (kind === 'in') {
    slug = name;
  } else if (kind === 'pub' && segments.length >= 5) {
    slug = `${name}-${segments[4] ?? ''}${segments[3] ?? ''}${segments[2] ?? ''}`;
  }
  return slug === undefined ? undefined : canonical('in', slug);
}

/**
 * Canonical form of a LinkedIn company page URL: `https://www.linkedin.com/company/<slug>`, from the
 * same variants as {@link canonicalLinkedinUrl} plus `/company-beta/<id>` and Sales Navigator
 * `/sales/company/<id>`. Sub-pages (`/about`, `/jobs`) are dropped. Returns `undefined` for anything
 * that is not a company page.
 *
 * @example canonicalLinkedinCompanyUrl('linkedin.com/company/Acme-Inc/about/') // { url: 'https://www.linkedin.com/company/acme-inc', slug: 'acme-inc' }
 */
export function canonicalLinkedinCompanyUrl(raw: string): CanonicalLinkedinUrl | undefined {
  let segments = linkedinSegments(raw);
  if (segments === undefined) return undefined;
  if (segments[0] === 'sales') segments = segments.slice(1);
  const [kind, name] = segments;
  if (name === undefined || (kind !== 'company' && kind !== 'company-beta')) return undefined;
  return canonical('company', name);
}

function linkedinSegments(raw: string): string[] | undefined {
  const text = wrappingCharacter.test(raw.charAt(0)) || wrappingCharacter.test(raw.charAt(raw.length - 1)) ? raw.replace(wrapping, '') : raw;
  const match = linkedinPath.exec(text);
  if (match === null) return undefined;
  const segments = (match[1] ?? '').split('/').filter((segment) => segment.length > 0);
  while (segments.length > 0 && mobilePrefixes.has((segments[0] ?? '').toLowerCase())) segments.shift();
  if (segments[0] !== undefined) segments[0] = segments[0].toLowerCase();
  return segments;
}

function canonical(kind: 'in' | 'company', rawSlug: string): CanonicalLinkedinUrl | undefined {
  let slug = rawSlug;
  if (slug.includes('%')) {
    try {
      slug = decodeURIComponent(slug);
    } catch {
      // A malformed escape: keep the slug as written rather than reject the URL.
    }
  }
  slug = slug.trim();
  if (!caseSensitiveToken.test(slug)) slug = slug.toLowerCase();
  if (slug.length === 0 || invalidSlug.test(slug)) return undefined;
  return { url: `https://www.linkedin.com/${kind}/${encodeURIComponent(slug)}`, slug };
}
