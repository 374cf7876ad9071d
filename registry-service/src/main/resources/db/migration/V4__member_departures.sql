-- Members leave a household with a reason; nothing is deleted (earlier versions keep them).
ALTER TABLE member ADD COLUMN left_reason TEXT;
ALTER TABLE member ADD COLUMN left_at TIMESTAMPTZ;
ALTER TABLE member ADD CONSTRAINT member_left_consistent CHECK (active = (left_reason IS NULL));
