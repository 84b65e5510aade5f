-- Compound's first schema. Every primary key starts with tenant_id and every foreign key includes
-- it, so tables can later be distributed by tenant (the Citus model) and no query crosses tenants.
--
-- Bulk documents (contact records, source values, raw import rows) are `json`, not `jsonb`: they
-- are written 100k at a time and read whole, and parsing them into jsonb cost about 3 s of CPU
-- per 70 MB on PGlite (json only validates).
-- Columns that queries filter or sort on (email, company_id, fit, merged_into) are plain columns.

CREATE TABLE tenants (
  tenant_id text PRIMARY KEY,
  name text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE companies (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  id text NOT NULL,
  name text NOT NULL,
  key text NOT NULL,
  domain text,
  industry text,
  employees integer,
  country text,
  "values" json NOT NULL,
  sources json NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX companies_domain_idx ON companies (tenant_id, domain);
CREATE INDEX companies_key_idx ON companies (tenant_id, key);

-- company_id and merged_into carry no foreign key: the import writes contacts, companies and merges
-- in whatever order its stages finish, and a merged contact must survive its survivor's edits.
CREATE TABLE contacts (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  id text NOT NULL,
  email text,
  company_id text,
  fit double precision,
  fit_reasons json,
  playbook_version integer,
  merged_into text,
  record json NOT NULL,
  "values" json NOT NULL,
  sources json NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX contacts_fit_idx ON contacts (tenant_id, fit DESC NULLS LAST, id) WHERE merged_into IS NULL;
CREATE INDEX contacts_email_idx ON contacts (tenant_id, email);
CREATE INDEX contacts_company_idx ON contacts (tenant_id, company_id);

CREATE TABLE imports (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  id text NOT NULL,
  file text NOT NULL,
  format text NOT NULL,
  status text NOT NULL,
  mapping jsonb NOT NULL DEFAULT '{}',
  report jsonb,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE import_rows (
  tenant_id text NOT NULL,
  import_id text NOT NULL,
  "row" integer NOT NULL,
  raw json NOT NULL,
  status text NOT NULL,
  reason text,
  contact_id text,
  PRIMARY KEY (tenant_id, import_id, "row"),
  FOREIGN KEY (tenant_id, import_id) REFERENCES imports (tenant_id, id)
);

CREATE TABLE merges (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  id text NOT NULL,
  survivor_id text NOT NULL,
  merged_contact_id text,
  import_id text,
  "row" integer,
  reason json NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX merges_survivor_idx ON merges (tenant_id, survivor_id);

CREATE TABLE playbooks (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  version integer NOT NULL,
  source text NOT NULL,
  parsed jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, version)
);
