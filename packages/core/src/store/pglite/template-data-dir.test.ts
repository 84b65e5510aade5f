import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyContactRecord } from '../../contacts/empty-contact-record.js';
import { loadMigrations } from '../migrate.js';
import { sqlClientOf } from '../sql-store.js';
import type { Store } from '../store.js';
import { openPgliteStore } from './index.js';
import { templateDataDir } from './template-data-dir.js';
import { fakeInitdb, usePrivateTmpdir } from './__fixtures__/private-tmpdir.js';

const dirs = usePrivateTmpdir('compound-template-test-');

const templatesRoot = () => join(dirs.root, `compound-pglite-templates-${process.getuid?.() ?? 'user'}`);

describe('templateDataDir', () => {
  it('initialises once per schema, in a building folder renamed into place', async () => {
    const v1 = fakeInitdb('v1');
    const v2 = fakeInitdb('v2');
    const first = await templateDataDir('schema v1', v1.initialise);
    expect(await templateDataDir('schema v1', v1.initialise)).toBe(first);
    const second = await templateDataDir('schema v2', v2.initialise);
    expect(v1.runs).toHaveLength(1);
    expect(v2.runs).toHaveLength(1);
    expect(await readFile(join(second ?? '', 'made-by'), 'utf8')).toBe('v2');
    expect((await readdir(templatesRoot())).sort()).toEqual([first, second].map((folder) => folder?.slice(templatesRoot().length + 1)).sort());
  });

  it('does not use a templates folder others can write to', async () => {
    if (process.getuid === undefined) return;
    await mkdir(templatesRoot(), { recursive: true });
    await chmod(templatesRoot(), 0o777);
    const init = fakeInitdb('x');
    expect(await templateDataDir('schema', init.initialise)).toBeUndefined();
    expect(init.runs).toEqual([]);
  });

  it('leaves no half template when initialising fails', async () => {
    const failing = async (folder: string) => {
      await writeFile(join(folder, 'half-written'), '');
      throw new Error('initdb crashed');
    };
    await expect(templateDataDir('schema', failing)).rejects.toThrow('initdb crashed');
    expect(await readdir(templatesRoot())).toEqual([]);
  });
});

describe('openPgliteStore from a template', () => {
  it('gives each new database the migrated schema and none of another database’s rows', async () => {
    const tenantsOf = async (store: Store) => (await sqlClientOf(store)?.query<{ tenant_id: string }>('SELECT tenant_id FROM tenants'))?.map((row) => row.tenant_id);
    const first = await openPgliteStore({ dataDir: join(dirs.root, 'db1') });
    await first.ensureTenant('acme');
    const at = '2024-05-01T09:30:00.000Z';
    await first.forTenant('acme').contacts.upsertMany([
      { id: 'c1', record: { ...emptyContactRecord(), fullName: 'Ada' }, values: {}, sources: [], fit: 0.5, createdAt: at, updatedAt: at },
    ]);
    await first.close();
    expect(await readdir(templatesRoot())).toHaveLength(1);

    // this thread's PGlite opens the template the worker made
    const second = await openPgliteStore({ dataDir: join(dirs.root, 'db2'), worker: false });
    expect(await tenantsOf(second)).toEqual([]);
    const migrations = await sqlClientOf(second)?.query<{ id: string }>('SELECT id FROM compound_migrations ORDER BY id');
    expect(migrations?.map((row) => row.id)).toEqual((await loadMigrations()).map((migration) => migration.id));
    await second.ensureTenant('acme');
    expect(await second.forTenant('acme').contacts.count()).toBe(0);
    await second.close();

    // the first database kept its rows; no second template was made
    const reopened = await openPgliteStore({ dataDir: join(dirs.root, 'db1') });
    expect(await reopened.forTenant('acme').contacts.count()).toBe(1);
    await reopened.close();
    expect(await readdir(templatesRoot())).toHaveLength(1);
  }, 180_000);

  it('with template: false makes no template', async () => {
    const store = await openPgliteStore({ template: false, worker: false });
    await store.close();
    expect(await readdir(dirs.root)).toEqual([]);
  }, 120_000);
});
