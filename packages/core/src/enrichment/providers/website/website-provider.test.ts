import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EnrichmentCallOptions } from '../../enrichment-provider.js';
import { createWebsiteProvider } from './website-provider.js';

function fixture(name: string): string {
  return readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
}
const html = (body: string, status = 200) => new HttpResponse(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function call(domain: string, overrides: Partial<EnrichmentCallOptions> = {}): EnrichmentCallOptions {
  return { subject: { kind: 'company', id: 'c1', domain }, known: {}, context: {}, fetch: globalThis.fetch, ...overrides };
}

function serveAcme(origin: string, requested: string[]): void {
  server.use(
    http.get(`${origin}/`, ({ request }) => {
      requested.push(request.url);
      return html(fixture('acme-home.html'));
    }),
    http.get(`${origin}/company`, ({ request }) => {
      requested.push(request.url);
      return html(fixture('acme-about.html'));
    }),
    http.get(`${origin}/careers`, ({ request }) => {
      requested.push(request.url);
      return html(fixture('acme-careers.html'));
    }),
  );
}

describe('website provider', () => {
  it('reads the homepage, the about page it links to and the careers page', async () => {
    const requested: string[] = [];
    serveAcme('https://acme.dev', requested);
    const provider = createWebsiteProvider({ env: {} });
    expect(provider.baseUrl).toBe('https://{domain}');
    expect(provider.cacheKey(call('Acme.dev').subject, {})).toBe('website:acme.dev');
    // With a key the model classifies: a cached heuristics-only answer is a different question.
    expect(createWebsiteProvider({ env: { ANTHROPIC_API_KEY: 'sk-test' } }).cacheKey(call('Acme.dev').subject, {})).toBe('website:acme.dev|claude-haiku-4-5');
    const result = await provider.enrich(call('acme.dev'));

    expect(requested).toEqual(['https://acme.dev/', 'https://acme.dev/company', 'https://acme.dev/careers']);
    expect(result.status).toBe('ok');
    expect(result.cost).toBe(0);
    const value = (field: string) => result.fields[field]?.value;
    expect(value('description')).toBe('Acme Deploy lets developers deploy frontend apps to a global edge network in seconds.');
    expect(value('industry')).toBe('developer-tools');
    expect(result.fields['industry']?.confidence).toBe(0.5);
    expect(value('locations')).toEqual(['Prague, CZ', 'Berlin', 'London']);
    expect(value('socialLinks')).toEqual({ linkedin: 'https://www.linkedin.com/company/acme-deploy', x: 'https://x.com/acmedeploy', github: 'https://github.com/acme-deploy' });
    expect(value('sizeHint')).toEqual({ min: 50, max: 50, text: 'team of 50' });
    expect(result.fields['sizeHint']?.source).toBe('https://acme.dev/company');
    expect((value('technologies') as Array<{ name: string }>).map((technology) => technology.name)).toEqual([
      'Google Analytics',
      'Segment',
      'Google Tag Manager',
      'Intercom',
      'Stripe',
      'Next.js',
      'React',
      'HubSpot',
    ]);
    expect(value('jobBoards')).toEqual([
      { vendor: 'greenhouse', token: 'acmedeploy', url: 'https://boards.greenhouse.io/acmedeploy' },
      { vendor: 'ashby', token: 'acme-deploy', url: 'https://jobs.ashbyhq.com/acme-deploy' },
    ]);
    expect(result.fields['jobBoards']?.source).toBe('https://acme.dev/careers');
    expect(value('feedUrls')).toEqual(['https://acme.dev/blog/feed.xml']);
    expect(result.warnings).toEqual(['industry from keyword heuristics: no model (set ANTHROPIC_API_KEY for a model classification)']);
  });

  it('sends every fetch to COMPOUND_WEBSITE_URL when set', async () => {
    const requested: string[] = [];
    serveAcme('http://127.0.0.1:4020', requested);
    const provider = createWebsiteProvider({ env: { COMPOUND_WEBSITE_URL: 'http://127.0.0.1:4020' } });
    const result = await provider.enrich(call('acme.dev'));
    expect(requested).toEqual(['http://127.0.0.1:4020/', 'http://127.0.0.1:4020/company', 'http://127.0.0.1:4020/careers']);
    expect(result.status).toBe('ok');
  });

  it('keeps sites apart with a {domain} template', async () => {
    server.use(http.get('http://127.0.0.1:4020/sites/acme.dev/*', () => html('<p>Nothing here but a long enough paragraph of text to count as a description.</p>')));
    const result = await createWebsiteProvider({ baseUrl: 'http://127.0.0.1:4020/sites/{domain}', env: {} }).enrich(call('ACME.dev'));
    expect(result.fields['description']?.source).toBe('http://127.0.0.1:4020/sites/acme.dev/');
  });

  it('returns no-data when the homepage is missing (404), and warns about a missing about page', async () => {
    server.use(http.get('https://gone.example/', () => html('<h1>Not found</h1>', 404)));
    const missing = await createWebsiteProvider({ env: {} }).enrich(call('gone.example'));
    expect(missing).toEqual({ status: 'no-data', fields: {}, signals: [], cost: 0, warnings: ['https://gone.example/ answered HTTP 404'] });

    server.use(
      http.get('https://small.example/', () => html('<meta name="description" content="Small company making hand-made furniture.">')),
      http.get('https://small.example/*', () => html('nope', 404)),
    );
    const partial = await createWebsiteProvider({ env: {} }).enrich(call('small.example'));
    expect(partial.status).toBe('ok');
    expect(partial.warnings.slice(0, 2)).toEqual(['https://small.example/about answered HTTP 404', 'https://small.example/careers answered HTTP 404']);
  });

  it('does not apply without a domain', () => {
    const provider = createWebsiteProvider({ env: {} });
    expect(provider.applies({ kind: 'company', id: 'c1', name: 'Acme' }, {})).toBe(false);
    expect(provider.applies({ kind: 'person', id: 'p1', domain: 'acme.dev' }, {})).toBe(false);
  });

  it('stops a redirect loop', async () => {
    server.use(
      http.get('https://loop.example/', () => new HttpResponse(null, { status: 301, headers: { location: 'https://www.loop.example/' } })),
      http.get('https://www.loop.example/', () => new HttpResponse(null, { status: 301, headers: { location: 'https://loop.example/' } })),
    );
    const result = await createWebsiteProvider({ env: {} }).enrich(call('loop.example'));
    expect(result.status).toBe('no-data');
    expect(result.warnings[0]).toContain('Redirect loop');
  });

  it('reads only the first bytes of a huge page', async () => {
    let sent = 0;
    const head = new TextEncoder().encode('<html><head><meta name="description" content="A page that never ends, from a very generous server."></head><body>');
    const filler = new TextEncoder().encode(`<p>${'lorem ipsum '.repeat(5000)}</p>`);
    server.use(
      http.get('https://huge.example/*', () => {
        let first = true;
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            const chunk = first ? head : filler;
            first = false;
            sent += chunk.byteLength;
            if (sent > 200 * 1024 * 1024) controller.close();
            else controller.enqueue(chunk);
          },
        });
        return new HttpResponse(stream, { headers: { 'content-type': 'text/html' } });
      }),
    );
    const result = await createWebsiteProvider({ env: {}, maxPageBytes: 256 * 1024 }).enrich(call('huge.example'));
    expect(result.fields['description']?.value).toBe('A page that never ends, from a very generous server.');
    expect(result.warnings).toContain('https://huge.example/ was longer than 262144 bytes; read the first 262144');
    expect(sent).toBeLessThan(10 * 1024 * 1024);
  });

  it('throws a retryable error when the homepage answers 503', async () => {
    server.use(http.get('https://down.example/', () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '2' } })));
    await expect(createWebsiteProvider({ env: {} }).enrich(call('down.example'))).rejects.toMatchObject({ isRetryable: true, retryAfterMs: 2000 });
  });

  it('treats instructions in page text as data: the heuristics are not steered', async () => {
    const injected = fixture('injection-home.html');
    const clean = injected.replace(/<p style="display:none">[^<]*<\/p>/, '');
    expect(clean).not.toBe(injected);
    server.use(
      http.get('https://pipes.example/', () => html(injected)),
      http.get('https://clean.example/', () => html(clean)),
      http.get('https://:host/*', () => html('', 404)),
    );
    const provider = createWebsiteProvider({ env: {} });
    const steered = await provider.enrich(call('pipes.example'));
    const baseline = await provider.enrich(call('clean.example'));
    expect(steered.fields['industry']?.value).toBe('developer-tools');
    expect(steered.fields['industryHints']?.value).toEqual(baseline.fields['industryHints']?.value);
    expect(steered.warnings).toContain('ignored 2 instruction-like sentence(s) in the page text (treated as data)');
    expect((steered.fields['technologies']?.value as Array<{ name: string }>).map((technology) => technology.name)).toEqual(['WordPress']);
    expect(steered.fields['sizeHint']).toBeUndefined();
  });
});
