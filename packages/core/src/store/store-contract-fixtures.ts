/** Builders of stored entities for the store contract suite. @internal */
import { randomUUID } from 'node:crypto';
import type { ContactRecord } from '../contacts/contact.js';
import { emptyContactRecord } from '../contacts/empty-contact-record.js';
import type { Store, StoredCompany, StoredContact, StoredImportRow, StoredMerge, TenantStore } from './store.js';
export const at = '2024-05-01T09:30:00.000Z';
export const later = '2024-05-02T10:00:00.000Z';

export function fullRecord(id: string): ContactRecord {
  return {
    ...emptyContactRecord(),
    fullName: `Ada ${id}`,
    firstName: 'Ada',
    lastName: `Lovelace ${id}`,
    emails: [
      { address: `ada.${id}@analytical.example`, valid: true, role: false, free: false, disposable: false },
      { address: `ada.${id}@gmail.com`, valid: true, role: false, free: true, disposable: false },
    ],
    phones: ['+442071234567'],
    company: 'Analytical Engines Ltd',
    companyKey: 'analytical engines',
    domain: 'analytical.example',
    title: 'VP Engineering',
    seniority: 'vp',
    function: 'engineering',
    linkedinUrl: `https://www.linkedin.com/in/ada-${id}`,
    linkedinSlug: `ada-${id}`,
    city: 'London',
    country: 'GB',
    employees: 120,
    technologies: ['postgres', 'typescript'],
    tags: ['vip'],
    birthDate: '1815-12-10',
    custom: { 'Favourite Engine': { value: 'Difference — № 2 "quoted" \\ back', type: 'text' }, 'Member ID': { value: '007', type: 'id' } },
    issues: [{ field: 'phone', value: '12', reason: 'too short' }],
  };
}

export function contact(id: string, overrides: Partial<StoredContact> = {}): StoredContact {
  return {
    id,
    record: fullRecord(id),
    values: { email: [{ value: `ada.${id}@analytical.example`, source: { source: 'import', importId: 'imp-1', file: 'a.csv', row: 1, at } }] },
    sources: [{ source: 'import', importId: 'imp-1', file: 'a.csv', row: 1, at }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function company(id: string, overrides: Partial<StoredCompany> = {}): StoredCompany {
  return {
    id,
    name: 'Analytical Engines Ltd',
    key: 'analytical engines',
    domain: 'analytical.example',
    industry: 'Computing',
    employees: 120,
    country: 'GB',
    values: { company: [{ value: 'Analytical Engines Ltd', source: { source: 'import', row: 1, at } }] },
    sources: [{ source: 'import', row: 1, at }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function importRow(importId: string, row: number, overrides: Partial<StoredImportRow> = {}): StoredImportRow {
  return { importId, row, raw: { 'First Name': 'Ada', Email: `ada${row}@x.example`, Extra: '' }, status: 'imported', contactId: `c${row}`, ...overrides };
}

export function merge(id: string, survivorId: string, overrides: Partial<StoredMerge> = {}): StoredMerge {
  return { id, survivorId, importId: 'imp-1', row: 2, reason: { keys: ['email'], score: 1, evidence: { lastName: 'equal' } }, at, ...overrides };
}

/**
 * The behaviour every `Store` implementation must have, as a vitest suite: migrations, schema rules,
 * round-trips of every entity, ranking, merged contacts, tenant isolation, commit and rollback, and
 * outcome events and model states (`describeEventsContract`).
 * Call it from a driver's test file; `open` is called once, and the store is closed after the suite.
 * Each test works in fresh random tenants, so the store may be shared and reused.
 */

/** A new tenant (random id) in `store`, for a contract test that needs its own. */
export async function freshTenant(store: Store): Promise<TenantStore> {
  const id = `tenant-${randomUUID()}`;
  await store.ensureTenant(id, 'Test tenant');
  return store.forTenant(id);
}
