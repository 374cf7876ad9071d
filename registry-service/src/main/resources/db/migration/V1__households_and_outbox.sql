-- A household as registered. Later versions of the registry keep each version as a document;
-- the walking skeleton holds the identifying columns only.
CREATE TABLE household (
    id            UUID PRIMARY KEY,
    region_code   VARCHAR(13) NOT NULL,
    kk_number     CHAR(16),
    address       TEXT,
    version       INTEGER     NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX household_region_code_idx ON household (region_code);

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
