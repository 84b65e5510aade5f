import { describe, expect, it } from 'vitest';
import { StoreQueryError } from '../errors/compound-error.js';
import { at, freshTenant, importRow, later, merge } from './store-contract-fixtures.js';
import type { Store, TenantStore } from './store.js';

/**
 * Import runs, their raw rows (with the keys a later import finds them by) and merge records must
 * read back as written, per tenant. Called from `describeStoreContract` with the store it opened.
 */
export function describeImportsContract(getStore: () => Store): void {
  const tenant = (): Promise<TenantStore> => freshTenant(getStore());

  describe('imports', () => {
    it('stores import runs and finishes them', async () => {
      const imports = (await tenant()).imports;
      const run = { id: 'imp-1', file: 'contacts.csv', format: 'linkedin-connections', status: 'running' as const, mapping: { Email: 'email' }, startedAt: at };
      await imports.create(run);
      expect(await imports.list()).toEqual([run]);
      await imports.finish('imp-1', { status: 'done', report: { imported: 3, rejected: [{ row: 2, reason: 'no name' }] }, finishedAt: later });
      expect(await imports.list()).toEqual([
        { ...run, status: 'done', report: { imported: 3, rejected: [{ row: 2, reason: 'no name' }] }, finishedAt: later },
      ]);
      await expect(imports.finish('imp-404', { status: 'failed', finishedAt: later })).rejects.toMatchObject({ code: 'not-found' });
    });

    it('stores raw import rows in row order, unmapped columns and odd characters included', async () => {
      const imports = (await tenant()).imports;
      await imports.create({ id: 'imp-1', file: 'a.csv', format: 'unknown', status: 'running', mapping: {}, startedAt: at });
      const rows = [
        importRow('imp-1', 3, { status: 'rejected', reason: 'no email or name', raw: { Notes: 'tab\there, newline\nthere, "quotes", \\ ☃' } }),
        importRow('imp-1', 1),
        importRow('imp-1', 2, { status: 'merged', contactId: 'c1' }),
      ];
      delete rows[0]?.contactId;
      await imports.addRows(rows);
      expect(await imports.rows('imp-1')).toEqual([rows[1], rows[2], rows[0]]);
      expect(await imports.rows('imp-2')).toEqual([]);
    });

    it('keeps rows added in several calls, and a re-added row replaces the stored one', async () => {
      const imports = (await tenant()).imports;
      await imports.create({ id: 'imp-1', file: 'a.csv', format: 'unknown', status: 'running', mapping: {}, startedAt: at });
      // Out of order, over two calls, one row re-added with other values and no contact.
      await imports.addRows([importRow('imp-1', 999), importRow('imp-1', 1001), importRow('imp-1', 2)]);
      const replaced = importRow('imp-1', 2, { status: 'rejected', reason: 'no name', raw: { Other: 'x' } });
      delete replaced.contactId;
      await imports.addRows([importRow('imp-1', 1000), replaced, importRow('imp-1', 1)]);
      expect(await imports.rows('imp-1')).toEqual([
        importRow('imp-1', 1),
        replaced,
        importRow('imp-1', 999),
        importRow('imp-1', 1000),
        importRow('imp-1', 1001),
      ]);
    });

    it('appends rows and merges said to be fresh, and fails the whole call when one is stored', async () => {
      const imports = (await tenant()).imports;
      await imports.create({ id: 'imp-1', file: 'a.csv', format: 'unknown', status: 'running', mapping: {}, startedAt: at });
      await imports.addRows([importRow('imp-1', 2), importRow('imp-1', 1)], { fresh: true });
      await imports.addMerges([merge('m1', 'c1')], { fresh: true });
      expect(await imports.rows('imp-1')).toEqual([importRow('imp-1', 1), importRow('imp-1', 2)]);
      const replaced = importRow('imp-1', 2, { status: 'merged' });
      await expect(imports.addRows([importRow('imp-1', 3), replaced], { fresh: true })).rejects.toBeInstanceOf(StoreQueryError);
      await expect(imports.addMerges([merge('m2', 'c1'), merge('m1', 'c2')], { fresh: true })).rejects.toBeInstanceOf(StoreQueryError);
      expect(await imports.rows('imp-1')).toEqual([importRow('imp-1', 1), importRow('imp-1', 2)]);
      expect(await imports.merges('c1')).toEqual([merge('m1', 'c1')]);
      await imports.addRows([replaced]);
      expect((await imports.rows('imp-1'))[1]).toEqual(replaced);
    });

    it('finds the contact of a row key, the latest import\'s when several rows share it', async () => {
      const imports = (await tenant()).imports;
      await imports.create({ id: 'imp-1', file: 'a.csv', format: 'unknown', status: 'done', mapping: {}, startedAt: at });
      await imports.create({ id: 'imp-2', file: 'a.csv', format: 'unknown', status: 'done', mapping: {}, startedAt: later });
      await imports.addRows([
        importRow('imp-1', 1, { rowKey: 'k-ada', contactId: 'c-old' }),
        importRow('imp-1', 2, { rowKey: 'k-bob', contactId: 'c-bob' }),
        importRow('imp-1', 3, { rowKey: 'k-rejected', status: 'rejected', reason: 'no name', contactId: undefined }),
        importRow('imp-1', 4),
      ]);
      // Written before imp-1's rows but started later: the latest import wins, whatever the order of writes.
      await imports.addRows([importRow('imp-2', 7, { rowKey: 'k-ada', status: 'unchanged', contactId: 'c-new' })]);
      const found = await imports.contactsByRowKey(['k-ada', 'k-bob', 'k-rejected', 'k-unknown', 'k-ada']);
      expect([...found].sort()).toEqual([
        ['k-ada', 'c-new'],
        ['k-bob', 'c-bob'],
      ]);
      expect(await imports.contactsByRowKey([])).toEqual(new Map());
      expect((await imports.rows('imp-2'))[0]).toMatchObject({ rowKey: 'k-ada', status: 'unchanged' });
      expect((await imports.rows('imp-1'))[3]?.rowKey).toBeUndefined();
    });

    it('replaces a NUL character in a raw cell instead of failing the write', async () => {
      const imports = (await tenant()).imports;
      await imports.create({ id: 'imp-1', file: 'a.csv', format: 'unknown', status: 'running', mapping: {}, startedAt: at });
      await imports.addRows([importRow('imp-1', 1, { raw: { Name: 'A\u0000da', Path: 'C:\\u0000' } })]);
      const [row] = await imports.rows('imp-1');
      expect(row?.raw).toEqual({ Name: 'A\ufffdda', Path: 'C:\\u0000' });
    });

    it('stores merges and finds them by survivor', async () => {
      const imports = (await tenant()).imports;
      const first = merge('m1', 'c1');
      const second = merge('m2', 'c1', { mergedContactId: 'c9', at: later });
      delete second.importId;
      delete second.row;
      await imports.addMerges([second, first, merge('m3', 'c2')]);
      expect(await imports.merges('c1')).toEqual([first, second]);
      expect(await imports.merges('c3')).toEqual([]);
    });
  });
}
