/** What the triage stage reads from one HTML page. */
export interface HtmlDocument {
  title?: string;
  /** `<meta name="description">`. */
  metaDescription?: string;
  /** `<meta property="og:description">`. */
  ogDescription?: string;
  /** Text of `<p>` elements, in order, whitespace collapsed. */
  paragraphs: string[];
  /** Absolute `href`s of `<a>` elements (http and https only), in order. */
  links: string[];
  /** Absolute URLs of `<link rel="alternate">` RSS/Atom feeds. */
  feedLinks: string[];
  /** Parsed `<script type="application/ld+json">` blocks (invalid ones skipped). */
  jsonLd: unknown[];
  /** Visible text (scripts, styles and tags removed), whitespace collapsed. */
  text: string;
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', copy: '©', reg: '®' };

/** Decodes the HTML character references that appear in everyday page text. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

function collapse(text: string): string {
  return decodeHtmlEntities(text.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) {
    const name = match[1]?.toLowerCase();
    if (name !== undefined && !found.has(name)) found.set(name, decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return found;
}

function absolute(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the parts of an HTML page the triage stage uses, with linear-time regular expressions (no
 * DOM; pages are already cut to a bounded size). Robust to broken markup: what cannot be read is
 * left out.
 * @param pageUrl URL the page was fetched from, to resolve relative links.
 */
export function readHtml(html: string, pageUrl: string): HtmlDocument {
  const document: HtmlDocument = { paragraphs: [], links: [], feedLinks: [], jsonLd: [], text: '' };
  for (const match of html.matchAll(/<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    try {
      document.jsonLd.push(JSON.parse(match[1] ?? '') as unknown);
    } catch {
      // Invalid JSON-LD is common and harmless: skip the block.
    }
  }
  const withoutCode = html.replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(withoutCode)?.[1];
  if (title !== undefined && collapse(title) !== '') document.title = collapse(title);
  for (const match of html.matchAll(/<meta\b[^>]*>/gi)) {
    const meta = attributes(match[0]);
    const key = (meta.get('name') ?? meta.get('property') ?? '').toLowerCase();
    const content = meta.get('content')?.replace(/\s+/g, ' ').trim();
    if (content === undefined || content === '') continue;
    if (key === 'description') document.metaDescription ??= content;
    if (key === 'og:description') document.ogDescription ??= content;
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const link = attributes(match[0]);
    const type = link.get('type')?.toLowerCase() ?? '';
    const href = link.get('href');
    if ((link.get('rel') ?? '').toLowerCase().split(/\s+/).includes('alternate') && /application\/(rss|atom)\+xml/.test(type) && href !== undefined) {
      const url = absolute(href, pageUrl);
      if (url !== undefined && !document.feedLinks.includes(url)) document.feedLinks.push(url);
    }
  }
  for (const match of withoutCode.matchAll(/<a\b[^>]*>/gi)) {
    const href = attributes(match[0]).get('href');
    const url = href === undefined ? undefined : absolute(href, pageUrl);
    if (url !== undefined) document.links.push(url);
  }
  for (const match of withoutCode.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p\s*>/gi)) {
    const text = collapse(match[1] ?? '');
    if (text !== '') document.paragraphs.push(text);
  }
  document.text = collapse(withoutCode.replace(/<\/(p|div|h[1-6]|li|section|article|br|td|tr)\s*>/gi, '. '))
    .replace(/(\.\s*){2,}/g, '. ');
  return document;
}
