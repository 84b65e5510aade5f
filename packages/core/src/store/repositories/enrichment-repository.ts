import type {
  EnrichmentRepository,
  StoredEnrichedField,
  StoredEnrichmentCall,
  StoredEnrichmentRun,
  StoredEnrichmentSignal,
  StoredEnrichmentSnapshot,
} from '../enrichment-store.js';
import type { SqlClient } from '../sql-client.js';
import { batches, lastPerKey, toJsonParam } from './to-json-param.js';

const batchSize = 2000;

interface RunRow {
  id: string;
  status: StoredEnrichmentRun['status'];
  options: Record<string, unknown>;
  budget: number | null;
  spent: number;
  summary: Record<string, unknown> | null;
  started_at: string;
  finished_at: string | null;
}

function toRun(row: RunRow): StoredEnrichmentRun {
  const run: StoredEnrichmentRun = { id: row.id, status: row.status, options: row.options, spent: row.spent, startedAt: row.started_at };
  if (row.budget !== null) run.budget = row.budget;
  if (row.summary !== null) run.summary = row.summary;
  if (row.finished_at !== null) run.finishedAt = row.finished_at;
  return run;
}

interface CallRow {
  run_id: string;
  subject_id: string;
  provider_id: string;
  status: string;
  cost: number;
  cached: boolean;
  result: unknown;
  at: string;
}

interface FieldRow {
  subject_id: string;
  field: string;
  value: unknown;
  source: string;
  provider_id: string;
  stage: string;
  confidence: number;
  cost: number;
  run_id: string;
  fetched_at: string;
  expires_at: string;
}

interface SnapshotRow {
  subject_id: string;
  run_id: string;
  taken_at: string;
  fields: Record<string, unknown>;
}

interface SignalRow {
  id: string;
  subject_id: string;
  run_id: string;
  type: string;
  occurred_at: string | null;
  detected_at: string;
  text: string;
  source: string;
  data: Record<string, unknown> | null;
}

function toField(row: FieldRow): StoredEnrichedField {
  return {
    subjectId: row.subject_id,
    field: row.field,
    value: row.value,
    source: row.source,
    providerId: row.provider_id,
    stage: row.stage,
    confidence: row.confidence,
    cost: row.cost,
    runId: row.run_id,
    fetchedAt: row.fetched_at,
    expiresAt: row.expires_at,
  };
}

function toSnapshot(row: SnapshotRow): StoredEnrichmentSnapshot {
  return { subjectId: row.subject_id, runId: row.run_id, takenAt: row.taken_at, fields: row.fields };
}

function toSignal(row: SignalRow): StoredEnrichmentSignal {
  const signal: StoredEnrichmentSignal = {
    id: row.id,
    subjectId: row.subject_id,
    runId: row.run_id,
    type: row.type,
    detectedAt: row.detected_at,
    text: row.text,
    source: row.source,
  };
  if (row.occurred_at !== null) signal.occurredAt = row.occurred_at;
  if (row.data !== null) signal.data = row.data;
  return signal;
}

/**
 * One call per (run, subject, provider), as the table keeps them: the first, unless it did not run
 * and a later one did (a paid answer replaces a not-run one). One statement may not update a row twice.
 */
function firstCallPerKey(calls: readonly StoredEnrichmentCall[]): StoredEnrichmentCall[] {
  const byKey = new Map<string, StoredEnrichmentCall>();
  for (const call of calls) {
    const key = `${call.runId}\u0001${call.subjectId}\u0001${call.providerId}`;
    const kept = byKey.get(key);
    if (kept === undefined || (kept.status === 'not-run' && call.status !== 'not-run')) byKey.set(key, call);
  }
  return [...byKey.values()];
}

const runColumns = 'id, status, options, budget, spent, summary, started_at, finished_at';
const fieldColumns = 'subject_id, field, value, source, provider_id, stage, confidence, cost, run_id, fetched_at, expires_at';

/** Enrichment runs, calls ledger, cache, fields, snapshots and signals of one tenant over any `SqlClient`. */
export function createEnrichmentRepository(client: SqlClient, tenantId: string): EnrichmentRepository {
  return {
    async saveRun(run) {
      await client.query(
        `INSERT INTO enrichment_runs (tenant_id, ${runColumns}) VALUES ($1, $2, $3, $4::json, $5, $6, $7::json, $8, $9)
         ON CONFLICT (tenant_id, id) DO UPDATE SET status = excluded.status, options = excluded.options, budget = excluded.budget,
           spent = excluded.spent, summary = excluded.summary, started_at = excluded.started_at, finished_at = excluded.finished_at`,
        [tenantId, run.id, run.status, toJsonParam(run.options), run.budget ?? null, run.spent, toJsonParam(run.summary), run.startedAt, run.finishedAt ?? null],
      );
    },

    async getRun(id) {
      const [row] = await client.query<RunRow>(`SELECT ${runColumns} FROM enrichment_runs WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
      return row === undefined ? undefined : toRun(row);
    },

    async listRuns() {
      const rows = await client.query<RunRow>(`SELECT ${runColumns} FROM enrichment_runs WHERE tenant_id = $1 ORDER BY started_at DESC, id DESC`, [tenantId]);
      return rows.map(toRun);
    },

    async recordCalls(calls) {
      for (const batch of batches(firstCallPerKey(calls), batchSize)) {
        const payload = batch.map((call) => ({
          run_id: call.runId,
          subject_id: call.subjectId,
          provider_id: call.providerId,
          status: call.status,
          cost: call.cost,
          cached: call.cached,
          result: call.result,
          at: call.at,
        }));
        await client.query(
          `INSERT INTO enrichment_calls (tenant_id, run_id, subject_id, provider_id, status, cost, cached, result, at)
           SELECT $1, x.run_id, x.subject_id, x.provider_id, x.status, x.cost, x.cached, x.result, x.at
           FROM json_to_recordset($2::json) AS x(run_id text, subject_id text, provider_id text, status text, cost double precision,
             cached boolean, result json, at timestamptz)
           ON CONFLICT (tenant_id, run_id, subject_id, provider_id) DO UPDATE SET status = excluded.status, cost = excluded.cost,
             cached = excluded.cached, result = excluded.result, at = excluded.at
           WHERE enrichment_calls.status = 'not-run' AND excluded.status <> 'not-run'`,
          [tenantId, toJsonParam(payload)],
        );
      }
    },

    async listCalls(runId) {
      const rows = await client.query<CallRow>(
        `SELECT run_id, subject_id, provider_id, status, cost, cached, result, at FROM enrichment_calls WHERE tenant_id = $1 AND run_id = $2
         ORDER BY at, subject_id, provider_id`,
        [tenantId, runId],
      );
      return rows.map((row) => ({
        runId: row.run_id,
        subjectId: row.subject_id,
        providerId: row.provider_id,
        status: row.status,
        cost: row.cost,
        cached: row.cached,
        result: row.result,
        at: row.at,
      }));
    },

    async spend(runId) {
      const [row] = await client.query<{ paid: number; no_data: number; cost: number | null; no_data_cost: number | null }>(
        `SELECT count(*) FILTER (WHERE NOT cached AND status <> 'not-run') AS paid, count(*) FILTER (WHERE NOT cached AND status = 'no-data') AS no_data,
           sum(cost) AS cost, sum(cost) FILTER (WHERE status = 'no-data') AS no_data_cost
         FROM enrichment_calls WHERE tenant_id = $1 AND ($2::text IS NULL OR run_id = $2)`,
        [tenantId, runId ?? null],
      );
      return { paidCalls: row?.paid ?? 0, noDataCalls: row?.no_data ?? 0, cost: row?.cost ?? 0, noDataCost: row?.no_data_cost ?? 0 };
    },

    async loadCache(now, providerIds) {
      return client.query<{ key: string; result: unknown }>(
        `SELECT key, result FROM enrichment_cache WHERE tenant_id = $1 AND expires_at > $2 AND ($3::text[] IS NULL OR provider_id = ANY ($3::text[]))`,
        [tenantId, now, providerIds === undefined ? null : [...providerIds]],
      );
    },

    async saveCache(entries) {
      for (const batch of batches(lastPerKey(entries, (entry) => entry.key), batchSize)) {
        await client.query(
          `INSERT INTO enrichment_cache (tenant_id, key, provider_id, result, expires_at, created_at)
           SELECT $1, x.key, x.provider_id, x.result, x.expires_at, x.created_at
           FROM json_to_recordset($2::json) AS x(key text, provider_id text, result json, expires_at timestamptz, created_at timestamptz)
           ON CONFLICT (tenant_id, key) DO UPDATE SET provider_id = excluded.provider_id, result = excluded.result,
             expires_at = excluded.expires_at, created_at = excluded.created_at`,
          [tenantId, toJsonParam(batch.map((entry) => ({ key: entry.key, provider_id: entry.providerId, result: entry.result, expires_at: entry.expiresAt, created_at: entry.createdAt })))],
        );
      }
    },

    async upsertFields(fields) {
      for (const batch of batches(lastPerKey(fields, (field) => `${field.subjectId}\u0001${field.field}`), batchSize)) {
        const payload = batch.map((field) => ({
          subject_id: field.subjectId,
          field: field.field,
          value: field.value,
          source: field.source,
          provider_id: field.providerId,
          stage: field.stage,
          confidence: field.confidence,
          cost: field.cost,
          run_id: field.runId,
          fetched_at: field.fetchedAt,
          expires_at: field.expiresAt,
        }));
        await client.query(
          `INSERT INTO enrichment_fields (tenant_id, ${fieldColumns})
           SELECT $1, x.subject_id, x.field, x.value, x.source, x.provider_id, x.stage, x.confidence, x.cost, x.run_id, x.fetched_at, x.expires_at
           FROM json_to_recordset($2::json) AS x(subject_id text, field text, value json, source text, provider_id text, stage text,
             confidence double precision, cost double precision, run_id text, fetched_at timestamptz, expires_at timestamptz)
           ON CONFLICT (tenant_id, subject_id, field) DO UPDATE SET value = excluded.value, source = excluded.source,
             provider_id = excluded.provider_id, stage = excluded.stage, confidence = excluded.confidence, cost = excluded.cost,
             run_id = excluded.run_id, fetched_at = excluded.fetched_at, expires_at = excluded.expires_at`,
          [tenantId, toJsonParam(payload)],
        );
      }
    },

    async listFields(subjectId) {
      const rows = await client.query<FieldRow>(
        `SELECT ${fieldColumns} FROM enrichment_fields WHERE tenant_id = $1 AND ($2::text IS NULL OR subject_id = $2) ORDER BY subject_id, field`,
        [tenantId, subjectId ?? null],
      );
      return rows.map(toField);
    },

    async saveSnapshots(snapshots) {
      for (const batch of batches(lastPerKey(snapshots, (snapshot) => `${snapshot.subjectId}\u0001${snapshot.runId}`), batchSize)) {
        await client.query(
          `INSERT INTO enrichment_snapshots (tenant_id, subject_id, run_id, taken_at, fields)
           SELECT $1, x.subject_id, x.run_id, x.taken_at, x.fields
           FROM json_to_recordset($2::json) AS x(subject_id text, run_id text, taken_at timestamptz, fields json)
           ON CONFLICT (tenant_id, subject_id, run_id) DO UPDATE SET taken_at = excluded.taken_at, fields = excluded.fields`,
          [tenantId, toJsonParam(batch.map((snapshot) => ({ subject_id: snapshot.subjectId, run_id: snapshot.runId, taken_at: snapshot.takenAt, fields: snapshot.fields })))],
        );
      }
    },

    async latestSnapshots(excludeRunId) {
      const rows = await client.query<SnapshotRow>(
        `SELECT DISTINCT ON (subject_id) subject_id, run_id, taken_at, fields FROM enrichment_snapshots
         WHERE tenant_id = $1 AND ($2::text IS NULL OR run_id <> $2) ORDER BY subject_id, taken_at DESC, run_id DESC`,
        [tenantId, excludeRunId ?? null],
      );
      return new Map(rows.map((row) => [row.subject_id, toSnapshot(row)]));
    },

    async listSnapshots(subjectId) {
      const rows = await client.query<SnapshotRow>(
        `SELECT subject_id, run_id, taken_at, fields FROM enrichment_snapshots WHERE tenant_id = $1 AND subject_id = $2 ORDER BY taken_at, run_id`,
        [tenantId, subjectId],
      );
      return rows.map(toSnapshot);
    },

    async addSignals(signals) {
      const seen = new Set<string>();
      const firsts = signals.filter((signal) => !seen.has(signal.id) && seen.add(signal.id) !== undefined);
      for (const batch of batches(firsts, batchSize)) {
        const payload = batch.map((signal) => ({
          id: signal.id,
          subject_id: signal.subjectId,
          run_id: signal.runId,
          type: signal.type,
          occurred_at: signal.occurredAt ?? null,
          detected_at: signal.detectedAt,
          text: signal.text,
          source: signal.source,
          data: signal.data ?? null,
        }));
        await client.query(
          `INSERT INTO enrichment_signals (tenant_id, id, subject_id, run_id, type, occurred_at, detected_at, text, source, data)
           SELECT $1, x.id, x.subject_id, x.run_id, x.type, x.occurred_at, x.detected_at, x.text, x.source, x.data
           FROM json_to_recordset($2::json) AS x(id text, subject_id text, run_id text, type text, occurred_at timestamptz,
             detected_at timestamptz, text text, source text, data json)
           ON CONFLICT (tenant_id, id) DO NOTHING`,
          [tenantId, toJsonParam(payload)],
        );
      }
    },

    async listSignals(subjectId) {
      const rows = await client.query<SignalRow>(
        `SELECT id, subject_id, run_id, type, occurred_at, detected_at, text, source, data FROM enrichment_signals
         WHERE tenant_id = $1 AND ($2::text IS NULL OR subject_id = $2) ORDER BY detected_at DESC, id`,
        [tenantId, subjectId ?? null],
      );
      return rows.map(toSignal);
    },
  };
}
