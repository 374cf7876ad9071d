-- A survey wave arrives as uploaded files (NDJSON or CSV), each processed as an import job. The
-- upload is spooled to disk first; the job then commits its rows in batches, each batch together
-- with its checkpoint (rows_read), so a crash resumes exactly after the last committed batch.
CREATE TABLE import_job (
    id            UUID PRIMARY KEY,
    wave          TEXT        NOT NULL,
    format        TEXT        NOT NULL CHECK (format IN ('NDJSON', 'CSV')),
    file_name     TEXT,
    spool_path    TEXT        NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    rows_read     BIGINT      NOT NULL DEFAULT 0,
    accepted      BIGINT      NOT NULL DEFAULT 0,
    rejected      BIGINT      NOT NULL DEFAULT 0,
    -- accepted updates identical to the current version: no new version, so no event to publish
    unchanged     BIGINT      NOT NULL DEFAULT 0,
    published     BIGINT      NOT NULL DEFAULT 0,
    failure       TEXT,
    submitted_by  TEXT        NOT NULL,
    submitted_at  TIMESTAMPTZ NOT NULL,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    resumed       INTEGER     NOT NULL DEFAULT 0,
    timings       JSONB       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX import_job_wave_idx ON import_job (wave, submitted_at);
CREATE INDEX import_job_unfinished_idx ON import_job (submitted_at) WHERE status IN ('QUEUED', 'RUNNING');

-- The row-level error report: each rejected row with every failing field (JSON pointers).
CREATE TABLE import_row_error (
    job_id      UUID   NOT NULL REFERENCES import_job (id),
    row_number  BIGINT NOT NULL,
    line        BIGINT NOT NULL,
    ref         TEXT,
    errors      JSONB  NOT NULL,
    PRIMARY KEY (job_id, row_number)
);

-- Which import an outbox row came from, so the relay can count what each job has published.
ALTER TABLE outbox_event ADD COLUMN import_job_id UUID;

CREATE TABLE survey_wave (
    code        TEXT PRIMARY KEY,
    name        TEXT        NOT NULL,
    starts_on   DATE,
    ends_on     DATE,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
ALTER TABLE import_job ADD CONSTRAINT import_job_wave_fk FOREIGN KEY (wave) REFERENCES survey_wave (code);
