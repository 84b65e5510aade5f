import { ProviderCallError } from '../../errors/compound-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { networkFailureReason } from './network-failure-reason.js';

/** Limits of one bounded read. */
export interface BoundedFetchOptions {
  /** Most body bytes read; the rest is dropped and `truncated` is set. Default: 2 MiB. */
  maxBytes?: number;
  /** Most redirects followed; one more (or a loop) fails the call. Default: 5. */
  maxRedirects?: number;
  /** Whole-call deadline (headers and body, all redirects), in ms. Default: 10 000. */
  timeoutMs?: number;
  /** Caller's cancellation (Ctrl-C, a run abort). An abort rejects with the signal's reason, unwrapped. */
  signal?: AbortSignal;
  /** Request headers (e.g. `accept`). */
  headers?: Record<string, string>;
  /** HTTP method. Default: `GET`. A 303 switches to `GET` without a body. */
  method?: string;
  /** Request body (for the few APIs searched by POST). */
  body?: string;
  /** Provider id, named in errors. */
  provider?: string;
}

/** A response read within the limits. Non-2xx answers other than 408/429/5xx are results, not errors. */
export interface BoundedFetchResult {
  status: number;
  ok: boolean;
  /** URL of the final response, after redirects. */
  url: string;
  headers: Headers;
  /** Body decoded as UTF-8 (or the declared charset), at most `maxBytes` bytes of it. */
  text: string;
  /** Whether the body was longer than `maxBytes` and was cut. */
  truncated: boolean;
  /** Body bytes read. */
  bytes: number;
  /** Redirects followed. */
  redirects: number;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** 408, 425, 429 and 5xx are worth retrying; other 4xx answers mean "ask differently". */
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

function decoderFor(contentType: string | null): InstanceType<typeof TextDecoder> {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (charset !== undefined) {
    try {
      return new TextDecoder(charset);
    } catch {
      // Unknown charset label: fall back to UTF-8 rather than fail the read.
    }
  }
  return new TextDecoder('utf-8');
}

async function readBounded(response: Response, maxBytes: number): Promise<{ text: string; truncated: boolean; bytes: number }> {
  const decoder = decoderFor(response.headers.get('content-type'));
  if (response.body === null) return { text: '', truncated: false, bytes: 0 };
  const reader = response.body.getReader();
  const parts: string[] = [];
  let bytes = 0;
  let truncated = false;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    const room = maxBytes - bytes;
    if (chunk.value.byteLength > room) {
      parts.push(decoder.decode(chunk.value.subarray(0, room), { stream: true }));
      bytes += room;
      truncated = true;
      // Not awaited: some stream sources only settle a cancel after their next pull.
      void reader.cancel().catch(() => undefined);
      break;
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
    bytes += chunk.value.byteLength;
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), truncated, bytes };
}

/**
 * Fetches `url` and reads its body as text within limits: at most `maxBytes` bytes (the stream is
 * cancelled beyond), at most `maxRedirects` redirects (followed by hand, loops detected), and one
 * deadline for the whole call. Never buffers a huge page.
 * @throws ProviderCallError retryable on 408/425/429/5xx (with `retryAfterMs` from `Retry-After`),
 *   on a timeout and on network failures; not retryable on a redirect loop or too many redirects.
 *   A caller's abort rejects with the signal's reason as is.
 * @example const page = await boundedFetchText(fetch, 'https://acme.cz/about', { maxBytes: 500_000 });
 */
export async function boundedFetchText(fetchFn: typeof fetch, url: string, options: BoundedFetchOptions = {}): Promise<BoundedFetchResult> {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const provider = options.provider;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  const onCallerAbort = (): void => controller.abort(options.signal?.reason);
  if (options.signal?.aborted === true) onCallerAbort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });

  let current = url;
  let method = options.method ?? 'GET';
  let body = options.body;
  const visited = new Set<string>([current]);
  try {
    for (let redirects = 0; ; redirects += 1) {
      const response = await fetchFn(current, { method, body, headers: options.headers, redirect: 'manual', signal: controller.signal });
      const location = response.headers.get('location');
      if (redirectStatuses.has(response.status) && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        const next = new URL(location, current).toString();
        if (visited.has(next)) {
          throw new ProviderCallError({ message: `Redirect loop at ${next} (from ${url}).`, provider, isRetryable: false, url, statusCode: response.status });
        }
        if (redirects + 1 > maxRedirects) {
          throw new ProviderCallError({ message: `More than ${maxRedirects} redirects from ${url}.`, provider, isRetryable: false, url, statusCode: response.status });
        }
        visited.add(next);
        current = next;
        if (response.status === 303) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      if (isRetryableStatus(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        throw new ProviderCallError({
          message: `${current} answered HTTP ${response.status}.`,
          provider,
          statusCode: response.status,
          isRetryable: true,
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
          url: current,
        });
      }
      const read = await readBounded(response, maxBytes);
      return { status: response.status, ok: response.ok, url: current, headers: response.headers, redirects, ...read };
    }
  } catch (error: unknown) {
    if (ProviderCallError.isProviderCallError(error)) throw error;
    if (options.signal?.aborted === true) throw options.signal.reason;
    if (timedOut) {
      throw new ProviderCallError({ message: `${current} did not answer within ${timeoutMs} ms.`, provider, isRetryable: true, url: current, cause: error });
    }
    throw new ProviderCallError({ message: `Calling ${current} failed: ${networkFailureReason(error)}; check the network`, provider, isRetryable: true, url: current, cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * `boundedFetchText` then `JSON.parse`, for JSON APIs.
 * @returns the bounded result with `json` (undefined for an empty body).
 * @throws ProviderCallError (not retryable) when the body is not valid JSON or was cut at `maxBytes`.
 */
export async function boundedFetchJson(
  fetchFn: typeof fetch,
  url: string,
  options: BoundedFetchOptions = {},
): Promise<BoundedFetchResult & { json: unknown }> {
  const result = await boundedFetchText(fetchFn, url, { ...options, headers: { accept: 'application/json', ...options.headers } });
  if (result.text.trim() === '') return { ...result, json: undefined };
  if (result.truncated) {
    throw new ProviderCallError({ message: `${result.url} sent more than ${result.bytes} bytes of JSON; raise maxBytes.`, provider: options.provider, isRetryable: false, url: result.url, statusCode: result.status });
  }
  try {
    return { ...result, json: JSON.parse(result.text) as unknown };
  } catch (error: unknown) {
    throw new ProviderCallError({ message: `${result.url} sent malformed JSON (HTTP ${result.status}).`, provider: options.provider, isRetryable: false, url: result.url, statusCode: result.status, cause: error });
  }
}
