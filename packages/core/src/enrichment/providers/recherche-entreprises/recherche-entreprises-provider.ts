import type { EnrichmentCallOptions, EnrichmentProvider, EnrichmentResult, EnrichmentSubject } from '../../enrichment-provider.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import type { EnrichmentProviderSettings } from '../../registry.js';
import { callRegistry, parseJsonText } from '../../registry-match/call-registry.js';
import { matchRegistryCandidates } from '../../registry-match/match-registry-candidates.js';
import { registryApplies, registryCacheKey } from '../../registry-match/registry-applies.js';
import { noDataResult, registryCompanyFields, registryFieldNames, type RegistryCompany } from '../../registry-match/registry-company.js';
import { mapRechercheEntreprisesEmployeeBand } from './map-recherche-entreprises-employee-band.js';
import { mapRechercheEntreprisesLegalForm } from './map-recherche-entreprises-legal-form.js';
import { rechercheEntreprisesSearchSchema, type RechercheEntreprisesResult } from './recherche-entreprises-api.js';

/** Public API of the French company directory (INSEE Sirene + RNE), no key needed. */
export const rechercheEntreprisesDefaultUrl = 'https://recherche-entreprises.api.gouv.fr';

const sirenPattern = /^\d{9}$/;

/** Settings of the recherche-entreprises provider. */
export interface RechercheEntreprisesProviderSettings extends EnrichmentProviderSettings {
  /** Search hits fetched per name lookup (`per_page`, max 25). Default 5. */
  searchSize?: number;
}

function toCompany(result: RechercheEntreprisesResult, baseUrl: string): RegistryCompany | undefined {
  const legalName = result.nom_raison_sociale ?? result.nom_complet;
  if (!result.siren || !legalName) return undefined;
  const band = result.tranche_effectif_salarie ? mapRechercheEntreprisesEmployeeBand(result.tranche_effectif_salarie) : undefined;
  const activity = result.activite_principale ?? result.siege?.activite_principale;
  return {
    registryId: result.siren,
    legalName,
    ...(result.nature_juridique ? { legalForm: mapRechercheEntreprisesLegalForm(result.nature_juridique) } : {}),
    ...(result.date_creation ? { foundedOn: result.date_creation } : {}),
    ...(band === undefined ? {} : { employeeBand: band }),
    activityCodes: activity ? [activity] : [],
    // Sirene: A = active, C = ceased (cessée).
    status: result.etat_administratif === 'C' || result.date_fermeture ? 'deleted' : 'active',
    country: 'FR',
    ...(result.siege?.libelle_commune ? { city: result.siege.libelle_commune } : {}),
    source: `${baseUrl}/search?q=${result.siren}`,
  };
}

function knownSiren(subject: EnrichmentSubject, known: EnrichmentCallOptions['known'], baseUrl: string): string | undefined {
  const entry = known['registryId'];
  const value = typeof entry?.value === 'string' ? entry.value.replaceAll(' ', '') : undefined;
  if (value === undefined || !sirenPattern.test(value)) return undefined;
  // Norwegian organisation numbers are 9 digits too: trust the id only for French subjects or our own records.
  return subject.country?.toUpperCase() === 'FR' || entry?.source.startsWith(baseUrl) === true ? value : undefined;
}

/**
 * recherche-entreprises, the French company directory: searches `GET /search?q=…&page=1&per_page=5`
 * by SIREN when one is known, else by name, and scores the hits. Maps `nature_juridique` to a legal
 * form and `tranche_effectif_salarie` to an employee range. Free.
 *
 * Base URL: `settings.baseUrl`, else `COMPOUND_RECHERCHE_ENTREPRISES_URL`, else {@link rechercheEntreprisesDefaultUrl}.
 *
 * @see https://recherche-entreprises.api.gouv.fr/docs/
 */
export function createRechercheEntreprisesProvider(settings: RechercheEntreprisesProviderSettings = {}): EnrichmentProvider {
  const baseUrl = providerBaseUrl('recherche-entreprises', rechercheEntreprisesDefaultUrl, settings);
  const searchSize = settings.searchSize ?? 5;
  const scope = { country: 'FR', legalForms: ['SAS', 'SASU', 'SARL', 'EURL', 'SA', 'S.A.', 'SNC', 'SCI'] };

  async function enrich(options: EnrichmentCallOptions): Promise<EnrichmentResult> {
    const siren = knownSiren(options.subject, options.known, baseUrl);
    const q = siren ?? options.subject.name?.trim();
    if (!q) return noDataResult(['no company name or SIREN to look up']);
    const query = new URLSearchParams({ q, page: '1', per_page: String(searchSize) });
    const answer = await callRegistry({
      provider: 'recherche-entreprises',
      fetch: options.fetch,
      url: `${baseUrl}/search?${query}`,
      init: { headers: { accept: 'application/json' } },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (answer.kind === 'not-found') return noDataResult();
    const parsed = rechercheEntreprisesSearchSchema.safeParse(parseJsonText(answer.text));
    if (!parsed.success) return noDataResult(['malformed recherche-entreprises response']);
    const results = parsed.data.results ?? [];
    const companies = results.flatMap((result) => toCompany(result, baseUrl) ?? []);
    if (siren !== undefined) {
      const exact = companies.find((company) => company.registryId === siren);
      if (exact === undefined) return noDataResult([`recherche-entreprises has no SIREN ${siren}`]);
      return { status: 'ok', fields: registryCompanyFields(exact, 0.99), signals: [], cost: 0, warnings: [] };
    }
    // A name query is a full-text search: `total_results` counts every company it matched (10,000 for "carrefour").
    return matchRegistryCandidates(options.subject, options.known, companies, { unreadHits: (parsed.data.total_results ?? 0) - results.length });
  }

  return {
    id: 'recherche-entreprises',
    stage: 'registry',
    subject: 'company',
    fields: registryFieldNames,
    cost: { perCall: 0, unit: 'credits' },
    // The API documents a limit of 7 requests per second per IP.
    rateLimit: { perSecond: 7, burst: 7, concurrency: 3 },
    baseUrl,
    applies: (subject) => registryApplies(scope, subject),
    cacheKey: (subject, known) => registryCacheKey(subject, knownSiren(subject, known, baseUrl)),
    enrich,
  };
}
