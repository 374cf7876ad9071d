-- Members without a NIK that arrived in bulk (survey waves) wait here for the duplicate search,
-- which runs beside the import rather than inside its batches. Queued in the batch's transaction,
-- so no member escapes the search.
CREATE TABLE duplicate_check (
    member_id    UUID PRIMARY KEY REFERENCES member (id),
    household_id UUID        NOT NULL REFERENCES household (id),
    queued_at    TIMESTAMPTZ NOT NULL
);
-- The candidate search narrows by regency (a prefix of the region code).
CREATE INDEX household_region_code_prefix_idx ON household (region_code text_pattern_ops);
