import { decodeHtmlEntities } from '../website/read-html.js';

/** One item of an RSS or Atom feed, or of a press page. */
export interface NewsItem {
  title: string;
  url?: string;
  /** ISO 8601, when the feed dates it. */
  publishedAt?: string;
  /** Plain-text summary, cut to 500 characters. */
  summary?: string;
}

function text(xml: string | undefined): string {
  if (xml === undefined) return '';
  const unwrapped = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  // Summaries often carry escaped HTML: decode once, drop tags, decode the text.
  return decodeHtmlEntities(decodeHtmlEntities(unwrapped).replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function element(xml: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    const match = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}\\s*>`, 'i').exec(xml);
    if (match !== null) return match[1];
  }
  return undefined;
}

function isoDate(raw: string): string | undefined {
  const time = Date.parse(raw.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function atomLink(entry: string): string | undefined {
  let fallback: string | undefined;
  for (const match of entry.matchAll(/<link\b([^>]*)\/?>/gi)) {
    const attributes = match[1] ?? '';
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
    if (href === undefined) continue;
    const rel = /\brel\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
    if (rel === undefined || rel === 'alternate') return decodeHtmlEntities(href);
    fallback ??= decodeHtmlEntities(href);
  }
  return fallback;
}

/**
 * Reads the items of an RSS 2.0 or Atom 1.0 feed (regular expressions, no XML parser: feeds are
 * bounded, and an item that cannot be read is skipped). Returns undefined when the text is no feed.
 * @see https://www.rssboard.org/rss-specification
 * @see https://www.rfc-editor.org/rfc/rfc4287
 */
export function parseNewsFeed(xml: string, feedUrl: string): NewsItem[] | undefined {
  const isRss = /<rss\b|<rdf:RDF\b/i.test(xml);
  const isAtom = /<feed\b[^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/i.test(xml) || /<feed\b[\s\S]*?<entry\b/i.test(xml);
  if (!isRss && !isAtom) return undefined;
  const items: NewsItem[] = [];
  const blocks = isRss ? xml.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item\s*>/gi) : xml.matchAll(/<entry\b[^>]*>([\s\S]*?)<\/entry\s*>/gi);
  for (const block of blocks) {
    const body = block[1] ?? '';
    const title = text(element(body, ['title']));
    if (title === '') continue;
    const item: NewsItem = { title };
    const link = isRss ? text(element(body, ['link'])) || text(element(body, ['guid'])) : atomLink(body);
    if (link !== undefined && link !== '') {
      try {
        item.url = new URL(link, feedUrl).toString();
      } catch {
        // An unreadable link leaves the item without a URL.
      }
    }
    const date = element(body, isRss ? ['pubDate', 'dc:date'] : ['published', 'updated']);
    const published = date === undefined ? undefined : isoDate(text(date));
    if (published !== undefined) item.publishedAt = published;
    const summary = text(element(body, isRss ? ['description', 'content:encoded'] : ['summary', 'content']));
    if (summary !== '') item.summary = summary.slice(0, 500);
    items.push(item);
  }
  return items;
}

/**
 * Reads a press page: each `<article>` with a heading, an optional `<time datetime>` and its first link.
 */
export function parsePressPage(html: string, pageUrl: string): NewsItem[] {
  const items: NewsItem[] = [];
  for (const match of html.matchAll(/<article\b[^>]*>([\s\S]*?)<\/article\s*>/gi)) {
    const body = match[1] ?? '';
    const title = text(element(body, ['h1', 'h2', 'h3', 'h4']));
    if (title === '') continue;
    const item: NewsItem = { title };
    const datetime = /<time\b[^>]*datetime\s*=\s*["']([^"']+)["']/i.exec(body)?.[1];
    const published = datetime === undefined ? undefined : isoDate(datetime);
    if (published !== undefined) item.publishedAt = published;
    const href = /<a\b[^>]*href\s*=\s*["']([^"']+)["']/i.exec(body)?.[1];
    if (href !== undefined) {
      try {
        item.url = new URL(decodeHtmlEntities(href), pageUrl).toString();
      } catch {
        // Skip an unreadable link.
      }
    }
    items.push(item);
  }
  return items;
}
