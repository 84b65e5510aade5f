import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../contacts/contact.js';
import { at, company, fullRecord, importRow, later } from './store-contract-fixtures.js';
import type { FieldValues, RawCells, Store, StoredContact, StoredFitReason, StoredImportRow, TenantStore } from './store.js';

/** The values one row gives, as the import stores them for a contact of one row. */
function valuesOfOneRow(contact: StoredContact, source: Provenance): FieldValues {
  const { record } = contact;
  const values: FieldValues = {};
  for (const field of ['fullName', 'firstName', 'lastName', 'company', 'companyKey', 'domain', 'title', 'city', 'country', 'employees'] as const) {
    const value = record[field];
    if (value !== undefined) values[field] = [{ value: String(value), source }];
  }
  values['email'] = record.emails.map((email) => ({ value: email.address, source }));
  values['phone'] = record.phones.map((phone) => ({ value: phone, source }));
  values['custom.Member ID'] = [{ value: '007', source }];
  return values;
}

const reasons: StoredFitReason[] = [
  { dimension: 'seniority', score: 1, weight: 2, matched: true, text: 'VP → matches seniority VP' },
  { dimension: 'technologies', score: 0.5, weight: 1, matched: false, text: 'technologies unknown' },
];

/**
 * The compact storage of imported contacts and companies (import-row references, values derived
 * from the record, shared fit reasons) must read back exactly what was written, whatever the mix
 * of sources. Called from `describeStoreContract` with the store it opened.
 */
export function describeCompactStorageContract(getStore: () => Store): void {
  async function tenantWithRun(): Promise<{ store: TenantStore; row: (row: number) => Provenance }> {
    const id = `tenant-${randomUUID()}`;
    await getStore().ensureTenant(id);
    const store = getStore().forTenant(id);
    await store.imports.create({ id: 'imp-1', file: 'people.csv', format: 'unknown', status: 'running', mapping: {}, startedAt: at });
    return { store, row: (row) => ({ source: 'import', importId: 'imp-1', file: 'people.csv', row, at }) };
  }

  describe('compact storage of imports', () => {
    it('reads back contacts of one row, of several rows and of other sources exactly', async () => {
      const { store, row } = await tenantWithRun();
      const single: StoredContact = { id: 'c1', record: fullRecord('1'), values: {}, sources: [row(1)], fit: 0.75, fitReasons: reasons, createdAt: at, updatedAt: at };
      single.values = valuesOfOneRow(single, row(1));
      const merged: StoredContact = {
        ...single,
        id: 'c2',
        record: fullRecord('2'),
        values: { ...valuesOfOneRow(single, row(2)), title: [{ value: 'VP Eng', source: row(2) }, { value: 'VP Engineering', source: row(7) }] },
        sources: [row(2), row(7)],
        fitReasons: [reasons[1] as StoredFitReason, { dimension: 'industry', score: 0, weight: 3, matched: false, text: `${'long '.repeat(800)}\u0000end` }],
      };
      const mixed: StoredContact = {
        ...single,
        id: 'c3',
        values: { city: [{ value: 'Paris', source: { source: 'user', at: later } }] },
        // Same run id but another file or time: not a reference to the run, kept as written.
        sources: [{ source: 'import', importId: 'imp-1', file: 'other.csv', row: 3, at }, { source: 'import', importId: 'imp-1', file: 'people.csv', row: 4, at: later }, { source: 'user', at: later }],
      };
      const empty: StoredContact = { ...single, id: 'c4', values: {}, sources: [] };
      delete empty.fit;
      delete empty.fitReasons;
      await store.contacts.upsertMany([single, merged, mixed, empty]);

      expect(await store.contacts.get('c1')).toEqual(single);
      expect(await store.contacts.get('c2')).toEqual(merged);
      expect(await store.contacts.get('c3')).toEqual(mixed);
      expect(await store.contacts.get('c4')).toEqual(empty);
      expect((await store.contacts.list({ orderBy: 'id' })).map((contact) => contact.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    });

    it('writes a contact whose values are its record\'s own (valuesFromRecord) without reading them', async () => {
      const { store, row } = await tenantWithRun();
      const written: StoredContact = { id: 'c1', record: fullRecord('1'), values: {}, sources: [row(1)], createdAt: at, updatedAt: at };
      // Every non-empty text or number member, each email and phone, each custom value.
      const expected: FieldValues = {};
      for (const [field, value] of Object.entries(written.record)) {
        if ((typeof value === 'string' && value !== '') || typeof value === 'number') expected[field] = [{ value: String(value), source: row(1) }];
      }
      expected['email'] = written.record.emails.map((email) => ({ value: email.address, source: row(1) }));
      expected['phone'] = written.record.phones.map((phone) => ({ value: phone, source: row(1) }));
      for (const [key, custom] of Object.entries(written.record.custom)) expected[`custom.${key}`] = [{ value: custom.value, source: row(1) }];
      Object.defineProperties(written, {
        values: { enumerable: true, get: () => expect.fail('values read') },
        valuesFromRecord: { value: true },
      });
      await store.contacts.upsertMany([written]);
      expect((await store.contacts.get('c1'))?.values).toEqual(expected);
    });

    it('shares fit reasons between contacts and writes of one tenant, and keeps tenants apart', async () => {
      const first = await tenantWithRun();
      const second = await tenantWithRun();
      const scored = (id: string, fitReasons: StoredFitReason[]): StoredContact => ({
        id, record: fullRecord(id), values: {}, sources: [], fit: 0.5, fitReasons, createdAt: at, updatedAt: at,
      });
      await first.store.contacts.upsertMany([scored('a', reasons)]);
      await first.store.contacts.upsertMany([scored('b', [...reasons].reverse())]);
      await second.store.contacts.upsertMany([scored('a', [reasons[0] as StoredFitReason])]);
      expect((await first.store.contacts.get('a'))?.fitReasons).toEqual(reasons);
      expect((await first.store.contacts.get('b'))?.fitReasons).toEqual([...reasons].reverse());
      expect((await second.store.contacts.get('a'))?.fitReasons).toEqual([reasons[0]]);
    });

    it('forgets the fit reasons a failed write added: a later write of them in the same transaction reads them back', async () => {
      const { store } = await tenantWithRun();
      const scored = (id: string, fitReasons: StoredFitReason[]): StoredContact => ({
        id, record: fullRecord(id), values: {}, sources: [], fit: 0.5, fitReasons, createdAt: at, updatedAt: at,
      });
      const fresh: StoredFitReason[] = [{ dimension: 'country', score: 1, weight: 1, matched: true, text: 'FR → matches country FR' }];
      await store.transaction(async (tx) => {
        await tx.contacts.upsertMany([scored('a', reasons)]);
        // The reason is added to the dictionary, then the bad timestamp fails the write and its savepoint.
        await expect(tx.contacts.upsertMany([{ ...scored('b', fresh), createdAt: 'not a time' }])).rejects.toMatchObject({ code: 'store-query-failed' });
        await tx.contacts.upsertMany([scored('c', [...fresh, ...reasons]), scored('d', reasons)]);
      });
      expect((await store.contacts.get('a'))?.fitReasons).toEqual(reasons);
      expect(await store.contacts.get('b')).toBeUndefined();
      expect((await store.contacts.get('c'))?.fitReasons).toEqual([...fresh, ...reasons]);
      expect((await store.contacts.get('d'))?.fitReasons).toEqual(reasons);
    });

    it('checks the references of bulk rows: rows of an unknown import fail the whole write', async () => {
      const { store } = await tenantWithRun();
      const rows = [1, 2, 3].flatMap((row) => [importRow('imp-1', row), importRow('imp-missing', row)]);
      await expect(store.imports.addRows(rows)).rejects.toMatchObject({ code: 'store-query-failed' });
      expect(await store.imports.rows('imp-1')).toEqual([]);
      await store.imports.addRows(rows.filter((row) => row.importId === 'imp-1'));
      expect(await store.imports.rows('imp-1')).toHaveLength(3);
    });

    it('writes raw rows given as cells text without reading their raw object, and others from raw', async () => {
      const { store } = await tenantWithRun();
      let reads = 0;
      const withCells = (row: number, raw: Record<string, string>): StoredImportRow => {
        const cells: RawCells = { keys: Object.keys(raw), json: JSON.stringify(Object.values(raw)) };
        const stored = { ...importRow('imp-1', row), rawCells: cells };
        return Object.defineProperty(stored, 'raw', { enumerable: true, get: () => (reads++, raw) });
      };
      const rows = [
        withCells(1, { Name: 'Ada', Email: 'ada@x.example' }),
        withCells(2, { Name: 'A\u0000da', Email: 'C:\\u0000' }),
        // Keys other than the import's header (set by the first row): written from `raw`.
        withCells(3, { Name: 'Bo', Email: 'bo@x.example', _extra_1: 'x' }),
      ];
      await store.imports.addRows(rows, { fresh: true });
      expect(reads).toBe(1);
      expect((await store.imports.rows('imp-1')).map((row) => row.raw)).toEqual([
        { Name: 'Ada', Email: 'ada@x.example' },
        { Name: 'A\ufffdda', Email: 'C:\\u0000' },
        { Name: 'Bo', Email: 'bo@x.example', _extra_1: 'x' },
      ]);
    });

    it('reads back companies whose sources are rows of a stored import run', async () => {
      const { store, row } = await tenantWithRun();
      const stored = company('co1', { sources: [row(1), row(2), { source: 'user', at }], values: { name: [{ value: 'Acme', source: row(2) }] } });
      await store.companies.upsertMany([stored]);
      expect(await store.companies.get('co1')).toEqual(stored);
    });
  });
}
