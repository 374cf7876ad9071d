-- What an agency needs beyond V1: the Keycloak client's internal id (admin calls address a client
-- by it, not by its client id), the regional office's region, a contact, and whether the agency
-- is suspended (its client disabled in Keycloak). No code wrote agency rows before this version.
ALTER TABLE agency
    ADD COLUMN keycloak_internal_id TEXT NOT NULL UNIQUE,
    ADD COLUMN region_code          TEXT,
    ADD COLUMN contact_name         TEXT NOT NULL,
    ADD COLUMN contact_email        TEXT NOT NULL,
    ADD COLUMN contact_phone        TEXT,
    ADD COLUMN status               TEXT NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    ADD COLUMN created_by           TEXT NOT NULL,
    ADD COLUMN updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD CONSTRAINT agency_kind_check CHECK (kind IN ('MINISTRY', 'REGIONAL_OFFICE', 'NGO')),
    ADD CONSTRAINT agency_region_check CHECK ((kind = 'REGIONAL_OFFICE') = (region_code IS NOT NULL));

-- Two agencies of the same name would be indistinguishable to an operator.
CREATE UNIQUE INDEX agency_name_idx ON agency (lower(name));
