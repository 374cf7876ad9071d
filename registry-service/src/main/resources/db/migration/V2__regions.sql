-- Kemendagri region codes (PP, PP.KK, PP.KK.DD, PP.KK.DD.VVVV), loaded at start from the file
-- the service ships (wilayah/regions.csv.gz) whenever its checksum changes.
CREATE TABLE region (
    code  VARCHAR(13) PRIMARY KEY,
    level VARCHAR(10) NOT NULL CHECK (level IN ('province', 'regency', 'district', 'village')),
    name  TEXT        NOT NULL
);

-- Which file the region table holds, so a restart does not reload an unchanged file.
CREATE TABLE region_dataset (
    id        SMALLINT PRIMARY KEY CHECK (id = 1),
    checksum  TEXT        NOT NULL,
    row_count INTEGER     NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL
);
