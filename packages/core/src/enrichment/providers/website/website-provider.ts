import type { EnrichedValue, EnrichmentProvider, EnrichmentResult } from '../../enrichment-provider.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import { findJobBoardLinks } from '../../hiring/job-board-link.js';
import { classifyWebsiteWithModel, maxModelInputChars, maxModelOutputTokens } from './classify-website-with-model.js';
import { findDescription, findLocations, findSizeHint, findSocialLinks } from './extract-website-facts.js';
import { fetchWebsitePage, type WebsitePage } from './fetch-website-page.js';
import { detectWebsiteTechnologies, type WebsiteTechnology } from './map-website-technologies.js';
import { scoreWebsiteIndustries } from './map-website-industry.js';
import { removeInstructionText } from './remove-instruction-text.js';
import { websitePageUrl } from './website-page-url.js';

/** Settings of `createWebsiteProvider`. */
export interface WebsiteProviderSettings {
  /**
   * Base-URL template of a company's site. Default: `COMPOUND_WEBSITE_URL`, else `https://{domain}`.
   * Without `{domain}` the value replaces every site's origin (one local server for all).
   */
  baseUrl?: string;
  /** Environment to read `COMPOUND_WEBSITE_URL`, `ANTHROPIC_API_KEY` and `COMPOUND_ANTHROPIC_URL` from. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Anthropic API key for the classification. Default: `ANTHROPIC_API_KEY`; without one, heuristics only. */
  apiKey?: string;
  /** Anthropic API base URL. Default: `COMPOUND_ANTHROPIC_URL`, else `https://api.anthropic.com`. */
  modelBaseUrl?: string;
  /** Model id. Default `claude-haiku-4-5`. */
  model?: string;
  /** Bytes read per page at most. Default 1 MiB. */
  maxPageBytes?: number;
  /** Deadline per page, in ms. Default 10 000. */
  pageTimeoutMs?: number;
}

// The cost bound declared to the runner: a full prompt and a full answer at Haiku 4.5 prices, rounded up.
const maxCallUsd = Math.ceil(((maxModelInputChars / 3 + 500) * 1 + maxModelOutputTokens * 5) / 10_000) / 100;

function sameSiteLink(page: WebsitePage, pattern: RegExp): string | undefined {
  const host = new URL(page.finalUrl).host;
  return page.document.links.find((link) => {
    const url = new URL(link);
    return url.host === host && pattern.test(url.pathname) && url.pathname !== '/';
  });
}

function pathOf(link: string | undefined, fallback: string): string {
  if (link === undefined) return fallback;
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

function unique<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const id = key(value);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * L1 triage from a company's own website: reads the homepage, the about page and the careers page
 * (bounded reads), and extracts a description, industry hints, locations, social links, a size hint,
 * technologies from markup signatures, job boards (for the hiring stage) and RSS/Atom feeds (for the
 * news stage). With an Anthropic key it also asks a model for the industry and business model, with
 * the page text passed as data; otherwise the industry comes from keyword heuristics.
 */
export function createWebsiteProvider(settings: WebsiteProviderSettings = {}): EnrichmentProvider {
  const env = settings.env ?? process.env;
  const baseUrl = providerBaseUrl('website', 'https://{domain}', settings);
  const apiKey = settings.apiKey ?? env['ANTHROPIC_API_KEY'];
  const modelBaseUrl = (settings.modelBaseUrl ?? env['COMPOUND_ANTHROPIC_URL'] ?? 'https://api.anthropic.com').replace(/\/+$/, '');
  const model = settings.model ?? 'claude-haiku-4-5';
  const maxBytes = settings.maxPageBytes ?? 1024 * 1024;
  const timeoutMs = settings.pageTimeoutMs ?? 10_000;
  const hasModel = apiKey !== undefined && apiKey !== '';
  return {
    id: 'website',
    stage: 'triage',
    subject: 'company',
    fields: ['description', 'industry', 'industryHints', 'businessModel', 'locations', 'socialLinks', 'sizeHint', 'technologies', 'jobBoards', 'feedUrls', 'websiteText'],
    cost: { perCall: hasModel ? maxCallUsd : 0, unit: 'usd' },
    rateLimit: { perSecond: 4, burst: 8, concurrency: 8 },
    baseUrl,
    applies: (subject) => subject.kind === 'company' && subject.domain !== undefined && subject.domain !== '',
    // The model is part of the question: a heuristics-only answer (no key) must not be
    // served from the cache once a model can classify the site.
    cacheKey: (subject) => `website:${(subject.domain ?? '').toLowerCase()}${hasModel ? `|${model}` : ''}`,
    async enrich({ subject, fetch, signal }): Promise<EnrichmentResult> {
      const warnings: string[] = [];
      const domain = subject.domain;
      if (domain === undefined || domain === '') return { status: 'no-data', fields: {}, signals: [], cost: 0, warnings: ['no domain to read'] };
      const limits = { maxBytes, timeoutMs, ...(signal === undefined ? {} : { signal }) };
      const home = await fetchWebsitePage(fetch, websitePageUrl(baseUrl, domain, '/'), limits);
      if (!('page' in home)) {
        // Retryable failures of the homepage fail the call so the retry middleware can try again.
        if (home.retryable) throw home.error;
        return { status: 'no-data', fields: {}, signals: [], cost: 0, warnings: [home.warning] };
      }
      const pages: WebsitePage[] = [home.page];
      const aboutPath = pathOf(sameSiteLink(home.page, /^\/(about|company|about-us|who-we-are)(\/|$)/i), '/about');
      const careersPath = pathOf(sameSiteLink(home.page, /^\/(careers|jobs|join(-us)?|work-with-us)(\/|$)/i), '/careers');
      for (const path of [aboutPath, careersPath]) {
        const response = await fetchWebsitePage(fetch, websitePageUrl(baseUrl, domain, path), limits);
        if ('page' in response) pages.push(response.page);
        else warnings.push(response.warning);
      }
      for (const page of pages) if (page.truncated) warnings.push(`${page.url} was longer than ${maxBytes} bytes; read the first ${maxBytes}`);

      const fields: Record<string, EnrichedValue> = {};
      const homeUrl = home.page.url;
      const description = findDescription(home.page.document) ?? pages.slice(1).map((page) => findDescription(page.document)).find((found) => found !== undefined);
      if (description !== undefined) fields['description'] = { value: description.text, source: homeUrl, confidence: description.from === 'paragraph' ? 0.5 : 0.8 };

      const cleaned = pages.map((page) => ({ page, ...removeInstructionText(page.document.text) }));
      const flagged = cleaned.flatMap((entry) => entry.removed);
      if (flagged.length > 0) warnings.push(`ignored ${flagged.length} instruction-like sentence(s) in the page text (treated as data)`);
      const hints = scoreWebsiteIndustries(cleaned.map((entry) => entry.text).join(' '));
      if (hints.length > 0) {
        fields['industryHints'] = { value: hints.slice(0, 3), source: homeUrl, confidence: 0.5 };
        fields['industry'] = { value: hints[0]?.industry, source: `${homeUrl} (keywords)`, confidence: 0.5 };
      }

      const locations = findLocations(pages.map((page) => page.document));
      if (locations.length > 0) fields['locations'] = { value: locations, source: homeUrl, confidence: 0.6 };
      const allLinks = pages.flatMap((page) => page.document.links);
      const social = findSocialLinks(allLinks);
      if (Object.keys(social).length > 0) fields['socialLinks'] = { value: social, source: homeUrl, confidence: 0.9 };
      for (const entry of cleaned) {
        const size = findSizeHint(entry.text);
        if (size !== undefined) {
          fields['sizeHint'] = { value: size, source: entry.page.url, confidence: 0.6 };
          break;
        }
      }
      const technologies = unique<WebsiteTechnology>(pages.flatMap((page) => detectWebsiteTechnologies(page.html)), (technology) => technology.name);
      if (technologies.length > 0) fields['technologies'] = { value: technologies, source: homeUrl, confidence: 0.9 };
      const careersPage = pages.find((page) => page.url.endsWith(careersPath));
      const jobBoards = findJobBoardLinks(allLinks);
      if (jobBoards.length > 0) fields['jobBoards'] = { value: jobBoards, source: careersPage?.url ?? homeUrl, confidence: 0.9 };
      if (home.page.document.feedLinks.length > 0) fields['feedUrls'] = { value: home.page.document.feedLinks, source: homeUrl, confidence: 0.95 };
      const websiteText = pages.map((page) => page.document.text).join('\n').slice(0, 8000);
      if (websiteText !== '') fields['websiteText'] = { value: websiteText, source: homeUrl, confidence: 1 };

      let cost = 0;
      if (hasModel) {
        try {
          const classified = await classifyWebsiteWithModel({
            apiKey,
            baseURL: modelBaseUrl,
            model,
            fetch,
            ...(signal === undefined ? {} : { signal }),
            pages: cleaned.map((entry) => ({ url: entry.page.url, text: entry.page.document.text, instructionFreeText: entry.text })),
          });
          cost = classified.cost;
          warnings.push(...classified.warnings);
          if (classified.classification !== undefined) {
            const source = `${homeUrl} (${model})`;
            fields['industry'] = { value: classified.classification.industry, source, confidence: 0.75 };
            if (classified.classification.businessModel !== undefined) fields['businessModel'] = { value: classified.classification.businessModel, source, confidence: 0.7 };
          }
        } catch (error: unknown) {
          if (signal?.aborted === true) throw error;
          // The model is an extra: when it fails, the heuristic fields stand and the failure is reported.
          warnings.push(`model classification failed (${error instanceof Error ? error.message : String(error)}); kept the heuristic industry`);
        }
      } else {
        warnings.push('industry from keyword heuristics: no model (set ANTHROPIC_API_KEY for a model classification)');
      }
      const found = Object.keys(fields).some((field) => field !== 'websiteText');
      return { status: found ? 'ok' : 'no-data', fields: found ? fields : {}, signals: [], cost, warnings };
    },
  };
}
