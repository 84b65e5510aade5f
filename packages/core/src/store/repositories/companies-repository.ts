import type { Provenance } from '../../contacts/contact.js';
import type { SqlClient } from '../sql-client.js';
import type { CompaniesRepository, FieldValues, StoredCompany } from '../store.js';
import { decodeFieldValues, encodeFieldValues } from './compact-json.js';
import type { CompactFieldValues } from './compact-json.js';
import { batches, lastPerKey, toJsonParam } from './to-json-param.js';

const batchSize = 5000;

interface CompanyRow {
  id: string;
  name: string;
  key: string;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  country: string | null;
  values: CompactFieldValues | FieldValues;
  sources: Provenance[];
  created_at: string;
  updated_at: string;
}

const columns = `id, name, key, domain, industry, employees, country, "values", sources, created_at, updated_at`;

function toStoredCompany(row: CompanyRow): StoredCompany {
  const company: StoredCompany = {
    id: row.id,
    name: row.name,
    key: row.key,
    values: decodeFieldValues(row.values, row.sources),
    sources: row.sources,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.domain !== null) company.domain = row.domain;
  if (row.industry !== null) company.industry = row.industry;
  if (row.employees !== null) company.employees = row.employees;
  if (row.country !== null) company.country = row.country;
  return company;
}

const upsertSql = `
INSERT INTO companies (tenant_id, ${columns})
SELECT $1, x.id, x.name, x.key, x.domain, x.industry, x.employees, x.country, x."values", x.sources, x.created_at, x.updated_at
FROM json_to_recordset($2::json) AS x(id text, name text, key text, domain text, industry text, employees integer,
  country text, "values" json, sources json, created_at timestamptz, updated_at timestamptz)
ON CONFLICT (tenant_id, id) DO UPDATE SET
  name = excluded.name, key = excluded.key, domain = excluded.domain, industry = excluded.industry,
  employees = excluded.employees, country = excluded.country, "values" = excluded."values", sources = excluded.sources,
  created_at = excluded.created_at, updated_at = excluded.updated_at`;

/** The companies of one tenant over any `SqlClient`; every statement is scoped to `tenantId`. */
export function createCompaniesRepository(client: SqlClient, tenantId: string): CompaniesRepository {
  return {
    async list() {
      const rows = await client.query<CompanyRow>(`SELECT ${columns} FROM companies WHERE tenant_id = $1 ORDER BY id`, [tenantId]);
      return rows.map(toStoredCompany);
    },

    async get(id) {
      const [row] = await client.query<CompanyRow>(`SELECT ${columns} FROM companies WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
      return row === undefined ? undefined : toStoredCompany(row);
    },

    async upsertMany(companies) {
      for (const batch of batches(lastPerKey(companies, (company) => company.id), batchSize)) {
        const payload = batch.map((company) => ({
          id: company.id,
          name: company.name,
          key: company.key,
          domain: company.domain ?? null,
          industry: company.industry ?? null,
          employees: company.employees ?? null,
          country: company.country ?? null,
          values: encodeFieldValues(company.values, company.sources),
          sources: company.sources,
          created_at: company.createdAt,
          updated_at: company.updatedAt,
        }));
        await client.query(upsertSql, [tenantId, toJsonParam(payload)]);
      }
    },
  };
}
