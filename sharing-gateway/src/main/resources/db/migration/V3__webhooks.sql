-- Agencies' webhooks. The secret signs every POST; it is kept because signing needs it (an HMAC
-- key cannot be stored as a hash). The cursor moves after each record: a restart resumes there.
CREATE TABLE webhook (
    id         uuid        PRIMARY KEY,
    agency     text        NOT NULL,
    url        text        NOT NULL,
    secret     text        NOT NULL,
    cursor     text        NOT NULL,
    created_at timestamptz NOT NULL,
    cursor_at  timestamptz NOT NULL
);

CREATE INDEX webhook_agency ON webhook (agency, created_at);

-- Records a webhook could not take after every attempt. Where the event lies and what went
-- wrong, never the record itself: a replay reads it again from the topic and decides it anew.
CREATE TABLE webhook_dead_letter (
    id             uuid        PRIMARY KEY,
    webhook_id     uuid        NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    agreement_id   text        NOT NULL,
    event_position text        NOT NULL,
    event_cursor   text        NOT NULL,
    event_type     text        NOT NULL,
    attempts       int         NOT NULL,
    last_status    int,
    last_error     text        NOT NULL,
    failed_at      timestamptz NOT NULL,
    replayed_at    timestamptz
);

CREATE INDEX webhook_dead_letter_webhook ON webhook_dead_letter (webhook_id, failed_at);
