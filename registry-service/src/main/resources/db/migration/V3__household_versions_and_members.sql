-- Every version of a household as a validated document (JSONB), with who/when/why. The household
-- row is the head: current version and the columns needed for look-ups.
CREATE TABLE household_version (
    id           BIGSERIAL PRIMARY KEY,
    household_id UUID        NOT NULL REFERENCES household (id),
    version      INTEGER     NOT NULL,
    document     JSONB       NOT NULL,
    changed_by   TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (household_id, version)
);

-- Walking-skeleton households become version 1 documents without members.
INSERT INTO household_version (household_id, version, document, changed_by, reason, changed_at)
SELECT id, version,
       jsonb_strip_nulls(jsonb_build_object('kkNumber', kk_number,
           'location', jsonb_build_object('regionCode', region_code, 'address', address),
           'members', '[]'::jsonb)),
       'migration', 'registered before members were recorded', registered_at
FROM household;

ALTER TABLE household DROP COLUMN address;
ALTER TABLE household ADD COLUMN updated_at TIMESTAMPTZ;
UPDATE household SET updated_at = registered_at;
ALTER TABLE household ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX household_kk_number_idx ON household (kk_number) WHERE kk_number IS NOT NULL;

-- Members for look-ups: a NIK belongs to one person in the whole registry.
CREATE TABLE member (
    id           UUID PRIMARY KEY,
    household_id UUID        NOT NULL REFERENCES household (id),
    nik          CHAR(16),
    name         TEXT        NOT NULL,
    birth_year   INTEGER,
    active       BOOLEAN     NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX member_nik_key ON member (nik) WHERE nik IS NOT NULL;
CREATE INDEX member_household_idx ON member (household_id);
