import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProviderCallError } from '../../errors/compound-error.js';
import { boundedFetchJson, boundedFetchText } from './bounded-fetch-text.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { providerBaseUrl } from './provider-base-url.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<ProviderCallError> {
  try {
    await promise;
  } catch (error: unknown) {
    if (ProviderCallError.isProviderCallError(error)) return error;
    throw error;
  }
  throw new Error('expected a ProviderCallError');
}

describe('boundedFetchText', () => {
  it('reads a page and reports its final URL after a redirect', async () => {
    server.use(
      http.get('https://acme.test/', () => new HttpResponse(null, { status: 301, headers: { location: '/home' } })),
      http.get('https://acme.test/home', () => HttpResponse.text('<h1>Acme</h1>')),
    );
    const page = await boundedFetchText(fetch, 'https://acme.test/');
    expect(page).toMatchObject({ status: 200, ok: true, url: 'https://acme.test/home', text: '<h1>Acme</h1>', truncated: false, redirects: 1 });
  });

  it('stops at maxBytes on a huge page without reading the rest', async () => {
    let chunksSent = 0;
    server.use(
      http.get('https://huge.test/', () => {
        const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            chunksSent += 1;
            if (chunksSent > 10_000) controller.close();
            else controller.enqueue(chunk);
          },
        });
        return new HttpResponse(stream, { headers: { 'content-type': 'text/html' } });
      }),
    );
    const page = await boundedFetchText(fetch, 'https://huge.test/', { maxBytes: 100_000 });
    expect(page.truncated).toBe(true);
    expect(page.bytes).toBe(100_000);
    expect(page.text.length).toBe(100_000);
    expect(chunksSent).toBeLessThan(50);
  });

  it('fails a redirect loop as not retryable', async () => {
    server.use(
      http.get('https://loop.test/a', () => new HttpResponse(null, { status: 302, headers: { location: '/b' } })),
      http.get('https://loop.test/b', () => new HttpResponse(null, { status: 302, headers: { location: '/a' } })),
    );
    const error = await failure(boundedFetchText(fetch, 'https://loop.test/a'));
    expect(error.isRetryable).toBe(false);
    expect(error.message).toMatch(/Redirect loop/);
  });

  it('fails after maxRedirects distinct redirects', async () => {
    server.use(http.get('https://chain.test/:n', ({ params }) => new HttpResponse(null, { status: 302, headers: { location: `/${Number(params['n']) + 1}` } })));
    const error = await failure(boundedFetchText(fetch, 'https://chain.test/0', { maxRedirects: 3 }));
    expect(error.message).toMatch(/More than 3 redirects/);
  });

  it('turns 429 with Retry-After (no body) into a retryable error with the delay', async () => {
    server.use(http.get('https://api.test/x', () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '2' } })));
    const error = await failure(boundedFetchText(fetch, 'https://api.test/x', { provider: 'api' }));
    expect(error).toMatchObject({ statusCode: 429, isRetryable: true, retryAfterMs: 2000, code: 'provider-call-failed' });
    expect(error.context.provider).toBe('api');
  });

  it('turns 500 into a retryable error and returns 404 as a result', async () => {
    server.use(
      http.get('https://api.test/500', () => new HttpResponse(null, { status: 500 })),
      http.get('https://api.test/404', () => HttpResponse.json({ error: 'not found' }, { status: 404 })),
    );
    expect((await failure(boundedFetchText(fetch, 'https://api.test/500'))).isRetryable).toBe(true);
    const missing = await boundedFetchText(fetch, 'https://api.test/404');
    expect(missing).toMatchObject({ status: 404, ok: false });
  });

  it('times out a slow response as retryable', async () => {
    server.use(
      http.get('https://slow.test/', async () => {
        await delay(2_000);
        return HttpResponse.text('late');
      }),
    );
    const started = Date.now();
    const error = await failure(boundedFetchText(fetch, 'https://slow.test/', { timeoutMs: 100 }));
    expect(error.isRetryable).toBe(true);
    expect(error.message).toMatch(/within 100 ms/);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('names the system error under a network failure, as retryable', async () => {
    // What Node's fetch throws when a name does not resolve (no network, a dead domain).
    const unreachable: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND gone.test'), { code: 'ENOTFOUND' }) });
    };
    const error = await failure(boundedFetchText(unreachable, 'https://gone.test/', { provider: 'website' }));
    expect(error.message).toBe('Calling https://gone.test/ failed: fetch failed (ENOTFOUND); check the network');
    expect(error).toMatchObject({ isRetryable: true, url: 'https://gone.test/' });
  });

  it("rejects with the caller's abort reason, unwrapped", async () => {
    server.use(
      http.get('https://slow.test/', async () => {
        await delay(2_000);
        return HttpResponse.text('late');
      }),
    );
    const controller = new AbortController();
    const reason = new Error('user pressed Ctrl-C');
    setTimeout(() => controller.abort(reason), 30);
    await expect(boundedFetchText(fetch, 'https://slow.test/', { signal: controller.signal })).rejects.toBe(reason);
  });
});

describe('boundedFetchJson', () => {
  it('parses JSON and fails malformed JSON as not retryable', async () => {
    server.use(
      http.get('https://api.test/good', () => HttpResponse.json({ a: 1 })),
      http.get('https://api.test/bad', () => new HttpResponse('{"a":', { headers: { 'content-type': 'application/json' } })),
    );
    expect((await boundedFetchJson(fetch, 'https://api.test/good')).json).toEqual({ a: 1 });
    const error = await failure(boundedFetchJson(fetch, 'https://api.test/bad'));
    expect(error).toMatchObject({ isRetryable: false });
    expect(error.message).toMatch(/malformed JSON/);
  });
});

describe('parseRetryAfter and providerBaseUrl', () => {
  it('reads seconds and dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('prefers settings, then COMPOUND_<ID>_URL, then the default', () => {
    expect(providerBaseUrl('recherche-entreprises', 'https://x.test/', { env: { COMPOUND_RECHERCHE_ENTREPRISES_URL: 'http://127.0.0.1:9/' } })).toBe('http://127.0.0.1:9');
    expect(providerBaseUrl('ares', 'https://ares.test', { env: {} })).toBe('https://ares.test');
    expect(providerBaseUrl('ares', 'https://ares.test', { baseUrl: 'http://local', env: { COMPOUND_ARES_URL: 'http://env' } })).toBe('http://local');
  });
});
