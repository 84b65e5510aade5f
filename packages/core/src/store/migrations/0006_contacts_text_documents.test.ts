import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../migrate.js';
import { createPgliteSqlClient, pgliteParsers } from '../pglite/pglite-driver.js';
import { createContactsRepository } from '../repositories/contacts-repository.js';
import { createImportsRepository } from '../repositories/imports-repository.js';
import { at, fullRecord, importRow } from '../store-contract-fixtures.js';
import type { StoredContact } from '../store.js';

describe('migration 0006 (contact and import-row documents as text)', () => {
  it('keeps the documents written as json: they read back the same after it', async () => {
    const client = createPgliteSqlClient(await PGlite.create({ parsers: pgliteParsers }));
    try {
      const migrations = await loadMigrations();
      const before = migrations.filter((migration) => migration.id < '0006');
      await migrate(client, before);
      await client.query(`INSERT INTO tenants (tenant_id) VALUES ('acme')`);
      const source = { source: 'import', importId: 'imp-1', file: 'people.csv', row: 2, at };
      const contact: StoredContact = {
        id: 'c1',
        record: fullRecord('c1'),
        values: { fullName: [{ value: 'Ada c1', source }], email: [{ value: 'other@example.com', source: { source: 'manual', at } }] },
        sources: [source],
        fit: 0.75,
        fitReasons: [{ dimension: 'seniority', score: 1, weight: 2, matched: true, text: 'VP → matches seniority VP' }],
        createdAt: at,
        updatedAt: at,
      };
      const imports = createImportsRepository(client, 'acme');
      await imports.create({ id: 'imp-1', file: 'people.csv', format: 'unknown', status: 'running', mapping: {}, startedAt: at });
      // As the repository wrote them then (later migrations add columns it now writes): cells against the header, a ragged row as an object.
      await client.query(`UPDATE imports SET raw_header = '["First Name","Email","Extra"]'::json WHERE tenant_id = 'acme' AND id = 'imp-1'`);
      await client.query(
        `INSERT INTO import_rows (tenant_id, import_id, "row", raw, status, contact_id) VALUES
           ('acme', 'imp-1', 2, '["Ada","ada2@x.example",""]'::json, 'imported', 'c2'), ('acme', 'imp-1', 3, '{"ragged":"x"}'::json, 'imported', 'c3')`,
      );
      // Written with the statements of the json schema: COPY of JSON text into json columns.
      await createContactsRepository(client, 'acme').upsertMany([contact]);
      expect((await migrate(client, migrations)).applied[0]).toBe('0006_contacts_text_documents');
      const types = await client.query<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM information_schema.columns
         WHERE table_name IN ('contacts', 'import_rows') AND column_name IN ('record', 'values', 'sources', 'fit_reasons', 'raw') ORDER BY column_name`,
      );
      expect(types.map((row) => row.data_type)).toEqual(['text', 'text', 'text', 'text', 'text']);
      expect(await createContactsRepository(client, 'acme').get('c1')).toEqual(contact);
      expect(await imports.rows('imp-1')).toEqual([importRow('imp-1', 2), { ...importRow('imp-1', 3), raw: { ragged: 'x' } }]);
    } finally {
      await client.close();
    }
  });
});
