-- Enrichment: runs and their calls ledger (a call paid in a run is never repeated on resume), the
-- response cache (provider + normalized input, with a TTL), enriched fields with provenance, one
-- snapshot per subject per run, and the signals found.
CREATE TABLE enrichment_runs (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  id text NOT NULL,
  status text NOT NULL,
  options json NOT NULL,
  budget double precision,
  spent double precision NOT NULL DEFAULT 0,
  summary json,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE enrichment_calls (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  run_id text NOT NULL,
  subject_id text NOT NULL,
  provider_id text NOT NULL,
  status text NOT NULL,
  cost double precision NOT NULL,
  cached boolean NOT NULL,
  result json NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, run_id, subject_id, provider_id)
);

CREATE TABLE enrichment_cache (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  key text NOT NULL,
  provider_id text NOT NULL,
  result json NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, key)
);

CREATE TABLE enrichment_fields (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  subject_id text NOT NULL,
  field text NOT NULL,
  value json NOT NULL,
  source text NOT NULL,
  provider_id text NOT NULL,
  stage text NOT NULL,
  confidence double precision NOT NULL,
  cost double precision NOT NULL,
  run_id text NOT NULL,
  fetched_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, subject_id, field)
);

CREATE TABLE enrichment_snapshots (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  subject_id text NOT NULL,
  run_id text NOT NULL,
  taken_at timestamptz NOT NULL,
  fields json NOT NULL,
  PRIMARY KEY (tenant_id, subject_id, run_id)
);
CREATE INDEX enrichment_snapshots_taken_idx ON enrichment_snapshots (tenant_id, subject_id, taken_at);

CREATE TABLE enrichment_signals (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  id text NOT NULL,
  subject_id text NOT NULL,
  run_id text NOT NULL,
  type text NOT NULL,
  occurred_at timestamptz,
  detected_at timestamptz NOT NULL,
  text text NOT NULL,
  source text NOT NULL,
  data json,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX enrichment_signals_subject_idx ON enrichment_signals (tenant_id, subject_id);
