import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { callProvider, companySubject, useProviderTestServer } from '../provider-test-kit.js';
import type { EnrichedValue, EnrichmentSubject } from '../../enrichment-provider.js';
import { mapRechercheEntreprisesEmployeeBand } from './map-recherche-entreprises-employee-band.js';
import { mapRechercheEntreprisesLegalForm } from './map-recherche-entreprises-legal-form.js';
import { createRechercheEntreprisesProvider } from './recherche-entreprises-provider.js';

const base = 'https://re.test';
const carrefour = JSON.parse(readFileSync(new URL('./__fixtures__/search_q-carrefour_page-1_per_page-1.json', import.meta.url), 'utf8')) as {
  results: Array<Record<string, unknown>>;
};
const first = carrefour.results[0] ?? {};
const { server, requests } = useProviderTestServer();

const provider = createRechercheEntreprisesProvider({ baseUrl: base, env: {} });
const company = companySubject;
const call = (subject: EnrichmentSubject, known: Record<string, EnrichedValue> = {}) => callProvider(provider, subject, known);

describe('recherche-entreprises provider', () => {
  it('searches by name with page and per_page; one name-only hit of 10,000 is ambiguous, not a match', async () => {
    server.use(http.get(`${base}/search`, () => HttpResponse.json(carrefour)));
    const result = await call(company('Carrefour', { country: 'FR' }));
    const url = new URL(requests[0]?.url ?? '');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'Carrefour', page: '1', per_page: '5' });
    // The recorded answer lists one "CARREFOUR" (a non-employer in Le Cannet) of total_results 10000: not the retailer for sure.
    expect(result.status).toBe('ambiguous');
    expect(result.fields['registryId']).toBeUndefined();
    expect((result.fields['registryCandidates']?.value as Array<{ registryId: string }>).map((candidate) => candidate.registryId)).toEqual(['510761505']);
    expect(result.warnings[0]).toContain('9999 more hits than it returned');
    expect(result.warnings[0]).toContain('CARREFOUR (510761505, LE CANNET, 0.90)');
  });

  it('accepts a name match when the answer holds every hit', async () => {
    server.use(http.get(`${base}/search`, () => HttpResponse.json({ ...carrefour, total_results: 1, total_pages: 1 })));
    const result = await call(company('Carrefour', { country: 'FR' }));
    expect(result.status).toBe('ok');
    expect(result.fields['registryId']?.value).toBe('510761505');
  });

  it('searches by a known SIREN, takes the exact record and maps the recorded result', async () => {
    server.use(http.get(`${base}/search`, () => HttpResponse.json(carrefour)));
    const result = await call(company('Whatever', { country: 'FR' }), { registryId: { value: '510761505', source: 'import', confidence: 1 } });
    expect(new URL(requests[0]?.url ?? '').searchParams.get('q')).toBe('510761505');
    expect(result.status).toBe('ok');
    expect(result.fields['legalName']).toEqual({ value: 'CARREFOUR', source: `${base}/search?q=510761505`, confidence: 0.99 });
    expect(result.fields['registryId']?.value).toBe('510761505');
    expect(result.fields['foundedOn']?.value).toBe('2009-01-01');
    expect(result.fields['legalForm']?.value).toBe('Autre personne morale de droit privé');
    expect(result.fields['employeeBand']?.value).toBe('0');
    expect(result.fields['activityCodes']?.value).toEqual(['68.32A']);
    expect(result.fields['status']?.value).toBe('active');
    expect(result.fields['registryCountry']?.value).toBe('FR');
  });

  it('maps a ceased company to deleted', async () => {
    server.use(http.get(`${base}/search`, () => HttpResponse.json({ results: [{ ...first, etat_administratif: 'C' }], total_results: 1 })));
    expect((await call(company('Carrefour'))).fields['status']?.value).toBe('deleted');
  });

  it('no results is no-data; two namesakes are ambiguous', async () => {
    server.use(http.get(`${base}/search`, () => HttpResponse.json({ results: [], total_results: 0 })));
    expect((await call(company('Nothing SAS'))).status).toBe('no-data');
    server.use(http.get(`${base}/search`, () => HttpResponse.json({ results: [first, { ...first, siren: '999999999' }], total_results: 2 })));
    const result = await call(company('Carrefour'));
    expect(result.status).toBe('ambiguous');
    expect(result.warnings[0]).toContain('999999999');
  });

  it('a malformed body is a warning', async () => {
    server.use(http.get(`${base}/search`, () => HttpResponse.json({ results: 'x' })));
    expect((await call(company('Carrefour'))).warnings[0]).toMatch(/malformed/);
  });

  it('maps legal forms and headcount bands with the label files', () => {
    expect(mapRechercheEntreprisesLegalForm('5710')).toBe('SAS');
    expect(mapRechercheEntreprisesLegalForm('5499')).toBe('SARL');
    expect(mapRechercheEntreprisesLegalForm('5599')).toBe('SA');
    expect(mapRechercheEntreprisesLegalForm('9220')).toBe('Association déclarée');
    const labels = JSON.parse(readFileSync(new URL('./__fixtures__/labels_tranches-effectifs.json', import.meta.url), 'utf8')) as Record<string, string>;
    for (const code of Object.keys(labels)) expect(mapRechercheEntreprisesEmployeeBand(code)).toBeDefined();
    expect(mapRechercheEntreprisesEmployeeBand('12')).toBe('20-49');
    expect(mapRechercheEntreprisesEmployeeBand('53')).toBe('10000+');
  });

  it('applies to French companies; reads COMPOUND_RECHERCHE_ENTREPRISES_URL', () => {
    expect(provider.applies(company('Foo SARL'), {})).toBe(true);
    expect(provider.applies(company('Foo', { country: 'NO' }), {})).toBe(false);
    expect(createRechercheEntreprisesProvider({ env: { COMPOUND_RECHERCHE_ENTREPRISES_URL: 'http://127.0.0.1:2' } }).baseUrl).toBe('http://127.0.0.1:2');
  });
});
