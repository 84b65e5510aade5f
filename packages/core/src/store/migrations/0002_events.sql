-- Outcome events and versioned learning state (issue 4).
--
-- events: one row per event as a source reported it. The primary key (tenant_id, source, external_id)
-- is the idempotency key: a webhook retried, a CSV imported twice or a simulator replay inserts
-- nothing new. Events are never updated; a message's outcome is folded from all of its events at
-- read time, so arrival order does not matter. No foreign key to contacts: an event may name a
-- contact that is imported later, or one that lives only in the outreach tool.
CREATE TABLE events (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  source text NOT NULL,
  external_id text NOT NULL,
  type text NOT NULL,
  occurred_at timestamptz NOT NULL,
  message_id text NOT NULL,
  contact_id text,
  campaign text,
  angle text,
  channel text,
  segment text,
  sentiment text,
  attributes json,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, source, external_id)
);
CREATE INDEX events_message_idx ON events (tenant_id, message_id);
CREATE INDEX events_occurred_idx ON events (tenant_id, occurred_at);

-- model_states: append-only snapshots of learned state (angle learner, reply model, timing), one
-- version sequence per (tenant, kind). `json`, not `jsonb`: written and read whole, never queried into.
CREATE TABLE model_states (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  kind text NOT NULL,
  version integer NOT NULL,
  state json NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, kind, version)
);
