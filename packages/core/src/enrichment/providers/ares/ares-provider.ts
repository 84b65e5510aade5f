import type { EnrichmentCallOptions, EnrichmentProvider, EnrichmentResult } from '../../enrichment-provider.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import type { EnrichmentProviderSettings } from '../../registry.js';
import { callRegistry, parseJsonText } from '../../registry-match/call-registry.js';
import { matchRegistryCandidates } from '../../registry-match/match-registry-candidates.js';
import { registryApplies, registryCacheKey } from '../../registry-match/registry-applies.js';
import { noDataResult, registryCompanyFields, registryFieldNames, type RegistryCompany } from '../../registry-match/registry-company.js';
import { aresErrorSchema, aresSearchSchema, aresSubjectSchema, type AresSubject } from './ares-api.js';
import { mapAresLegalForm } from './map-ares-legal-form.js';
import { mapAresStatus } from './map-ares-status.js';

/** Public ARES REST API. */
export const aresDefaultUrl = 'https://ares.gov.cz/ekonomicke-subjekty-v-be/rest';

const icoPattern = /^\d{8}$/;

/** Settings of the ARES provider. */
export interface AresProviderSettings extends EnrichmentProviderSettings {
  /** Search hits fetched per name lookup. Default 10. */
  searchSize?: number;
}

function toCompany(subject: AresSubject, baseUrl: string): RegistryCompany | undefined {
  if (!subject.ico || !subject.obchodniJmeno) return undefined;
  return {
    registryId: subject.ico,
    legalName: subject.obchodniJmeno,
    ...(subject.pravniForma ? { legalForm: mapAresLegalForm(subject.pravniForma) } : {}),
    ...(subject.datumVzniku ? { foundedOn: subject.datumVzniku } : {}),
    activityCodes: subject.czNace ?? [],
    status: mapAresStatus(subject),
    country: subject.sidlo?.kodStatu ?? 'CZ',
    ...(subject.sidlo?.nazevObce ? { city: subject.sidlo.nazevObce } : {}),
    source: `${baseUrl}/ekonomicke-subjekty/${subject.ico}`,
  };
}

function aresErrorText(text: string): string {
  const parsed = aresErrorSchema.safeParse(parseJsonText(text));
  return parsed.success ? [parsed.data.kod, parsed.data.popis].filter(Boolean).join(': ') : 'HTTP 400';
}

function knownIco(options: Pick<EnrichmentCallOptions, 'known'>): string | undefined {
  const value = options.known['registryId']?.value;
  return typeof value === 'string' && icoPattern.test(value) ? value : undefined;
}

/**
 * ARES, the Czech register of economic subjects: looks a company up by IČO when one is known
 * (`known.registryId`, 8 digits), else searches by name (`POST /ekonomicke-subjekty/vyhledat`) and
 * scores the hits. Free; no employee band (ARES does not publish one in this endpoint).
 *
 * Base URL: `settings.baseUrl`, else `COMPOUND_ARES_URL`, else {@link aresDefaultUrl}.
 *
 * @see https://ares.gov.cz/stranky/vyvojar-info
 */
export function createAresProvider(settings: AresProviderSettings = {}): EnrichmentProvider {
  const baseUrl = providerBaseUrl('ares', aresDefaultUrl, settings);
  const searchSize = settings.searchSize ?? 10;
  const scope = { country: 'CZ', legalForms: ['s.r.o.', 'spol. s r.o.', 'sro', 'a.s.', 'k.s.', 'v.o.s.', 'z.s.', 'o.p.s.'] };

  async function enrich(options: EnrichmentCallOptions): Promise<EnrichmentResult> {
    const ico = knownIco(options);
    if (ico !== undefined) {
      const url = `${baseUrl}/ekonomicke-subjekty/${ico}`;
      const answer = await callRegistry({ provider: 'ares', fetch: options.fetch, url, ...(options.signal ? { signal: options.signal } : {}) });
      if (answer.kind === 'not-found') return noDataResult([`ARES has no subject ${ico}`]);
      const parsed = aresSubjectSchema.safeParse(parseJsonText(answer.text));
      const company = parsed.success ? toCompany(parsed.data, baseUrl) : undefined;
      if (company === undefined) return noDataResult([`malformed ARES response for ${ico}`]);
      return { status: 'ok', fields: registryCompanyFields(company, 0.99), signals: [], cost: 0, warnings: [] };
    }
    const name = options.subject.name?.trim();
    if (!name) return noDataResult(['no company name or IČO to look up']);
    const answer = await callRegistry({
      provider: 'ares',
      fetch: options.fetch,
      url: `${baseUrl}/ekonomicke-subjekty/vyhledat`,
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ obchodniJmeno: name, pocet: searchSize, start: 0 }),
      },
      ...(options.signal ? { signal: options.signal } : {}),
      noRecordStatuses: [400],
    });
    if (answer.kind === 'not-found') return noDataResult(answer.status === 400 ? [`ARES rejected the search: ${aresErrorText(answer.text)}`] : []);
    const parsed = aresSearchSchema.safeParse(parseJsonText(answer.text));
    if (!parsed.success) return noDataResult(['malformed ARES search response']);
    const subjects = parsed.data.ekonomickeSubjekty ?? [];
    const companies = subjects.flatMap((subject) => toCompany(subject, baseUrl) ?? []);
    return matchRegistryCandidates(options.subject, options.known, companies, { unreadHits: (parsed.data.pocetCelkem ?? 0) - subjects.length });
  }

  return {
    id: 'ares',
    stage: 'registry',
    subject: 'company',
    fields: registryFieldNames.filter((field) => field !== 'employeeBand'),
    cost: { perCall: 0, unit: 'credits' },
    // ARES asks for restraint (it throttles bursts); 5/s with 2 in flight stays well inside it.
    rateLimit: { perSecond: 5, burst: 5, concurrency: 2 },
    baseUrl,
    applies: (subject) => registryApplies(scope, subject),
    cacheKey: (subject, known) => registryCacheKey(subject, knownIco({ known })),
    enrich,
  };
}
