import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyContactRecord } from '../../contacts/empty-contact-record.js';
import { describeStoreContract } from '../store.contract.js';
import { openPgliteStore } from './index.js';

describeStoreContract('pglite (in-memory)', () => openPgliteStore());

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
});
