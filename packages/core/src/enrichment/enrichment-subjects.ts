import { CompoundError } from '../errors/compound-error.js';
import type { StoredEnrichedField } from '../store/enrichment-store.js';
import type { StoredCompany, StoredContact, TenantStore } from '../store/store.js';
import type { EnrichedValue, EnrichmentProvider, EnrichmentSubject } from './enrichment-provider.js';
import { isOffline, withOffline } from './middleware/with-offline.js';
import { enrichmentProviders } from './registry.js';
import { isStale } from './runner/staleness.js';

/** Which providers and subjects an enrichment run covers; shared by `enrichCompanies` and `planEnrichment`. */
export interface EnrichmentSelection {
  /** Providers to use: instances, or registry ids. Default: every registered provider. */
  providers?: ReadonlyArray<EnrichmentProvider | string>;
  /** Only these stages (e.g. `['triage', 'hiring']`). Default: all. */
  stages?: readonly string[];
  /** At most this many companies, highest ICP fit first. */
  limit?: number;
  /**
   * Refresh only stale fields: a provider is skipped for a subject when every field it can fill is
   * fresh, or when every field it found there last time is still fresh.
   */
  stale?: boolean;
  /**
   * Environment for provider base URLs and keys. Default: `process.env`. With `COMPOUND_OFFLINE=1`
   * nothing is called over the network: every provider that needs it (all but the person checks and
   * QC; the model too, even with `ANTHROPIC_API_KEY` set) answers "not run: offline (COMPOUND_OFFLINE is set)".
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** Clock. Default: `() => new Date()`. */
  now?: () => Date;
}

/** Subjects, providers and stored knowledge of a selection. @internal */
export interface ResolvedSelection {
  subjects: EnrichmentSubject[];
  providers: EnrichmentProvider[];
  /** Fresh stored fields per company id. */
  fresh: Map<string, Record<string, EnrichedValue>>;
  /** Whether a provider can be skipped for a subject (all its fields fresh), when `stale` is set. */
  skip: (subject: EnrichmentSubject, provider: EnrichmentProvider) => boolean;
  /** `COMPOUND_OFFLINE=1`: the providers that need the network are not run. */
  offline: boolean;
}

function toSubject(company: StoredCompany, fit: number | undefined): EnrichmentSubject {
  const subject: EnrichmentSubject = { kind: 'company', id: company.id, name: company.name, key: company.key };
  if (company.domain !== undefined) subject.domain = company.domain;
  if (company.country !== undefined) subject.country = company.country;
  if (fit !== undefined) subject.fit = fit;
  return subject;
}

function toPersonSubject(contact: StoredContact): EnrichmentSubject {
  const record = contact.record;
  const subject: EnrichmentSubject = { kind: 'person', id: contact.id };
  const name = record.fullName ?? ([record.firstName, record.lastName].filter(Boolean).join(' ') || undefined);
  if (name !== undefined) subject.name = name;
  const email = record.emails.find((entry) => entry.valid)?.address;
  if (email !== undefined) subject.email = email;
  if (record.title !== undefined) subject.title = record.title;
  if (record.linkedinUrl !== undefined) subject.linkedinUrl = record.linkedinUrl;
  if (record.domain !== undefined) subject.domain = record.domain;
  if (record.country !== undefined) subject.country = record.country;
  if (contact.fit !== undefined) subject.fit = contact.fit;
  return subject;
}

/** @internal */
export function resolveProviders(selection: EnrichmentSelection): EnrichmentProvider[] {
  const chosen = selection.providers ?? Object.keys(enrichmentProviders);
  const providers = chosen.map((entry) => {
    if (typeof entry !== 'string') return entry;
    const factory = enrichmentProviders[entry];
    if (factory === undefined) {
      throw new CompoundError({ code: 'invalid-argument', message: `Unknown enrichment provider "${entry}"; known: ${Object.keys(enrichmentProviders).join(', ')}` });
    }
    return factory({ env: selection.env });
  });
  const stages = selection.stages === undefined ? undefined : new Set(selection.stages);
  // A misspelt stage would otherwise select nothing and report an empty run as a success.
  const known = [...new Set(providers.map((provider) => provider.stage))];
  const unknown = [...(stages ?? [])].filter((stage) => !known.includes(stage));
  if (unknown.length > 0) {
    throw new CompoundError({ code: 'invalid-argument', message: `Unknown enrichment stage${unknown.length > 1 ? 's' : ''} ${unknown.map((stage) => `"${stage}"`).join(', ')}; known stages: ${known.join(', ')}` });
  }
  const offline = isOffline(selection.env ?? process.env);
  return providers
    .filter((provider) => stages === undefined || stages.has(provider.stage))
    .map((provider) => (offline && provider.worksOffline !== true ? withOffline(provider) : provider));
}

/**
 * Loads the companies of a selection as subjects, highest ICP fit first (a company's fit is its best
 * contact's), with their fresh stored fields.
 * @internal
 */
export async function resolveSelection(tenant: TenantStore, selection: EnrichmentSelection): Promise<ResolvedSelection> {
  const now = (selection.now ?? (() => new Date()))();
  const providers = resolveProviders(selection);
  const [companies, contacts, stored] = await Promise.all([tenant.companies.list(), tenant.contacts.list(), tenant.enrichment.listFields()]);
  const bestFit = new Map<string, number>();
  for (const contact of contacts) {
    if (contact.companyId === undefined || contact.fit === undefined) continue;
    bestFit.set(contact.companyId, Math.max(bestFit.get(contact.companyId) ?? Number.NEGATIVE_INFINITY, contact.fit));
  }
  const subjects = companies
    .map((company) => toSubject(company, bestFit.get(company.id)))
    .sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1) || a.id.localeCompare(b.id));
  const limitedCompanies = selection.limit === undefined ? subjects : subjects.slice(0, Math.max(0, selection.limit));
  // People are enriched only when a person-stage provider is selected: the selected companies'
  // contacts (every contact when there is no limit), best fit first, after the companies.
  const people: EnrichmentSubject[] = [];
  if (providers.some((provider) => provider.subject === 'person')) {
    const chosen = new Set(limitedCompanies.map((subject) => subject.id));
    for (const contact of contacts) {
      if (selection.limit !== undefined && (contact.companyId === undefined || !chosen.has(contact.companyId))) continue;
      people.push(toPersonSubject(contact));
    }
    people.sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1) || a.id.localeCompare(b.id));
  }
  const limited = [...(providers.some((provider) => provider.subject === 'company') ? limitedCompanies : []), ...people];
  const fresh = freshFields(stored, now);
  const staleFound = staleFieldsByProvider(stored, now);
  const skip = (subject: EnrichmentSubject, provider: EnrichmentProvider): boolean => {
    if (selection.stale !== true) return false;
    const known = fresh.get(subject.id) ?? {};
    if (provider.fields.length > 0 && provider.fields.every((field) => field in known)) return true;
    // A provider rarely fills every field it can (a site without a feed, a company without funding
    // news): what it found last time being fresh is what makes asking it again unnecessary.
    const previous = staleFound.get(`${subject.id}\u0001${provider.id}`);
    return previous === 0;
  };
  return { subjects: limited, providers, fresh, skip, offline: isOffline(selection.env ?? process.env) };
}

/** Per subject and provider that found something there: how many of its stored fields are stale. */
function staleFieldsByProvider(stored: readonly StoredEnrichedField[], now: Date): Map<string, number> {
  const byProvider = new Map<string, number>();
  for (const field of stored) {
    const key = `${field.subjectId}\u0001${field.providerId}`;
    byProvider.set(key, (byProvider.get(key) ?? 0) + (isStale(field.expiresAt, now) ? 1 : 0));
  }
  return byProvider;
}

function freshFields(stored: readonly StoredEnrichedField[], now: Date): Map<string, Record<string, EnrichedValue>> {
  const bySubject = new Map<string, Record<string, EnrichedValue>>();
  for (const field of stored) {
    if (isStale(field.expiresAt, now)) continue;
    const known = bySubject.get(field.subjectId) ?? {};
    known[field.field] = { value: field.value, source: field.source, confidence: field.confidence };
    bySubject.set(field.subjectId, known);
  }
  return bySubject;
}
