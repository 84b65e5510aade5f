import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EnrichmentCallOptions, EnrichedValue } from '../../enrichment-provider.js';
import type { PersonaRole } from '../../hiring/summarize-job-postings.js';
import { createGreenhouseProvider } from './greenhouse-provider.js';

const board = readFileSync(new URL('./__fixtures__/boards-api_v1_boards_vercel_jobs__trimmed_capture.json', import.meta.url), 'utf8');
const docsExample = readFileSync(new URL('./__fixtures__/docs_example_list_jobs_item_content_true.json', import.meta.url), 'utf8');

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const now = () => new Date('2026-08-01T00:00:00Z');
const jobBoards: EnrichedValue = { value: [{ vendor: 'greenhouse', token: 'vercel', url: 'https://job-boards.greenhouse.io/vercel' }], source: 'https://vercel.com/careers', confidence: 0.9 };

function call(overrides: Partial<EnrichmentCallOptions> = {}): EnrichmentCallOptions {
  return {
    subject: { kind: 'company', id: 'c1', domain: 'vercel.com' },
    known: { jobBoards },
    context: { personaKeywords: ['account executive', 'head of sales'] },
    fetch: globalThis.fetch,
    ...overrides,
  };
}

describe('greenhouse provider', () => {
  it('reads the board named on the careers page: open roles, persona roles, velocity', async () => {
    const urls: string[] = [];
    server.use(
      http.get('https://boards-api.greenhouse.io/v1/boards/:token/jobs', ({ request }) => {
        urls.push(request.url);
        return new HttpResponse(board, { headers: { 'content-type': 'application/json' } });
      }),
    );
    const provider = createGreenhouseProvider({ env: {}, now });
    expect(provider.applies(call().subject, call().known)).toBe(true);
    expect(provider.cacheKey(call().subject, call().known)).toBe('greenhouse:vercel');
    const result = await provider.enrich(call());

    expect(urls).toEqual(['https://boards-api.greenhouse.io/v1/boards/vercel/jobs']);
    expect(result.status).toBe('ok');
    // meta.total counts every open role; the capture lists 8 of them.
    expect(result.fields['openRoles']?.value).toBe(81);
    expect(result.fields['hiringVelocity']?.value).toBe(2);
    // 8 of 81 roles listed: the count of recent ones is a lower bound.
    expect(result.fields['hiringVelocity']?.confidence).toBe(0.6);
    const roles = result.fields['personaRoles']?.value as PersonaRole[];
    expect(roles.map((role) => role.title)).toEqual(['Account Executive, Majors', 'Account Executive, Majors (APAC)', 'Account Executive, Majors- Install Base (APAC)']);
    expect(roles[0]).toMatchObject({ keyword: 'account executive', location: expect.any(String) as string });
    expect(roles[0]?.url).toMatch(/^https:\/\/job-boards\.greenhouse\.io\/vercel\/jobs\/\d+$/);
    expect(result.signals).toHaveLength(3);
    expect(result.signals[0]).toMatchObject({ type: 'hiring-for-persona', occurredAt: '2026-05-21T13:26:09.000Z' });
    expect(result.cost).toBe(0);
  });

  it('reads the documented example with departments', async () => {
    server.use(http.get('https://boards-api.greenhouse.io/v1/boards/vaulttec/jobs', () => new HttpResponse(docsExample, { headers: { 'content-type': 'application/json' } })));
    const known = { jobBoards: { ...jobBoards, value: [{ vendor: 'greenhouse', token: 'vaulttec', url: 'https://boards.greenhouse.io/vaulttec' }] } };
    const result = await createGreenhouseProvider({ env: {}, now }).enrich(call({ known, context: { personaKeywords: ['designer'] } }));
    expect(result.fields['openRoles']?.value).toBe(1);
    expect(result.fields['personaRoles']?.value).toEqual([
      { title: 'Vault Designer', url: 'https://boards.greenhouse.io/vaulttec/jobs/127817', location: 'NYC', department: 'Department of Departments', keyword: 'designer' },
    ]);
    // No first_published in the docs example: velocity is unknown, not zero.
    expect(result.fields['hiringVelocity']).toBeUndefined();
    expect(result.warnings).toContain('no publish dates on the board; hiring velocity unknown');
  });

  it('a board listing every role it counts gives velocity full confidence; an unreadable first_published is no date', async () => {
    const parsed = JSON.parse(board) as { jobs: Array<Record<string, unknown>> };
    const jobs = parsed.jobs.map((job, index) => (index === 0 ? { ...job, first_published: 'not a date' } : job));
    server.use(http.get('https://boards-api.greenhouse.io/v1/boards/vercel/jobs', () => HttpResponse.json({ jobs, meta: { total: jobs.length } })));
    const result = await createGreenhouseProvider({ env: {}, now }).enrich(call());
    expect(result.fields['openRoles']?.value).toBe(8);
    // The first recorded job (published 2026-07-22) lost its date: one recent role left, and 7 of 8 dated.
    expect(result.fields['hiringVelocity']).toMatchObject({ value: 1, confidence: 0.6 });
    server.use(http.get('https://boards-api.greenhouse.io/v1/boards/vercel/jobs', () => HttpResponse.json({ jobs: parsed.jobs, meta: { total: parsed.jobs.length } })));
    const complete = await createGreenhouseProvider({ env: {}, now }).enrich(call());
    expect(complete.fields['hiringVelocity']).toMatchObject({ value: 2, confidence: 0.9 });
  });

  it('takes its base URL from COMPOUND_GREENHOUSE_URL', async () => {
    server.use(http.get('http://127.0.0.1:4010/v1/boards/vercel/jobs', () => HttpResponse.json({ jobs: [], meta: { total: 0 } })));
    const provider = createGreenhouseProvider({ env: { COMPOUND_GREENHOUSE_URL: 'http://127.0.0.1:4010/' }, now });
    expect(provider.baseUrl).toBe('http://127.0.0.1:4010');
    const result = await provider.enrich(call());
    expect(result.status).toBe('ok');
    expect(result.fields['openRoles']?.value).toBe(0);
  });

  it('does not apply without a discovered board, and says so when called anyway', async () => {
    const provider = createGreenhouseProvider({ env: {}, now });
    expect(provider.applies(call().subject, {})).toBe(false);
    const result = await provider.enrich(call({ known: {} }));
    expect(result).toMatchObject({ status: 'no-data', fields: {}, warnings: ['no Greenhouse board found for this company'] });
  });

  it('turns a 404 (unknown board) into no-data', async () => {
    server.use(http.get('https://boards-api.greenhouse.io/v1/boards/vercel/jobs', () => HttpResponse.json({ status: 404, error: 'Job not found' }, { status: 404 })));
    const result = await createGreenhouseProvider({ env: {}, now }).enrich(call());
    expect(result.status).toBe('no-data');
    expect(result.warnings[0]).toContain('HTTP 404');
  });

  it('turns malformed JSON into a warning and no-data', async () => {
    server.use(http.get('https://boards-api.greenhouse.io/v1/boards/vercel/jobs', () => new HttpResponse('{"jobs": [ {"title": "Acc', { headers: { 'content-type': 'application/json' } })));
    const result = await createGreenhouseProvider({ env: {}, now }).enrich(call());
    expect(result.status).toBe('no-data');
    expect(result.warnings[0]).toContain('malformed JSON');
  });

  it('turns JSON of the wrong shape into a warning and no-data', async () => {
    server.use(http.get('https://boards-api.greenhouse.io/v1/boards/vercel/jobs', () => HttpResponse.json({ data: 'nope' })));
    const result = await createGreenhouseProvider({ env: {}, now }).enrich(call());
    expect(result).toMatchObject({ status: 'no-data', warnings: ['https://boards-api.greenhouse.io/v1/boards/vercel/jobs did not look like a Greenhouse job list'] });
  });

  it('stops a redirect loop', async () => {
    server.use(http.get('https://boards-api.greenhouse.io/v1/boards/vercel/jobs', () => new HttpResponse(null, { status: 302, headers: { location: '/v1/boards/vercel/jobs' } })));
    const result = await createGreenhouseProvider({ env: {}, now }).enrich(call());
    expect(result.status).toBe('no-data');
    expect(result.warnings[0]).toContain('Redirect loop');
  });

  it('does not buffer a huge body', async () => {
    const chunk = new TextEncoder().encode(`{"jobs":[${'{"title":"x"},'.repeat(1000)}`);
    let sent = 0;
    server.use(
      http.get('https://boards-api.greenhouse.io/v1/boards/vercel/jobs', () => {
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            sent += chunk.byteLength;
            if (sent > 64 * 1024 * 1024) controller.close();
            else controller.enqueue(chunk);
          },
        });
        return new HttpResponse(stream, { headers: { 'content-type': 'application/json' } });
      }),
    );
    const result = await createGreenhouseProvider({ env: {}, now }).enrich(call());
    expect(result.status).toBe('no-data');
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it('throws a retryable error on 429 for the retry middleware', async () => {
    server.use(http.get('https://boards-api.greenhouse.io/v1/boards/vercel/jobs', () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '1' } })));
    await expect(createGreenhouseProvider({ env: {}, now }).enrich(call())).rejects.toMatchObject({ code: 'provider-call-failed', isRetryable: true, retryAfterMs: 1000 });
  });
});
