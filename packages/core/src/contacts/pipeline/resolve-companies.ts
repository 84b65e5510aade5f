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
 * every source value of name, domain, industry, size and country (provenance). Industry, size and
 * country a company has from an earlier import stay; empty ones take the value most of this run's
 * contacts give (ties to the smaller value), so the company does not depend on the order of the
 * rows: Compound's own export, sorted by fit, re-imported gave a company whose contacts disagree
 * another country than the first import had. The name is voted the same way over the company
 * cells of its contacts; a company first met through a work email alone is named after its
 * domain (`opennest.com`) until a contact names it (`Opennest`), even in a later import, so the
 * export does not hand the domain back as a company name (which keys as another company).
 */
export function createCompanyResolver(
  existing: readonly StoredCompany[],
  options: { createId: () => string; now: () => string },
): CompanyResolver {
  const byId = new Map<string, StoredCompany>();
  const byDomain = new Map<string, StoredCompany>();
  const byKey = new Map<string, StoredCompany>();
  const changed = new Set<string>();
  /** Per company, this run's votes for each of its fields left empty by earlier imports. */
  const votes = new Map<string, Partial<Record<VotedField, Map<string | number, number>>>>();
  const index = (company: StoredCompany): void => {
    byId.set(company.id, company);
    if (company.domain && !byDomain.has(company.domain)) byDomain.set(company.domain, company);
    if (company.key && !byKey.has(company.key)) byKey.set(company.key, company);
  };
  for (const company of existing) index({ ...company, values: { ...company.values }, sources: [...company.sources] });
  const storedFields = new Map(existing.map((company) => [company.id, new Set(votedFields.filter((field) => company[field] !== undefined))]));
  /** Per company, this run's votes for its name, unless a list named it before (see `namedBefore`). */
  const nameVotes = new Map<string, Map<string, number>>();
  const namedBefore = new Set(existing.filter(hasGivenName).map((company) => company.id));

  /** Counts `value` for `field` of `company` and sets the field to the leading value, unless an earlier import set it. */
  const vote = (company: StoredCompany, field: VotedField, value: string | number | undefined): void => {
    if (value === undefined || value === '' || storedFields.get(company.id)?.has(field)) return;
    let byField = votes.get(company.id);
    if (byField === undefined) votes.set(company.id, (byField = {}));
    const counts = (byField[field] ??= new Map());
    counts.set(value, (counts.get(value) ?? 0) + 1);
    (company as Record<VotedField, string | number | undefined>)[field] = leading(counts);
  };

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
      if (record.company !== undefined && record.company !== '' && !namedBefore.has(company.id)) {
        let counts = nameVotes.get(company.id);
        if (counts === undefined) nameVotes.set(company.id, (counts = new Map()));
        counts.set(record.company, (counts.get(record.company) ?? 0) + 1);
        company.name = String(leading(counts));
      }
      vote(company, 'industry', record.industry);
      vote(company, 'employees', record.employees);
      vote(company, 'country', record.country);
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

/**
 * Whether a stored company's name is one a list gave (a company cell), not the stand-in its
 * domain or key gave when its first contact named no company: a stand-in yields to the name
 * later contacts give.
 */
function hasGivenName(company: StoredCompany): boolean {
  return company.values['name']?.some((entry) => entry.value === company.name) === true;
}

/** The company fields its contacts vote on. */
const votedFields = ['industry', 'employees', 'country'] as const;
type VotedField = (typeof votedFields)[number];

/** The most frequent value; a tie goes to the smaller one (numbers by size, text by code units), whatever the order of the votes. */
function leading(counts: ReadonlyMap<string | number, number>): string | number | undefined {
  let best: string | number | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
