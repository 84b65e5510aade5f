import { CompoundError } from '../errors/compound-error.js';
import { loadMigrations, migrate } from './migrate.js';
import type { Migration } from './migrate.js';
import type { SqlClient } from './sql-client.js';
import type { Store } from './store.js';
import { createTenantStore } from './tenant-store.js';
import type { TenantStoreOptions } from './tenant-store.js';

/** Settings every driver's `open*Store` accepts besides its connection settings. */
export interface SqlStoreOptions extends TenantStoreOptions {
  /** Migrations to apply on open. Default: the package's `migrations/*.sql`. */
  migrations?: readonly Migration[];
}

const clients = new WeakMap<Store, SqlClient>();

/**
 * The `SqlClient` under a store built by `createSqlStore`, for the contract suite and maintenance
 * scripts that need raw SQL (schema checks, re-running migrations). Undefined for other stores.
 * @internal
 */
export function sqlClientOf(store: Store): SqlClient | undefined {
  return clients.get(store);
}

/**
 * Builds the `Store` over a driver's `SqlClient`: applies pending migrations, then serves
 * tenant-scoped repositories. Drivers call this; users call `openPgliteStore`/`openPostgresStore`
 * or `openStore`. On a migration failure the client is closed and the error rethrown.
 */
export async function createSqlStore(client: SqlClient, options: SqlStoreOptions = {}): Promise<Store> {
  try {
    await migrate(client, options.migrations ?? (await loadMigrations()));
  } catch (error: unknown) {
    await client.close();
    throw error;
  }
  const store: Store = {
    driver: client.driver,
    async ensureTenant(tenantId, name) {
      if (typeof tenantId !== 'string' || tenantId.length === 0) {
        throw new CompoundError({ code: 'invalid-argument', message: 'A tenant id must be a non-empty string.' });
      }
      // Ids stay as given (an existing mixed-case tenant opens as it always did), but a new tenant
      // that differs from an existing one only in case is a typo (`Acme` for `acme`) that would
      // silently start an empty tenant beside the user's data.
      const alike = await client.query<{ tenant_id: string }>('SELECT tenant_id FROM tenants WHERE lower(tenant_id) = lower($1) ORDER BY tenant_id', [tenantId]);
      const others = alike.map((row) => row.tenant_id).filter((id) => id !== tenantId);
      if (others.length > 0 && others.length === alike.length) {
        throw new CompoundError({
          code: 'tenant-missing',
          message:
            `there is no tenant "${tenantId}", but there is ${others.map((id) => `"${id}"`).join(' and ')}: tenant ids are case-sensitive, ` +
            `so use ${others.length === 1 ? 'that id' : 'one of those ids'} (a new tenant needs a name no tenant has in any case)`,
          context: { tenantId },
        });
      }
      await client.query(
        'INSERT INTO tenants (tenant_id, name) VALUES ($1, $2) ON CONFLICT (tenant_id) DO UPDATE SET name = coalesce(excluded.name, tenants.name)',
        [tenantId, name ?? null],
      );
    },
    forTenant: (tenantId) => createTenantStore(client, tenantId, options),
    close: () => client.close(),
  };
  clients.set(store, client);
  return store;
}
