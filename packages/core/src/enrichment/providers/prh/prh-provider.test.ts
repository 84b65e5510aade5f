import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { callProvider, companySubject, useProviderTestServer } from '../provider-test-kit.js';
import type { EnrichedValue, EnrichmentSubject } from '../../enrichment-provider.js';
import { createPrhProvider } from './prh-provider.js';

const base = 'https://prh.test/opendata-ytj-api/v3';
// Hand-made from the documented v3 shape (see __fixtures__/SOURCES.md).
const search = JSON.parse(readFileSync(new URL('./__fixtures__/companies-search-hand-made.json', import.meta.url), 'utf8')) as {
  companies: Array<Record<string, unknown>>;
};
const { server, requests } = useProviderTestServer();

const provider = createPrhProvider({ baseUrl: base, env: {} });
const company = companySubject;
const call = (subject: EnrichmentSubject, known: Record<string, EnrichedValue> = {}) => callProvider(provider, subject, known);

describe('prh provider', () => {
  it('searches by name and maps the current name, form, line of business and city', async () => {
    server.use(http.get(`${base}/companies`, () => HttpResponse.json(search)));
    const result = await call(company('Esimerkki Ohjelmistot Oy'));
    expect(new URL(requests[0]?.url ?? '').searchParams.get('name')).toBe('Esimerkki Ohjelmistot Oy');
    expect(result.status).toBe('ok');
    expect(result.fields['registryId']?.value).toBe('1234567-1');
    expect(result.fields['legalName']?.value).toBe('Esimerkki Ohjelmistot Oy');
    expect(result.fields['legalForm']?.value).toBe('Oy');
    expect(result.fields['foundedOn']?.value).toBe('2012-03-01');
    expect(result.fields['activityCodes']?.value).toEqual(['62010']);
    expect(result.fields['status']?.value).toBe('active');
    expect(result.fields['employeeBand']).toBeUndefined();
  });

  it('a name-only match is ambiguous when totalResults says more companies matched than were returned', async () => {
    server.use(http.get(`${base}/companies`, () => HttpResponse.json({ ...search, totalResults: 120 })));
    const result = await call(company('Esimerkki Ohjelmistot'));
    expect(result.status).toBe('ambiguous');
    expect(result.warnings[0]).toContain('118 more hits than it returned');
  });

  it('looks up a known business id; bankruptcy maps to insolvent', async () => {
    server.use(http.get(`${base}/companies`, () => HttpResponse.json({ totalResults: 1, companies: [search.companies[1]] })));
    const result = await call(company('Esimerkki Logistiikka'), { registryId: { value: '7654321-9', source: 'import', confidence: 1 } });
    expect(new URL(requests[0]?.url ?? '').searchParams.get('businessId')).toBe('7654321-9');
    expect(result.fields['status']?.value).toBe('insolvent');
  });

  it('maps liquidation and an end date', async () => {
    const first = search.companies[0] ?? {};
    for (const [patch, status] of [[{ companySituations: [{ type: 'SELTILA' }] }, 'in-liquidation'], [{ endDate: '2020-12-31' }, 'deleted']] as const) {
      server.use(http.get(`${base}/companies`, () => HttpResponse.json({ companies: [{ ...first, ...patch }] })));
      expect((await call(company('Esimerkki Ohjelmistot Oy'))).fields['status']?.value).toBe(status);
    }
  });

  it('empty search and 404 are no-data; a loose name is ambiguous', async () => {
    server.use(http.get(`${base}/companies`, () => HttpResponse.json({ totalResults: 0, companies: [] })));
    expect((await call(company('Nothing Oy'))).status).toBe('no-data');
    server.use(http.get(`${base}/companies`, () => new HttpResponse(null, { status: 404 })));
    expect((await call(company('Nothing Oy'))).status).toBe('no-data');
    server.use(http.get(`${base}/companies`, () => HttpResponse.json(search)));
    const result = await call(company('Esimerkki Oy'));
    expect(result.status).toBe('ambiguous');
  });

  it('malformed JSON is a warning', async () => {
    server.use(http.get(`${base}/companies`, () => new HttpResponse('{"companies":', { headers: { 'content-type': 'application/json' } })));
    expect((await call(company('Esimerkki Ohjelmistot Oy'))).warnings).toEqual(['malformed PRH response']);
  });

  it('applies to Finnish companies and Oy/Oyj names', () => {
    expect(provider.applies(company('Nokia Oyj'), {})).toBe(true);
    expect(provider.applies(company('Nokia', { country: 'FI' }), {})).toBe(true);
    expect(provider.applies(company('Nokia Oyj', { country: 'SE' }), {})).toBe(false);
    expect(createPrhProvider({ env: { COMPOUND_PRH_URL: 'http://127.0.0.1:3' } }).baseUrl).toBe('http://127.0.0.1:3');
  });
});
