-- Tamper evidence: every change of an agreement is a revision whose hash covers the agreement's
-- state after the change, the change itself, and the previous revision's hash. The texts are
-- stored exactly as hashed, so anyone can recompute the chain; an edit behind the service's back
-- (of a revision, or of the agreement row itself) breaks it at a point the verification names.
CREATE TABLE agreement_revision (
    agreement_id  UUID        NOT NULL REFERENCES agreement (id),
    revision      INTEGER     NOT NULL,
    state         TEXT        NOT NULL,
    change        TEXT        NOT NULL,
    previous_hash CHAR(64)    NOT NULL,
    hash          CHAR(64)    NOT NULL,
    PRIMARY KEY (agreement_id, revision)
);
