import { z } from 'zod';
import { ProviderCallError } from '../../../errors/compound-error.js';
import type { EnrichedValue, EnrichmentProvider, EnrichmentResult, EnrichmentSignal } from '../../enrichment-provider.js';
import { boundedFetchText } from '../../fetch/bounded-fetch-text.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import { readHtml } from '../website/read-html.js';
import { websitePageUrl } from '../website/website-page-url.js';
import { classifyNewsItem, type ClassifiedNews } from './classify-news-item.js';
import { parseNewsFeed, parsePressPage, type NewsItem } from './parse-news-feed.js';

/** Settings of `createNewsProvider`. */
export interface NewsProviderSettings {
  /** Base-URL template of a company's site. Default: `COMPOUND_NEWS_URL`, else `COMPOUND_WEBSITE_URL`, else `https://{domain}`. */
  baseUrl?: string;
  /** Environment to read those variables from. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Current time (items older than `maxAgeDays` are ignored). Default: `() => new Date()`. */
  now?: () => Date;
  /** Oldest item kept, in days. Default 365. */
  maxAgeDays?: number;
  /** Bytes read per feed or page at most. Default 2 MiB. */
  maxBytes?: number;
}

/** Paths tried when the homepage names no feed (common defaults of blog engines). */
export const fallbackFeedPaths = ['/feed', '/rss.xml', '/blog/rss.xml'] as const;

const day = 24 * 60 * 60 * 1000;

function signalText(item: NewsItem): string {
  return item.title.length > 200 ? `${item.title.slice(0, 197)}…` : item.title;
}

/**
 * News and funding signals from a company's own RSS/Atom feed and press page. Feeds come from the
 * `feedUrls` field of the website stage, else the homepage's `<link rel="alternate">`, else
 * `/feed`, `/rss.xml`, `/blog/rss.xml`; a press or newsroom page linked from the homepage adds its
 * `<article>`s. Items are classified into funding rounds, launches and leadership announcements.
 */
export function createNewsProvider(settings: NewsProviderSettings = {}): EnrichmentProvider {
  const env = settings.env ?? process.env;
  const baseUrl = providerBaseUrl('news', env['COMPOUND_WEBSITE_URL'] ?? 'https://{domain}', { env, ...(settings.baseUrl === undefined ? {} : { baseUrl: settings.baseUrl }) });
  const now = settings.now ?? (() => new Date());
  const maxAgeDays = settings.maxAgeDays ?? 365;
  const maxBytes = settings.maxBytes ?? 2 * 1024 * 1024;
  return {
    id: 'news',
    stage: 'news',
    subject: 'company',
    fields: ['feedUrl', 'latestFunding'],
    cost: { perCall: 0, unit: 'credits' },
    rateLimit: { perSecond: 4, burst: 8, concurrency: 8 },
    baseUrl,
    applies: (subject) => subject.kind === 'company' && subject.domain !== undefined && subject.domain !== '',
    cacheKey: (subject) => `news:${(subject.domain ?? '').toLowerCase()}`,
    async enrich({ subject, known, fetch, signal }): Promise<EnrichmentResult> {
      const domain = subject.domain;
      if (domain === undefined || domain === '') return { status: 'no-data', fields: {}, signals: [], cost: 0, warnings: ['no domain to read'] };
      const warnings: string[] = [];
      // Whether the site answered at all; a transient failure (network, timeout, 429, 5xx) is not an answer.
      let answered = false;
      let firstFailure: ProviderCallError | undefined;
      const read = async (url: string): Promise<{ text: string; url: string } | undefined> => {
        try {
          const response = await boundedFetchText(fetch, url, { provider: 'news', maxBytes, maxRedirects: 5, timeoutMs: 10_000, ...(signal === undefined ? {} : { signal }) });
          answered = true;
          if (response.ok) return { text: response.text, url: response.url };
          warnings.push(`${url} answered HTTP ${response.status}`);
        } catch (error: unknown) {
          // Feeds are optional: any failed read (even a retryable one) is reported and the next source tried.
          if (!ProviderCallError.isProviderCallError(error)) throw error;
          if (error.isRetryable) firstFailure ??= error;
          else answered = true;
          warnings.push(error.message);
        }
        return undefined;
      };

      const knownFeeds = z.array(z.string()).safeParse(known['feedUrls']?.value);
      const candidates: string[] = knownFeeds.success ? [...knownFeeds.data] : [];
      let pressUrl: string | undefined;
      const homeUrl = websitePageUrl(baseUrl, domain, '/');
      if (!knownFeeds.success) {
        const home = await read(homeUrl);
        if (home !== undefined) {
          const document = readHtml(home.text, home.url);
          candidates.push(...document.feedLinks);
          const host = new URL(home.url).host;
          pressUrl = document.links.find((link) => new URL(link).host === host && /^\/(press|newsroom|news|media)(\/|$)/i.test(new URL(link).pathname));
        }
      }
      if (candidates.length === 0) candidates.push(...fallbackFeedPaths.map((path) => websitePageUrl(baseUrl, domain, path)));

      let feedUrl: string | undefined;
      const items: NewsItem[] = [];
      for (const candidate of candidates) {
        const feed = await read(candidate);
        const parsed = feed === undefined ? undefined : parseNewsFeed(feed.text, feed.url);
        if (parsed === undefined) continue;
        feedUrl = candidate;
        items.push(...parsed);
        break;
      }
      if (pressUrl !== undefined) {
        const press = await read(pressUrl);
        if (press !== undefined) items.push(...parsePressPage(press.text, press.url));
      }
      // Nothing answered (offline, DNS, the site down): an error to retry later, not "no news" to cache.
      if (!answered && firstFailure !== undefined) throw firstFailure;

      const since = now().getTime() - maxAgeDays * day;
      const signals: EnrichmentSignal[] = [];
      const seen = new Set<string>();
      let latestFunding: (ClassifiedNews & { title: string; publishedAt?: string; url?: string }) | undefined;
      for (const item of items) {
        const key = item.title.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        if (item.publishedAt !== undefined && Date.parse(item.publishedAt) < since) continue;
        const classified = classifyNewsItem(item);
        if (classified === undefined) continue;
        const { kind, ...details } = classified;
        signals.push({
          type: kind,
          ...(item.publishedAt === undefined ? {} : { occurredAt: item.publishedAt }),
          text: signalText(item),
          source: item.url ?? feedUrl ?? pressUrl ?? homeUrl,
          data: { ...details },
        });
        if (kind === 'funding' && (latestFunding === undefined || (item.publishedAt ?? '') > (latestFunding.publishedAt ?? ''))) {
          latestFunding = { ...classified, title: item.title, ...(item.publishedAt === undefined ? {} : { publishedAt: item.publishedAt }), ...(item.url === undefined ? {} : { url: item.url }) };
        }
      }
      signals.sort((a, b) => (b.occurredAt ?? '').localeCompare(a.occurredAt ?? ''));
      const fields: Record<string, EnrichedValue> = {};
      if (feedUrl !== undefined) fields['feedUrl'] = { value: feedUrl, source: feedUrl, confidence: 0.95 };
      if (latestFunding !== undefined) {
        const { kind: _kind, ...funding } = latestFunding;
        fields['latestFunding'] = { value: funding, source: latestFunding.url ?? feedUrl ?? homeUrl, confidence: 0.7 };
      }
      if (feedUrl === undefined && pressUrl === undefined) warnings.push('no RSS/Atom feed or press page found');
      const found = Object.keys(fields).length > 0 || signals.length > 0 || items.length > 0;
      return { status: found ? 'ok' : 'no-data', fields, signals, cost: 0, warnings };
    },
  };
}
