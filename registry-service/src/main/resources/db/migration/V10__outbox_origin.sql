-- The outbox is commons' now (db/outbox): the import an event came from is its generic origin.
ALTER TABLE outbox_event RENAME COLUMN import_job_id TO origin;
