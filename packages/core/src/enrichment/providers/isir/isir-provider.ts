import type { EnrichmentCallOptions, EnrichmentProvider, EnrichmentResult, EnrichmentSignal } from '../../enrichment-provider.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import type { EnrichmentProviderSettings } from '../../registry.js';
import { callRegistry } from '../../registry-match/call-registry.js';
import { registryApplies } from '../../registry-match/registry-applies.js';
import { noDataResult } from '../../registry-match/registry-company.js';
import { buildIsirRequest } from './build-isir-request.js';
import { mapIsirProceeding } from './map-isir-proceeding.js';
import { parseIsirResponse } from './parse-isir-response.js';

/** ISIR's public SOAP endpoint for lookups by IČO / birth number. */
export const isirDefaultUrl = 'https://isir.justice.cz:8443/isir_cuzk_ws/IsirWsCuzkService';

const icoPattern = /^\d{8}$/;

function knownIco(known: EnrichmentCallOptions['known']): string | undefined {
  const value = known['registryId']?.value;
  return typeof value === 'string' && icoPattern.test(value) ? value : undefined;
}

/**
 * ISIR, the Czech insolvency register: asks `getIsirWsCuzkData` for the IČO found by the registry
 * stage (`known.registryId`, 8 digits) and fills `insolvency` with `{ ongoing, proceedings }`; an
 * ongoing proceeding also yields an `insolvency` signal. ISIR's empty answer (`WS2`, "Prazdny
 * vysledek") is `no-data`: no proceeding on record. Stage `insolvency`, after `registry` (it needs
 * the IČO ARES found); it applies only once an IČO is known. Free.
 *
 * Base URL: `settings.baseUrl`, else `COMPOUND_ISIR_URL`, else {@link isirDefaultUrl}.
 *
 * @see https://isir.justice.cz/isir/help/Popis_WS_2_v1_8.pdf
 */
export function createIsirProvider(settings: EnrichmentProviderSettings = {}): EnrichmentProvider {
  const baseUrl = providerBaseUrl('isir', isirDefaultUrl, settings);
  const scope = { country: 'CZ', legalForms: ['s.r.o.', 'spol. s r.o.', 'sro', 'a.s.', 'k.s.', 'v.o.s.'] };

  async function enrich(options: EnrichmentCallOptions): Promise<EnrichmentResult> {
    const ico = knownIco(options.known);
    if (ico === undefined) return noDataResult(['no IČO known yet: ISIR runs after the ARES lookup']);
    const answer = await callRegistry({
      provider: 'isir',
      fetch: options.fetch,
      url: baseUrl,
      init: { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '""' }, body: buildIsirRequest(ico) },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (answer.kind === 'not-found') return noDataResult();
    const parsed = parseIsirResponse(answer.text);
    if (parsed === undefined) return noDataResult(['malformed ISIR response']);
    const errorCode = parsed.state['kodChyby'];
    if (errorCode === 'WS2') return noDataResult();
    if (errorCode !== undefined) return noDataResult([`ISIR error ${errorCode}: ${parsed.state['textChyby'] ?? 'no text'}`]);
    const proceedings = parsed.records.flatMap((record) => mapIsirProceeding(record) ?? []);
    if (proceedings.length === 0) return noDataResult(parsed.records.length > 0 ? ['ISIR records without a case number'] : []);
    const ongoing = proceedings.filter((proceeding) => proceeding.ongoing);
    const source = `${baseUrl}?ic=${ico}`;
    const signals: EnrichmentSignal[] = ongoing.map((proceeding) => ({
      type: 'insolvency',
      ...(proceeding.startedOn ? { occurredAt: proceeding.startedOn } : {}),
      text: `Insolvency proceeding ${proceeding.fileNumber}${proceeding.state ? ` (${proceeding.state})` : ''}${proceeding.court ? ` at ${proceeding.court}` : ''}`,
      source: proceeding.url ?? source,
      data: { fileNumber: proceeding.fileNumber, state: proceeding.state },
    }));
    return {
      status: 'ok',
      fields: { insolvency: { value: { ongoing: ongoing.length > 0, proceedings }, source, confidence: 0.99 } },
      signals,
      cost: 0,
      warnings: [],
    };
  }

  return {
    id: 'isir',
    // Its own stage: it reads the IČO the registry stage found, so it must run after it
    // (stage dependency `insolvency: ['registry']`).
    stage: 'insolvency',
    subject: 'company',
    fields: ['insolvency'],
    cost: { perCall: 0, unit: 'credits' },
    // ISIR is a court system; keep it gentle.
    rateLimit: { perSecond: 2, burst: 2, concurrency: 1 },
    baseUrl,
    // Without an IČO there is nothing to ask ISIR: not a call (nor a "found nothing") but no call at all.
    applies: (subject, known) => registryApplies(scope, subject) && knownIco(known) !== undefined,
    cacheKey: (_subject, known) => `ico:${knownIco(known) ?? ''}`,
    // A dry run counts ISIR only where an IČO is known or the registry stage may find one first.
    plan: (subject, known, expected) => {
      if (!registryApplies(scope, subject)) return { call: false, reason: 'no IČO: not a Czech company' };
      if (knownIco(known) !== undefined || expected.has('registryId')) return { call: true };
      return { call: false, reason: 'no IČO: the registry stage (ARES) does not run first' };
    },
    enrich,
  };
}
