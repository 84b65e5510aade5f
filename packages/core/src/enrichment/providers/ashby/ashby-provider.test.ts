import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EnrichmentCallOptions, EnrichedValue } from '../../enrichment-provider.js';
import type { PersonaRole } from '../../hiring/summarize-job-postings.js';
import { createAshbyProvider } from './ashby-provider.js';

const jobBoard = readFileSync(new URL('./__fixtures__/posting-api_job-board_ashby__trimmed_capture.json', import.meta.url), 'utf8');

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const now = () => new Date('2026-08-01T00:00:00Z');
const endpoint = 'https://api.ashbyhq.com/posting-api/job-board/ashby';
const jobBoards: EnrichedValue = { value: [{ vendor: 'ashby', token: 'ashby', url: 'https://jobs.ashbyhq.com/ashby' }], source: 'https://ashbyhq.com/careers', confidence: 0.9 };

function call(overrides: Partial<EnrichmentCallOptions> = {}): EnrichmentCallOptions {
  return {
    subject: { kind: 'company', id: 'c1', domain: 'ashbyhq.com' },
    known: { jobBoards },
    context: { personaKeywords: ['engineering manager', 'VP Engineering'] },
    fetch: globalThis.fetch,
    ...overrides,
  };
}

describe('ashby provider', () => {
  it('reads the listed jobs of the board named on the careers page', async () => {
    const urls: string[] = [];
    server.use(
      http.get('https://api.ashbyhq.com/posting-api/job-board/:board', ({ request }) => {
        urls.push(request.url);
        return new HttpResponse(jobBoard, { headers: { 'content-type': 'application/json' } });
      }),
    );
    const result = await createAshbyProvider({ env: {}, now }).enrich(call());

    expect(urls).toEqual([endpoint]);
    expect(result.status).toBe('ok');
    expect(result.fields['openRoles']?.value).toBe(8);
    // Published on 2026-07-17 and 2026-07-27: the two account executive roles.
    expect(result.fields['hiringVelocity']?.value).toBe(2);
    const roles = result.fields['personaRoles']?.value as PersonaRole[];
    expect(roles.map((role) => role.title)).toEqual([
      'Engineering Manager - EU',
      'Engineering Manager - UK',
      'Support Engineering Manager - Americas',
      'Engineering Manager - Canada',
      'Engineering Manager - Americas',
    ]);
    expect(roles[0]).toMatchObject({ department: 'Engineering', location: 'Remote - European Union', publishedAt: '2024-03-04T14:29:08.532Z' });
    expect(result.signals).toHaveLength(5);
  });

  it('drops unlisted jobs', async () => {
    const parsed = JSON.parse(jobBoard) as { jobs: Array<Record<string, unknown>> };
    const body = { jobs: parsed.jobs.map((job, index) => (index < 6 ? { ...job, isListed: false } : job)) };
    server.use(http.get(endpoint, () => HttpResponse.json(body)));
    const result = await createAshbyProvider({ env: {}, now }).enrich(call());
    expect(result.fields['openRoles']?.value).toBe(2);
    expect(result.fields['personaRoles']?.value).toEqual([]);
  });

  it('takes its base URL from COMPOUND_ASHBY_URL', async () => {
    server.use(http.get('http://127.0.0.1:4012/posting-api/job-board/ashby', () => HttpResponse.json({ jobs: [] })));
    const provider = createAshbyProvider({ env: { COMPOUND_ASHBY_URL: 'http://127.0.0.1:4012' }, now });
    expect(provider.baseUrl).toBe('http://127.0.0.1:4012');
    expect((await provider.enrich(call())).fields['openRoles']?.value).toBe(0);
  });

  it('turns a 404 into no-data', async () => {
    server.use(http.get(endpoint, () => new HttpResponse('Not found', { status: 404 })));
    const result = await createAshbyProvider({ env: {}, now }).enrich(call());
    expect(result.status).toBe('no-data');
    expect(result.warnings).toHaveLength(1);
  });

  it('turns malformed JSON into a warning and no-data', async () => {
    server.use(http.get(endpoint, () => new HttpResponse('<html>oops</html>', { headers: { 'content-type': 'application/json' } })));
    const result = await createAshbyProvider({ env: {}, now }).enrich(call());
    expect(result.status).toBe('no-data');
    expect(result.warnings[0]).toContain('malformed JSON');
  });

  it('honours an abort signal', async () => {
    server.use(http.get(endpoint, async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return HttpResponse.json({ jobs: [] });
    }));
    const controller = new AbortController();
    const pending = createAshbyProvider({ env: {}, now }).enrich(call({ signal: controller.signal }));
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});
