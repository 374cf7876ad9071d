-- Every release of data to an agency: one row per record per agreement per delivery attempt that
-- left the gateway. Written before the record is sent; never changed or removed.
-- Each agreement's rows form a hash chain (seq 1, 2, ... with the previous row's hash): an edit,
-- a removal or an insertion out of order shows on verification.
CREATE TABLE disclosure (
    agreement_id   text        NOT NULL,
    seq            bigint      NOT NULL,
    agency         text        NOT NULL,
    household_id   text        NOT NULL,
    member_ids     text[]      NOT NULL,
    fields         text[]      NOT NULL,
    delivery_path  text        NOT NULL,
    event_type     text        NOT NULL,
    event_position text        NOT NULL,
    disclosed_at   timestamptz NOT NULL,
    previous_hash  text        NOT NULL,
    hash           text        NOT NULL,
    PRIMARY KEY (agreement_id, seq)
);

-- "Who received this person's data": by member, by household, by agency.
CREATE INDEX disclosure_member_ids ON disclosure USING gin (member_ids);
CREATE INDEX disclosure_household ON disclosure (household_id);
CREATE INDEX disclosure_agency ON disclosure (agency, disclosed_at);

CREATE FUNCTION disclosure_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'disclosure is append-only: % refused', TG_OP;
END $$;

CREATE TRIGGER disclosure_no_change BEFORE UPDATE OR DELETE ON disclosure
    FOR EACH ROW EXECUTE FUNCTION disclosure_append_only();
CREATE TRIGGER disclosure_no_truncate BEFORE TRUNCATE ON disclosure
    FOR EACH STATEMENT EXECUTE FUNCTION disclosure_append_only();
