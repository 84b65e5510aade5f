import type { EnrichmentCallOptions, EnrichmentProvider, EnrichmentResult } from '../../enrichment-provider.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import type { EnrichmentProviderSettings } from '../../registry.js';
import { callRegistry, parseJsonText } from '../../registry-match/call-registry.js';
import { matchRegistryCandidates } from '../../registry-match/match-registry-candidates.js';
import { registryApplies, registryCacheKey } from '../../registry-match/registry-applies.js';
import { noDataResult, registryCompanyFields, registryFieldNames, type RegistryCompany } from '../../registry-match/registry-company.js';
import { brregSearchSchema, brregUnitSchema, type BrregUnit } from './brreg-api.js';
import { mapBrregStatus } from './map-brreg-status.js';

/** Public BRREG Enhetsregisteret API. */
export const brregDefaultUrl = 'https://data.brreg.no/enhetsregisteret/api';

const orgnrPattern = /^\d{9}$/;

/** Settings of the BRREG provider. */
export interface BrregProviderSettings extends EnrichmentProviderSettings {
  /** Search hits fetched per name lookup. Default 10. */
  searchSize?: number;
}

function toCompany(unit: BrregUnit, baseUrl: string): RegistryCompany | undefined {
  if (!unit.organisasjonsnummer || !unit.navn) return undefined;
  const address = unit.forretningsadresse ?? unit.postadresse;
  const codes = [unit.naeringskode1, unit.naeringskode2, unit.naeringskode3].flatMap((entry) => (entry?.kode ? [entry.kode] : []));
  const founded = unit.stiftelsesdato ?? unit.registreringsdatoEnhetsregisteret;
  const employees = unit.harRegistrertAntallAnsatte !== false && typeof unit.antallAnsatte === 'number' ? unit.antallAnsatte : undefined;
  return {
    registryId: unit.organisasjonsnummer,
    legalName: unit.navn,
    ...(unit.organisasjonsform?.kode ? { legalForm: unit.organisasjonsform.kode } : {}),
    ...(founded ? { foundedOn: founded } : {}),
    ...(employees === undefined ? {} : { employeeBand: String(employees) }),
    activityCodes: codes,
    status: mapBrregStatus(unit),
    country: address?.landkode ?? 'NO',
    ...(address?.poststed ? { city: address.poststed } : {}),
    source: `${baseUrl}/enheter/${unit.organisasjonsnummer}`,
  };
}

function knownOrgnr(known: EnrichmentCallOptions['known']): string | undefined {
  const value = known['registryId']?.value;
  return typeof value === 'string' && orgnrPattern.test(value.replaceAll(' ', '')) ? value.replaceAll(' ', '') : undefined;
}

/**
 * BRREG, the Norwegian register of legal entities: looks a unit up by organisation number when one
 * is known (`known.registryId`, 9 digits), else searches `GET /enheter?navn=…` and scores the hits.
 * Deleted units (`slettedato`) map to status `deleted`. Free.
 *
 * Base URL: `settings.baseUrl`, else `COMPOUND_BRREG_URL`, else {@link brregDefaultUrl}.
 *
 * @see https://data.brreg.no/enhetsregisteret/api/dokumentasjon/no/index.html
 */
export function createBrregProvider(settings: BrregProviderSettings = {}): EnrichmentProvider {
  const baseUrl = providerBaseUrl('brreg', brregDefaultUrl, settings);
  const searchSize = settings.searchSize ?? 10;
  const scope = { country: 'NO', legalForms: ['AS', 'ASA', 'ANS', 'DA', 'ENK', 'NUF'] };

  async function enrich(options: EnrichmentCallOptions): Promise<EnrichmentResult> {
    const signal = options.signal ? { signal: options.signal } : {};
    const headers = { accept: 'application/json' };
    const orgnr = knownOrgnr(options.known);
    if (orgnr !== undefined) {
      const answer = await callRegistry({ provider: 'brreg', fetch: options.fetch, url: `${baseUrl}/enheter/${orgnr}`, init: { headers }, ...signal });
      if (answer.kind === 'not-found') return noDataResult([`BRREG has no unit ${orgnr}`]);
      const parsed = brregUnitSchema.safeParse(parseJsonText(answer.text));
      const company = parsed.success ? toCompany(parsed.data, baseUrl) : undefined;
      if (company === undefined) return noDataResult([`malformed BRREG response for ${orgnr}`]);
      return { status: 'ok', fields: registryCompanyFields(company, 0.99), signals: [], cost: 0, warnings: [] };
    }
    const name = options.subject.name?.trim();
    if (!name) return noDataResult(['no company name or organisation number to look up']);
    const query = new URLSearchParams({ navn: name, size: String(searchSize) });
    const answer = await callRegistry({ provider: 'brreg', fetch: options.fetch, url: `${baseUrl}/enheter?${query}`, init: { headers }, ...signal });
    if (answer.kind === 'not-found') return noDataResult();
    const parsed = brregSearchSchema.safeParse(parseJsonText(answer.text));
    if (!parsed.success) return noDataResult(['malformed BRREG search response']);
    const units = parsed.data._embedded?.enheter ?? [];
    const companies = units.flatMap((unit) => toCompany(unit, baseUrl) ?? []);
    return matchRegistryCandidates(options.subject, options.known, companies, { unreadHits: (parsed.data.page?.totalElements ?? 0) - units.length });
  }

  return {
    id: 'brreg',
    stage: 'registry',
    subject: 'company',
    fields: registryFieldNames,
    cost: { perCall: 0, unit: 'credits' },
    // BRREG publishes no hard limit; stay polite.
    rateLimit: { perSecond: 10, burst: 10, concurrency: 4 },
    baseUrl,
    applies: (subject) => registryApplies(scope, subject),
    cacheKey: (subject, known) => registryCacheKey(subject, knownOrgnr(known)),
    enrich,
  };
}
