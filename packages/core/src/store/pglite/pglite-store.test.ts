import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
