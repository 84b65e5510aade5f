import { CompoundError } from '../../errors/compound-error.js';
import type { SqlClient } from '../sql-client.js';
import type { PlaybooksRepository, StoredPlaybook } from '../store.js';
import { toJsonParam } from './to-json-param.js';

interface PlaybookRow {
  version: number;
  source: string;
  parsed: unknown;
  created_at: string;
}

const columns = 'version, source, parsed, created_at';

function toStoredPlaybook(row: PlaybookRow): StoredPlaybook {
  return { version: row.version, source: row.source, parsed: row.parsed, createdAt: row.created_at };
}

/**
 * The versioned, append-only playbooks of one tenant over any `SqlClient`; every statement is
 * scoped to `tenantId`. `save` numbers versions max + 1 under a per-tenant advisory lock, so
 * concurrent saves get consecutive versions instead of a key conflict.
 * @param now Clock for `createdAt`.
 */
export function createPlaybooksRepository(client: SqlClient, tenantId: string, now: () => Date): PlaybooksRepository {
  return {
    async save(playbook) {
      return client.transaction(async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('compound.playbooks.' || $1))`, [tenantId]);
        const [row] = await tx.query<{ version: number }>(
          `INSERT INTO playbooks (tenant_id, version, source, parsed, created_at)
           SELECT $1, coalesce(max(version), 0) + 1, $2, $3::jsonb, $4 FROM playbooks WHERE tenant_id = $1
           RETURNING version`,
          [tenantId, playbook.source, toJsonParam(playbook.parsed ?? null), now().toISOString()],
        );
        if (row === undefined) {
          throw new CompoundError({ code: 'store-query-failed', message: 'Saving the playbook returned no version.', context: { tenantId } });
        }
        return row.version;
      });
    },

    async latest() {
      const [row] = await client.query<PlaybookRow>(
        `SELECT ${columns} FROM playbooks WHERE tenant_id = $1 ORDER BY version DESC LIMIT 1`,
        [tenantId],
      );
      return row === undefined ? undefined : toStoredPlaybook(row);
    },

    async get(version) {
      const [row] = await client.query<PlaybookRow>(`SELECT ${columns} FROM playbooks WHERE tenant_id = $1 AND version = $2`, [
        tenantId,
        version,
      ]);
      return row === undefined ? undefined : toStoredPlaybook(row);
    },
  };
}
