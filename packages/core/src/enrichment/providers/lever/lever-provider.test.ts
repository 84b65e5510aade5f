import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EnrichmentCallOptions, EnrichedValue } from '../../enrichment-provider.js';
import type { PersonaRole } from '../../hiring/summarize-job-postings.js';
import { createLeverProvider } from './lever-provider.js';

const postings = readFileSync(new URL('./__fixtures__/api-lever_v0_postings_matchgroup__trimmed_capture.json', import.meta.url), 'utf8');

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const now = () => new Date('2026-08-01T00:00:00Z');
const endpoint = 'https://api.lever.co/v0/postings/matchgroup';
const jobBoards: EnrichedValue = { value: [{ vendor: 'lever', token: 'matchgroup', url: 'https://jobs.lever.co/matchgroup' }], source: 'https://mtch.com/careers', confidence: 0.9 };

function call(overrides: Partial<EnrichmentCallOptions> = {}): EnrichmentCallOptions {
  return {
    subject: { kind: 'company', id: 'c1', domain: 'mtch.com' },
    known: { jobBoards },
    context: { personaKeywords: ['backend engineer', 'android engineer'] },
    fetch: globalThis.fetch,
    ...overrides,
  };
}

describe('lever provider', () => {
  it('reads the postings of the site named on the careers page', async () => {
    const urls: string[] = [];
    server.use(
      http.get('https://api.lever.co/v0/postings/:site', ({ request }) => {
        urls.push(request.url);
        return new HttpResponse(postings, { headers: { 'content-type': 'application/json' } });
      }),
    );
    const provider = createLeverProvider({ env: {}, now });
    expect(provider.applies(call().subject, call().known)).toBe(true);
    const result = await provider.enrich(call());

    expect(urls).toEqual([`${endpoint}?mode=json`]);
    expect(result.status).toBe('ok');
    expect(result.fields['openRoles']?.value).toBe(8);
    // createdAt within 30 days of 2026-08-01: the AI incubation role and two apprenticeships.
    expect(result.fields['hiringVelocity']?.value).toBe(3);
    const roles = result.fields['personaRoles']?.value as PersonaRole[];
    // Words need not be adjacent; the recorded "Back-end Engineer" spelling matches "backend engineer" too.
    expect(roles.map((role) => [role.title, role.keyword])).toEqual([
      ['Android Engineer III', 'android engineer'],
      ['Android Software Engineer (Azar)', 'android engineer'],
      ['Back-end Engineer, Platform', 'backend engineer'],
      ['Backend Engineer (Trust & Safety), Platform', 'backend engineer'],
    ]);
    expect(roles[2]).toMatchObject({ location: 'Tokyo', department: 'Development, Technology', publishedAt: '2024-07-22T02:39:02.532Z' });
    expect(roles[0]).toMatchObject({ location: 'New York, New York', department: 'Engineering', publishedAt: '2026-05-19T20:38:11.267Z' });
    expect(result.signals.map((signal) => signal.source)).toEqual([
      'https://jobs.lever.co/matchgroup/3414ba28-35f7-45d3-8e13-35c883959635',
      'https://jobs.lever.co/matchgroup/4004a95b-ed89-4193-ad1a-a2ed5d4703d5',
      'https://jobs.lever.co/matchgroup/1deea0b0-c0c9-4541-972e-2a437b64b023',
      'https://jobs.lever.co/matchgroup/750053cb-5ace-444a-9c64-070fb4d46439',
    ]);
  });

  it('takes its base URL from COMPOUND_LEVER_URL', async () => {
    server.use(http.get('http://127.0.0.1:4011/v0/postings/matchgroup', () => HttpResponse.json([])));
    const provider = createLeverProvider({ env: { COMPOUND_LEVER_URL: 'http://127.0.0.1:4011' }, now });
    const result = await provider.enrich(call());
    expect(provider.baseUrl).toBe('http://127.0.0.1:4011');
    expect(result.fields['openRoles']?.value).toBe(0);
  });

  it('turns a 404 into no-data', async () => {
    server.use(http.get(endpoint, () => HttpResponse.json({ ok: false, error: 'Document not found' }, { status: 404 })));
    const result = await createLeverProvider({ env: {}, now }).enrich(call());
    expect(result.status).toBe('no-data');
    expect(result.warnings[0]).toContain('HTTP 404');
  });

  it('turns malformed JSON into a warning and no-data', async () => {
    server.use(http.get(endpoint, () => new HttpResponse('[{"text": ', { headers: { 'content-type': 'application/json' } })));
    const result = await createLeverProvider({ env: {}, now }).enrich(call());
    expect(result.status).toBe('no-data');
    expect(result.warnings[0]).toContain('malformed JSON');
  });

  it('stops a redirect loop', async () => {
    server.use(
      http.get(endpoint, () => new HttpResponse(null, { status: 301, headers: { location: 'https://api.lever.co/v0/postings/matchgroup2?mode=json' } })),
      http.get('https://api.lever.co/v0/postings/matchgroup2', () => new HttpResponse(null, { status: 301, headers: { location: `${endpoint}?mode=json` } })),
    );
    const result = await createLeverProvider({ env: {}, now }).enrich(call());
    expect(result.status).toBe('no-data');
    expect(result.warnings[0]).toContain('Redirect loop');
  });

  it('rethrows 5xx as retryable', async () => {
    server.use(http.get(endpoint, () => new HttpResponse(null, { status: 503 })));
    await expect(createLeverProvider({ env: {}, now }).enrich(call())).rejects.toMatchObject({ isRetryable: true, statusCode: 503 });
  });
});
