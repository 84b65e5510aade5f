import { ProviderCallError } from '../../../errors/compound-error.js';
import { boundedFetchText } from '../../fetch/bounded-fetch-text.js';
import { readHtml, type HtmlDocument } from './read-html.js';

/** One page read within limits. */
export interface WebsitePage {
  /** URL asked for. */
  url: string;
  /** URL answered from, after redirects. */
  finalUrl: string;
  html: string;
  document: HtmlDocument;
  truncated: boolean;
}

/** Limits of a page read. */
export interface FetchWebsitePageOptions {
  maxBytes: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** A page, or why there is none. Retryable failures (429, 5xx, timeouts) are reported with `retryable` set. */
export type WebsitePageResponse = { page: WebsitePage } | { warning: string; retryable: boolean; error?: unknown };

/**
 * Fetches one HTML page of a company site within limits (bytes, redirects, time). A non-2xx
 * answer, a non-HTML body or a redirect loop is a warning; a caller's abort is rethrown.
 */
export async function fetchWebsitePage(fetchFn: typeof fetch, url: string, options: FetchWebsitePageOptions): Promise<WebsitePageResponse> {
  try {
    const response = await boundedFetchText(fetchFn, url, {
      provider: 'website',
      maxBytes: options.maxBytes,
      maxRedirects: 5,
      timeoutMs: options.timeoutMs,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    if (!response.ok) return { warning: `${url} answered HTTP ${response.status}`, retryable: false };
    const type = response.headers.get('content-type') ?? '';
    if (type !== '' && !/html|xml|text\/plain/i.test(type)) return { warning: `${url} is not an HTML page (${type})`, retryable: false };
    const page: WebsitePage = { url, finalUrl: response.url, html: response.text, document: readHtml(response.text, response.url), truncated: response.truncated };
    return { page };
  } catch (error: unknown) {
    if (!ProviderCallError.isProviderCallError(error)) throw error;
    return { warning: error.message, retryable: error.isRetryable, error };
  }
}
