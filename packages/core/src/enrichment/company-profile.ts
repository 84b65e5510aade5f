import type { StoredEnrichmentSignal } from '../store/enrichment-store.js';
import type { StoredCompany, TenantStore } from '../store/store.js';
import { normalizeCompanyName } from '../contacts/normalize/normalize-company-name.js';
import { isStale } from './runner/staleness.js';

/** One field of a profile with its provenance. */
export interface ProfileField {
  value: unknown;
  /** `import:<file>` for values the user imported or entered; else the URL or registry id. */
  source: string;
  fetchedAt: string;
  /** 0..1 (1 for the user's own values). */
  confidence: number;
  /** True when a provider found it; false for the user's values. */
  enriched: boolean;
  provider?: string;
  /** What the call that found it cost. */
  cost?: number;
  /** Whether it is past its freshness window. */
  stale?: boolean;
}

/** A provider's value that differs from the user's: the user's value wins and this is kept beside it. */
export interface ProfileConflict {
  field: string;
  /** The user's (kept) value. */
  value: unknown;
  providerValue: unknown;
  provider: string;
  source: string;
  fetchedAt: string;
  confidence: number;
}

/** A company with everything known about it, where from, and how fresh. */
export interface CompanyProfile {
  id: string;
  name: string;
  domain?: string;
  fields: Record<string, ProfileField>;
  signals: StoredEnrichmentSignal[];
  conflicts: ProfileConflict[];
}

const userColumns = ['name', 'domain', 'industry', 'employees', 'country'] as const;

function userFields(company: StoredCompany): Record<string, ProfileField> {
  const first = company.sources[0];
  const source = first === undefined ? 'user' : first.file === undefined ? first.source : `import:${first.file}`;
  const fields: Record<string, ProfileField> = {};
  for (const column of userColumns) {
    const value = company[column];
    if (value === undefined) continue;
    fields[column] = { value, source, fetchedAt: company.updatedAt, confidence: 1, enriched: false };
  }
  return fields;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim().toLowerCase() === b.trim().toLowerCase();
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The profile of a company by id, domain or name (`Fjordlink AS`, `fjordlink`: matched by the
 * normalized legal name, for a company without a domain): the user's imported values (never overwritten), enriched
 * fields with source, fetched-at, confidence and cost, signals (newest first), and conflicts where a
 * provider's value differs from the user's.
 * @returns undefined when no company has that id or domain.
 */
export async function companyProfile(tenant: TenantStore, domainOrId: string, options: { now?: () => Date } = {}): Promise<CompanyProfile | undefined> {
  const now = (options.now ?? (() => new Date()))();
  const wanted = domainOrId.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  let company = await tenant.companies.get(domainOrId);
  if (company === undefined) {
    const companies = await tenant.companies.list();
    const key = normalizeCompanyName(domainOrId)?.key;
    company =
      companies.find((candidate) => candidate.domain?.toLowerCase() === wanted) ??
      (key === undefined || key === '' ? undefined : companies.find((candidate) => candidate.key === key));
  }
  if (company === undefined) return undefined;
  const [enriched, signals] = await Promise.all([tenant.enrichment.listFields(company.id), tenant.enrichment.listSignals(company.id)]);
  const fields = userFields(company);
  const conflicts: ProfileConflict[] = [];
  for (const field of enriched) {
    const user = fields[field.field];
    if (user !== undefined && !user.enriched) {
      if (!same(user.value, field.value)) {
        conflicts.push({
          field: field.field,
          value: user.value,
          providerValue: field.value,
          provider: field.providerId,
          source: field.source,
          fetchedAt: field.fetchedAt,
          confidence: field.confidence,
        });
      }
      continue;
    }
    fields[field.field] = {
      value: field.value,
      source: field.source,
      fetchedAt: field.fetchedAt,
      confidence: field.confidence,
      enriched: true,
      provider: field.providerId,
      cost: field.cost,
      stale: isStale(field.expiresAt, now),
    };
  }
  const profile: CompanyProfile = { id: company.id, name: company.name, fields, signals, conflicts };
  if (company.domain !== undefined) profile.domain = company.domain;
  return profile;
}
