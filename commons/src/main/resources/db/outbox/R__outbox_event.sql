-- The transactional outbox (commons' Outbox and OutboxRelay), the same in every service that has
-- one: add `db/outbox` to the service's quarkus.flyway.locations. Repeatable and idempotent, so it
-- also brings an older service's table up to date.
--   payload: the event's Kafka value in wire form (Apicurio's Avro framing, schema id included);
--            rows written before that hold Avro single-object encoding, which the relay re-encodes.
--   origin:  the unit of work the event came from (e.g. a survey-wave import), or NULL.
CREATE TABLE IF NOT EXISTS outbox_event (
    id          BIGSERIAL PRIMARY KEY,
    topic       TEXT        NOT NULL,
    message_key TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    payload     BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    origin      UUID
);
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS origin UUID;
ALTER TABLE outbox_event ALTER COLUMN created_at SET DEFAULT now();
