-- Raw import rows are stored in blocks of 1,000 consecutive row numbers (rows 1–1000 are block 0,
-- 1001–2000 block 1, ...): one table row per block instead of one per input row. Each table row
-- cost PGlite its tuple, index entry and COPY line, and the importing thread a cells array and a
-- JSON text; a 100k-row import now writes 100 rows. `entries` lists the block's rows in row order,
-- each `[row, raw, status, reason, contact_id]` (`raw` as in import_rows: cells in the order of
-- `imports.raw_header`, or an object). One row stays a keyed lookup, e.g. row 1234 of an import:
--   SELECT e FROM import_row_blocks b, json_array_elements(b.entries) e
--   WHERE b.tenant_id = $1 AND b.import_id = $2 AND b.block = (1234 - 1) / 1000 AND (e ->> 0)::integer = 1234;
-- import_rows keeps the rows written before this migration and is read with the blocks.
CREATE TABLE import_row_blocks (
  tenant_id text NOT NULL,
  import_id text NOT NULL,
  block integer NOT NULL,
  entries json NOT NULL,
  PRIMARY KEY (tenant_id, import_id, block),
  FOREIGN KEY (tenant_id, import_id) REFERENCES imports (tenant_id, id)
);
