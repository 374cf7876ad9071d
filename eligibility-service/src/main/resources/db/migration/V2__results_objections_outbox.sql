-- The score table of V1 was never written: results replace it.
DROP TABLE household_score;

-- The latest household state read from the registry's topic, kept to re-decide a household
-- whose desil moved because another one changed, or whose objection was upheld. A replay of the
-- topic overwrites it only with a newer version.
CREATE TABLE household_input (
    household_id      UUID        PRIMARY KEY,
    household_version INT         NOT NULL,
    occurred_at       TIMESTAMPTZ NOT NULL,
    state             BYTEA       NOT NULL -- Avro single-object encoding of HouseholdState
);

-- What was last concluded (and published) about each household, with its explanation.
CREATE TABLE household_result (
    household_id      UUID             PRIMARY KEY,
    household_version INT              NOT NULL,
    revision          INT              NOT NULL,
    region_code       TEXT,
    persons           INT              NOT NULL,
    score             DOUBLE PRECISION NOT NULL,
    desil_national    SMALLINT         NOT NULL CHECK (desil_national BETWEEN 0 AND 10),
    desil_province    SMALLINT         NOT NULL CHECK (desil_province BETWEEN 0 AND 10),
    desil_regency     SMALLINT         NOT NULL CHECK (desil_regency BETWEEN 0 AND 10),
    eligibility       JSONB            NOT NULL, -- {"PKH": true, …}
    explanation       JSONB            NOT NULL, -- score terms and programme decisions with reasons
    model_version     TEXT             NOT NULL,
    rules_version     TEXT             NOT NULL,
    updated_at        TIMESTAMPTZ      NOT NULL
);
CREATE INDEX household_result_region ON household_result (region_code text_pattern_ops);

-- Objections (sanggahan) to a programme decision, routed to a review queue; an upheld one
-- overrides the automated decision while the household stays at the version it was filed against.
CREATE TABLE objection (
    id                UUID        PRIMARY KEY,
    household_id      UUID        NOT NULL,
    household_version INT         NOT NULL,
    programme         TEXT        NOT NULL,
    claim             TEXT        NOT NULL CHECK (claim IN ('WRONGLY_EXCLUDED', 'WRONGLY_INCLUDED')),
    objector_kind     TEXT        NOT NULL CHECK (objector_kind IN ('VILLAGE_OFFICER', 'NGO', 'PERSON')),
    objector_name     TEXT        NOT NULL,
    grounds           TEXT        NOT NULL,
    review_queue      TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('OPEN', 'UPHELD', 'REJECTED')),
    filed_by          TEXT        NOT NULL,
    filed_at          TIMESTAMPTZ NOT NULL,
    decided_by        TEXT,
    decided_at        TIMESTAMPTZ,
    decision_note     TEXT
);
CREATE INDEX objection_queue ON objection (review_queue, status, filed_at);
CREATE INDEX objection_household ON objection (household_id);

-- Which model and rule set the stored results were computed with: a start or a switch to other
-- versions replays the household topic and publishes what changed.
CREATE TABLE evaluation_state (
    id            SMALLINT    PRIMARY KEY CHECK (id = 1),
    model_version TEXT        NOT NULL,
    rules_version TEXT        NOT NULL,
    completed_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE outbox_event (
    id          BIGSERIAL PRIMARY KEY,
    topic       TEXT        NOT NULL,
    message_key TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    payload     BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
