ALTER TABLE member ADD COLUMN sex TEXT;

-- Likely duplicates among people without a NIK, for an operator to merge or dismiss; never merged
-- automatically.
CREATE TABLE duplicate_candidate (
    id                  UUID PRIMARY KEY,
    member_id           UUID             NOT NULL REFERENCES member (id),
    other_member_id     UUID             NOT NULL REFERENCES member (id),
    score               DOUBLE PRECISION NOT NULL,
    reasons             JSONB            NOT NULL,
    status              TEXT             NOT NULL CHECK (status IN ('OPEN', 'DISMISSED', 'MERGED')),
    decided_by          TEXT,
    decided_at          TIMESTAMPTZ,
    note                TEXT,
    created_at          TIMESTAMPTZ      NOT NULL,
    UNIQUE (member_id, other_member_id)
);
CREATE INDEX duplicate_candidate_open_idx ON duplicate_candidate (created_at) WHERE status = 'OPEN';
CREATE INDEX member_birth_year_idx ON member (birth_year);
