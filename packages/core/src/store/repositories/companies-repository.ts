import type { Provenance } from '../../contacts/contact.js';
import { insertRows } from '../insert-rows.js';
import type { ColumnValue, SqlClient } from '../sql-client.js';
import type { CompaniesRepository, FieldValues, StoredCompany } from '../store.js';
import { decodeFieldValues, encodeFieldValues } from './compact-json.js';
import type { CompactFieldValues } from './compact-json.js';
import { deleteKeys } from './delete-keys.js';
import { decodeSources, encodeSources, loadImportRuns } from './provenance-refs.js';
import type { StoredProvenance } from './provenance-refs.js';
import { lastPerKey, toJsonParam } from './to-json-param.js';

interface CompanyRow {
  id: string;
  name: string;
  key: string;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  country: string | null;
  values: CompactFieldValues | FieldValues;
  sources: StoredProvenance[];
  created_at: string;
  updated_at: string;
}

const columns = `id, name, key, domain, industry, employees, country, "values", sources, created_at, updated_at`;

function toStoredCompany(row: CompanyRow, sources: Provenance[]): StoredCompany {
  const company: StoredCompany = {
    id: row.id,
    name: row.name,
    key: row.key,
    values: decodeFieldValues(row.values, sources),
    sources,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.domain !== null) company.domain = row.domain;
  if (row.industry !== null) company.industry = row.industry;
  if (row.employees !== null) company.employees = row.employees;
  if (row.country !== null) company.country = row.country;
  return company;
}

const writtenColumns = ['tenant_id', 'id', 'name', 'key', 'domain', 'industry', 'employees', 'country', 'values', 'sources', 'created_at', 'updated_at'] as const;

/** Stored rows back to companies, with the import runs their sources refer to. */
async function toStoredCompanies(client: SqlClient, tenantId: string, rows: readonly CompanyRow[]): Promise<StoredCompany[]> {
  const runs = await loadImportRuns(client, tenantId, rows.map((row) => row.sources));
  return rows.map((row) => toStoredCompany(row, decodeSources(row.sources, runs)));
}

/**
 * The companies of one tenant over any `SqlClient`; every statement is scoped to `tenantId`. A bulk
 * upsert deletes the ids it replaces and appends all rows (COPY on PGlite) in one transaction; sources
 * are stored as import-row references where possible (`provenance-refs.ts`).
 */
export function createCompaniesRepository(client: SqlClient, tenantId: string): CompaniesRepository {
  return {
    async list() {
      const rows = await client.query<CompanyRow>(`SELECT ${columns} FROM companies WHERE tenant_id = $1 ORDER BY id`, [tenantId]);
      return toStoredCompanies(client, tenantId, rows);
    },

    async get(id) {
      const rows = await client.query<CompanyRow>(`SELECT ${columns} FROM companies WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
      const [company] = await toStoredCompanies(client, tenantId, rows);
      return company;
    },

    async upsertMany(companies) {
      const unique = lastPerKey(companies, (company) => company.id);
      if (unique.length === 0) return;
      await client.transaction(async (tx) => {
        const runs = await loadImportRuns(tx, tenantId, unique.map((company) => company.sources));
        await deleteKeys(tx, 'companies', tenantId, unique.map((company) => company.id));
        const cells = unique.map((company): ColumnValue[] => [
          tenantId,
          company.id,
          company.name,
          company.key,
          company.domain ?? null,
          company.industry ?? null,
          company.employees ?? null,
          company.country ?? null,
          toJsonParam(encodeFieldValues(company.values, company.sources)),
          toJsonParam(encodeSources(company.sources, runs)),
          company.createdAt,
          company.updatedAt,
        ]);
        await insertRows(tx, 'companies', writtenColumns, cells, () => tenantId);
      });
    },
  };
}
