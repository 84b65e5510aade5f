import type { ContactRecord, Provenance } from '../contact.js';
import type { StoredCompany } from '../../store/store.js';

/** Finds or creates the company of each contact, deduplicated by domain, then by normalized name. */
export interface CompanyResolver {
  /** Returns the company id for a contact record, or undefined when it names no company. */
  resolve(record: ContactRecord, source: Provenance): string | undefined;
  /** Companies created or changed since the resolver was made. */
  changed(): StoredCompany[];
  get(id: string): StoredCompany | undefined;
}

/**
 * Builds a resolver over the tenant's stored companies. A contact links to the company with the
 * same registrable domain; without a domain match, to the company with the same normalized legal
 * name (`companyKey`) unless that company's domain differs from the contact's. Each company keeps
 * every source value of name, domain, industry, size and country (provenance), and fills empty
 * fields from later sources (first non-empty value survives).
 */
export function createCompanyResolver(
  existing: readonly StoredCompany[],
  options: { createId: () => string; now: () => string },
): CompanyResolver {
  const byId = new Map<string, StoredCompany>();
  const byDomain = new Map<string, StoredCompany>();
  const byKey = new Map<string, StoredCompany>();
  const changed = new Set<string>();
  const index = (company: StoredCompany): void => {
    byId.set(company.id, company);
    if (company.domain && !byDomain.has(company.domain)) byDomain.set(company.domain, company);
    if (company.key && !byKey.has(company.key)) byKey.set(company.key, company);
  };
  for (const company of existing) index({ ...company, values: { ...company.values }, sources: [...company.sources] });

  const addValue = (company: StoredCompany, field: string, value: string | number | undefined, source: Provenance): void => {
    if (value === undefined || value === '') return;
    const text = String(value);
    const list = (company.values[field] ??= []);
    if (!list.some((entry) => entry.value === text)) list.push({ value: text, source });
  };

  return {
    resolve(record, source) {
      const domain = record.domain;
      const key = record.companyKey;
      if (!domain && !key) return undefined;
      let company = domain ? byDomain.get(domain) : undefined;
      if (!company && key) {
        const named = byKey.get(key);
        if (named && (!named.domain || !domain || named.domain === domain)) company = named;
      }
      const at = options.now();
      if (!company) {
        company = {
          id: options.createId(),
          name: record.company ?? domain ?? key ?? '',
          key: key ?? '',
          domain,
          values: {},
          sources: [],
          createdAt: at,
          updatedAt: at,
        };
        index(company);
      }
      if (!company.domain && domain) {
        company.domain = domain;
        index(company);
      }
      if (!company.key && key) {
        company.key = key;
        index(company);
      }
      company.industry ??= record.industry;
      company.employees ??= record.employees;
      company.country ??= record.country;
      addValue(company, 'name', record.company, source);
      addValue(company, 'domain', domain, source);
      addValue(company, 'industry', record.industry, source);
      addValue(company, 'employees', record.employees, source);
      addValue(company, 'country', record.country, source);
      company.sources.push(source);
      company.updatedAt = at;
      changed.add(company.id);
      return company.id;
    },
    changed: () => [...changed].map((id) => byId.get(id)).filter((company): company is StoredCompany => company !== undefined),
    get: (id) => byId.get(id),
  };
}
