-- Row-level security: the second lock behind the query-level one (every repository query already
-- filters on tenant_id). A connection scoped to a tenant sets `compound.tenant_id` (the PostgreSQL
-- driver's tenant client does, per connection or per transaction); then each table shows and
-- accepts only that tenant's rows, whatever a query forgets. A connection that sets no tenant
-- (migrations, `ensureTenant`, maintenance) sees every row. FORCE applies the policies to the
-- tables' owner too; superusers (PGlite's only user, the `postgres` role) bypass row-level
-- security by design, so the lock holds for the application role a hosted deployment runs as.
CREATE FUNCTION compound_tenant_visible(row_tenant text) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(nullif(current_setting('compound.tenant_id', true), ''), row_tenant) = row_tenant $$;

ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE companies ENABLE ROW LEVEL SECURITY;
ALTER TABLE companies FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON companies USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE contacts FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON contacts USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE imports ENABLE ROW LEVEL SECURITY;
ALTER TABLE imports FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON imports USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE import_rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_rows FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_rows USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE merges ENABLE ROW LEVEL SECURITY;
ALTER TABLE merges FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON merges USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE playbooks ENABLE ROW LEVEL SECURITY;
ALTER TABLE playbooks FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON playbooks USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE events ENABLE ROW LEVEL SECURITY;
ALTER TABLE events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON events USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE model_states ENABLE ROW LEVEL SECURITY;
ALTER TABLE model_states FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON model_states USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE enrichment_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE enrichment_runs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON enrichment_runs USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE enrichment_calls ENABLE ROW LEVEL SECURITY;
ALTER TABLE enrichment_calls FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON enrichment_calls USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE enrichment_cache ENABLE ROW LEVEL SECURITY;
ALTER TABLE enrichment_cache FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON enrichment_cache USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE enrichment_fields ENABLE ROW LEVEL SECURITY;
ALTER TABLE enrichment_fields FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON enrichment_fields USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE enrichment_snapshots ENABLE ROW LEVEL SECURITY;
ALTER TABLE enrichment_snapshots FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON enrichment_snapshots USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE enrichment_signals ENABLE ROW LEVEL SECURITY;
ALTER TABLE enrichment_signals FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON enrichment_signals USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));

ALTER TABLE fit_reason_dictionary ENABLE ROW LEVEL SECURITY;
ALTER TABLE fit_reason_dictionary FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON fit_reason_dictionary USING (compound_tenant_visible(tenant_id)) WITH CHECK (compound_tenant_visible(tenant_id));
