import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { callProvider, companySubject, useProviderTestServer } from '../provider-test-kit.js';
import type { EnrichedValue, EnrichmentSubject } from '../../enrichment-provider.js';
import { createBrregProvider } from './brreg-provider.js';

const base = 'https://brreg.test/enhetsregisteret/api';
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const { server, requests } = useProviderTestServer();

const provider = createBrregProvider({ baseUrl: base, env: {} });
const company = companySubject;
const byId = (id: string): Record<string, EnrichedValue> => ({ registryId: { value: id, source: 'import', confidence: 1 } });
const call = (subject: EnrichmentSubject, known: Record<string, EnrichedValue> = {}) => callProvider(provider, subject, known);

describe('brreg provider', () => {
  it('searches by name and maps the recorded unit', async () => {
    server.use(http.get(`${base}/enheter`, () => HttpResponse.json(fixture('enheter-search-response.json'))));
    const result = await call(company('Sesam Stasjon AS', { country: 'NO' }));
    const url = new URL(requests[0]?.url ?? '');
    expect(url.pathname).toBe('/enhetsregisteret/api/enheter');
    expect(url.searchParams.get('navn')).toBe('Sesam Stasjon AS');
    expect(result.status).toBe('ok');
    expect(result.fields['registryId']?.value).toBe('112233445');
    expect(result.fields['legalName']?.value).toBe('SESAM STASJON');
    expect(result.fields['legalForm']?.value).toBe('AS');
    expect(result.fields['foundedOn']?.value).toBe('2017-10-20');
    expect(result.fields['employeeBand']?.value).toBe('50');
    expect(result.fields['activityCodes']?.value).toEqual(['52.292']);
    expect(result.fields['status']?.value).toBe('active');
    expect(result.fields['legalName']?.source).toBe(`${base}/enheter/112233445`);
  });

  it('picks the close candidate among several hits', async () => {
    server.use(http.get(`${base}/enheter`, () => HttpResponse.json(fixture('enheter-search-page1-response.json'))));
    const result = await call(company('Sesam AS'));
    expect(result.status).toBe('ok');
    expect(result.fields['registryId']?.value).toBe('976030788');
  });

  it('a name-only best hit is ambiguous while the next page is unread (page.totalElements 3, 2 listed)', async () => {
    server.use(http.get(`${base}/enheter`, () => HttpResponse.json(fixture('enheter-search-page1-response.json'))));
    const result = await call(company('Sesam'));
    expect(result.status).toBe('ambiguous');
    expect(result.warnings[0]).toContain('1 more hit than it returned');
    expect(result.warnings[0]).toContain('SESAM AS (976030788, TRONDHEIM, 0.90)');
  });

  it('an empty search (no _embedded) is no-data', async () => {
    server.use(http.get(`${base}/enheter`, () => HttpResponse.json(fixture('enheter-search-empty-response.json'))));
    expect((await call(company('Jibberish AS'))).status).toBe('no-data');
  });

  it('looks up a known organisation number; a deleted unit maps to status deleted', async () => {
    server.use(http.get(`${base}/enheter/123456789`, () => HttpResponse.json(fixture('enheter-details-deleted-response.json'))));
    const result = await call(company('Slettet Enhet AS'), byId('123456789'));
    expect(requests[0]?.url).toBe(`${base}/enheter/123456789`);
    expect(result.fields['status']?.value).toBe('deleted');
  });

  it('maps konkurs to insolvent and underAvvikling to in-liquidation', async () => {
    for (const [patch, status] of [[{ konkurs: true }, 'insolvent'], [{ underAvvikling: true }, 'in-liquidation']] as const) {
      server.use(http.get(`${base}/enheter/112233445`, () => HttpResponse.json({ ...fixture('enheter-details-response.json'), ...patch })));
      expect((await call(company('Sesam Stasjon'), byId('112233445'))).fields['status']?.value).toBe(status);
    }
  });

  it('404 is no-data', async () => {
    server.use(http.get(`${base}/enheter/999999999`, () => HttpResponse.json({ status: 404 }, { status: 404 })));
    expect((await call(company('X AS'), byId('999999999'))).status).toBe('no-data');
  });

  it('two namesakes are ambiguous, listed with their cities', async () => {
    const search = fixture('enheter-search-response.json') as { _embedded: { enheter: Array<Record<string, unknown>> } };
    const first = search._embedded.enheter[0] ?? {};
    const twin = { ...first, organisasjonsnummer: '998877665', forretningsadresse: { landkode: 'NO', poststed: 'BERGEN' } };
    server.use(http.get(`${base}/enheter`, () => HttpResponse.json({ _embedded: { enheter: [first, twin] } })));
    const result = await call(company('Sesam Stasjon AS'));
    expect(result.status).toBe('ambiguous');
    expect(result.warnings[0]).toContain('BERGEN');
    expect((result.fields['registryCandidates']?.value as unknown[]).length).toBe(2);
  });

  it('a known city breaks the tie', async () => {
    const search = fixture('enheter-search-response.json') as { _embedded: { enheter: Array<Record<string, unknown>> } };
    const first = search._embedded.enheter[0] ?? {};
    const twin = { ...first, organisasjonsnummer: '998877665', forretningsadresse: { landkode: 'NO', poststed: 'BERGEN' } };
    server.use(http.get(`${base}/enheter`, () => HttpResponse.json({ _embedded: { enheter: [first, twin] } })));
    const result = await call(company('Sesam Stasjon AS'), { city: { value: 'Bergen', source: 'import', confidence: 1 } });
    expect(result.status).toBe('ok');
    expect(result.fields['registryId']?.value).toBe('998877665');
  });

  it('a network failure is a retryable error naming the URL and COMPOUND_BRREG_URL', async () => {
    server.use(http.get(`${base}/enheter/112233445`, () => HttpResponse.error()));
    await expect(call(company('Sesam Stasjon AS'), byId('112233445'))).rejects.toMatchObject({
      code: 'provider-call-failed',
      isRetryable: true,
      message: expect.stringMatching(new RegExp(`^Calling ${base}/enheter/112233445 failed: .+; check the network or COMPOUND_BRREG_URL$`)) as string,
    });
  });

  it('malformed JSON is a warning', async () => {
    server.use(http.get(`${base}/enheter`, () => new HttpResponse('{"_embedded": {"enheter": "nope"}}')));
    const result = await call(company('Sesam AS'));
    expect(result.status).toBe('no-data');
    expect(result.warnings[0]).toMatch(/malformed/);
  });

  it('applies to Norwegian companies and AS/ASA names without a country', () => {
    expect(provider.applies(company('Equinor ASA'), {})).toBe(true);
    expect(provider.applies(company('Seznam.cz, a.s.'), {})).toBe(false);
    expect(provider.applies(company('Acme', { country: 'NO' }), {})).toBe(true);
    expect(createBrregProvider({ env: { COMPOUND_BRREG_URL: 'http://127.0.0.1:1' } }).baseUrl).toBe('http://127.0.0.1:1');
  });
});
