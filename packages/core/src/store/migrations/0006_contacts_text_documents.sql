-- The bulk documents of contacts and import rows become `text`: they are written by the store as
-- JSON text (JSON.stringify, always valid) 100k at a time, read whole and parsed by the store, and
-- never queried into. As `json`, PostgreSQL validated every document on input: about 12% of
-- PGlite's time in COPYing 100k contacts. The stored text is unchanged.
ALTER TABLE contacts
  ALTER COLUMN fit_reasons TYPE text USING fit_reasons::text,
  ALTER COLUMN record TYPE text USING record::text,
  ALTER COLUMN "values" TYPE text USING "values"::text,
  ALTER COLUMN sources TYPE text USING sources::text;
ALTER TABLE import_rows ALTER COLUMN raw TYPE text USING raw::text;
