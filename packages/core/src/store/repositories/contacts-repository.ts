import type { ContactRecord, Provenance } from '../../contacts/contact.js';
import type { SqlClient } from '../sql-client.js';
import type { ContactsRepository, FieldValues, StoredContact, StoredFitReason } from '../store.js';
import { decodeFieldValues, decodeFitReasons, encodeFieldValues, encodeFitReasons } from './compact-json.js';
import type { CompactFieldValues, CompactFitReason } from './compact-json.js';
import { batches, lastPerKey, toJsonParam } from './to-json-param.js';

/** Contacts per `INSERT` statement: 1,000 (about 1.7 MB of JSON) ingested as fast as 5,000 on PGlite with a smaller WASM heap. */
const batchSize = 1000;

interface ContactRow {
  id: string;
  company_id: string | null;
  fit: number | null;
  fit_reasons: Array<CompactFitReason | StoredFitReason> | null;
  playbook_version: number | null;
  merged_into: string | null;
  record: ContactRecord;
  values: CompactFieldValues | FieldValues;
  sources: Provenance[];
  created_at: string;
  updated_at: string;
}

const columns = `id, company_id, fit, fit_reasons, playbook_version, merged_into, record, "values", sources, created_at, updated_at`;

function toStoredContact(row: ContactRow): StoredContact {
  const contact: StoredContact = {
    id: row.id,
    record: row.record,
    values: decodeFieldValues(row.values, row.sources),
    sources: row.sources,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.company_id !== null) contact.companyId = row.company_id;
  if (row.fit !== null) contact.fit = row.fit;
  if (row.fit_reasons !== null) contact.fitReasons = decodeFitReasons(row.fit_reasons);
  if (row.playbook_version !== null) contact.playbookVersion = row.playbook_version;
  if (row.merged_into !== null) contact.mergedInto = row.merged_into;
  return contact;
}

const upsertSql = `
INSERT INTO contacts (tenant_id, id, email, company_id, fit, fit_reasons, playbook_version, merged_into, record, "values", sources, created_at, updated_at)
SELECT $1, x.id, x.email, x.company_id, x.fit, x.fit_reasons, x.playbook_version, x.merged_into, x.record, x."values", x.sources, x.created_at, x.updated_at
FROM json_to_recordset($2::json) AS x(id text, email text, company_id text, fit double precision, fit_reasons json,
  playbook_version integer, merged_into text, record json, "values" json, sources json, created_at timestamptz, updated_at timestamptz)
ON CONFLICT (tenant_id, id) DO UPDATE SET
  email = excluded.email, company_id = excluded.company_id, fit = excluded.fit, fit_reasons = excluded.fit_reasons,
  playbook_version = excluded.playbook_version, merged_into = excluded.merged_into, record = excluded.record,
  "values" = excluded."values", sources = excluded.sources, created_at = excluded.created_at, updated_at = excluded.updated_at`;

/**
 * The contacts of one tenant over any `SqlClient`. Every statement filters on (or writes)
 * `tenant_id = tenantId`; bulk upserts go in batches of 1,000 through one `json_to_recordset` each.
 * `values` and `fit_reasons` are stored compactly (see `compact-json.ts`) and decoded on read.
 */
export function createContactsRepository(client: SqlClient, tenantId: string): ContactsRepository {
  return {
    async list(options = {}) {
      const order = options.orderBy === 'fit' ? 'fit DESC NULLS LAST, id' : 'id';
      const rows = await client.query<ContactRow>(
        `SELECT ${columns} FROM contacts WHERE tenant_id = $1 AND merged_into IS NULL ORDER BY ${order} LIMIT $2`,
        [tenantId, options.limit ?? null],
      );
      return rows.map(toStoredContact);
    },

    async get(id) {
      const [row] = await client.query<ContactRow>(`SELECT ${columns} FROM contacts WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
      return row === undefined ? undefined : toStoredContact(row);
    },

    async upsertMany(contacts) {
      for (const batch of batches(lastPerKey(contacts, (contact) => contact.id), batchSize)) {
        const payload = batch.map((contact) => ({
          id: contact.id,
          email: contact.record.emails[0]?.address ?? null,
          company_id: contact.companyId ?? null,
          fit: contact.fit ?? null,
          fit_reasons: contact.fitReasons ? encodeFitReasons(contact.fitReasons) : null,
          playbook_version: contact.playbookVersion ?? null,
          merged_into: contact.mergedInto ?? null,
          record: contact.record,
          values: encodeFieldValues(contact.values, contact.sources),
          sources: contact.sources,
          created_at: contact.createdAt,
          updated_at: contact.updatedAt,
        }));
        await client.query(upsertSql, [tenantId, toJsonParam(payload)]);
      }
    },

    async count() {
      const [row] = await client.query<{ count: number }>(
        'SELECT count(*) AS count FROM contacts WHERE tenant_id = $1 AND merged_into IS NULL',
        [tenantId],
      );
      return row?.count ?? 0;
    },
  };
}
