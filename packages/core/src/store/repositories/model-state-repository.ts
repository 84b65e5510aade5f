import { CompoundError } from '../../errors/compound-error.js';
import type { SqlClient } from '../sql-client.js';
import type { ModelStateRepository, StoredModelState } from '../store.js';
import { toJsonParam } from './to-json-param.js';

interface ModelStateRow {
  kind: string;
  version: number;
  state: unknown;
  created_at: string;
}

const columns = 'kind, version, state, created_at';

function toStoredModelState(row: ModelStateRow): StoredModelState {
  return { kind: row.kind, version: row.version, state: row.state, createdAt: row.created_at };
}

function checkKind(tenantId: string, kind: string): void {
  if (typeof kind !== 'string' || kind === '') {
    throw new CompoundError({ code: 'invalid-argument', message: 'A model state kind must be a non-empty string, e.g. `reply-model`.', context: { tenantId } });
  }
}

/**
 * The versioned, append-only learned state of one tenant over any `SqlClient`, one version sequence
 * per kind; every statement is scoped to `tenantId`. `save` numbers versions max + 1 under a
 * per-(tenant, kind) advisory lock, so concurrent saves get consecutive versions.
 * @param now Clock for `createdAt`.
 */
export function createModelStateRepository(client: SqlClient, tenantId: string, now: () => Date): ModelStateRepository {
  return {
    async save(kind, state) {
      checkKind(tenantId, kind);
      if (state === undefined) {
        throw new CompoundError({ code: 'invalid-argument', message: `The ${kind} state to save is undefined; pass its snapshot().`, context: { tenantId } });
      }
      return client.transaction(async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('compound.model_states.' || $1 || '.' || $2))`, [tenantId, kind]);
        const [row] = await tx.query<{ version: number }>(
          `INSERT INTO model_states (tenant_id, kind, version, state, created_at)
           SELECT $1, $2, coalesce(max(version), 0) + 1, $3::json, $4 FROM model_states WHERE tenant_id = $1 AND kind = $2
           RETURNING version`,
          [tenantId, kind, toJsonParam(state), now().toISOString()],
        );
        if (row === undefined) {
          throw new CompoundError({ code: 'store-query-failed', message: `Saving the ${kind} state returned no version.`, context: { tenantId } });
        }
        return row.version;
      });
    },

    async latest(kind) {
      const [row] = await client.query<ModelStateRow>(
        `SELECT ${columns} FROM model_states WHERE tenant_id = $1 AND kind = $2 ORDER BY version DESC LIMIT 1`,
        [tenantId, kind],
      );
      return row === undefined ? undefined : toStoredModelState(row);
    },

    async get(kind, version) {
      const [row] = await client.query<ModelStateRow>(`SELECT ${columns} FROM model_states WHERE tenant_id = $1 AND kind = $2 AND version = $3`, [
        tenantId,
        kind,
        version,
      ]);
      return row === undefined ? undefined : toStoredModelState(row);
    },
  };
}
