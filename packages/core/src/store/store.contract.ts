import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompoundError, StoreQueryError } from '../errors/compound-error.js';
import { describeCompactStorageContract } from './compact-storage.contract.js';
import { describeEnrichmentContract } from './enrichment.contract.js';
import { describeEventsContract } from './events.contract.js';
import { describeImportsContract } from './imports.contract.js';
import { describeTenantIdsContract } from './tenant-ids.contract.js';
import { loadMigrations, migrate } from './migrate.js';
import type { SqlClient } from './sql-client.js';
import { sqlClientOf } from './sql-store.js';
import { at, company, contact, fullRecord, importRow, later, merge } from './store-contract-fixtures.js';
import type { Store, StoredContact, TenantStore } from './store.js';

export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let sql: SqlClient;

    beforeAll(async () => {
      store = await open();
      const client = sqlClientOf(store);
      if (client === undefined) throw new Error('describeStoreContract needs a store built by createSqlStore');
      sql = client;
    });

    afterAll(async () => {
      await store.close();
    });

    async function tenant(): Promise<TenantStore> {
      const id = `tenant-${randomUUID()}`;
      await store.ensureTenant(id, 'Test tenant');
      return store.forTenant(id);
    }

    describe('migrations', () => {
      it('records each migration once and applies nothing when run again', async () => {
        const migrations = await loadMigrations();
        expect(migrations.map((migration) => migration.id)).toContain('0001_init');
        expect(await migrate(sql, migrations)).toEqual({ applied: [] });
        const rows = await sql.query<{ id: string }>('SELECT id FROM compound_migrations ORDER BY id');
        expect(rows.map((row) => row.id)).toEqual(migrations.map((migration) => migration.id));
      });

      it('starts every primary key with tenant_id', async () => {
        const rows = await sql.query<{ table_name: string; first_column: string }>(
          `SELECT c.relname AS table_name, a.attname AS first_column
           FROM pg_constraint k
           JOIN pg_class c ON c.oid = k.conrelid
           JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
           WHERE k.contype = 'p' AND c.relnamespace = current_schema()::regnamespace AND c.relname <> 'compound_migrations'`,
        );
        const tables = await sql.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables
           WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'compound_migrations'`,
        );
        expect(rows.map((row) => row.table_name).sort()).toEqual(tables.map((table) => table.table_name).sort());
        expect(rows.length).toBeGreaterThanOrEqual(7);
        for (const row of rows) expect(row, row.table_name).toMatchObject({ first_column: 'tenant_id' });
      });

      it('includes tenant_id in every foreign key', async () => {
        const rows = await sql.query<{ name: string; includes_tenant: boolean }>(
          `SELECT k.conname AS name,
             EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey) AND a.attname = 'tenant_id') AS includes_tenant
           FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
           WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace`,
        );
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(row, row.name).toMatchObject({ includes_tenant: true });
      });
    });

    describe('type normalization', () => {
      it('returns the same JS values from every driver', async () => {
        const [row] = await sql.query(
          `SELECT 9007199254740991::bigint AS big, 12::integer AS int, 1.25::numeric AS num, 0.5::real AS real,
             '{"a":[1,"b",null]}'::jsonb AS doc, '2024-05-01 15:00:00.123+05:30'::timestamptz AS stamp,
             NULL::timestamptz AS nothing, 'text' AS text`,
        );
        expect(row).toEqual({
          big: 9007199254740991,
          int: 12,
          num: 1.25,
          real: 0.5,
          doc: { a: [1, 'b', null] },
          stamp: '2024-05-01T09:30:00.123Z',
          nothing: null,
          text: 'text',
        });
      });
    });

    describe('round-trips', () => {
      it('stores a contact with its full record, values, sources and fit', async () => {
        const contacts = (await tenant()).contacts;
        const stored = contact('c1', {
          companyId: 'co1',
          fit: 0.8125,
          fitReasons: [{ dimension: 'seniority', score: 1, weight: 0.3, matched: true, text: 'VP ≥ director' }],
          playbookVersion: 2,
          updatedAt: later,
        });
        await contacts.upsertMany([stored, contact('c2')]);
        expect(await contacts.get('c1')).toEqual(stored);
        expect(await contacts.get('c2')).toEqual(contact('c2'));
        expect(await contacts.get('missing')).toBeUndefined();
        expect(await contacts.count()).toBe(2);
      });

      it('reads live contacts as summaries in id order, and several contacts whole by id', async () => {
        const contacts = (await tenant()).contacts;
        const scored = contact('c2', { companyId: 'co1', fit: 0.5, playbookVersion: 3, updatedAt: later });
        await contacts.upsertMany([scored, contact('c1'), contact('c3', { mergedInto: 'c2' })]);
        expect(await contacts.summaries()).toEqual([
          { id: 'c1', record: fullRecord('c1'), createdAt: at, updatedAt: at },
          { id: 'c2', record: fullRecord('c2'), companyId: 'co1', fit: 0.5, playbookVersion: 3, createdAt: at, updatedAt: later },
        ]);
        // Merged ones included, unknown ids and repeats left out, in id order.
        expect(await contacts.getMany(['c3', 'missing', 'c2', 'c3'])).toEqual([scored, contact('c3', { mergedInto: 'c2' })]);
        expect(await contacts.getMany([])).toEqual([]);
      });

      it('replaces a contact on upsert, the last duplicate of a batch winning', async () => {
        const contacts = (await tenant()).contacts;
        await contacts.upsertMany([contact('c1', { fit: 0.1 })]);
        await contacts.upsertMany([contact('c1', { fit: 0.5 }), contact('c1', { fit: 0.9, updatedAt: later })]);
        expect(await contacts.get('c1')).toEqual(contact('c1', { fit: 0.9, updatedAt: later }));
        expect(await contacts.count()).toBe(1);
      });

      it('inserts ids named fresh without replacing, and fails the whole call when one is stored', async () => {
        const contacts = (await tenant()).contacts;
        await contacts.upsertMany([contact('old', { fit: 0.1 })]);
        await contacts.upsertMany([contact('old', { fit: 0.2 }), contact('new1'), contact('new2')], { freshIds: new Set(['new1', 'new2']) });
        expect((await contacts.get('old'))?.fit).toBe(0.2);
        expect(await contacts.get('new2')).toEqual(contact('new2'));
        expect(await contacts.count()).toBe(3);
        const stale = contacts.upsertMany([contact('new3'), contact('old', { fit: 0.9 })], { freshIds: new Set(['new3', 'old']) });
        await expect(stale).rejects.toBeInstanceOf(StoreQueryError);
        expect(await contacts.count()).toBe(3);
        expect((await contacts.get('old'))?.fit).toBe(0.2);
      });

      it('writes batches larger than one statement', async () => {
        const contacts = (await tenant()).contacts;
        const many = Array.from({ length: 12_345 }, (_, index) => contact(`c${index}`, { fit: (index % 97) / 97 }));
        await contacts.upsertMany(many);
        expect(await contacts.count()).toBe(12_345);
        expect(await contacts.get('c12344')).toEqual(many[12_344]);
        // Every contact once, in id order.
        const summaries = await contacts.summaries();
        expect(summaries.map((summary) => summary.id)).toEqual(many.map((item) => item.id).sort());
        expect(summaries.find((summary) => summary.id === 'c12344')).toEqual({ id: 'c12344', record: many[12_344]?.record, fit: many[12_344]?.fit, createdAt: at, updatedAt: at });
      });

      it('stores companies', async () => {
        const companies = (await tenant()).companies;
        const minimal = company('co2', { domain: undefined, industry: undefined, employees: undefined, country: undefined });
        delete minimal.domain;
        delete minimal.industry;
        delete minimal.employees;
        delete minimal.country;
        await companies.upsertMany([company('co1'), minimal]);
        expect(await companies.get('co1')).toEqual(company('co1'));
        expect(await companies.list()).toEqual([company('co1'), minimal]);
        await companies.upsertMany([company('co1', { employees: 300, updatedAt: later })]);
        expect((await companies.get('co1'))?.employees).toBe(300);
        expect(await companies.get('nope')).toBeUndefined();
      });

      it('appends playbook versions 1, 2, 3', async () => {
        const playbooks = (await tenant()).playbooks;
        expect(await playbooks.latest()).toBeUndefined();
        expect(await playbooks.save({ source: 'icp: v1', parsed: { icp: 1 } })).toBe(1);
        expect(await playbooks.save({ source: 'icp: v2', parsed: { icp: 2, list: [1, 'a'] } })).toBe(2);
        expect(await playbooks.save({ source: 'icp: v3', parsed: null })).toBe(3);
        expect(await playbooks.latest()).toMatchObject({ version: 3, source: 'icp: v3', parsed: null });
        expect(await playbooks.get(2)).toMatchObject({ version: 2, source: 'icp: v2', parsed: { icp: 2, list: [1, 'a'] } });
        expect((await playbooks.get(1))?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(await playbooks.get(4)).toBeUndefined();
      });
    });

    describe('ranking and merged contacts', () => {
      it('lists by fit descending with nulls last, ties by id, and honours the limit', async () => {
        const contacts = (await tenant()).contacts;
        await contacts.upsertMany([
          contact('a', { fit: 0.2 }),
          contact('b'),
          contact('c', { fit: 0.9 }),
          contact('d', { fit: 0.2 }),
          contact('e', { fit: 0 }),
        ]);
        const ids = (list: StoredContact[]) => list.map((item) => item.id);
        expect(ids(await contacts.list({ orderBy: 'fit' }))).toEqual(['c', 'a', 'd', 'e', 'b']);
        expect(ids(await contacts.list({ orderBy: 'fit', limit: 2 }))).toEqual(['c', 'a']);
        expect(ids(await contacts.list())).toEqual(['a', 'b', 'c', 'd', 'e']);
        expect(ids(await contacts.list({ orderBy: 'id', limit: 1 }))).toEqual(['a']);
      });

      it('keeps merged contacts out of list and count but returns them by id', async () => {
        const contacts = (await tenant()).contacts;
        await contacts.upsertMany([contact('survivor', { fit: 0.5 }), contact('merged', { fit: 0.99, mergedInto: 'survivor' })]);
        expect((await contacts.list({ orderBy: 'fit' })).map((item) => item.id)).toEqual(['survivor']);
        expect(await contacts.count()).toBe(1);
        expect(await contacts.get('merged')).toEqual(contact('merged', { fit: 0.99, mergedInto: 'survivor' }));
      });
    });

    describe('tenant isolation', () => {
      it('shows each tenant only its own data, even with the same ids', async () => {
        const a = await tenant();
        const b = await tenant();
        for (const [scope, fit] of [[a, 0.1], [b, 0.7]] as const) {
          await scope.contacts.upsertMany([contact('same', { fit }), contact(`only-${scope.tenantId}`, { fit })]);
          await scope.companies.upsertMany([company('co', { name: scope.tenantId })]);
          await scope.imports.create({ id: 'imp-1', file: `${scope.tenantId}.csv`, format: 'unknown', status: 'running', mapping: {}, startedAt: at });
          await scope.imports.addRows([importRow('imp-1', 1, { raw: { tenant: scope.tenantId }, rowKey: scope === a ? 'key-a' : 'key-b' })]);
          await scope.imports.addMerges([merge('m1', 'same', { reason: { keys: [scope.tenantId], score: 1, evidence: {} } })]);
          await scope.playbooks.save({ source: scope.tenantId, parsed: null });
        }
        for (const [scope, fit] of [[a, 0.1], [b, 0.7]] as const) {
          expect((await scope.contacts.list()).map((item) => item.id)).toEqual([`only-${scope.tenantId}`, 'same']);
          expect(await scope.contacts.count()).toBe(2);
          expect((await scope.contacts.get('same'))?.fit).toBe(fit);
          expect(await scope.contacts.get(`only-${(scope === a ? b : a).tenantId}`)).toBeUndefined();
          expect((await scope.contacts.summaries()).map((item) => [item.id, item.fit])).toEqual([[`only-${scope.tenantId}`, fit], ['same', fit]]);
          expect((await scope.contacts.getMany(['same', `only-${(scope === a ? b : a).tenantId}`])).map((item) => [item.id, item.fit])).toEqual([['same', fit]]);
          expect((await scope.companies.list()).map((item) => item.name)).toEqual([scope.tenantId]);
          expect((await scope.imports.list()).map((item) => item.file)).toEqual([`${scope.tenantId}.csv`]);
          expect((await scope.imports.rows('imp-1')).map((row) => row.raw)).toEqual([{ tenant: scope.tenantId }]);
          expect([...(await scope.imports.contactsByRowKey(['key-a', 'key-b']))]).toEqual([[scope === a ? 'key-a' : 'key-b', 'c1']]);
          expect((await scope.imports.merges('same')).map((item) => item.reason.keys)).toEqual([[scope.tenantId]]);
          expect(await scope.playbooks.latest()).toMatchObject({ version: 1, source: scope.tenantId });
        }
      });

      it('never alters another tenant when upserting or finishing the same ids', async () => {
        const a = await tenant();
        const b = await tenant();
        await a.contacts.upsertMany([contact('same', { fit: 0.1 })]);
        await a.imports.create({ id: 'imp-1', file: 'a.csv', format: 'unknown', status: 'running', mapping: {}, startedAt: at });
        const before = await a.contacts.get('same');
        await b.contacts.upsertMany([contact('same', { fit: 0.9, mergedInto: 'other', updatedAt: later })]);
        await expect(b.imports.finish('imp-1', { status: 'done', finishedAt: later })).rejects.toMatchObject({ code: 'not-found' });
        expect(await a.contacts.get('same')).toEqual(before);
        expect((await a.imports.list())[0]?.status).toBe('running');
      });

      it('rejects writes for a tenant that was never created', async () => {
        const ghost = store.forTenant(`ghost-${randomUUID()}`);
        const failure = await ghost.contacts.upsertMany([contact('c1')]).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(StoreQueryError);
        expect(CompoundError.isInstance(failure)).toBe(true);
        // The statement that failed: a bulk COPY (PGlite) or a multi-row INSERT (PostgreSQL).
        expect((failure as StoreQueryError).sql).toMatch(/^(INSERT INTO|COPY) contacts /);
        expect(() => store.forTenant('')).toThrow(CompoundError);
      });
    });

    describe('transactions', () => {
      it('rolls back every write when the work throws midway', async () => {
        const scope = await tenant();
        await scope.contacts.upsertMany([contact('kept', { fit: 0.3 })]);
        await scope.imports.create({ id: 'imp-1', file: 'a.csv', format: 'unknown', status: 'running', mapping: {}, startedAt: at });
        await scope.imports.addRows([importRow('imp-1', 1)]);
        const crash = new Error('crash mid-import');
        await expect(
          scope.transaction(async (tx) => {
            await tx.contacts.upsertMany([contact('kept', { fit: 0.99 }), ...Array.from({ length: 50 }, (_, index) => contact(`new${index}`))]);
            await tx.imports.addRows(Array.from({ length: 50 }, (_, index) => importRow('imp-1', index + 2)));
            await tx.imports.addMerges([merge('m1', 'kept')]);
            await tx.playbooks.save({ source: 'x', parsed: null });
            expect(await tx.contacts.count()).toBe(51);
            throw crash;
          }),
        ).rejects.toBe(crash);
        expect(await scope.contacts.count()).toBe(1);
        expect((await scope.contacts.get('kept'))?.fit).toBe(0.3);
        expect(await scope.imports.rows('imp-1')).toHaveLength(1);
        expect(await scope.imports.merges('kept')).toEqual([]);
        expect(await scope.playbooks.latest()).toBeUndefined();
      });

      it('rolls back when a statement fails inside the transaction', async () => {
        const scope = await tenant();
        await expect(
          scope.transaction(async (tx) => {
            await tx.contacts.upsertMany([contact('c1')]);
            await tx.imports.addRows([importRow('no-such-import', 1)]);
          }),
        ).rejects.toBeInstanceOf(StoreQueryError);
        expect(await scope.contacts.count()).toBe(0);
      });

      it('commits all writes together and returns the work result', async () => {
        const scope = await tenant();
        const result = await scope.transaction(async (tx) => {
          await tx.imports.create({ id: 'imp-1', file: 'a.csv', format: 'unknown', status: 'running', mapping: {}, startedAt: at });
          await tx.imports.addRows([importRow('imp-1', 1), importRow('imp-1', 2)]);
          await tx.contacts.upsertMany([contact('c1'), contact('c2')]);
          await tx.imports.finish('imp-1', { status: 'done', finishedAt: later });
          return tx.playbooks.save({ source: 'x', parsed: null });
        });
        expect(result).toBe(1);
        expect(await scope.contacts.count()).toBe(2);
        expect(await scope.imports.rows('imp-1')).toHaveLength(2);
        expect((await scope.imports.list())[0]?.status).toBe('done');
      });

      it('rolls back only a failed nested transaction', async () => {
        const scope = await tenant();
        await scope.transaction(async (tx) => {
          await tx.contacts.upsertMany([contact('outer')]);
          await tx.transaction(async (inner) => {
            await inner.contacts.upsertMany([contact('inner')]);
            throw new Error('inner failure');
          }).catch(() => undefined);
          await tx.contacts.upsertMany([contact('after')]);
        });
        expect((await scope.contacts.list()).map((item) => item.id)).toEqual(['after', 'outer']);
      });
    });

    describe('exclusive', () => {
      /** Runs `exclusive(name)` holding it until `release` is called; `entered` resolves once inside. */
      function hold(scope: TenantStore, name: string, log: string[], label: string) {
        let release = () => {};
        const released = new Promise<void>((resolve) => (release = resolve));
        let waited = false;
        let enter = () => {};
        const entered = new Promise<void>((resolve) => (enter = resolve));
        const done = scope.exclusive(
          name,
          async () => {
            log.push(`${label} in`);
            enter();
            await released;
            log.push(`${label} out`);
            return label;
          },
          { onWait: () => (waited = true) },
        );
        return { release, entered, done, waited: () => waited };
      }

      it('runs holders of one tenant and name one after the other, telling the second it waits', async () => {
        const scope = await tenant();
        const log: string[] = [];
        const first = hold(scope, 'import', log, 'first');
        await first.entered;
        const second = hold(scope, 'import', log, 'second');
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(log).toEqual(['first in']);
        first.release();
        second.release();
        expect(await Promise.all([first.done, second.done])).toEqual(['first', 'second']);
        expect(log).toEqual(['first in', 'first out', 'second in', 'second out']);
        expect([first.waited(), second.waited()]).toEqual([false, true]);
      });

      it('lets other tenants and other names run meanwhile, and frees the lock when the work throws', async () => {
        const scope = await tenant();
        const other = await tenant();
        const log: string[] = [];
        const held = hold(scope, 'import', log, 'held');
        await held.entered;
        expect(await other.exclusive('import', async () => 'other tenant')).toBe('other tenant');
        expect(await scope.exclusive('enrich', async () => 'other name')).toBe('other name');
        held.release();
        await held.done;
        await expect(scope.exclusive('import', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
        expect(await scope.exclusive('import', async () => 'after a failure')).toBe('after a failure');
        expect(await scope.transaction((tx) => tx.exclusive('import', async () => 'from a transaction'))).toBe('from a transaction');
      });
    });

    describeImportsContract(() => store);
    describeTenantIdsContract(() => store);
    describeEventsContract(() => store);
    describeEnrichmentContract(() => store);
    describeCompactStorageContract(() => store);
  });
}
