import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContactRecord } from '../../contacts/empty-contact-record.js';
import { loadMigrations } from '../migrate.js';
import { sqlClientOf } from '../sql-store.js';
import type { Store } from '../store.js';
import { openPgliteStore } from './index.js';
import { seedFromTemplate } from './template-data-dir.js';

// Every test gets its own TMPDIR, so the templates it makes are its own.
let root: string;
let saved: string | undefined;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'compound-template-test-'));
  saved = process.env['TMPDIR'];
  process.env['TMPDIR'] = root;
});
afterEach(async () => {
  if (saved === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = saved;
  await rm(root, { recursive: true, force: true });
});

/** A stand-in for initdb: writes PG_VERSION and a file naming the build, and counts its runs. */
function fakeInitdb(label: string) {
  const runs: string[] = [];
  const initialise = async (folder: string) => {
    runs.push(folder);
    await writeFile(join(folder, 'PG_VERSION'), '17\n');
    await writeFile(join(folder, 'made-by'), label);
  };
  return { runs, initialise };
}

const templatesRoot = () => join(root, `compound-pglite-templates-${process.getuid?.() ?? 'user'}`);

describe('seedFromTemplate', () => {
  it('initialises once, then copies the template into each new folder', async () => {
    const init = fakeInitdb('first');
    const first = join(root, 'db1');
    const second = join(root, 'db2');
    expect(await seedFromTemplate(first, 'schema v1', init.initialise)).toBe(true);
    expect(await seedFromTemplate(second, 'schema v1', init.initialise)).toBe(true);
    expect(init.runs).toHaveLength(1);
    expect(await readFile(join(second, 'made-by'), 'utf8')).toBe('first');
    // the building folder is gone once the template is in place
    expect((await readdir(templatesRoot())).filter((name) => name.startsWith('building-'))).toEqual([]);
  });

  it('keeps one template per schema', async () => {
    const v1 = fakeInitdb('v1');
    const v2 = fakeInitdb('v2');
    await seedFromTemplate(join(root, 'a'), 'schema v1', v1.initialise);
    await seedFromTemplate(join(root, 'b'), 'schema v2', v2.initialise);
    expect(v2.runs).toHaveLength(1);
    expect(await readFile(join(root, 'b', 'made-by'), 'utf8')).toBe('v2');
    expect(await readdir(templatesRoot())).toHaveLength(2);
  });

  it('leaves a folder that already holds files alone', async () => {
    const init = fakeInitdb('x');
    const existing = join(root, 'existing');
    await mkdir(existing);
    await writeFile(join(existing, 'PG_VERSION'), '16\n');
    expect(await seedFromTemplate(existing, 'schema', init.initialise)).toBe(false);
    expect(init.runs).toEqual([]);
    expect(await readFile(join(existing, 'PG_VERSION'), 'utf8')).toBe('16\n');
  });

  it('does not use a templates folder others can write to', async () => {
    if (process.getuid === undefined) return;
    await mkdir(templatesRoot(), { recursive: true });
    await chmod(templatesRoot(), 0o777);
    const init = fakeInitdb('x');
    const target = join(root, 'db');
    expect(await seedFromTemplate(target, 'schema', init.initialise)).toBe(false);
    expect(init.runs).toEqual([]);
  });

  it('a copy stopped half way (Ctrl-C, a crash) leaves no half database: the next open seeds the folder whole', async () => {
    const init = fakeInitdb('whole');
    await seedFromTemplate(join(root, 'first'), 'schema', init.initialise);
    const workspace = join(root, 'workspace');
    const target = join(workspace, 'db');
    await mkdir(target, { recursive: true });
    // The process dies during the copy: one file is written, then nothing ever happens again
    // (no error, no cleanup).
    let copying: () => void = () => undefined;
    const reachedCopy = new Promise<void>((resolve) => {
      copying = resolve;
    });
    const dying = async (_from: string, to: string): Promise<void> => {
      await writeFile(join(to, 'PG_VERSION'), '17\n');
      copying();
      await new Promise<never>(() => undefined);
    };
    void seedFromTemplate(target, 'schema', init.initialise, { copy: dying });
    await reachedCopy;
    expect(await readdir(target)).toEqual([]);
    expect((await readdir(workspace)).filter((name) => name !== 'db')).toEqual([expect.stringMatching(/^\.db\.seeding-/)]);

    // The next command: the leftover is removed and the folder seeded whole.
    expect(await seedFromTemplate(target, 'schema', init.initialise)).toBe(true);
    expect((await readdir(target)).sort()).toEqual(['PG_VERSION', 'made-by']);
    expect(await readdir(workspace)).toEqual(['db']);
    expect(init.runs).toHaveLength(1);
  });

  it('a copy that fails leaves the folder empty and nothing beside it', async () => {
    const init = fakeInitdb('x');
    const target = join(root, 'ws', 'db');
    const failing = async (from: string, to: string): Promise<void> => {
      await cp(join(from, 'PG_VERSION'), join(to, 'PG_VERSION'));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    expect(await seedFromTemplate(target, 'schema', init.initialise, { copy: failing })).toBe(false);
    expect(await readdir(join(root, 'ws'))).toEqual([]);
  });

  it('a folder with files but no database fails with one line saying what to do', async () => {
    const target = join(root, 'ws', 'db');
    await mkdir(join(target, 'base'), { recursive: true });
    await writeFile(join(target, 'base', '1'), 'half');
    const init = fakeInitdb('x');
    await expect(seedFromTemplate(target, 'schema', init.initialise)).rejects.toThrow(/^the embedded database folder .*db holds files but no database .*delete the folder \(or move it away\) and run the command again$/);
    expect(init.runs).toEqual([]);
  });

  it('falls back to an empty folder when initialising fails, and leaves no half template', async () => {
    const target = join(root, 'db');
    const failing = async (folder: string) => {
      await writeFile(join(folder, 'half-written'), '');
      throw new Error('initdb crashed');
    };
    expect(await seedFromTemplate(target, 'schema', failing)).toBe(false);
    expect(await readdir(templatesRoot())).toEqual([]);
    expect(await readdir(target).catch(() => [])).toEqual([]);
  });
});

describe('openPgliteStore from a template', () => {
  it('gives each new database the migrated schema and none of another database’s rows', async () => {
    const tenantsOf = async (store: Store) => (await sqlClientOf(store)?.query<{ tenant_id: string }>('SELECT tenant_id FROM tenants'))?.map((row) => row.tenant_id);
    const first = await openPgliteStore({ dataDir: join(root, 'db1') });
    await first.ensureTenant('acme');
    const at = '2024-05-01T09:30:00.000Z';
    await first.forTenant('acme').contacts.upsertMany([
      { id: 'c1', record: { ...emptyContactRecord(), fullName: 'Ada' }, values: {}, sources: [], fit: 0.5, createdAt: at, updatedAt: at },
    ]);
    await first.close();
    expect(await readdir(templatesRoot())).toHaveLength(1);

    // this thread's PGlite opens the template the worker made
    const second = await openPgliteStore({ dataDir: join(root, 'db2'), worker: false });
    expect(await tenantsOf(second)).toEqual([]);
    const migrations = await sqlClientOf(second)?.query<{ id: string }>('SELECT id FROM compound_migrations ORDER BY id');
    expect(migrations?.map((row) => row.id)).toEqual((await loadMigrations()).map((migration) => migration.id));
    await second.ensureTenant('acme');
    expect(await second.forTenant('acme').contacts.count()).toBe(0);
    await second.close();

    // the first database kept its rows; no second template was made
    const reopened = await openPgliteStore({ dataDir: join(root, 'db1') });
    expect(await reopened.forTenant('acme').contacts.count()).toBe(1);
    await reopened.close();
    expect(await readdir(templatesRoot())).toHaveLength(1);
  }, 180_000);

  it('with template: false makes no template', async () => {
    const store = await openPgliteStore({ template: false, worker: false });
    await store.close();
    expect(await readdir(root)).toEqual([]);
  }, 120_000);
});
