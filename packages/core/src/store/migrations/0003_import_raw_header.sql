-- Import rows store their raw cells as a JSON array in the order of the import's header, kept once
-- per import here, instead of repeating every header name in every row (about half the bytes).
-- Rows whose cells do not line up with the header (ragged rows, repeated names) stay JSON objects.
ALTER TABLE imports ADD COLUMN raw_header json;
