-- Fit reasons repeat: 100k contacts scored against one playbook carry ~800k reasons but only a few
-- thousand distinct ones ("technologies unknown", "Director → matches seniority Director", ...).
-- Each distinct reason (its JSON tuple [dimension, score, weight, matched, text]) is kept once per
-- tenant here, and contacts.fit_reasons lists their ids. The md5 key keeps the unique index small
-- whatever the length of a reason's text.
CREATE TABLE fit_reason_dictionary (
  tenant_id text NOT NULL REFERENCES tenants (tenant_id),
  id integer GENERATED ALWAYS AS IDENTITY,
  reason text NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX fit_reason_dictionary_reason_idx ON fit_reason_dictionary (tenant_id, md5(reason));

-- No query filters contacts by email or company_id (dedup and company links work in memory), and
-- each secondary index cost about 0.5 s of PGlite CPU per 100k contacts written; a query that
-- needs one adds it back in its own migration.
DROP INDEX contacts_email_idx;
DROP INDEX contacts_company_idx;
