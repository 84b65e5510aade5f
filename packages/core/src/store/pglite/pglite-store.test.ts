import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyContactRecord } from '../../contacts/empty-contact-record.js';
import { describeStoreContract } from '../store.contract.js';
import { openPgliteStore } from './index.js';

describeStoreContract('pglite (worker thread, temp folder)', () => openPgliteStore());
describeStoreContract('pglite (this thread, temp folder)', () => openPgliteStore({ worker: false }));

describe('openPgliteStore with a data folder', () => {
  it('creates missing parent folders and sees its data after reopening', async () => {
    const root = await mkdtemp(join(tmpdir(), 'compound-pglite-'));
    const dataDir = join(root, 'nested', '.compound', 'db');
    try {
      const first = await openPgliteStore({ dataDir });
      await first.ensureTenant('acme');
      const at = '2024-05-01T09:30:00.000Z';
      await first.forTenant('acme').contacts.upsertMany([
        { id: 'c1', record: { ...emptyContactRecord(), fullName: 'Ada' }, values: {}, sources: [], fit: 0.5, createdAt: at, updatedAt: at },
      ]);
      await first.close();

      const second = await openPgliteStore({ dataDir });
      expect(second.driver).toBe('pglite');
      expect(await second.forTenant('acme').contacts.get('c1')).toMatchObject({ record: { fullName: 'Ada' }, fit: 0.5, createdAt: at });
      await second.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('without a data folder, works in a temp folder that close() removes', async () => {
    const root = await mkdtemp(join(tmpdir(), 'compound-pglite-tmp-'));
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = root;
    try {
      // the new database's folder, beside the template folder it was copied from
      const folders = async () => (await readdir(root)).filter((name) => !name.startsWith('compound-pglite-templates-'));
      const store = await openPgliteStore();
      expect(await folders()).toHaveLength(1);
      await store.ensureTenant('acme');
      expect(await store.forTenant('acme').contacts.count()).toBe(0);
      await store.close();
      await store.close();
      expect(await folders()).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
      await rm(root, { recursive: true, force: true });
    }
  });
});

/** Every file under `folder`, as paths relative to it, sorted. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

describe('openPgliteStore on a database folder left half made', () => {
  let root: string;
  let whole: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'compound-half-made-'));
    whole = join(root, 'whole');
    const store = await openPgliteStore({ dataDir: whole, worker: false });
    await store.close();
  }, 120_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  // What an interrupted creation left: an in-place copy stopped after PG_VERSION and base/ (copied
  // first), and a database without its control file (PGlite aborts its WASM on it).
  const halves: Array<[string, (folder: string) => Promise<void>]> = [
    ['PG_VERSION and base/ only', async (folder) => {
      await mkdir(folder, { recursive: true });
      await cp(join(whole, 'PG_VERSION'), join(folder, 'PG_VERSION'));
      await cp(join(whole, 'base'), join(folder, 'base'), { recursive: true });
    }],
    ['no global/pg_control', async (folder) => {
      await cp(whole, folder, { recursive: true });
      await rm(join(folder, 'global', 'pg_control'));
    }],
  ];
  describe.each(halves)('%s', (name, makeHalf) => {
    it.each([true, false])('worker %s: one line naming the folder, the cause and what to do; the folder is kept and unlocked', async (worker) => {
      const dataDir = join(root, `${name.replace(/\W+/g, '-')}-worker-${String(worker)}`, 'db');
      await makeHalf(dataDir);
      const before = await filesUnder(dataDir);
      const failure = await openPgliteStore({ dataDir, worker }).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'store-unopenable', context: { file: dataDir, provider: 'pglite' } });
      const message = (failure as Error).message;
      expect(message).not.toContain('\n');
      expect(message.startsWith(`the embedded database folder ${dataDir} is not a complete Compound database (PGlite cannot open it: `)).toBe(true);
      expect(message).toMatch(
        /\); its creation was probably stopped \(Ctrl-C or a crash [^)]*\)\. Nothing was deleted: move the folder aside \(or delete it if it holds nothing you need\) and run the command again, or use another workspace folder \(--workspace DIR\)$/,
      );
      // Every file is still there (PGlite may have added its postmaster.pid).
      expect(await filesUnder(dataDir)).toEqual(expect.arrayContaining(before));
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
    }, 60_000);
  });
});

const storeModule = fileURLToPath(new URL('./index.ts', import.meta.url));

describe('creating a database without a template', () => {
  it('killed during initdb, leaves no half-made database: the next open creates it whole', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'compound-initdb-kill-'));
    const dataDir = join(workspace, 'db');
    try {
      const script = `import { openPgliteStore } from ${JSON.stringify(storeModule)}; await openPgliteStore({ dataDir: ${JSON.stringify(dataDir)}, template: false, worker: false });`;
      const child = spawn(process.execPath, ['--conditions=@compound/source', '--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // SIGKILL (a crash, or a terminal closed) the moment initdb starts writing files, wherever it writes them.
      const writing = async () => (await filesUnder(workspace)).some((file) => file !== 'db.lock');
      for (let polls = 0; polls < 6000 && child.exitCode === null && !(await writing()); polls += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(child.exitCode).toBeNull();
      child.kill('SIGKILL');
      await exited;
      expect((await filesUnder(workspace)).filter((file) => file.split(sep)[0] === 'db')).toEqual([]);

      const store = await openPgliteStore({ dataDir, worker: false });
      await store.ensureTenant('acme');
      await store.close();
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
      expect((await readdir(workspace)).sort()).toEqual(['db']);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  }, 120_000);
});
