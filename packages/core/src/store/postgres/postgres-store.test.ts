import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../migrate.js';
import { describeStoreContract } from '../store.contract.js';
import { openPostgresStore } from './index.js';

const url = process.env['DATABASE_URL'];
const schemas: string[] = [];

function freshSchema(): string {
  const schema = `compound_test_${randomBytes(6).toString('hex')}`;
  schemas.push(schema);
  return schema;
}

afterAll(async () => {
  if (url === undefined || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

describe.skipIf(url === undefined)('postgres', () => {
  const connectionString = url ?? '';
  describeStoreContract('postgres', () => openPostgresStore({ connectionString, schema: freshSchema() }));

  it('migrates once when several processes open the same schema at once', async () => {
    const schema = freshSchema();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore({ connectionString, schema })));
    const client = new pg.Client({ connectionString });
    await client.connect();
    const result = await client.query<{ count: string }>(`SELECT count(*) AS count FROM "${schema}".compound_migrations`);
    await client.end();
    // Each migration recorded once, not once per process.
    expect(Number(result.rows[0]?.count)).toBe((await loadMigrations()).length);
    await stores[0]?.ensureTenant('acme');
    expect(await stores[3]?.forTenant('acme').contacts.count()).toBe(0);
    await Promise.all(stores.map((store) => store.close()));
  });

  it('keeps schemas apart', async () => {
    const first = await openPostgresStore({ connectionString, schema: freshSchema() });
    const second = await openPostgresStore({ connectionString, schema: freshSchema() });
    await first.ensureTenant('acme');
    await first.forTenant('acme').playbooks.save({ source: 'x', parsed: null });
    await second.ensureTenant('acme');
    expect(await second.forTenant('acme').playbooks.latest()).toBeUndefined();
    await Promise.all([first.close(), second.close()]);
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    await expect(openPostgresStore({ connectionString, schema: 'bad"; DROP' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
