-- The welfare score and desil of each household, under the model version that computed them.
CREATE TABLE household_score (
    household_id  UUID PRIMARY KEY,
    score         DOUBLE PRECISION NOT NULL,
    desil         SMALLINT         NOT NULL CHECK (desil BETWEEN 1 AND 10),
    model_version TEXT             NOT NULL,
    computed_at   TIMESTAMPTZ      NOT NULL
);
