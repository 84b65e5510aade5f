import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlClientOf } from '../sql-store.js';
import { describeStoreContract } from '../store.contract.js';
import type { Store } from '../store.js';
import { openPostgresStore } from './index.js';

/**
 * Row-level security (migration 0007) binds a role that is neither superuser nor BYPASSRLS; the
 * CI's `postgres` role is a superuser, so these tests connect as an application role made here,
 * which owns its schema (FORCE makes the policies bind the owner too).
 */
const url = process.env['DATABASE_URL'];
const appRole = 'compound_rls_test';
const schemas: string[] = [];

function appUrl(): string {
  const parsed = new URL(url ?? '');
  parsed.username = appRole;
  parsed.password = '';
  return parsed.toString();
}

function freshSchema(): string {
  const schema = `compound_rls_${randomBytes(6).toString('hex')}`;
  schemas.push(schema);
  return schema;
}

async function asSuperuser(work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (url === undefined) return;
  await asSuperuser(async (client) => {
    // Another run may create the role at the same moment: a duplicate is fine.
    await client.query(`DO $$ BEGIN CREATE ROLE ${appRole} LOGIN NOSUPERUSER NOBYPASSRLS; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    const database = (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0]?.name ?? 'postgres';
    await client.query(`GRANT CREATE ON DATABASE "${database}" TO ${appRole}`);
  });
});

afterAll(async () => {
  if (url === undefined || schemas.length === 0) return;
  await asSuperuser(async (client) => {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });
});

describe.skipIf(url === undefined)('postgres as an application role, under row-level security', () => {
  // Every repository works with the policies binding (the same contract as the superuser run).
  describeStoreContract('postgres, application role', () => openPostgresStore({ connectionString: appUrl(), schema: freshSchema() }));

  describe('the second lock', () => {
    let store: Store;

    beforeAll(async () => {
      // One connection: the tests below also prove a connection's scope follows each use.
      store = await openPostgresStore({ connectionString: appUrl(), schema: freshSchema(), maxConnections: 1 });
      for (const tenant of ['acme', 'globex']) {
        await store.ensureTenant(tenant);
        await store.forTenant(tenant).playbooks.save({ source: `${tenant} playbook`, parsed: null });
      }
    });

    afterAll(async () => {
      await store.close();
    });

    const client = () => {
      const sql = sqlClientOf(store);
      if (!sql?.forTenant) throw new Error('the PostgreSQL client offers forTenant');
      return sql as Required<typeof sql>;
    };

    it('runs as a role that row-level security binds', async () => {
      const [role] = await client().query<{ rolsuper: boolean; rolbypassrls: boolean }>('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
      expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    });

    it('shows a tenant-scoped statement only its tenant, even without a tenant_id filter', async () => {
      const scoped = client().forTenant('acme');
      expect(await scoped.query('SELECT tenant_id, source FROM playbooks')).toEqual([{ tenant_id: 'acme', source: 'acme playbook' }]);
      expect(await scoped.query('SELECT tenant_id FROM tenants')).toEqual([{ tenant_id: 'acme' }]);
      // The same connection, next scoped to the other tenant, then to none.
      expect(await client().forTenant('globex').query('SELECT tenant_id FROM playbooks')).toEqual([{ tenant_id: 'globex' }]);
      const unscoped = await client().query<{ tenant_id: string }>('SELECT tenant_id FROM playbooks ORDER BY tenant_id');
      expect(unscoped.map((row) => row.tenant_id)).toEqual(['acme', 'globex']);
    });

    it('scopes a transaction, and its scope ends with it', async () => {
      const inside = await client()
        .forTenant('globex')
        .transaction((tx) => tx.query<{ tenant_id: string }>('SELECT tenant_id FROM playbooks'));
      expect(inside).toEqual([{ tenant_id: 'globex' }]);
      expect((await client().query('SELECT tenant_id FROM playbooks')).length).toBe(2);
      const failed = client()
        .forTenant('acme')
        .transaction(async (tx) => {
          await tx.query('SELECT 1');
          throw new Error('rolled back');
        });
      await expect(failed).rejects.toThrow('rolled back');
      expect((await client().query('SELECT tenant_id FROM playbooks')).length).toBe(2);
    });

    it("refuses a tenant-scoped write of another tenant's row", async () => {
      await expect(client().forTenant('acme').query(`INSERT INTO tenants (tenant_id) VALUES ('initech')`)).rejects.toThrow(/row-level security/);
      await expect(client().forTenant('acme').query(`UPDATE playbooks SET source = 'taken' WHERE tenant_id = 'globex' RETURNING tenant_id`)).resolves.toEqual([]);
      expect(await store.forTenant('globex').playbooks.latest()).toMatchObject({ source: 'globex playbook' });
    });

    it("keeps a tenant store's own reads to its tenant", async () => {
      expect(await store.forTenant('acme').playbooks.latest()).toMatchObject({ source: 'acme playbook' });
      expect(await store.forTenant('initech').playbooks.latest()).toBeUndefined();
    });
  });
});
