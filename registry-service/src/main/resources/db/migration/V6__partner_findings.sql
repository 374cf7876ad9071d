-- What agencies and NGOs find in the field (two-way sharing): pending until an operator verifies
-- (it then becomes a household version and an event) or rejects it.
CREATE TABLE finding (
    id                  UUID PRIMARY KEY,
    kind                TEXT        NOT NULL,
    household_id        UUID REFERENCES household (id),
    proposed            JSONB       NOT NULL,
    submitted_by        TEXT        NOT NULL,
    evidence_reference  TEXT,
    note                TEXT,
    submitted_at        TIMESTAMPTZ NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED')),
    decided_by          TEXT,
    decided_at          TIMESTAMPTZ,
    decision_note       TEXT,
    resulting_household UUID,
    resulting_version   INTEGER
);
CREATE INDEX finding_pending_idx ON finding (submitted_at) WHERE status = 'PENDING';
