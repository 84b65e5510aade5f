import { ProviderCallError } from '../../errors/compound-error.js';
import { boundedFetchJson } from '../fetch/bounded-fetch-text.js';

/** A board's JSON, or why there is none. */
export type JobBoardResponse = { found: true; json: unknown; url: string } | { found: false; warning: string };

/** Limits of a job-board read. */
export interface FetchJobBoardOptions {
  provider: string;
  signal?: AbortSignal;
  /** Default 5 MiB (large boards list hundreds of roles). */
  maxBytes?: number;
  /** Default 15 000 ms. */
  timeoutMs?: number;
}

/**
 * Reads a public job-board endpoint within limits. A 404 (unknown board), another 4xx, malformed or
 * cut JSON, or a redirect loop is "no board" with a warning; 429/5xx, timeouts and network failures
 * throw a retryable `ProviderCallError` for the retry middleware.
 */
export async function fetchJobBoard(fetchFn: typeof fetch, url: string, options: FetchJobBoardOptions): Promise<JobBoardResponse> {
  try {
    const response = await boundedFetchJson(fetchFn, url, {
      provider: options.provider,
      maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
      timeoutMs: options.timeoutMs ?? 15_000,
      maxRedirects: 3,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    if (!response.ok) return { found: false, warning: `${url} answered HTTP ${response.status}` };
    return { found: true, json: response.json, url: response.url };
  } catch (error: unknown) {
    if (ProviderCallError.isProviderCallError(error) && !error.isRetryable) return { found: false, warning: error.message };
    throw error;
  }
}
