import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sqlClientOf } from './sql-store.js';
import { contact } from './store-contract-fixtures.js';
import type { Store } from './store.js';

/**
 * Tenant ids are case-sensitive and kept as given; a new id that differs from a stored one only in
 * case is refused rather than started empty. Called from `describeStoreContract`.
 */
export function describeTenantIdsContract(getStore: () => Store): void {
  describe('tenant ids', () => {
    it('refuses a new tenant that differs from a stored one only in case, naming it, and still opens the stored one', async () => {
      const store = getStore();
      const stored = `Acme-${randomUUID()}`;
      await store.ensureTenant(stored);
      await store.forTenant(stored).contacts.upsertMany([contact('c1')]);
      const typo = stored.toLowerCase();
      await expect(store.ensureTenant(typo)).rejects.toMatchObject({
        code: 'tenant-missing',
        context: { tenantId: typo },
        message: `there is no tenant "${typo}", but there is "${stored}": tenant ids are case-sensitive, so use that id (a new tenant needs a name no tenant has in any case)`,
      });
      await store.ensureTenant(stored);
      expect(await store.forTenant(stored).contacts.count()).toBe(1);
    });

    it('opens each of two stored tenants whose ids differ only in case, as an older version could store them', async () => {
      const store = getStore();
      const sql = sqlClientOf(store);
      if (sql === undefined) throw new Error('a SQL store');
      const lower = `acme-${randomUUID()}`;
      const upper = lower.toUpperCase();
      await sql.query('INSERT INTO tenants (tenant_id) VALUES ($1), ($2)', [lower, upper]);
      await store.ensureTenant(lower);
      await store.ensureTenant(upper, 'Upper');
      await store.forTenant(upper).contacts.upsertMany([contact('c1'), contact('c2')]);
      expect(await store.forTenant(lower).contacts.count()).toBe(0);
      expect(await store.forTenant(upper).contacts.count()).toBe(2);
    });
  });
}
