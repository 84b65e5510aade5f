import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../migrate.js';
import { sqlClientOf } from '../sql-store.js';
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

  it('serializes exclusive() across stores (processes) on one database, and frees it when a holder dies', async () => {
    const schema = freshSchema();
    const [first, second] = await Promise.all([openPostgresStore({ connectionString, schema }), openPostgresStore({ connectionString, schema })]);
    await first.ensureTenant('acme');
    const log: string[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let entered = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const holding = first.forTenant('acme').exclusive('import', async () => {
      log.push('first in');
      entered();
      await released;
      log.push('first out');
    });
    await inside;
    let waited = false;
    const waiting = second.forTenant('acme').exclusive('import', async () => void log.push('second'), { onWait: () => (waited = true) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(log).toEqual(['first in']);
    expect(waited).toBe(true);
    release();
    await Promise.all([holding, waiting]);
    expect(log).toEqual(['first in', 'first out', 'second']);

    // A holder whose session ends (its process died, the server dropped it) frees the lock, and
    // the holder's process carries on without an uncaught error.
    let finish = () => {};
    const dying = first.forTenant('acme').exclusive('import', () => new Promise<void>((resolve) => (finish = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Only the session holding this test's lock (the key as the driver hashes it) is ended.
    const ended = await sqlClientOf(first)?.query<{ ended: boolean }>(
      `WITH k AS (SELECT hashtextextended($1, 0) AS id)
       SELECT pg_terminate_backend(l.pid) AS ended FROM pg_locks l, k
       WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND l.classid = ((k.id >> 32) & 4294967295)::oid AND l.objid = (k.id & 4294967295)::oid`,
      [`${schema}:${JSON.stringify(['acme', 'import'])}`],
    );
    expect(ended).toEqual([{ ended: true }]);
    expect(await second.forTenant('acme').exclusive('import', async () => 'free again')).toBe('free again');
    finish();
    await dying;
    expect(await first.forTenant('acme').exclusive('import', async () => 'the first store locks again')).toBe('the first store locks again');
    await Promise.all([first.close(), second.close()]);
  });

  it('says a transaction lost its connection midway, and the process carries on', async () => {
    const store = await openPostgresStore({ connectionString, schema: freshSchema() });
    const sql = sqlClientOf(store);
    if (sql === undefined) throw new Error('a SQL store');
    const failure = await sql
      .transaction(async (tx) => {
        await tx.query("INSERT INTO tenants (tenant_id) VALUES ('lost')");
        const [own] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        // As a server restart or an administrator would, while this process computes between statements.
        await sql.query('SELECT pg_terminate_backend($1)', [own?.pid]);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await tx.query('SELECT 1');
      })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'store-query-failed',
      message: expect.stringMatching(/^the connection to PostgreSQL was lost during a transaction \(.+\): none of its writes were saved/),
    });
    expect(await sql.query("SELECT tenant_id FROM tenants WHERE tenant_id = 'lost'")).toEqual([]);
    await store.close();
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
