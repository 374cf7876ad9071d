-- Events written in the same transaction as the change they describe; the relay publishes them
-- to Kafka in id order and deletes them once the broker acknowledged.
CREATE TABLE outbox_event (
    id          BIGSERIAL PRIMARY KEY,
    topic       TEXT        NOT NULL,
    message_key TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    payload     BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A person's answer, never edited: a withdrawal or a changed mind is a new record in the same
-- scope. The scope is one agreement or one purpose, never both.
CREATE TABLE consent (
    id                          UUID        PRIMARY KEY,
    member_id                   UUID        NOT NULL,
    agreement_id                UUID        REFERENCES agreement (id),
    purpose                     TEXT,
    state                       TEXT        NOT NULL,
    objection                   BOOLEAN     NOT NULL,
    given_at                    TIMESTAMPTZ NOT NULL,
    channel                     TEXT        NOT NULL,
    witness                     TEXT,
    document_reference          TEXT,
    guardian_name               TEXT,
    guardian_relationship       TEXT,
    guardian_document_reference TEXT,
    note                        TEXT,
    recorded_by                 TEXT        NOT NULL,
    recorded_at                 TIMESTAMPTZ NOT NULL,
    CHECK ((agreement_id IS NULL) <> (purpose IS NULL))
);
CREATE INDEX consent_member_idx ON consent (member_id, recorded_at);

-- The member's consent ledger is a revision chain like an agreement's: each revision's state is
-- the whole ledger after the change, so verifying the last one checks every consent row.
CREATE TABLE consent_revision (
    member_id     UUID     NOT NULL,
    revision      INTEGER  NOT NULL,
    state         TEXT     NOT NULL,
    change        TEXT     NOT NULL,
    previous_hash CHAR(64) NOT NULL,
    hash          CHAR(64) NOT NULL,
    PRIMARY KEY (member_id, revision)
);

-- Who each member is, as far as consent needs it, kept from the registry's household events:
-- where they live (agreements' region scope), their age (a guardian for children) and PPKS.
CREATE TABLE member_profile (
    member_id            UUID        PRIMARY KEY,
    household_id         UUID        NOT NULL,
    household_version    INTEGER     NOT NULL,
    region_code          TEXT,
    birth_date           DATE,
    estimated_birth_year INTEGER,
    ppks                 TEXT[]      NOT NULL,
    active               BOOLEAN     NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX member_profile_household_idx ON member_profile (household_id);
