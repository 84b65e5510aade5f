import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { callProvider, companySubject, useProviderTestServer } from '../provider-test-kit.js';
import type { EnrichedValue, EnrichmentSubject } from '../../enrichment-provider.js';
import { createAresProvider } from './ares-provider.js';

const base = 'https://ares.test/rest';
const seznam = JSON.parse(readFileSync(new URL('./__fixtures__/ares_ekonomicke-subjekty_26168685_seznam.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const { server, requests } = useProviderTestServer();

const provider = createAresProvider({ baseUrl: base, env: {} });
const company = companySubject;
const call = (subject: EnrichmentSubject, known: Record<string, EnrichedValue> = {}) => callProvider(provider, subject, known);

describe('ares provider', () => {
  it('searches by name, asserts the request body, and maps the matched subject', async () => {
    server.use(http.post(`${base}/ekonomicke-subjekty/vyhledat`, () => HttpResponse.json({ pocetCelkem: 1, ekonomickeSubjekty: [seznam] })));
    const result = await call(company('Seznam.cz, a.s.', { country: 'CZ' }));
    expect(requests[0]?.url).toBe(`${base}/ekonomicke-subjekty/vyhledat`);
    expect(await requests[0]?.json()).toEqual({ obchodniJmeno: 'Seznam.cz, a.s.', pocet: 10, start: 0 });
    expect(result.status).toBe('ok');
    expect(result.fields['legalName']?.value).toBe('Seznam.cz, a.s.');
    expect(result.fields['registryId']).toEqual({ value: '26168685', source: `${base}/ekonomicke-subjekty/26168685`, confidence: 0.95 });
    expect(result.fields['legalForm']?.value).toBe('a.s.');
    expect(result.fields['foundedOn']?.value).toBe('2000-04-05');
    expect(result.fields['activityCodes']?.value).toContain('62090');
    expect(result.fields['status']?.value).toBe('active');
  });

  it('looks up by a known IČO with GET', async () => {
    server.use(http.get(`${base}/ekonomicke-subjekty/26168685`, () => HttpResponse.json(seznam)));
    const result = await call(company('Seznam'), { registryId: { value: '26168685', source: 'import', confidence: 1 } });
    expect(requests[0]?.method).toBe('GET');
    expect(result.status).toBe('ok');
    expect(result.fields['legalName']?.confidence).toBe(0.99);
  });

  it('404 NENALEZENO is no-data, not an error', async () => {
    server.use(
      http.get(`${base}/ekonomicke-subjekty/12345678`, () =>
        HttpResponse.json({ kod: 'NENALEZENO', popis: 'Subjekt nenalezen', subKod: 'VYSTUP_SUBJEKT_NENALEZEN' }, { status: 404 }),
      ),
    );
    const result = await call(company('X'), { registryId: { value: '12345678', source: 'import', confidence: 1 } });
    expect(result.status).toBe('no-data');
  });

  it('a rejected search (HTTP 400) is no-data with the reason ARES gives', async () => {
    server.use(
      http.post(`${base}/ekonomicke-subjekty/vyhledat`, () =>
        HttpResponse.json({ kod: 'CHYBA_VSTUPU', popis: 'Příliš mnoho výsledků' }, { status: 400 }),
      ),
    );
    const result = await call(company('a'));
    expect(result).toMatchObject({ status: 'no-data', warnings: ['ARES rejected the search: CHYBA_VSTUPU: Příliš mnoho výsledků'] });
  });

  it('an empty search is no-data', async () => {
    server.use(http.post(`${base}/ekonomicke-subjekty/vyhledat`, () => HttpResponse.json({ pocetCelkem: 0, ekonomickeSubjekty: [] })));
    expect((await call(company('Nonexistent s.r.o.'))).status).toBe('no-data');
  });

  it('maps deleted, insolvent and in-liquidation subjects', async () => {
    const deleted = { ...seznam, datumZaniku: '2020-01-01' };
    const insolvent = { ...seznam, seznamRegistraci: { stavZdrojeVr: 'AKTIVNI', stavZdrojeIr: 'AKTIVNI' } };
    const liquidation = { ...seznam, obchodniJmeno: 'Seznam.cz, a.s. v likvidaci' };
    for (const [body, status] of [[deleted, 'deleted'], [insolvent, 'insolvent'], [liquidation, 'in-liquidation']] as const) {
      server.use(http.get(`${base}/ekonomicke-subjekty/26168685`, () => HttpResponse.json(body)));
      const result = await call(company('Seznam'), { registryId: { value: '26168685', source: 'import', confidence: 1 } });
      expect(result.fields['status']?.value).toBe(status);
    }
  });

  it('reports an ambiguous name match with its candidates instead of guessing', async () => {
    const other = { ...seznam, ico: '11111111', obchodniJmeno: 'Seznam.cz, a.s.', sidlo: { kodStatu: 'CZ', nazevObce: 'Brno' } };
    server.use(http.post(`${base}/ekonomicke-subjekty/vyhledat`, () => HttpResponse.json({ pocetCelkem: 2, ekonomickeSubjekty: [seznam, other] })));
    const result = await call(company('Seznam.cz a.s.'));
    expect(result.status).toBe('ambiguous');
    expect(result.fields['legalName']).toBeUndefined();
    const candidates = result.fields['registryCandidates']?.value as Array<{ registryId: string }>;
    expect(candidates.map((candidate) => candidate.registryId).sort()).toEqual(['11111111', '26168685']);
    expect(result.warnings[0]).toMatch(/ambiguous/);
  });

  it('a weak best candidate is ambiguous, not a match', async () => {
    server.use(http.post(`${base}/ekonomicke-subjekty/vyhledat`, () => HttpResponse.json({ pocetCelkem: 1, ekonomickeSubjekty: [seznam] })));
    const result = await call(company('Seznam.cz Media a.s.'));
    expect(result.status).toBe('ambiguous');
  });

  it('a malformed response is a warning, not a crash', async () => {
    server.use(http.post(`${base}/ekonomicke-subjekty/vyhledat`, () => new HttpResponse('<html>oops', { headers: { 'content-type': 'text/html' } })));
    const result = await call(company('Seznam.cz, a.s.'));
    expect(result.status).toBe('no-data');
    expect(result.warnings[0]).toMatch(/malformed/);
  });

  it('a 503 throws a retryable ProviderCallError', async () => {
    server.use(http.post(`${base}/ekonomicke-subjekty/vyhledat`, () => new HttpResponse(null, { status: 503 })));
    await expect(call(company('Seznam.cz, a.s.'))).rejects.toMatchObject({ code: 'provider-call-failed', statusCode: 503, isRetryable: true });
  });

  it('honours an AbortSignal', async () => {
    server.use(http.post(`${base}/ekonomicke-subjekty/vyhledat`, () => new Promise<Response>(() => undefined)));
    const controller = new AbortController();
    const pending = provider.enrich({ subject: company('Seznam.cz, a.s.'), known: {}, context: {}, fetch, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('applies to Czech companies and Czech legal forms, reads COMPOUND_ARES_URL', () => {
    expect(provider.applies(company('Acme', { country: 'CZ' }), {})).toBe(true);
    expect(provider.applies(company('Acme s.r.o.'), {})).toBe(true);
    expect(provider.applies(company('Acme AS'), {})).toBe(false);
    expect(provider.applies(company('Acme s.r.o.', { country: 'SK' }), {})).toBe(false);
    expect(createAresProvider({ env: { COMPOUND_ARES_URL: 'http://localhost:9/' } }).baseUrl).toBe('http://localhost:9');
  });
});
