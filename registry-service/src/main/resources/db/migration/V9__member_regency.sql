-- The duplicate search looks among members of the same regency born within a few years: keep the
-- regency (the first two parts of the region code) on the member row and index it with the birth
-- year, so the search is an index range scan instead of a join over every household of the regency.
ALTER TABLE member ADD COLUMN regency_code CHAR(5);
UPDATE member m SET regency_code = left(h.region_code, 5) FROM household h WHERE h.id = m.household_id;
ALTER TABLE member ALTER COLUMN regency_code SET NOT NULL;
CREATE INDEX member_regency_birth_year_idx ON member (regency_code, birth_year) WHERE active;
ANALYZE member;
