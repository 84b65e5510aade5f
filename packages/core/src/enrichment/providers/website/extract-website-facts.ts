import type { HtmlDocument } from './read-html.js';

/** Company profiles linked from the site. */
export interface SocialLinks {
  linkedin?: string;
  x?: string;
  github?: string;
}

/** A headcount the site states ("team of 50", "200+ employees"). */
export interface SizeHint {
  /** Lower bound of the headcount. */
  min: number;
  /** Upper bound, when the text gives an exact number or a range. */
  max?: number;
  /** The words it was read from. */
  text: string;
}

// Handles that are site features, not company accounts.
const xReserved = new Set(['intent', 'share', 'home', 'search', 'hashtag', 'i', 'login', 'signup', 'explore', 'settings', 'privacy', 'tos']);
const githubReserved = new Set(['features', 'about', 'pricing', 'login', 'join', 'marketplace', 'sponsors', 'topics', 'collections', 'orgs', 'apps', 'enterprise', 'security', 'site']);

/** The first LinkedIn company page, X account and GitHub organization linked from the pages. */
export function findSocialLinks(links: readonly string[]): SocialLinks {
  const social: SocialLinks = {};
  for (const link of links) {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      continue;
    }
    const host = url.hostname.toLowerCase().replace(/^(www\.|[a-z]{2}\.)/, '');
    const segments = url.pathname.split('/').filter((segment) => segment !== '');
    const first = segments[0]?.toLowerCase();
    if (social.linkedin === undefined && host === 'linkedin.com' && (first === 'company' || first === 'school') && segments[1] !== undefined) {
      social.linkedin = `https://www.linkedin.com/${first}/${segments[1]}`;
    } else if (social.x === undefined && (host === 'twitter.com' || host === 'x.com') && first !== undefined && segments.length === 1 && /^\w{1,15}$/.test(first) && !xReserved.has(first)) {
      social.x = `https://x.com/${segments[0]}`;
    } else if (social.github === undefined && host === 'github.com' && first !== undefined && segments.length <= 2 && !githubReserved.has(first)) {
      social.github = `https://github.com/${segments[0]}`;
    }
  }
  return social;
}

function number(text: string): number {
  return Number(text.replace(/[,.\s](?=\d{3}\b)/g, ''));
}

const sizePatterns: Array<{ pattern: RegExp; read: (match: RegExpExecArray) => Omit<SizeHint, 'text'> | undefined }> = [
  // "team of 50", "a team of 200+ people"
  { pattern: /\bteam of (?:over |more than |about |around )?(\d{1,3}(?:[,.]\d{3})*|\d+)(\+)?/i, read: (match) => ({ min: number(match[1] ?? ''), ...(match[2] === undefined ? { max: number(match[1] ?? '') } : {}) }) },
  // "50-100 employees", "50 to 100 people"
  { pattern: /\b(\d{1,3}(?:[,.]\d{3})*|\d+)\s*(?:-|–|to)\s*(\d{1,3}(?:[,.]\d{3})*|\d+)\s+(?:employees|people|staff|team members|colleagues)\b/i, read: (match) => ({ min: number(match[1] ?? ''), max: number(match[2] ?? '') }) },
  // "200+ employees", "over 1,000 people", "more than 300 staff"
  { pattern: /\b(over |more than )?(\d{1,3}(?:[,.]\d{3})*|\d+)(\+)?\s+(?:employees|people work|staff|team members|colleagues|employees worldwide)\b/i, read: (match) => ({ min: number(match[2] ?? ''), ...(match[1] === undefined && match[3] === undefined ? { max: number(match[2] ?? '') } : {}) }) },
];

/** The first headcount statement in the text, or undefined. Numbers beyond 1,000,000 are ignored (those are users, not staff). */
export function findSizeHint(text: string): SizeHint | undefined {
  for (const { pattern, read } of sizePatterns) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const size = read(match);
    if (size !== undefined && size.min > 0 && size.min <= 1_000_000 && (size.max === undefined || size.max >= size.min)) return { ...size, text: match[0] };
  }
  return undefined;
}

function objectsOf(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(objectsOf);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  return [record, ...objectsOf(record['@graph']), ...objectsOf(record['address']), ...objectsOf(record['location'])];
}

/**
 * Locations the pages state: schema.org `PostalAddress` blocks in JSON-LD ("Prague, CZ"), and
 * "headquartered in …" / "offices in …" phrases in the text. Each once, in order.
 */
export function findLocations(documents: readonly HtmlDocument[]): string[] {
  const found: string[] = [];
  const add = (location: string): void => {
    const clean = location.replace(/\s+/g, ' ').replace(/[\s,.;]+$/, '').trim();
    const key = clean.toLowerCase();
    // "Prague" adds nothing to "Prague, CZ".
    if (clean.length >= 2 && clean.length <= 80 && !found.some((known) => known.toLowerCase() === key || known.toLowerCase().startsWith(`${key},`))) found.push(clean);
  };
  for (const object of objectsOf(documents.map((document) => document.jsonLd))) {
    if (object['@type'] !== 'PostalAddress') continue;
    const locality = typeof object['addressLocality'] === 'string' ? object['addressLocality'] : undefined;
    const rawCountry = object['addressCountry'];
    const country = typeof rawCountry === 'string' ? rawCountry : typeof rawCountry === 'object' && rawCountry !== null && typeof (rawCountry as Record<string, unknown>)['name'] === 'string' ? ((rawCountry as Record<string, unknown>)['name'] as string) : undefined;
    const parts = [locality, country].filter((part): part is string => part !== undefined && part.trim() !== '');
    if (parts.length > 0) add(parts.join(', '));
  }
  const place = "([A-Z][\\p{L}'-]+(?:[ -][A-Z][\\p{L}'-]+){0,3}(?:, [A-Z][\\p{L}'-]+(?: [A-Z][\\p{L}'-]+){0,2})?)";
  const text = documents.map((document) => document.text).join(' ');
  for (const match of text.matchAll(new RegExp(`\\b(?:headquartered|based|HQ) in ${place}`, 'gu'))) add(match[1] ?? '');
  for (const match of text.matchAll(new RegExp(`\\boffices? in ((?:${place.slice(1, -1)})(?:(?:, | and | & )(?:${place.slice(1, -1)}))*)`, 'gu'))) {
    for (const part of (match[1] ?? '').split(/, | and | & /)) add(part);
  }
  return found.slice(0, 10);
}

/** The company description: og:description, else meta description, else the first substantial paragraph. */
export function findDescription(document: HtmlDocument): { text: string; from: 'og:description' | 'meta description' | 'paragraph' } | undefined {
  if (document.ogDescription !== undefined && document.ogDescription.length >= 20) return { text: document.ogDescription, from: 'og:description' };
  if (document.metaDescription !== undefined && document.metaDescription.length >= 20) return { text: document.metaDescription, from: 'meta description' };
  const paragraph = document.paragraphs.find((text) => text.length >= 60 && !/cookie|privacy policy|javascript/i.test(text));
  return paragraph === undefined ? undefined : { text: paragraph.slice(0, 500), from: 'paragraph' };
}
