import type { EnrichmentCallOptions, EnrichmentProvider, EnrichmentResult } from '../../enrichment-provider.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import type { EnrichmentProviderSettings } from '../../registry.js';
import { callRegistry, parseJsonText } from '../../registry-match/call-registry.js';
import { matchRegistryCandidates } from '../../registry-match/match-registry-candidates.js';
import { registryApplies, registryCacheKey } from '../../registry-match/registry-applies.js';
import { noDataResult, registryCompanyFields, registryFieldNames } from '../../registry-match/registry-company.js';
import { mapPrhCompany } from './map-prh-company.js';
import { prhSearchSchema } from './prh-api.js';

/** Public YTJ open-data API v3 of the Finnish Patent and Registration Office. */
export const prhDefaultUrl = 'https://avoindata.prh.fi/opendata-ytj-api/v3';

const businessIdPattern = /^\d{7}-\d$/;

function knownBusinessId(known: EnrichmentCallOptions['known']): string | undefined {
  const value = known['registryId']?.value;
  return typeof value === 'string' && businessIdPattern.test(value.trim()) ? value.trim() : undefined;
}

/**
 * PRH / YTJ, the Finnish business information system: `GET /companies?businessId=…` when a Y-tunnus
 * is known (`known.registryId`, `1234567-8`), else `GET /companies?name=…`, and scores the hits.
 * YTJ publishes no employee figures. Free.
 *
 * Base URL: `settings.baseUrl`, else `COMPOUND_PRH_URL`, else {@link prhDefaultUrl}.
 *
 * @see https://avoindata.prh.fi/en/ytj/swagger-ui
 */
export function createPrhProvider(settings: EnrichmentProviderSettings = {}): EnrichmentProvider {
  const baseUrl = providerBaseUrl('prh', prhDefaultUrl, settings);
  const scope = { country: 'FI', legalForms: ['Oy', 'Oyj', 'Ab', 'Abp', 'Ky', 'Ay', 'osk'] };

  async function enrich(options: EnrichmentCallOptions): Promise<EnrichmentResult> {
    const businessId = knownBusinessId(options.known);
    const name = options.subject.name?.trim();
    if (businessId === undefined && !name) return noDataResult(['no company name or business id to look up']);
    const query = new URLSearchParams(businessId === undefined ? { name: name ?? '' } : { businessId });
    const answer = await callRegistry({
      provider: 'prh',
      fetch: options.fetch,
      url: `${baseUrl}/companies?${query}`,
      init: { headers: { accept: 'application/json' } },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (answer.kind === 'not-found') return noDataResult();
    const parsed = prhSearchSchema.safeParse(parseJsonText(answer.text));
    if (!parsed.success) return noDataResult(['malformed PRH response']);
    const found = parsed.data.companies ?? [];
    const companies = found.flatMap((company) => mapPrhCompany(company, `${baseUrl}/companies`) ?? []);
    if (businessId !== undefined) {
      const exact = companies.find((company) => company.registryId === businessId);
      if (exact === undefined) return noDataResult([`PRH has no company ${businessId}`]);
      return { status: 'ok', fields: registryCompanyFields(exact, 0.99), signals: [], cost: 0, warnings: [] };
    }
    return matchRegistryCandidates(options.subject, options.known, companies, { unreadHits: (parsed.data.totalResults ?? 0) - found.length });
  }

  return {
    id: 'prh',
    stage: 'registry',
    subject: 'company',
    fields: registryFieldNames.filter((field) => field !== 'employeeBand'),
    cost: { perCall: 0, unit: 'credits' },
    // PRH publishes no limit for v3; stay polite.
    rateLimit: { perSecond: 5, burst: 5, concurrency: 2 },
    baseUrl,
    applies: (subject) => registryApplies(scope, subject),
    cacheKey: (subject, known) => registryCacheKey(subject, knownBusinessId(known)),
    enrich,
  };
}
