import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useProviderTestServer } from '../provider-test-kit.js';
import type { EnrichedValue, EnrichmentSubject } from '../../enrichment-provider.js';
import { buildIsirRequest } from './build-isir-request.js';
import { createIsirProvider } from './isir-provider.js';
import type { InsolvencyProceeding } from './map-isir-proceeding.js';
import { parseIsirResponse } from './parse-isir-response.js';

const url = 'https://isir.test:8443/isir_cuzk_ws/IsirWsCuzkService';
// Hand-made from the documented response type (see __fixtures__/SOURCES.md).
const fixture = (name: string): string => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const twoProceedings = fixture('isir-response-two-proceedings-hand-made.xml');
const empty = fixture('isir-response-empty-hand-made.xml');
const { server, requests } = useProviderTestServer();

const provider = createIsirProvider({ baseUrl: url, env: {} });
const subject: EnrichmentSubject = { kind: 'company', id: 'c1', name: 'Příklad Stavby s.r.o.', country: 'CZ' };
const ico: Record<string, EnrichedValue> = { registryId: { value: '12345678', source: 'https://ares.gov.cz/x', confidence: 0.95 } };
const xml = (body: string) => new HttpResponse(body, { headers: { 'content-type': 'text/xml' } });

describe('isir provider', () => {
  it('posts the SOAP request for the IČO and maps ongoing and ended proceedings', async () => {
    server.use(http.post(url, () => xml(twoProceedings)));
    const result = await provider.enrich({ subject, known: ico, context: {}, fetch });
    const body = await requests[0]?.text();
    expect(body).toContain('<typ:getIsirWsCuzkDataRequest><ic>12345678</ic><maxPocetVysledku>50</maxPocetVysledku>');
    expect(body).toContain('xmlns:typ="http://isirws.cca.cz/types/"');
    expect(requests[0]?.headers.get('content-type')).toContain('text/xml');
    expect(result.status).toBe('ok');
    const value = result.fields['insolvency']?.value as { ongoing: boolean; proceedings: InsolvencyProceeding[] };
    expect(value.ongoing).toBe(true);
    expect(value.proceedings).toEqual([
      expect.objectContaining({ fileNumber: '45 INS 1234/2026', state: 'KONKURS', startedOn: '2026-03-02', ongoing: true, court: 'Krajský soud v Praze' }),
      expect.objectContaining({ fileNumber: '12 INS 999/2019', endedOn: '2019-11-20', ongoing: false }),
    ]);
    expect(value.proceedings[0]?.url).toBe('https://isir.justice.cz/isir/ueu/evidence_upadcu_detail.do?id=ABC123&lang=cz');
    expect(result.signals).toHaveLength(1);
    expect(result.signals[0]).toMatchObject({ type: 'insolvency', occurredAt: '2026-03-02' });
  });

  it('the WS2 empty answer is no-data', async () => {
    server.use(http.post(url, () => xml(empty)));
    const result = await provider.enrich({ subject, known: ico, context: {}, fetch });
    expect(result).toMatchObject({ status: 'no-data', warnings: [] });
  });

  it('without an IČO it does not call and says why', async () => {
    const result = await provider.enrich({ subject, known: {}, context: {}, fetch });
    expect(requests).toHaveLength(0);
    expect(result.warnings[0]).toMatch(/IČO/);
  });

  it('an HTML error page or truncated XML is a warning, another error code is reported', async () => {
    server.use(http.post(url, () => new HttpResponse('<html><body>Service Unavailable</body></html>')));
    expect((await provider.enrich({ subject, known: ico, context: {}, fetch })).warnings).toEqual(['malformed ISIR response']);
    server.use(http.post(url, () => xml(twoProceedings.slice(0, 400))));
    const truncated = await provider.enrich({ subject, known: ico, context: {}, fetch });
    expect(truncated.warnings).toEqual(['malformed ISIR response']);
    server.use(http.post(url, () => xml(empty.replace('WS2', 'WS1').replace('Prazdny vysledek', 'Chybny vstup'))));
    expect((await provider.enrich({ subject, known: ico, context: {}, fetch })).warnings[0]).toBe('ISIR error WS1: Chybny vstup');
  });

  it('a 500 SOAP fault throws a retryable ProviderCallError', async () => {
    server.use(http.post(url, () => new HttpResponse(null, { status: 500 })));
    await expect(provider.enrich({ subject, known: ico, context: {}, fetch })).rejects.toMatchObject({ isRetryable: true });
  });

  it('parser: tolerant of prefixes, attributes and entities; request escapes its input', () => {
    const answer = parseIsirResponse(
      '<a:getIsirWsCuzkDataResponse xmlns:a="x"><a:data><a:bcVec>1</a:bcVec><a:rocnik>2020</a:rocnik><a:nazevOsoby attr="1">A &amp; B &#382;</a:nazevOsoby></a:data><a:stav><a:pocetVysledku>1</a:pocetVysledku></a:stav></a:getIsirWsCuzkDataResponse>',
    );
    expect(answer?.records[0]).toEqual({ bcVec: '1', rocnik: '2020', nazevOsoby: 'A & B ž' });
    expect(answer?.state).toEqual({ pocetVysledku: '1' });
    expect(parseIsirResponse('not xml')).toBeUndefined();
    expect(buildIsirRequest('1<2')).toContain('<ic>1&lt;2</ic>');
  });

  it('applies to Czech companies whose IČO is known; reads COMPOUND_ISIR_URL', () => {
    expect(provider.applies(subject, ico)).toBe(true);
    expect(provider.applies({ ...subject, country: 'NO' }, ico)).toBe(false);
    // No IČO (ARES found none, or failed): no call to make, so none is counted as paid.
    expect(provider.applies(subject, {})).toBe(false);
    expect(createIsirProvider({ env: { COMPOUND_ISIR_URL: 'http://127.0.0.1:4/isir' } }).baseUrl).toBe('http://127.0.0.1:4/isir');
  });
});
