-- Agencies that may receive data (ministries, regional offices, NGOs). Each is a confidential
-- client in Keycloak; agreements and consents follow in later migrations.
CREATE TABLE agency (
    id                 UUID PRIMARY KEY,
    keycloak_client_id TEXT        NOT NULL UNIQUE,
    name               TEXT        NOT NULL,
    kind               TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
