-- A key per stored import row: a digest of the row's raw cells (with its header) and of how the
-- import read them (column mapping, field types, default country). A later import finds the rows it
-- has seen before, exactly as they are, by this key and links each to the contact it went into,
-- instead of matching it afresh against a population in which every such contact now appears twice
-- (a stored survivor beside the same rows again). Rows stored before this migration have no key.
ALTER TABLE import_rows ADD COLUMN row_key text;
CREATE INDEX import_rows_row_key_idx ON import_rows (tenant_id, row_key) WHERE row_key IS NOT NULL;
