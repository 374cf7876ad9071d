-- Data-sharing agreements (PKS) between the registry and an agency, and every change of their
-- status. Lists are text arrays: they are read whole and matched by the gateway, never joined.
CREATE TABLE agreement (
    id              UUID PRIMARY KEY,
    agency_id       UUID        NOT NULL REFERENCES agency (id),
    reference       TEXT,
    purpose         TEXT        NOT NULL,
    legal_basis     TEXT        NOT NULL,
    event_types     TEXT[]      NOT NULL,
    streams         TEXT[]      NOT NULL,
    fields          TEXT[]      NOT NULL,
    region_scope    TEXT[]      NOT NULL,
    ppks_categories TEXT[]      NOT NULL,
    access_mode     TEXT        NOT NULL,
    delivery_modes  TEXT[]      NOT NULL,
    valid_from      TIMESTAMPTZ NOT NULL,
    valid_until     TIMESTAMPTZ NOT NULL CHECK (valid_until > valid_from),
    retention       TEXT        NOT NULL,
    status          TEXT        NOT NULL
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'REVOKED')),
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    -- The operator who last submitted it: the approver must be someone else (four-eyes).
    submitted_by    TEXT
);
CREATE INDEX agreement_agency_idx ON agreement (agency_id, status);
-- The expiry sweep looks only at agreements that can still expire.
CREATE INDEX agreement_expiry_idx ON agreement (valid_until) WHERE status IN ('APPROVED', 'ACTIVE', 'SUSPENDED');

-- Append-only history: who moved an agreement from which status to which, when and why.
CREATE TABLE agreement_transition (
    id           BIGSERIAL PRIMARY KEY,
    agreement_id UUID        NOT NULL REFERENCES agreement (id),
    from_status  TEXT,
    to_status    TEXT        NOT NULL,
    actor        TEXT        NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    note         TEXT
);
CREATE INDEX agreement_transition_agreement_idx ON agreement_transition (agreement_id, id);
